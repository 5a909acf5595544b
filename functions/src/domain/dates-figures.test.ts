/**
 * Dates written in figures: day first, month first only with slashes when the day cannot be a month, the year when
 * given (also year first), two days of a named month; and what figures that look like dates are not: a time of day
 * ("at 5.30", "9.15 h"), an amount ("12.05 €"), a counted range ("3-4 people", "aged 7-12", "2-3 hours").
 */
import { describe, expect, it } from 'vitest';
import { type DateReference, findDateReferences } from './dates.js';

/** Wednesday 10 March 2027 in Madrid. */
const context = { now: new Date('2027-03-10T10:00:00Z'), timezone: 'Europe/Madrid', holidays: [] };
const dates = (text: string) =>
  findDateReferences(text, context).flatMap((r: DateReference) => (r.kind === 'date' ? [r.date] : []));

describe('a date in figures', () => {
  it.each([
    ['can we come on 24/12?', ['2027-12-24']],
    ['geht es am 24.12.?', ['2027-12-24']],
    ['reserva para el 24-12 porfa', ['2027-12-24']],
    ['the party is on 12/24', ['2027-12-24']],
    ['le 02/04/2027 c possible?', ['2027-04-02']],
    ['Termin am 3.4.27 bitte', ['2027-04-03']],
    ['appointment on 2027-04-02', ['2027-04-02']],
    ['el 5-6 de abril estáis abiertos?', ['2027-04-05', '2027-04-06']],
    ['dal 20/3 si puo?', ['2027-03-20']],
  ])('%j is %j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('a date already passed this year is next year’s, unless the year is written', () => {
    expect(dates('on 2/3?')).toEqual(['2028-03-02']);
    expect(dates('my last visit was 02/03/2027')).toEqual(['2027-03-02']);
  });
});

describe('figures that are no date', () => {
  it.each([
    ['can i come tomorrow at 5.30?', ['2027-03-11']],
    ['i finish work at 10.05, is that too late'],
    ['à 9.15 ça marche?'],
    ['um 7.45 Uhr geht es?'],
    ['hoy a las 6.10 puedo ir?', ['2027-03-10']],
    ['mañana 10.30 h?', ['2027-03-11']],
    ['we are 3-4 people'],
    ['kids aged 7-12 welcome?'],
    ['for 2-3 hours'],
    ['cuesta 12.05 € la clase?'],
    ['is it €10.50 per session?'],
    ['the 10 class pack is 12.05 euros?'],
  ])('%j has no figure read as a date', (text, expected: string[] = []) => {
    expect(dates(text)).toEqual(expected);
  });
});
