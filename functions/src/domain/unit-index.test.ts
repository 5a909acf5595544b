import { describe, expect, it } from 'vitest';
import { analyse, analyseKey } from './analyzer.js';
import { buildUnitIndex, matchStrength, type UnitHit } from './unit-index.js';
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

  it('weighs what the corpus never mentions as unexplained content', () => {
    const [hit] = index.search(query('where can I park my boat and my helicopter?'));
    expect(hit?.coverage).toBeLessThan(0.6);
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
    ['one word of two', hit({ querySize: 2, coverage: 0.9 }), 0.4],
    // one word that is the whole key ("parking?" against "Parking")
    ['one word, the whole key', hit({ keyCoverage: 1, keySize: 1 }), 1],
    // two words: coverage × (0.5 + 0.5 × keyCoverage)
    ['two words', hit({ matched: [0, 1], querySize: 2, coverage: 1, keyCoverage: 0.8 }), 0.9],
    ['two words of four', hit({ matched: [0, 2], querySize: 4, coverage: 0.5, keyCoverage: 0.6 }), 0.4],
  ])('%s → %f', (_name, h, expected) => {
    expect(matchStrength(h)).toBeCloseTo(expected, 5);
  });
});
