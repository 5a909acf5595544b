import { describe, expect, it } from 'vitest';
import type { Holiday } from './business.js';
import { type DateReference, findDateReferences, isDateWord, namesADay } from './dates.js';

/** Thursday 10 December 2026, 23:30 in Madrid (already Friday 00:30 in Dubai, still Thursday in Austin). */
const NOW = new Date('2026-12-10T22:30:00Z');
const HOLIDAYS: Holiday[] = [
  { date: '2026-12-19', name: { en: 'Team training day', ca: "Formació de l'equip" }, hours: [] },
  { date: '2026-12-24', name: { en: 'Christmas Eve', es: 'Nochebuena' }, hours: [{ open: '09:00', close: '13:00' }] },
  { date: '2027-03-19', name: { es: 'San José (Fallas)', ca: 'Sant Josep (Falles)' }, hours: [] },
];
const context = { now: NOW, timezone: 'Europe/Madrid', holidays: HOLIDAYS };
const dates = (text: string, ctx = context) =>
  findDateReferences(text, ctx).map((r: DateReference) =>
    r.kind === 'date' ? r.date : r.kind === 'weekday' ? `every ${r.weekday}` : r.dates.join('+'),
  );

describe('findDateReferences', () => {
  it.each([
    ['are you open today?', ['2026-12-10']],
    ['obriu demà?', ['2026-12-11']],
    ['can i move tomorrows appt?', ['2026-12-11']], // the possessive typed without its apostrophe
    ['what are todays hours', ['2026-12-10']],
    ['abrís mañana por la tarde?', ['2026-12-11']],
    ['vienes por la mañana?', []], // "la mañana" is the morning
    ['puedo ir mañana por la mañana?', ['2026-12-11']], // tomorrow, in the morning
    ['no tengo con quién dejarlo esa mañana', []], // that morning
    ['cada mañana le doy la medicina', []],
    ['guten Morgen, habt ihr morgen offen?', ['2026-12-11']],
    ['pasado mañana', ['2026-12-12']],
    ['are you open this saturday?', ['2026-12-12']],
    ['obriu dissabte?', ['2026-12-12']],
    ['vous êtes ouverts jeudi ?', ['2026-12-10']], // today is Thursday
    ['a qué hora abrís los sábados?', ['every sat']],
    ['on saturdays?', ['every sat']],
    ['je peux rester avec mon chien ?', []], // French "mon" (my) is not Monday
    ['mon fils a 8 ans', []],
    ['can I come on mon?', ['2026-12-14']],
    ['free mon at 3?', ['2026-12-14']],
    ['mon or tue', ['2026-12-14', '2026-12-15']],
    ['are you open on the 19th?', ['2026-12-19']],
    // A weekday with its date is that date, not the next such weekday (Sunday 20 December 2026).
    ['vous êtes ouverts le dimanche 20 ?', ['2026-12-20']],
    ['open saturday the 19th?', ['2026-12-19']],
    // A number with a unit after it is a quantity, not a day ("am" also stands before a German date).
    ['hi! i am 20 weeks pregnant, can i swim?', []],
    ['el 15 por ciento de descuento es para todos?', []],
    ['abrís el 15 por la tarde?', ['2026-12-15']],
    ['are you open on the 15th any time?', ['2026-12-15']],
    ['haben Sie am 20 offen?', ['2026-12-20']],
    // Egyptian Arabizi says g for j: "el gom3a" is Friday.
    ['entu fat7een yom el gom3a?', ['2026-12-11']],
    ['fi mawa3eed el etnein?', ['2026-12-14']],
    ['are you open on the 20th?', ['2026-12-20']],
    ['abrís el sábado 19 de diciembre?', ['2026-12-19']],
    ['am Sonntag, 20. geöffnet?', ['2026-12-20']],
    // …when the two agree: "saturday 3" is no date (the 3rd is no Saturday), so the next Saturday.
    ['can I come saturday 3?', ['2026-12-12']],
    ['abrís el día 24?', ['2026-12-24']],
    ['el 8?', ['2027-01-08']], // the 8th of this month has passed
    ['24/12', ['2026-12-24']],
    ['12/24', ['2026-12-24']], // month first when the day cannot be a month
    ['24 de diciembre', ['2026-12-24']],
    ['December 31', ['2026-12-31']],
    ['1er janvier', ['2027-01-01']],
    ['on Christmas Eve', ['2026-12-24']],
    ['per Nadal', ['2026-12-25']],
    ["new year's eve", ['2026-12-31']],
    ['el dia de Reis', ['2027-01-06']],
    ['per Falles, per Sant Josep', ['2027-03-19']],
    ["el dia de la formació de l'equip", ['2026-12-19']],
    ['this weekend', ['2026-12-12+2026-12-13']],
    ['بكرا', ['2026-12-11']],
    ['يوم السبت', ['2026-12-12']],
    // Italian and German.
    ['siete aperti oggi?', ['2026-12-10']],
    ['domani avete posto?', ['2026-12-11']],
    ['dopodomani', ['2026-12-12']],
    ['sabato mattina siete aperti?', ['2026-12-12']],
    ['il sabato a che ora aprite?', ['every sat']],
    ['il 24 dicembre siete aperti?', ['2026-12-24']],
    ['a natale', ['2026-12-25']],
    ['la vigilia di natale', ['2026-12-24']],
    ['a capodanno', ['2027-01-01']],
    ['questo fine settimana', ['2026-12-12+2026-12-13']],
    ['habt ihr heute offen?', ['2026-12-10']],
    ['habt ihr morgen zeit?', ['2026-12-11']],
    ['guten morgen, habt ihr offen?', []], // "guten Morgen" is a greeting
    ['uebermorgen', ['2026-12-12']],
    ['am samstag', ['2026-12-12']],
    ['samstags', ['every sat']],
    ['am 24. dezember', ['2026-12-24']],
    ['an heiligabend', ['2026-12-24']],
    ['zu silvester', ['2026-12-31']],
    ['am wochenende', ['2026-12-12+2026-12-13']],
    // Swiss and Austrian names of days and months.
    ['händ Sie am Samschtig offe?', ['2026-12-12']],
    ['am Mäntig oder am Zischtig', ['2026-12-14', '2026-12-15']],
    ['goht am Mittwuch?', ['2026-12-16']],
    ['dunschtig am abig', ['2026-12-10']],
    ['am Friitig znacht', ['2026-12-11']],
    ['sunntigs zue?', ['every sun']],
    ['übermorn', ['2026-12-12']],
    ['am 3. Feber', ['2027-02-03']],
    ['am 2. Jänner', ['2027-01-02']],
    ['how much is a cleaning?', []],
    ['can I come at 5?', []],
    ['my son is 8', []],
  ])('%j → %j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('counts days in the business time zone', () => {
    // 23:30 Thursday in Madrid is already Friday in Dubai.
    expect(dates('today', { ...context, timezone: 'Asia/Dubai' })).toEqual(['2026-12-11']);
    expect(dates('today', { ...context, timezone: 'America/Chicago' })).toEqual(['2026-12-10']);
  });

  it('says which holiday a date is', () => {
    const [ref] = findDateReferences('open on the 24th?', context);
    expect(ref).toMatchObject({ kind: 'date', date: '2026-12-24', via: 'day-of-month' });
    const [named] = findDateReferences('open on christmas eve?', context);
    expect(named).toMatchObject({ kind: 'date', via: 'holiday', holiday: { date: '2026-12-24' } });
  });
});

