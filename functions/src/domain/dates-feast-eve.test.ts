/**
 * A feast's eve listed by the business in several languages, one of which names only the feast: the eve is still
 * the eve, so a weekday said before the feast is counted back from the feast itself.
 */
import { describe, expect, it } from 'vitest';
import type { Holiday } from './business.js';
import { type DateReference, findDateReferences } from './dates.js';

/** Tuesday 4 May 2027 in Marrakech: the next Saturday is the 8th, the Saturday before the feast the 15th. */
const NOW = new Date('2027-05-04T15:00:00Z');
const HOLIDAYS: Holiday[] = [
  {
    date: '2027-05-15',
    name: { fr: "Veille de l'Aïd al-Adha : fermeture à midi", ar: 'عشية عيد الأضحى: نغلق على 12' },
    hours: [{ open: '08:00', close: '12:00' }],
  },
  { date: '2027-05-17', name: { fr: 'Aïd al-Adha', ar: 'عيد الأضحى' }, hours: [] },
  { date: '2027-05-18', name: { fr: 'Aïd al-Adha', ar: 'عيد الأضحى' }, hours: [] },
  { date: '2027-11-25', name: { en: 'Thanksgiving' }, hours: [] },
];
const context = { now: NOW, timezone: 'Africa/Casablanca', holidays: HOLIDAYS };
const dates = (text: string) =>
  findDateReferences(text, context).map((r: DateReference) => (r.kind === 'date' ? r.date : r.kind));

describe('a feast whose eve the business listed in two languages', () => {
  it.each([
    ['واش محلولين نهار السبت قبل العيد؟', ['2027-05-15']],
    ["vous êtes ouverts le samedi avant l'Aïd ?", ['2027-05-15']],
    ['open the saturday before eid?', ['2027-05-15']],
    ['مفتوحين نهار العيد؟', ['2027-05-17']],
  ])('reads %j from the feast, not its eve', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    ['la veille de l’Aïd vous fermez à quelle heure ?'],
    ['what time do you close on eid eve?'],
    ['وقفة العيد خدامين؟'],
    ['the day before eid are you open'],
    ['el día antes del Eid abrís?'],
  ])('reads %j as the eve the business listed', (text) => {
    expect(dates(text)).toEqual(['2027-05-15']);
  });

  it('reads the eve of a feast whose eve the business did not list as the day before it', () => {
    expect(dates('are you open the day before thanksgiving?')).toEqual(['2027-11-24']);
    expect(dates('thanksgiving eve hours?')).toEqual(['2027-11-24']);
  });

  it.each([
    // Days counted before the feast are not its eve; the feast's second day is no eve either.
    ['3 days before eid can i come?', '2027-05-15'],
    ['ouvert le deuxième jour de l’Aïd ?', '2027-05-15'],
  ])('does not read %j as the eve', (text, eve) => {
    expect(dates(text)).not.toContain(eve);
  });
});
