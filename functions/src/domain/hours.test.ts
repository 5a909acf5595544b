import { describe, expect, it } from 'vitest';
import { WeeklyHours } from './business.js';
import {
  type Schedule,
  boundaryInstant,
  formatNextOpening,
  formatWeeklyHours,
  isOpenAt,
  localDay,
  localInstants,
  nextOpening,
  openIntervalAt,
  wallClock,
  zonedInstant,
} from './hours.js';

const day = (open: string, close: string) => [{ open, close }];

/** A Gulf week: Saturday to Thursday, Friday afternoons; closed for Eid. */
const dubai: Schedule = {
  timezone: 'Asia/Dubai',
  hours: WeeklyHours.parse({
    mon: day('10:00', '21:00'),
    tue: day('10:00', '21:00'),
    wed: day('10:00', '21:00'),
    thu: day('10:00', '21:00'),
    fri: day('14:00', '21:00'),
    sat: day('10:00', '21:00'),
    sun: day('10:00', '21:00'),
  }),
  holidays: [{ date: '2025-03-30', name: 'Eid al-Fitr', hours: [] }],
};

/** A US week across both DST changes of 2025 (9 March, 2 November). */
const chicago: Schedule = {
  timezone: 'America/Chicago',
  hours: WeeklyHours.parse({
    mon: day('09:00', '17:00'),
    tue: day('09:00', '17:00'),
    wed: day('09:00', '17:00'),
    thu: day('09:00', '17:00'),
    fri: day('09:00', '17:00'),
    sat: day('10:00', '14:00'),
  }),
  holidays: [
    { date: '2025-12-24', name: 'Christmas Eve', hours: day('09:00', '12:00') },
    { date: '2025-12-25', name: 'Christmas', hours: [] },
  ],
};

describe('isOpenAt', () => {
  it.each([
    ['Dubai Monday 12:00', dubai, '2025-01-06T08:00:00Z', true],
    ['Dubai Monday 23:00', dubai, '2025-01-06T19:00:00Z', false],
    ['Dubai Friday 12:00 (opens 14:00)', dubai, '2025-01-10T08:00:00Z', false],
    ['Dubai Friday 14:30', dubai, '2025-01-10T10:30:00Z', true],
    ['Dubai on Eid, midday', dubai, '2025-03-30T08:00:00Z', false],
    ['Chicago Friday 09:30 CST', chicago, '2025-03-07T15:30:00Z', true],
    ['Chicago Friday 08:30 CST', chicago, '2025-03-07T14:30:00Z', false],
    ['Chicago Monday 09:30 CDT (after spring forward)', chicago, '2025-03-10T14:30:00Z', true],
    ['Chicago Monday 08:30 CDT', chicago, '2025-03-10T13:30:00Z', false],
    ['Chicago Monday 16:59 CDT', chicago, '2025-03-10T21:59:00Z', true],
    ['Chicago Monday 17:00 CDT (close is exclusive)', chicago, '2025-03-10T22:00:00Z', false],
    ['Chicago Monday 08:30 CST (after fall back)', chicago, '2025-11-03T14:30:00Z', false],
    ['Chicago Monday 09:00 CST', chicago, '2025-11-03T15:00:00Z', true],
    ['Chicago Sunday', chicago, '2025-03-09T18:00:00Z', false],
    ['Chicago Christmas Eve 11:30 (special hours)', chicago, '2025-12-24T17:30:00Z', true],
    ['Chicago Christmas Eve 12:30', chicago, '2025-12-24T18:30:00Z', false],
    ['Chicago Christmas Day, a Thursday', chicago, '2025-12-25T16:00:00Z', false],
  ])('%s → %s', (_label, schedule, at, open) => {
    expect(isOpenAt(new Date(at), schedule)).toBe(open);
  });

  it('gives the interval it is open in', () => {
    expect(openIntervalAt(new Date('2025-01-10T10:30:00Z'), dubai)).toEqual({ open: '14:00', close: '21:00' });
  });
});

