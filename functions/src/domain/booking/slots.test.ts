import { describe, expect, it } from 'vitest';
import { Service, WeeklyHours } from '../business.js';
import { BookingSettings, type BookingSettingsInput } from './settings.js';
import { type BusyInterval, type Occupancy, type SlotQuery, availableSlots } from './slots.js';

const day = (open: string, close: string) => [{ open, close }];
const everyDay = (open: string, close: string) =>
  WeeklyHours.parse({
    mon: day(open, close),
    tue: day(open, close),
    wed: day(open, close),
    thu: day(open, close),
    fri: day(open, close),
    sat: day(open, close),
    sun: day(open, close),
  });

const hourService = Service.parse({ id: 'session', name: 'Session', durationMinutes: 60, price: 100 });
const groom = Service.parse({
  id: 'full-groom',
  name: 'Full groom',
  durationMinutes: 90,
  price: 75,
  deposit: 25,
  bufferBeforeMinutes: 15,
  bufferAfterMinutes: 15,
  variants: [
    { id: 'small', name: 'Small', durationMinutes: 90, price: 75 },
    { id: 'large', name: 'Large', durationMinutes: 150, price: 120 },
  ],
});
const nails = Service.parse({ id: 'nail-trim', name: 'Nail trim', durationMinutes: 15, price: 20 });

const settings = (input: BookingSettingsInput = {}) =>
  BookingSettings.parse({ slotMinutes: 60, leadTimeMinutes: 0, horizonDays: 366, ...input });

function query(over: Partial<SlotQuery> & Pick<SlotQuery, 'timezone' | 'from' | 'now'>): SlotQuery {
  return {
    hours: everyDay('09:00', '18:00'),
    holidays: [],
    booking: settings(),
    service: hourService,
    to: over.from,
    ...over,
  };
}

const iso = (d: Date) => d.toISOString().replace(':00.000Z', 'Z');
const starts = (q: SlotQuery) => availableSlots(q).map((s) => iso(s.start));
const times = (q: SlotQuery) => availableSlots(q).map((s) => s.time);
const EARLY = new Date('2026-01-01T00:00:00Z');

describe('a 10:00 slot is 10:00 local on both sides of a daylight-saving change', () => {
  it.each([
    // zone, local date, UTC instant of 10:00 there
    ['Europe/Madrid', '2026-03-28', '2026-03-28T09:00Z'], // CET, day before spring forward
    ['Europe/Madrid', '2026-03-29', '2026-03-29T08:00Z'], // the change day, CEST from 03:00
    ['Europe/Madrid', '2026-03-30', '2026-03-30T08:00Z'],
    ['Europe/Madrid', '2026-10-24', '2026-10-24T08:00Z'], // CEST, day before fall back
    ['Europe/Madrid', '2026-10-25', '2026-10-25T09:00Z'], // CET from 03:00 CEST → 02:00
    ['Europe/Madrid', '2026-10-26', '2026-10-26T09:00Z'],
    ['America/Chicago', '2026-03-07', '2026-03-07T16:00Z'], // CST
    ['America/Chicago', '2026-03-08', '2026-03-08T15:00Z'], // CDT from 02:00 → 03:00
    ['America/Chicago', '2026-03-09', '2026-03-09T15:00Z'],
    ['America/Chicago', '2026-10-31', '2026-10-31T15:00Z'], // CDT
    ['America/Chicago', '2026-11-01', '2026-11-01T16:00Z'], // CST from 02:00 CDT → 01:00
    ['America/Chicago', '2026-11-02', '2026-11-02T16:00Z'],
    ['Asia/Dubai', '2026-03-28', '2026-03-28T06:00Z'], // no DST: always UTC+4
    ['Asia/Dubai', '2026-03-29', '2026-03-29T06:00Z'],
    ['Asia/Dubai', '2026-10-25', '2026-10-25T06:00Z'],
    ['Asia/Dubai', '2026-11-01', '2026-11-01T06:00Z'],
  ])('%s %s', (timezone, date, utc) => {
    const slots = availableSlots(query({ timezone, from: date, now: EARLY }));
    expect(slots.map((s) => s.time)).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
      '17:00',
    ]);
    const ten = slots.find((s) => s.time === '10:00')!;
    expect(iso(ten.start)).toBe(utc);
    expect(ten.date).toBe(date);
    expect(ten.end.getTime() - ten.start.getTime()).toBe(60 * 60_000);
  });
});

