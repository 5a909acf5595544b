/**
 * A holiday named by its name before the colon ("Sham el-Nessim: early extra boat"), Sham el-Nessim as a movable
 * feast in its spellings, and the near misses: a one-word head ("Closed: …") names nothing, a name's words elsewhere
 * in a sentence do not make the day.
 */
import { describe, expect, it } from 'vitest';
import type { Holiday } from './business.js';
import { type DateReference, findDateReferences } from './dates.js';

const HOLIDAYS: Holiday[] = [
  {
    date: '2027-05-03',
    name: {
      en: 'Sham el-Nessim: first boat at dawn, barbecue on the beach',
      ar: 'شم النسيم: مركب بدري وشوي على البحر',
    },
    hours: [{ open: '06:00', close: '18:00' }],
  },
  { date: '2027-05-06', name: { en: 'Closed: annual boat service' }, hours: [] },
  {
    date: '2027-06-20',
    name: { en: 'Staff Training Day: afternoon only' },
    hours: [{ open: '14:00', close: '18:00' }],
  },
];
/** Thursday 15 April 2027 in El Gouna. */
const context = { now: new Date('2027-04-15T08:00:00Z'), timezone: 'Africa/Cairo', holidays: HOLIDAYS };
const dates = (text: string) =>
  findDateReferences(text, context).map((r: DateReference) => (r.kind === 'date' ? r.date : r.kind));

describe('a holiday named before its colon', () => {
  it.each([
    ['هتفتحوا يوم شم النسيم؟'],
    ['are you open for sham el nessim?'],
    ['Sham ennessim, what time is the first boat?'],
    ['ليكم مواعيد في شم نسيم؟'],
  ])('%j names Sham el-Nessim', (text) => {
    expect(dates(text)).toContain('2027-05-03');
  });

  it('a head of two words or more names its day', () => {
    expect(dates('what are your hours on staff training day?')).toContain('2027-06-20');
  });

  it.each([['is the boat service included?'], ['the boat was closed when we came'], ['is the beach barbecue extra?']])(
    '%j names no holiday',
    (text) => {
      expect(dates(text)).toEqual([]);
    },
  );
});
