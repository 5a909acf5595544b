/**
 * Movable feasts named in the customer's language: the holiday the business listed under the feast (not its eve),
 * the nth day of it, and a weekday before or after it.
 */
import { describe, expect, it } from 'vitest';
import type { Holiday } from './business.js';
import { type DateReference, findDateReferences } from './dates.js';

const closed: Holiday['hours'] = [];
const afternoon = [{ open: '15:00', close: '22:00' }];
/** Monday 1 March 2027 in Dubai. */
const NOW = new Date('2027-03-01T08:00:00Z');
const HOLIDAYS: Holiday[] = [
  {
    date: '2027-03-08',
    name: { en: 'Eid eve: open late', ar: 'ليلة العيد' },
    hours: [{ open: '10:00', close: '23:59' }],
  },
  { date: '2027-03-09', name: { en: 'Eid al-Fitr (first day, expected)', ar: 'عيد الفطر' }, hours: closed },
  { date: '2027-03-10', name: { en: 'Eid holidays, days 2 to 4' }, hours: afternoon },
  { date: '2027-03-11', name: { en: 'Eid holidays, days 2 to 4' }, hours: afternoon },
  { date: '2027-03-12', name: { en: 'Eid holidays, days 2 to 4' }, hours: afternoon },
  { date: '2027-11-24', name: { en: 'Thanksgiving eve: short day' }, hours: [{ open: '09:00', close: '13:00' }] },
  { date: '2027-11-25', name: { en: 'Thanksgiving', es: 'Acción de Gracias' }, hours: closed },
];
const context = { now: NOW, timezone: 'Asia/Dubai', holidays: HOLIDAYS };
const dates = (text: string) =>
  findDateReferences(text, context).map((r: DateReference) =>
    r.kind === 'date' ? r.date : r.kind === 'weekday' ? `every ${r.weekday}` : r.dates.join('+'),
  );

describe('a movable feast the business listed', () => {
  it.each([
    ['will you be open over eid?', ['2027-03-09']],
    ["vous ouvrez pendant l'Aïd ?", ['2027-03-09']],
    ['bukas ba kayo sa Eid?', ['2027-03-09']],
    ['what time do you close on the 2nd day of eid', ['2027-03-10']],
    ['third day of Eid, any slots?', ['2027-03-11']],
    ['abrís el segundo día del Eid?', ['2027-03-10']],
    ['ouvert le deuxième jour de l’Aïd ?', ['2027-03-10']],
    ['pwede ba sa ikatlong araw ng eid?', ['2027-03-11']],
    ['are you open on thanksgiving?', ['2027-11-25']],
  ])('reads %j as that day', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    ['can I come the tuesday before thanksgiving?', ['2027-11-23']],
    ['el viernes después de Acción de Gracias abrís?', ['2027-11-26']],
    ['¿abren el lunes antes de Acción de Gracias?', ['2027-11-22']],
  ])('reads %j as the weekday of the feast’s week', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    // A hearing aid and a birthday are no feast; a weekday with no feast beside it is the next one.
    ['my hearing aid needs a battery', []],
    ['عيد ميلاد بنتي بكرة', ['2027-03-02']],
    ['are you open on wednesday?', ['2027-03-03']],
    // A weekday far from the feast's name, or after it, is not put in its week.
    ['is eid a holiday for you? and are you open on wednesday?', ['2027-03-09', '2027-03-03']],
    // The day of a feast the business did not list names no date.
    ['do you close for diwali?', []],
  ])('leaves %j as it was', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
