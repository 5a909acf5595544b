/** A German date's ordinal point ("2. Juli") ends no clause; a sentence's point before a capital still does. */
import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.js';

describe('a day ordinal before its month', () => {
  it.each([
    ['wir möchten den Termin am 14. März absagen. Geht das noch?', 2],
    ['Können wir am Samstag, 3. Oktober um 10 Uhr kommen?', 1],
    ['bis zum 1. Dezember sind wir in Florenz', 1],
  ])('"%s" has %i clause(s)', (text, n) => {
    expect(splitClauses(text)).toHaveLength(n);
  });

  it('keeps the day and its month in one clause', () => {
    expect(splitClauses('Ich muss den Kurs vom 21. August stornieren. Danke!')[0]).toContain('21. August');
  });

  it.each([
    ['we are 2. May we come at ten?', 2],
    ['Ich habe 2 Fragen. Erstens: wie lange dauert es?', 2],
    ['Platz 3. Danach gehen wir essen.', 2],
  ])('still splits, or not, as before: "%s"', (text, n) => {
    expect(splitClauses(text)).toHaveLength(n);
  });
});