describe('nextOpening', () => {
  it.each([
    ['Dubai Monday night → Tuesday 10:00', dubai, '2025-01-06T19:00:00Z', '2025-01-07T06:00:00Z'],
    ['Dubai Friday morning → Friday 14:00', dubai, '2025-01-10T05:00:00Z', '2025-01-10T10:00:00Z'],
    ['Dubai open now → the next interval start', dubai, '2025-01-06T08:00:00Z', '2025-01-07T06:00:00Z'],
    ['Dubai eve of Eid → the day after Eid', dubai, '2025-03-29T18:00:00Z', '2025-03-31T06:00:00Z'],
    ['Chicago Saturday after close → Monday 09:00 CDT', chicago, '2025-03-08T21:00:00Z', '2025-03-10T14:00:00Z'],
    ['Chicago Friday evening CDT → Saturday 10:00 CDT', chicago, '2025-10-31T23:00:00Z', '2025-11-01T15:00:00Z'],
    ['Chicago Saturday after close → Monday 09:00 CST', chicago, '2025-11-01T20:00:00Z', '2025-11-03T15:00:00Z'],
    ['Chicago Christmas Eve afternoon → 26 December', chicago, '2025-12-24T18:30:00Z', '2025-12-26T15:00:00Z'],
    ['exactly at opening time', chicago, '2025-03-10T14:00:00Z', '2025-03-10T14:00:00Z'],
  ])('%s', (_label, schedule, from, expected) => {
    expect(nextOpening(new Date(from), schedule)?.toISOString()).toBe(new Date(expected).toISOString());
  });

  it('is undefined for a business with no hours', () => {
    const never: Schedule = { timezone: 'UTC', hours: WeeklyHours.parse({}), holidays: [] };
    expect(nextOpening(new Date('2025-01-01T00:00:00Z'), never)).toBeUndefined();
  });
});

describe('wall clock', () => {
  it.each([
    ['2025-03-09T07:59:00Z', 'America/Chicago', { date: '2025-03-09', weekday: 'sun', minutes: 1 * 60 + 59 }],
    ['2025-03-09T08:00:00Z', 'America/Chicago', { date: '2025-03-09', weekday: 'sun', minutes: 3 * 60 }],
    ['2025-01-06T20:30:00Z', 'Asia/Dubai', { date: '2025-01-07', weekday: 'tue', minutes: 30 }],
    ['2025-01-06T00:00:00Z', 'Pacific/Auckland', { date: '2025-01-06', weekday: 'mon', minutes: 13 * 60 }],
  ])('%s in %s', (at, timeZone, expected) => {
    expect(wallClock(new Date(at), timeZone)).toEqual(expected);
  });

  it.each([
    ['2025-03-09', 10 * 60, 'America/Chicago', '2025-03-09T15:00:00Z'],
    ['2025-03-08', 10 * 60, 'America/Chicago', '2025-03-08T16:00:00Z'],
    ['2025-11-02', 10 * 60, 'America/Chicago', '2025-11-02T16:00:00Z'],
    ['2025-06-01', 0, 'Asia/Kolkata', '2025-05-31T18:30:00Z'],
  ])('%s +%i min in %s', (date, minutes, timeZone, expected) => {
    expect(zonedInstant(date, minutes, timeZone).toISOString()).toBe(new Date(expected).toISOString());
  });
});

describe('formatWeeklyHours', () => {
  it.each([
    ['en', dubai, 'Saturday–Thursday 10:00–21:00; Friday 14:00–21:00'],
    ['fr', dubai, 'samedi–jeudi 10:00–21:00 ; vendredi 14:00–21:00'],
    ['es', dubai, 'sábado–jueves 10:00–21:00; viernes 14:00–21:00'],
    ['ar', dubai, 'السبت–الخميس 10:00–21:00، الجمعة 14:00–21:00'],
    ['en', chicago, 'Monday–Friday 09:00–17:00; Saturday 10:00–14:00; Sunday closed'],
    ['fr', chicago, 'lundi–vendredi 09:00–17:00 ; samedi 10:00–14:00 ; dimanche fermé'],
  ])('%s', (language, schedule, expected) => {
    expect(formatWeeklyHours(schedule.hours, language)).toBe(expected);
  });

  it('says "every day" when all days match', () => {
    const hours = WeeklyHours.parse(
      Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, day('09:00', '18:00')])),
    );
    expect(formatWeeklyHours(hours, 'en')).toBe('every day 09:00–18:00');
    expect(formatWeeklyHours(hours, 'ar')).toBe('كل يوم 09:00–18:00');
  });

  it('lists split days and collapses the closed ones', () => {
    const hours = WeeklyHours.parse({
      mon: [
        { open: '09:00', close: '13:00' },
        { open: '14:00', close: '18:00' },
      ],
    });
    expect(formatWeeklyHours(hours, 'en')).toBe('Monday 09:00–13:00, 14:00–18:00; Tuesday–Sunday closed');
  });
});

