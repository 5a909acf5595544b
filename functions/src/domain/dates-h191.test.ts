/** The first of a month written as a word, and a time of day after "verso le" that is no day of the month. */
import { describe, expect, it } from 'vitest';
import { findDateReferences } from './dates.js';

/** Tuesday 23 March 2027. */
const context = { now: new Date('2027-03-23T10:00:00Z'), timezone: 'Europe/Rome', holidays: [] };
const dates = (text: string) => findDateReferences(text, context).flatMap((r) => (r.kind === 'date' ? [r.date] : []));

describe('the first of a month in words', () => {
  it.each([
    'giovedì primo aprile siete aperti?',
    'vous êtes ouverts le jeudi premier avril ?',
    'abrís el jueves primero de abril?',
    'vocês abrem no primeiro de abril?',
    'are you open on the first of April?',
    'habt ihr am ersten april offen?',
  ])('%j is 1 April', (text) => {
    expect(dates(text)).toContain('2027-04-01');
  });

  it.each(['è il primo appuntamento di mio figlio', 'the first lesson is free', 'premier rendez-vous en avril'])(
    '%j names no first of the month',
    (text) => {
      expect(dates(text)).not.toContain('2027-04-01');
    },
  );
});

describe('"le" and a number', () => {
  it.each(['posso venire verso le 10?', 'arrivo dopo le 11 domani', 'prima delle 9 no, verso le 10 sì'])(
    '%j: a time of day, not the 10th',
    (text) => {
      expect(dates(text).some((d) => /-(10|11|09)$/.test(d))).toBe(false);
    },
  );
  it('French "le 10" is still the 10th', () => {
    expect(dates('vous êtes ouverts le 10 ?')).toContain('2027-04-10');
  });
});
