/** Round 44: the point after a day and month in figures ("28.6.") ends no clause; other points still do. */
import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.js';

describe('a numeric day and month with its point (r44b)', () => {
  it.each([
    ['ich muss leider den Kurs ab Montag 28.6. stornieren, Petra Schulz.', 1],
    ['Können wir den Termin vom 3.7. auf Freitag verschieben?', 1],
    ['bis 31.12. bitte', 1],
  ])('"%s" has %i clause(s)', (text, n) => {
    expect(splitClauses(text)).toHaveLength(n);
  });

  it.each([
    ['Preis 2.50. Danke', 2],
    ['am 12.03.2024. Danke', 2],
    ['Wir sind 14. Geht das?', 2],
    ['Es kostet 40.99. Geht das auch günstiger?', 2],
  ])('still splits "%s" as before', (text, n) => {
    expect(splitClauses(text)).toHaveLength(n);
  });
});