describe('formatNextOpening', () => {
  const now = new Date('2025-01-06T19:00:00Z'); // Monday 23:00 in Dubai
  it.each([
    ['en', '2025-01-06T20:30:00Z', 'tomorrow at 00:30'],
    ['en', '2025-01-07T06:00:00Z', 'tomorrow at 10:00'],
    ['fr', '2025-01-07T06:00:00Z', 'demain à 10:00'],
    ['es', '2025-01-07T06:00:00Z', 'mañana a las 10:00'],
    ['ar', '2025-01-07T06:00:00Z', 'غدًا الساعة 10:00'],
    ['en', '2025-01-10T10:00:00Z', 'Friday at 14:00'],
    ['fr', '2025-01-10T10:00:00Z', 'vendredi à 14:00'],
    ['ar', '2025-01-10T10:00:00Z', 'يوم الجمعة الساعة 14:00'],
  ])('%s %s → %s', (language, at, expected) => {
    expect(formatNextOpening(new Date(at), now, 'Asia/Dubai', language)).toBe(expected);
  });

  it('says "today" on the same local day', () => {
    const morning = new Date('2025-01-10T05:00:00Z'); // Friday 09:00 in Dubai
    expect(formatNextOpening(new Date('2025-01-10T10:00:00Z'), morning, 'Asia/Dubai', 'en')).toBe('today at 14:00');
  });

  it('gives the date beyond a week', () => {
    const text = formatNextOpening(new Date('2025-01-20T06:00:00Z'), now, 'Asia/Dubai', 'en');
    expect(text).toMatch(/Monday.*January 20.* at 10:00$/);
  });
});

describe('localInstants and boundaryInstant across daylight-saving changes', () => {
  const utc = (dates: Date[]) => dates.map((d) => d.toISOString());
  it.each([
    ['an ordinary time', 'Europe/Madrid', '2026-03-28', '10:00', ['2026-03-28T09:00:00.000Z']],
    ['skipped by spring forward (Madrid)', 'Europe/Madrid', '2026-03-29', '02:30', []],
    [
      'repeated by fall back (Madrid)',
      'Europe/Madrid',
      '2026-10-25',
      '02:30',
      ['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z'],
    ],
    ['skipped by spring forward (Chicago)', 'America/Chicago', '2026-03-08', '02:15', []],
    [
      'repeated by fall back (Chicago)',
      'America/Chicago',
      '2026-11-01',
      '01:45',
      ['2026-11-01T06:45:00.000Z', '2026-11-01T07:45:00.000Z'],
    ],
    ['Dubai has no change', 'Asia/Dubai', '2026-03-29', '02:30', ['2026-03-28T22:30:00.000Z']],
  ])('%s', (_label, zone, date, time, expected) => {
    const [h, m] = time.split(':').map(Number) as [number, number];
    expect(utc(localInstants(date, h * 60 + m, zone))).toEqual(expected);
  });

  it.each([
    [
      'a skipped opening time opens when the clocks jump',
      'Europe/Madrid',
      '2026-03-29',
      150,
      'first',
      '2026-03-29T01:00:00.000Z',
    ],
    [
      'a skipped closing time closes when the clocks jump',
      'America/Chicago',
      '2026-03-08',
      150,
      'last',
      '2026-03-08T08:00:00.000Z',
    ],
    [
      'a repeated opening time opens at its first showing',
      'Europe/Madrid',
      '2026-10-25',
      150,
      'first',
      '2026-10-25T00:30:00.000Z',
    ],
    [
      'a repeated closing time closes at its last showing',
      'Europe/Madrid',
      '2026-10-25',
      150,
      'last',
      '2026-10-25T01:30:00.000Z',
    ],
  ] as const)('%s', (_label, zone, date, minutes, which, expected) => {
    expect(boundaryInstant(date, minutes, zone, which).toISOString()).toBe(expected);
  });
});

it('localDay agrees with localInstants at every quarter hour, on change days and ordinary days', () => {
  const cases = [
    ['Europe/Madrid', ['2026-03-28', '2026-03-29', '2026-10-25', '2026-10-26']],
    ['America/Chicago', ['2026-03-08', '2026-11-01', '2026-07-04']],
    ['Asia/Dubai', ['2026-03-29']],
    ['Asia/Kathmandu', ['2026-06-01']],
    ['Australia/Lord_Howe', ['2026-04-05', '2026-10-04']],
  ] as const;
  let checked = 0;
  for (const [zone, dates] of cases) {
    for (const date of dates) {
      const at = localDay(date, zone);
      for (let m = 0; m < 24 * 60; m += 15) {
        expect(at(m).map(String), `${zone} ${date} ${m}`).toEqual(localInstants(date, m, zone).map(String));
        checked++;
      }
    }
  }
  expect(checked).toBe(11 * 96);
});
