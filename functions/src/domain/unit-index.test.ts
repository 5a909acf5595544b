import { describe, expect, it } from 'vitest';
import { analyse, analyseKey } from './analyzer.js';
import { buildUnitIndex, matchStrength } from './unit-index.js';
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
