import { describe, expect, it } from 'vitest';
import { alternateTargets, overlap, wordsOf } from './alternate-targets';

const entries = [
  { id: 'parking', question: 'Is there parking?', answer: 'Yes: free valet parking at the villa entrance.' },
  {
    id: 'cards',
    question: { en: 'Do you take cards?', es: '¿Aceptáis tarjeta?' },
    answer: { en: 'We take Visa and Mastercard.', es: 'Aceptamos Visa y Mastercard, también Bizum.' },
  },
  { id: 'aftercare', question: 'What should I do after laser?', answer: 'Avoid the sun for two weeks.' },
  { id: 'arrive', question: 'When should I arrive?', answer: 'Ten minutes early, please.' },
];
const label = (e: { question: unknown }) =>
  typeof e.question === 'string' ? e.question : Object.values(e.question as object)[0];
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('which entry a suggested question is another wording of', () => {
  it('puts the entries the AI found closest first, in its order', () => {
    const { likely, others } = alternateTargets(
      entries,
      { nearQa: ['aftercare', 'parking'], answer: 'Yes, of course!' },
      label,
    );
    expect(ids(likely)).toEqual(['aftercare', 'parking']);
    expect(ids(others)).toEqual(['cards', 'arrive']);
  });

  it('puts an entry whose answer staff retold before the AI guess, in any of its languages', () => {
    const answer = 'Sí, aceptamos Visa, Mastercard y Bizum';
    const { likely } = alternateTargets(entries, { nearQa: ['parking'], answer }, label);
    expect(ids(likely)).toEqual(['cards', 'parking']);
  });

  it('reads nothing into a short answer', () => {
    expect(ids(alternateTargets(entries, { answer: 'Yes, free!' }, label).likely)).toEqual([]);
  });

  it('suggests nothing when the AI named nothing and no answer is alike', () => {
    const { likely, others } = alternateTargets(
      entries,
      { nearQa: null, answer: 'Let me check with Dr. Rania.' },
      label,
    );
    expect(likely).toEqual([]);
    expect(others).toHaveLength(4);
  });

  it('compares words whatever their case and accents, short words aside', () => {
    expect([...wordsOf('¿Aceptáis TARJETA de crédito? في')]).toEqual(['aceptais', 'tarjeta', 'credito']);
    expect(overlap(wordsOf('tarjeta credito'), wordsOf('Tarjeta de débito'))).toBe(0.5);
    expect(overlap(new Set(), wordsOf('anything'))).toBe(0);
  });
});
