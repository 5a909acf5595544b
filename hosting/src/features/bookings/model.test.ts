import { describe, expect, it } from 'vitest';
import { canRecordOutcome, columnsFor, daysOf, paymentState, rangeOf } from './model';

const TZ = 'America/Chicago';

describe('daysOf', () => {
  it.each([
    ['day', '2026-12-03', ['2026-12-03']],
    [
      'week',
      '2026-12-03',
      ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'],
    ],
    [
      'week',
      '2026-12-06',
      ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'],
    ],
    [
      'week',
      '2026-11-30',
      ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'],
    ],
  ] as const)('%s of %s', (view, day, expected) => {
    expect(daysOf(view, day)).toEqual(expected);
  });
});

describe('rangeOf', () => {
  it('spans the local days in the zone, across a DST change', () => {
    expect(rangeOf(['2026-12-03'], TZ)).toEqual({
      from: new Date('2026-12-03T06:00:00Z'),
      to: new Date('2026-12-04T06:00:00Z'),
    });
    // US clocks go back on 1 Nov 2026: that day lasts 25 hours in Chicago.
    const r = rangeOf(['2026-11-01'], TZ);
    expect(r.to.getTime() - r.from.getTime()).toBe(25 * 3_600_000);
  });
});

describe('columnsFor', () => {
  const a = (start: string, resourceId?: string) => ({ start: new Date(start), resourceId });
  const resources = [
    { id: 'carlos', name: 'Carlos' },
    { id: 'jess', name: 'Jess' },
  ];

  it('a day with resources: one column each, and "Anyone" for the rest, sorted by start', () => {
    const items = [a('2026-12-03T18:00:00Z', 'carlos'), a('2026-12-03T16:00:00Z', 'carlos'), a('2026-12-03T17:00:00Z')];
    const columns = columnsFor('day', ['2026-12-03'], items, TZ, resources);
    expect(columns.map((c) => [c.title, c.items.map((i) => i.start.toISOString())])).toEqual([
      ['Carlos', ['2026-12-03T16:00:00.000Z', '2026-12-03T18:00:00.000Z']],
      ['Jess', []],
      ['Anyone', ['2026-12-03T17:00:00.000Z']],
    ]);
  });

  it('a week: one column per local day (late evening stays on its own day)', () => {
    const days = daysOf('week', '2026-12-03');
    // 23:30 on Thursday in Chicago is Friday in UTC.
    const columns = columnsFor('week', days, [a('2026-12-04T05:30:00Z')], TZ, resources);
    expect(columns.find((c) => c.items.length)?.key).toBe('2026-12-03');
  });
});

describe('paymentState', () => {
  const base = { currency: 'USD', status: 'confirmed' as const, payments: [] as { amount: number }[] };
  it.each([
    [{ ...base, deposit: 0 }, 'No deposit'],
    [{ ...base, deposit: 25, status: 'awaiting_payment' as const }, /Deposit \$25\.00 due/],
    [{ ...base, deposit: 25, payments: [{ amount: 25 }] }, /Deposit \$25\.00 paid/],
    [{ ...base, deposit: 25, payments: [{ amount: 25 }], refunds: [{ amount: 25 }] }, /\$25\.00 refunded/],
    [{ ...base, deposit: 25, status: 'cancelled' as const }, /not paid/],
  ])('%o', (a, expected) => {
    expect(paymentState(a)).toMatch(expected);
  });
});

describe('canRecordOutcome', () => {
  const start = new Date('2026-12-03T16:00:00Z');
  it.each([
    ['confirmed', '2026-12-03T16:00:00Z', true],
    ['confirmed', '2026-12-03T18:00:00Z', true],
    ['confirmed', '2026-12-03T15:59:59Z', false],
    ['pending_approval', '2026-12-03T18:00:00Z', false],
    ['awaiting_payment', '2026-12-03T18:00:00Z', false],
    ['held', '2026-12-03T18:00:00Z', false],
    ['cancelled', '2026-12-03T18:00:00Z', false],
    ['completed', '2026-12-03T18:00:00Z', false],
    ['no_show', '2026-12-03T18:00:00Z', false],
  ] as const)('%s at %s: %s', (status, now, expected) => {
    expect(canRecordOutcome({ status, start }, new Date(now))).toBe(expected);
  });
});
