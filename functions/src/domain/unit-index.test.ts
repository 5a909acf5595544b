import { describe, expect, it } from 'vitest';
import { analyse, analyseKey } from './analyzer.js';
import { ASIDE_SHARE, buildUnitIndex, matchStrength, type UnitHit } from './unit-index.js';
import type { TextLanguage } from './languages.js';

const doc = (id: string, language: TextLanguage, key: string, body = '') => ({
  id,
  fields: {
    key: analyseKey(key, { languages: [language], primary: language }).units,
    body: analyse(body, { languages: [language], primary: language }).units,
  },
});

const index = buildUnitIndex(
  [
    doc('parking-ca', 'ca', 'On puc aparcar?', 'Hi ha un aparcament públic a dos minuts.'),
    doc('cancel-es', 'es', '¿Cómo cancelo mi cita?', 'Avísanos con 24 horas de antelación.'),
    doc('hours-en', 'en', 'What are your opening hours?', 'Monday to Friday.'),
    doc('stay-en', 'en', 'Can I stay?', 'Yes, you can stay with your pet.'),
  ],
  { fieldWeights: { key: 3, body: 1 }, keyField: 'key' },
);
const query = (text: string, languages: TextLanguage[] = ['en', 'es', 'ca', 'pt', 'fr']) =>
  analyse(text, { languages }).units;

describe('unit index', () => {
  it.each([
    ['where can I park?', 'parking-ca'],
    ['hay aparcamiento cerca?', 'parking-ca'],
    ['how do I cancel my appointment', 'cancel-es'],
    ['vull cancel·lar la cita', 'cancel-es'],
    ['when are you open?', 'hours-en'],
  ])('finds %j across languages', (text, id) => {
    expect(index.search(query(text))[0]?.id).toBe(id);
  });

  it('finds a question made only of stopwords by itself', () => {
    const [hit] = index.search(analyseKey('Can I stay?', { languages: ['en'], primary: 'en' }).units);
    expect(hit?.id).toBe('stay-en');
    expect(matchStrength(hit!)).toBeGreaterThan(0.9);
  });

  it('scores a full paraphrase above a partial one, and a single shared word low', () => {
    const full = index.search(query('how can I cancel my appointment?'))[0]!;
    const partial = index.search(query('how do I cancel my gym membership and my phone contract?'))[0]!;
    expect(matchStrength(full)).toBeGreaterThan(matchStrength(partial));
    expect(matchStrength(partial)).toBeLessThan(0.5);
  });

  it('weighs words said only around the question (aside) at ASIDE_SHARE of their weight in the coverage', () => {
    // "where can I park? we drive up from Tarragona on holiday": the trip is told, not asked.
    const units = query('where can I park? we drive up from Tarragona on holiday');
    const told = new Set(units.flatMap((_, u) => (u >= 2 ? [u] : [])));
    const plain = index.search(units)[0]!;
    const aside = index.search(units, 10, new Set(), told)[0]!;
    expect(aside.id).toBe('parking-ca');
    expect(aside.coverage).toBeGreaterThan(plain.coverage);
    expect(ASIDE_SHARE).toBeLessThan(1);
  });

  it('weighs what the corpus never mentions as unexplained content', () => {
    const [hit] = index.search(query('where can I park my boat and my helicopter?'));
    expect(hit?.coverage).toBeLessThan(0.6);
  });

  it('weighs an everyday word the corpus never mentions as filler, a fifth of a topic it does not cover', () => {
    // ""honestly, can I park?" against "can I park my boat?": one unknown word each.
    const analysis = analyse('honestly can I park?', { languages: ['en'], primary: 'en' });
    expect([...analysis.everyday]).toEqual([0]);
    const chatty = index.search(analysis.units, 10, analysis.everyday)[0]!;
    const topic = index.search(analyse('can I park my boat?', { languages: ['en'], primary: 'en' }).units)[0]!;
    const plain = index.search(analysis.units)[0]!; // the same message with no word known as everyday
    expect(chatty.id).toBe('parking-ca');
    expect(chatty.coverage).toBeGreaterThan(0.8);
    expect(topic.coverage).toBeLessThan(0.7);
    expect(plain.coverage).toBeCloseTo(topic.coverage, 5);
  });

  it('meets a word of another language through its cognate key, weakly', () => {
    const colours = buildUnitIndex(
      [doc('colour-en', 'en', 'Do you tattoo colour?'), doc('hours-en', 'en', 'Opening hours')],
      {
        fieldWeights: { key: 3, body: 1 },
        keyField: 'key',
      },
    );
    const [hit] = colours.search(query('couleur ?', ['fr']));
    expect(hit?.id).toBe('colour-en');
    expect(hit!.coverage).toBeCloseTo(0.6, 5); // COGNATE_WEIGHT
  });

  it('counts a unit as explained by its strongest term the document holds, not the rarest', () => {
    // "molaire" meets "Molar" both by its cognate key (rare, weak) and by the concept #tooth (common, strong).
    const teeth = buildUnitIndex(
      [
        doc('molar', 'en', 'Root canal, molar'),
        doc('front', 'en', 'Root canal, front tooth'),
        doc('x', 'en', 'Whitening'),
      ],
      { fieldWeights: { key: 3, body: 1 }, keyField: 'key' },
    );
    const hits = teeth.search(query('endodoncia de una muela molar', ['es']));
    const molar = hits.find((h) => h.id === 'molar')!;
    const front = hits.find((h) => h.id === 'front')!;
    expect(molar.coverage).toBeGreaterThanOrEqual(front.coverage);
    expect(hits[0]?.id).toBe('molar');
  });
});

