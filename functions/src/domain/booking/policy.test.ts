import { describe, expect, it } from 'vitest';
import { bookingApprovalReasons, customerRefund, isLate, minorDigits, reminderTimes, roundMoney } from './policy.js';
import { ApprovalRules } from './settings.js';

const t = (iso: string) => new Date(`2026-03-${iso}:00Z`);
const START = t('12T10:00');

describe('refunds by notice', () => {
  const tiers = {
    refunds: [
      { minNoticeHours: 72, refundPercent: 100 },
      { minNoticeHours: 24, refundPercent: 50 },
      { minNoticeHours: 2, refundPercent: 10 },
    ],
  };
  it.each([
    ['a week ahead', t('05T10:00'), 100, 40],
    ['exactly 72 h', t('09T10:00'), 100, 40],
    ['71 h 59', t('09T10:01'), 50, 20],
    ['25 h', t('11T09:00'), 50, 20],
    ['3 h', t('12T07:00'), 10, 4],
    ['1 h', t('12T09:00'), 0, 0],
    ['after the start', t('12T10:30'), 0, 0],
  ])('%s → %i %%', (_label, at, percent, amount) => {
    expect(customerRefund(40, START, at, tiers, 'USD')).toEqual({ percent, amount });
  });

  it('no rules, no refund', () => {
    expect(customerRefund(40, START, t('01T10:00'), { refunds: [] }, 'USD')).toEqual({ percent: 0, amount: 0 });
  });

  it.each([
    ['USD', 2, 12.35],
    ['JPY', 0, 12],
    ['KWD', 3, 12.346],
    ['AED', 2, 12.35],
  ])('%s has %i decimals', (currency, digits, rounded) => {
    expect(minorDigits(currency)).toBe(digits);
    expect(roundMoney(12.3456, currency)).toBe(rounded);
  });
});

describe('the policy window', () => {
  it.each([
    [t('11T10:00'), false],
    [t('11T10:01'), true],
    [t('12T11:00'), true],
  ])('a change at %s is late: %s', (at, late) => {
    expect(isLate(START, at, { changePolicy: { noticeHours: 24 } })).toBe(late);
  });
});

describe('approval reasons for a booking', () => {
  const rules = (input: object) => ApprovalRules.parse(input);
  it.each([
    ['nothing on', {}, '12T08:00', 100, []],
    ['every booking', { allBookings: true }, '01T08:00', 100, ['all_bookings']],
    ['same local day in Dubai', { sameDay: true }, '12T04:00', 100, ['same_day']],
    // 21:00 UTC on the 11th is already the 12th in Dubai (UTC+4)
    ['same local day though the UTC date differs', { sameDay: true }, '11T21:00', 100, ['same_day']],
    ['the day before, locally', { sameDay: true }, '11T19:00', 100, []],
    ['above the amount', { aboveAmount: 99 }, '01T08:00', 100, ['above_amount']],
    ['at the amount', { aboveAmount: 100 }, '01T08:00', 100, []],
    [
      'several',
      { allBookings: true, aboveAmount: 50, sameDay: true },
      '12T05:00',
      100,
      ['all_bookings', 'same_day', 'above_amount'],
    ],
  ])('%s', (_label, input, at, price, expected) => {
    expect(bookingApprovalReasons({ start: START, price }, t(at), 'Asia/Dubai', rules(input))).toEqual(expected);
  });
});

describe('reminder times', () => {
  it.each([
    ['both ahead', t('10T09:00'), [24, 2], ['2026-03-11T10:00:00.000Z', '2026-03-12T08:00:00.000Z']],
    ['the 24 h one already past', t('11T12:00'), [24, 2], ['2026-03-12T08:00:00.000Z']],
    ['all past', t('12T09:00'), [24, 2], []],
    ['duplicates and any order', t('01T00:00'), [2, 24, 2], ['2026-03-11T10:00:00.000Z', '2026-03-12T08:00:00.000Z']],
    ['none configured', t('01T00:00'), [], []],
  ])('%s', (_label, now, hours, expected) => {
    expect(reminderTimes(START, hours, now).map((d) => d.toISOString())).toEqual(expected);
  });
});