describe('night hours across the change: a skipped local hour has no slot, a repeated one has one', () => {
  const night = (timezone: string, date: string) =>
    query({ timezone, from: date, now: EARLY, hours: everyDay('00:00', '06:00') });

  it.each([
    // Madrid spring: 02:00–03:00 does not exist on 29 March.
    ['Europe/Madrid', '2026-03-29', ['00:00', '01:00', '03:00', '04:00', '05:00']],
    // Madrid autumn: 02:00–03:00 happens twice on 25 October; 02:00 is offered once.
    ['Europe/Madrid', '2026-10-25', ['00:00', '01:00', '02:00', '03:00', '04:00', '05:00']],
    // Chicago spring: 02:00–03:00 does not exist on 8 March.
    ['America/Chicago', '2026-03-08', ['00:00', '01:00', '03:00', '04:00', '05:00']],
    // Chicago autumn: 01:00–02:00 happens twice on 1 November.
    ['America/Chicago', '2026-11-01', ['00:00', '01:00', '02:00', '03:00', '04:00', '05:00']],
    ['Asia/Dubai', '2026-03-29', ['00:00', '01:00', '02:00', '03:00', '04:00', '05:00']],
  ])('%s %s', (timezone, date, expected) => {
    expect(times(night(timezone, date))).toEqual(expected);
  });

  it('offers the first occurrence of a repeated time, and the slot lasts real minutes', () => {
    const slots = availableSlots(night('America/Chicago', '2026-11-01'));
    const oneAm = slots.find((s) => s.time === '01:00')!;
    expect(iso(oneAm.start)).toBe('2026-11-01T06:00Z'); // 01:00 CDT, not 01:00 CST (07:00Z)
    expect(iso(oneAm.end)).toBe('2026-11-01T07:00Z'); // shows 01:00 again (CST): an hour later in real time
    const twoAm = slots.find((s) => s.time === '02:00')!;
    expect(iso(twoAm.start)).toBe('2026-11-01T08:00Z');
  });

  it('a 90-minute service starting before the spring gap ends 90 real minutes later', () => {
    const slots = availableSlots({
      ...night('Europe/Madrid', '2026-03-29'),
      service: Service.parse({ id: 'long', name: 'Long', durationMinutes: 90, price: 1 }),
    });
    const one = slots.find((s) => s.time === '01:00')!;
    expect(iso(one.start)).toBe('2026-03-29T00:00Z'); // 01:00 CET
    expect(iso(one.end)).toBe('2026-03-29T01:30Z'); // 03:30 CEST on the wall
  });

  it('a closing time inside the skipped hour closes when the clocks jump', () => {
    const slots = availableSlots(
      query({ timezone: 'Europe/Madrid', from: '2026-03-29', now: EARLY, hours: everyDay('00:00', '02:30') }),
    );
    // 01:00 CET + 60 min = 02:00 CET, the instant the clocks jump to 03:00: it still fits.
    expect(slots.map((s) => s.time)).toEqual(['00:00', '01:00']);
  });

  it('an existing appointment over the repeated hour blocks by real time, not by wall time', () => {
    // 01:00 CST (the second 01:00) to 02:00 CST.
    const occupied: Occupancy[] = [
      { start: new Date('2026-11-01T07:00:00Z'), end: new Date('2026-11-01T08:00:00Z'), units: ['all.1'] },
    ];
    const slots = availableSlots({ ...night('America/Chicago', '2026-11-01'), occupied });
    // 01:00 CDT (06:00–07:00Z) touches it without overlap; 02:00 CST starts as it ends.
    expect(slots.map((s) => s.time)).toEqual(['00:00', '01:00', '02:00', '03:00', '04:00', '05:00']);
    const overlapping: Occupancy[] = [{ ...occupied[0]!, start: new Date('2026-11-01T06:30:00Z') }];
    expect(times({ ...night('America/Chicago', '2026-11-01'), occupied: overlapping })).toEqual([
      '00:00',
      '02:00',
      '03:00',
      '04:00',
      '05:00',
    ]);
  });
});