describe('matchStrength', () => {
  const hit = (h: Partial<UnitHit>): UnitHit => ({
    id: 'x',
    score: 1,
    coverage: 1,
    keyCoverage: 0.8,
    keyShare: 0.8,
    matched: [0],
    keyMatched: [0],
    keySize: 2,
    querySize: 1,
    ...h,
  });
  it.each([
    // one word that is the whole message ("facettes ?"): at most the single-unit cap, 0.45
    ['one word, the whole message', hit({}), 0.45],
    // one word of a longer message ("hair removal"): under the answer threshold
    ['one word of two', hit({ querySize: 2, coverage: 0.9 }), 0.38],
    // one word that is the whole key ("parking?" against "Parking")
    ['one word, the whole key', hit({ keyCoverage: 1, keySize: 1 }), 1],
    // two words: coverage × (0.5 + 0.5 × keyCoverage)
    ['two words', hit({ matched: [0, 1], querySize: 2, coverage: 1, keyCoverage: 0.8 }), 0.9],
    ['two words of four', hit({ matched: [0, 2], querySize: 4, coverage: 0.5, keyCoverage: 0.6 }), 0.4],
  ])('%s → %f', (_name, h, expected) => {
    expect(matchStrength(h)).toBeCloseTo(expected, 5);
  });

  // A message that holds the whole of a Q&A question in two units or more, and tells more around it.
  const whole = hit({ matched: [0, 3], keyMatched: [0, 3], querySize: 6, coverage: 0.4, keyCoverage: 0.95 });
  it('scores a whole question asked among other words at least 0.35 + 0.4 × coverage', () => {
    expect(matchStrength(whole)).toBeCloseTo(0.4 * 0.975, 5); // as a title: coverage × (0.5 + 0.5 × keyCoverage)
    expect(matchStrength(whole, true)).toBeCloseTo(0.35 + 0.4 * 0.4, 5);
  });
  it.each([
    ['part of the question', { keyCoverage: 0.6 }],
    ['one unit of it', { keyMatched: [0] }],
  ])('does not lift %s', (_name, h) => {
    const partial = { ...whole, ...h };
    expect(matchStrength(partial, true)).toBe(matchStrength(partial));
  });
});
