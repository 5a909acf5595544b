/** A date written out frames the weekend it falls in; words of a multi-word day phrase name a day only inside it. */
import { describe, expect, it } from 'vitest';
import { findDateReferences, namesADay } from './dates.js';
import { expandedWords } from './text.js';

/** Wednesday 10 March 2027. */
const context = { now: new Date('2027-03-10T10:00:00Z'), timezone: 'Europe/Madrid', holidays: [] };
const refs = (text: string) => findDateReferences(text, context);

describe('a date within the weekend named', () => {
  it.each([
    'el finde que viene el viernes 12 abris?',
    'this weekend, saturday the 13th, are you open?',
    'ce week-end, dimanche 14, vous êtes ouverts ?',
    'am Wochenende, also Samstag 13., habt ihr offen?',
  ])('%j: the date, not the weekend', (text) => {
    const found = refs(text);
    expect(found.some((r) => r.kind === 'weekend')).toBe(false);
    expect(found.some((r) => r.kind === 'date' && r.via === 'day-of-month')).toBe(true);
  });

  it.each(['abris el finde?', 'open this weekend? and on the 20th?', 'fim de semana e dia 22, estão abertos?'])(
    '%j: keeps the weekend (no date of it written out)',
    (text) => {
      expect(refs(text).some((r) => r.kind === 'weekend')).toBe(true);
    },
  );
});

describe('a word of a day phrase', () => {
  const at = (text: string, word: string) => {
    const words = expandedWords(text);
    const p = words.indexOf(word);
    return namesADay(word, [], words, p);
  };
  it.each([
    ['so consigo ir depois do trabalho', 'depois'],
    ['i can only come after work', 'after'],
    ['ci vediamo dopo il lavoro', 'dopo'],
    ['llego pasado el mediodia', 'pasado'],
  ])('%j: %s names no day alone', (text, word) => expect(at(text, word)).toBe(false));
  it.each([
    ['posso ir depois de amanha?', 'depois'],
    ['the day after tomorrow?', 'after'],
    ['abris el fin de semana?', 'semana'],
    ['hoy esta tarde?', 'tarde'],
    ['ci vediamo dopo domani', 'dopo'],
  ])('%j: %s names a day in its phrase', (text, word) => expect(at(text, word)).toBe(true));
  it('reads "the 4th of March" as that date', () => {
    expect(refs('are you open on the 4th of april?')).toContainEqual({
      kind: 'date',
      date: '2027-04-04',
      via: 'day-of-month',
    });
  });
  it.each([
    ['any slot this week?', 'week'],
    ['vous avez de la place demain matin ?', 'matin'],
    ['need to come in the afternoon', 'afternoon'],
    ['para a semana que vem de manha', 'semana'],
  ])('%j: %s, a time of its own, still names one', (text, word) => expect(at(text, word)).toBe(true));
  it('still names a day without context (the word alone)', () => expect(namesADay('after', [])).toBe(true));
});