describe('late closings: "24:00" and hours past midnight', () => {
  it.each([
    // 2026-03-28 is the Saturday before Madrid's spring change: midnight is still CET.
    ['Europe/Madrid', '2026-03-28', '2026-03-28T22:00Z', '2026-03-28T23:00Z'],
    ['Asia/Dubai', '2026-02-06', '2026-02-06T19:00Z', '2026-02-06T20:00Z'],
  ])('%s %s: a day closing at 24:00 offers its last hour, ending at local midnight', (timezone, from, start, end) => {
    const slots = availableSlots(query({ timezone, from, now: EARLY, hours: everyDay('20:00', '24:00') }));
    expect(slots.map((s) => s.time)).toEqual(['20:00', '21:00', '22:00', '23:00']);
    expect(iso(slots.at(-1)!.start)).toBe(start);
    expect(iso(slots.at(-1)!.end)).toBe(end);
  });

  it('hours written past midnight book on both days', () => {
    // Friday 20:00 to 02:00 reads as Friday 20:00–24:00 and Saturday 00:00–02:00.
    const hours = WeeklyHours.parse({ fri: day('20:00', '02:00') });
    const friday = { timezone: 'Asia/Dubai', now: EARLY, hours };
    expect(times(query({ ...friday, from: '2026-02-06' }))).toEqual(['20:00', '21:00', '22:00', '23:00']);
    expect(times(query({ ...friday, from: '2026-02-07' }))).toEqual(['00:00', '01:00']);
  });
});