describe('isDateWord', () => {
  it.each([
    ['dissabte', true],
    ['19th', true],
    ['demain', true],
    ['diciembre', true],
    ['giovedi', true],
    ['donnerstag', true],
    ['dezember', true],
    ['donnschtig', true],
    ['feber', true],
    ['42', false],
    ['laser', false],
  ])('%s: %s', (word, expected) => {
    expect(isDateWord(word)).toBe(expected);
  });
});

describe('namesADay', () => {
  it.each([
    ['heiligabend', 'habt ihr an heiligabend auf?', true], // a fixed day's name
    ['nochebuena', 'abrís en nochebuena?', true],
    ['training', 'are you open on the team training day?', true], // a word of a holiday the message names
    ['formacio', "obriu el dia de la formació de l'equip?", true],
    ['training', 'do you do dog training?', false], // no holiday named: a word like any other
    ['laser', 'are you open on the team training day?', false],
  ])('%s in %j: %s', (word, text, expected) => {
    expect(namesADay(word, findDateReferences(text, context))).toBe(expected);
  });
});

describe('findDateReferences: holiday names in their own language', () => {
  const newYear = { date: '2027-01-01', name: { fr: "Jour de l'An", en: "New Year's Day" }, hours: [] };
  const ctx = { ...context, holidays: [newYear] };
  it("a French name keeps its word for the year: 'le seul jour' does not name the Jour de l'An", () => {
    expect(dates("c'est le seul jour où je peux venir", ctx)).toEqual([]);
    expect(dates("vous êtes ouverts le jour de l'an ?", ctx)).toEqual(['2027-01-01']);
  });
});