describe('hours, holidays and special hours', () => {
  const base = { timezone: 'Asia/Dubai', now: EARLY };
  const split = WeeklyHours.parse({ mon: [...day('09:00', '12:00'), ...day('14:00', '17:00')] });

  it.each([
    [
      'several ranges on a weekday',
      { from: '2026-02-02', hours: split },
      ['09:00', '10:00', '11:00', '14:00', '15:00', '16:00'],
    ],
    ['a closed weekday', { from: '2026-02-03', hours: split }, []],
    [
      'touching ranges join: a service may run across 12:00',
      {
        from: '2026-02-02',
        hours: WeeklyHours.parse({ mon: [...day('09:00', '12:00'), ...day('12:00', '13:00')] }),
        service: Service.parse({ id: 'two-hours', name: 'Two hours', durationMinutes: 120, price: 1 }),
      },
      ['09:00', '10:00', '11:00'],
    ],
    [
      'a holiday closes the day',
      { from: '2026-12-02', holidays: [{ date: '2026-12-02', name: 'National Day', hours: [] }] },
      [],
    ],
    [
      'a holiday with morning hours only',
      { from: '2026-12-24', holidays: [{ date: '2026-12-24', name: 'Eve', hours: day('09:00', '12:00') }] },
      ['09:00', '10:00', '11:00'],
    ],
    [
      'Ramadan special hours in two ranges',
      {
        from: '2026-02-23',
        holidays: [
          { date: '2026-02-23', name: 'Ramadan', hours: [...day('10:00', '16:00'), ...day('20:00', '23:30')] },
        ],
      },
      ['10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '20:00', '21:00', '22:00'],
    ],
    [
      'an opening time off the grid starts at the next grid time',
      { from: '2026-02-02', hours: WeeklyHours.parse({ mon: day('08:45', '11:00') }) },
      ['09:00', '10:00'],
    ],
  ] as [string, Partial<SlotQuery> & { from: string }, string[]][])('%s', (_label, over, expected) => {
    expect(times(query({ ...base, ...over }))).toEqual(expected);
  });
});

describe('granularity, durations, variants and buffers', () => {
  const base = { timezone: 'Europe/Madrid', from: '2026-02-02', now: EARLY };

  it.each([
    ['15-minute grid, 60-minute service', { booking: settings({ slotMinutes: 15 }) }, 33, '17:00'],
    ['30-minute grid, 15-minute service', { booking: settings({ slotMinutes: 30 }), service: nails }, 18, '17:30'],
    [
      'a variant sets the duration',
      { booking: settings({ slotMinutes: 30 }), service: groom, variantId: 'large' },
      14,
      '15:30',
    ],
    ['the base duration without a variant', { booking: settings({ slotMinutes: 30 }), service: groom }, 16, '16:30'],
  ] as [string, Partial<SlotQuery>, number, string][])('%s', (_label, over, count, lastStart) => {
    const slots = availableSlots(query({ ...base, ...over }));
    expect(slots).toHaveLength(count);
    expect(slots.at(-1)!.time).toBe(lastStart);
  });

  it('an unknown variant gives no slots', () => {
    expect(availableSlots(query({ ...base, service: groom, variantId: 'medium' }))).toEqual([]);
  });

  it('buffers may run outside opening hours but block other appointments', () => {
    const q = query({ ...base, service: groom, booking: settings({ slotMinutes: 30 }) });
    const [first] = availableSlots(q);
    expect(first!.time).toBe('09:00');
    expect(iso(first!.occupiedStart)).toBe('2026-02-02T07:45Z'); // 08:45 local: the buffer before opening
    expect(iso(first!.occupiedEnd)).toBe('2026-02-02T09:45Z'); // 10:30 + 15 min clean-up

    // A groom 09:00–10:30 occupies 08:45–10:45: the next groom can start at 11:00 (its buffer from 10:45).
    const occupied: Occupancy[] = [{ start: first!.occupiedStart, end: first!.occupiedEnd, units: ['all.1'] }];
    expect(times({ ...q, occupied }).slice(0, 2)).toEqual(['11:00', '11:30']);
  });
});

describe('lead time and horizon', () => {
  const base = { timezone: 'America/Chicago', from: '2026-02-02', to: '2026-02-04' };

  it.each([
    // now 10:20 CST on 2 Feb; 60 min lead → first start 11:30 on a 30-minute grid
    [
      'lead time from now',
      { now: new Date('2026-02-02T16:20:00Z'), booking: settings({ slotMinutes: 30, leadTimeMinutes: 60 }) },
      '2026-02-02 11:30',
    ],
    [
      'a lead time over closing moves to the next day',
      { now: new Date('2026-02-02T16:20:00Z'), booking: settings({ leadTimeMinutes: 8 * 60 }) },
      '2026-02-03 09:00',
    ],
    [
      'days in the past are never offered',
      { now: new Date('2026-02-03T12:00:00Z'), from: '2026-02-01' },
      '2026-02-03 09:00',
    ],
  ] as [string, Partial<SlotQuery> & { now: Date }, string][])('%s', (_label, over, first) => {
    const [slot] = availableSlots(query({ ...base, ...over }));
    expect(`${slot!.date} ${slot!.time}`).toBe(first);
  });

  it('stops at the horizon (local dates)', () => {
    const now = new Date('2026-02-02T16:20:00Z');
    const slots = availableSlots(query({ ...base, now, booking: settings({ horizonDays: 1 }), to: '2026-02-10' }));
    expect([...new Set(slots.map((s) => s.date))]).toEqual(['2026-02-02', '2026-02-03']);
  });

  it('honours the limit', () => {
    expect(availableSlots(query({ ...base, now: EARLY, limit: 3 })).map((s) => s.time)).toEqual([
      '09:00',
      '10:00',
      '11:00',
    ]);
  });
});

describe('capacity and resources', () => {
  const base = { timezone: 'America/Chicago', from: '2026-02-03', now: EARLY };
  const at = (time: string) => new Date(`2026-02-03T${time}:00-06:00`);
  const booked = (from: string, to: string, units: string[]): Occupancy => ({ start: at(from), end: at(to), units });
  const optionsAt = (q: SlotQuery, time: string) => availableSlots(q).find((s) => s.time === time)?.options;

  it('capacity 1 (the default without resources): one appointment at a time', () => {
    const q = query({ ...base, occupied: [booked('10:00', '11:00', ['all.1'])] });
    expect(optionsAt(q, '10:00')).toBeUndefined();
    expect(optionsAt(q, '11:00')).toEqual([['all.1']]);
  });

  it('capacity 2: a second appointment at once, not a third', () => {
    const booking = settings({ capacity: 2 });
    expect(optionsAt(query({ ...base, booking, occupied: [booked('10:00', '11:00', ['all.1'])] }), '10:00')).toEqual([
      ['all.2'],
    ]);
    const full = [booked('10:00', '11:00', ['all.1']), booked('10:30', '11:30', ['all.2'])];
    expect(optionsAt(query({ ...base, booking, occupied: full }), '10:00')).toBeUndefined();
  });

  it('a unit must be free for the whole span: no switching places mid-appointment', () => {
    const booking = settings({ capacity: 2, slotMinutes: 30 });
    const occupied = [booked('10:00', '11:00', ['all.1']), booked('11:00', '12:00', ['all.2'])];
    // 10:30–11:30: at every moment one unit is free, but never the same one.
    expect(optionsAt(query({ ...base, booking, occupied }), '10:30')).toBeUndefined();
  });

  const groomers = settings({
    resources: [
      { id: 'carlos', name: 'Carlos', services: ['session'] },
      {
        id: 'jess',
        name: 'Jess',
        hours: WeeklyHours.parse({ tue: day('12:00', '18:00'), wed: day('12:00', '18:00') }),
        daysOff: ['2026-02-04'],
      },
      { id: 'tub', name: 'Big tub', kind: 'equipment', services: ['full-groom'], capacity: 2 },
    ],
  });

  it.each([
    ['everyone who can do the service, in listed order', {}, '13:00', [['r.carlos.1'], ['r.jess.1']]],
    ['a resource only inside its own hours', {}, '10:00', [['r.carlos.1']]],
    ['a resource that cannot do the service is not offered', { service: nails }, '13:00', [['r.jess.1']]],
    ['a resource with two places', { service: groom }, '13:00', [['r.jess.1'], ['r.tub.1'], ['r.tub.2']]],
    ['one resource asked for by name', { resourceId: 'jess' }, '13:00', [['r.jess.1']]],
    ['a busy resource', { occupied: [booked('13:00', '14:00', ['r.carlos.1'])] }, '13:00', [['r.jess.1']]],
    [
      'busy on its own calendar',
      { busy: [{ start: at('13:30'), end: at('13:45'), resourceId: 'jess' }] as BusyInterval[] },
      '13:00',
      [['r.carlos.1']],
    ],
    ['a day off', { from: '2026-02-04' }, '13:00', [['r.carlos.1']]],
  ] as [string, Partial<SlotQuery>, string, string[][]][])('%s', (_label, over, time, expected) => {
    expect(optionsAt(query({ ...base, booking: groomers, ...over }), time)).toEqual(expected);
  });

  it('business-wide busy time blocks every resource', () => {
    const busy: BusyInterval[] = [{ start: at('13:00'), end: at('13:30') }];
    expect(optionsAt(query({ ...base, booking: groomers, busy }), '13:00')).toBeUndefined();
    expect(optionsAt(query({ ...base, booking: groomers, busy }), '14:00')).toHaveLength(2);
  });

  it('an overall limit on top of resources pairs a resource unit with an overall unit', () => {
    const booking = settings({ capacity: 1, resources: groomers.resources });
    expect(optionsAt(query({ ...base, booking }), '13:00')).toEqual([
      ['r.carlos.1', 'all.1'],
      ['r.jess.1', 'all.1'],
    ]);
    const occupied = [booked('13:00', '14:00', ['r.carlos.1', 'all.1'])];
    expect(optionsAt(query({ ...base, booking, occupied }), '13:00')).toBeUndefined();
  });

  it('no resource can do the service: no slots', () => {
    const booking = settings({ resources: [{ id: 'carlos', name: 'Carlos', services: ['full-groom'] }] });
    expect(availableSlots(query({ ...base, booking }))).toEqual([]);
  });
});

it('is a pure function of its inputs: same query, same answer', () => {
  const q = query({ timezone: 'Europe/Madrid', from: '2026-03-27', to: '2026-03-31', now: EARLY });
  expect(starts(q)).toEqual(starts(q));
  expect(starts(q)).toHaveLength(45);
});
