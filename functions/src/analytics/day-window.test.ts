import { describe, expect, it } from 'vitest';
import { dayWindow, dueDates, isCalendarDate, isFinal } from './day-window.js';

const HOUR = 3_600_000;

describe('dayWindow', () => {
  it.each([
    // zone, date, local midnight in UTC, length in hours
    ['Asia/Dubai', '2026-12-01', '2026-11-30T20:00:00.000Z', 24],
    ['America/Chicago', '2026-12-01', '2026-12-01T06:00:00.000Z', 24],
    // Spring forward: 02:00 → 03:00, a 23-hour day.
    ['Europe/Madrid', '2026-03-29', '2026-03-28T23:00:00.000Z', 23],
    // Fall back: 03:00 → 02:00, a 25-hour day.
    ['Europe/Madrid', '2026-10-25', '2026-10-24T22:00:00.000Z', 25],
    ['America/Chicago', '2026-03-08', '2026-03-08T06:00:00.000Z', 23],
    ['America/Chicago', '2026-11-01', '2026-11-01T05:00:00.000Z', 25],
    ['UTC', '2028-02-29', '2028-02-29T00:00:00.000Z', 24],
  ])('%s %s starts at %s and lasts %i hours', (zone, date, start, hours) => {
    const window = dayWindow(date, zone);
    expect(window.start.toISOString()).toBe(start);
    expect((window.end.getTime() - window.start.getTime()) / HOUR).toBe(hours);
  });
});

describe('dueDates and isFinal', () => {
  it.each([
    // Dubai is UTC+4: its 2026-12-02 begins at 2026-12-01T20:00Z; the day before is final an hour later.
    ['2026-12-01T20:30:00Z', 'Asia/Dubai', ['2026-11-30', '2026-11-29']],
    ['2026-12-01T21:00:00Z', 'Asia/Dubai', ['2026-12-01', '2026-11-30']],
    ['2026-12-01T21:00:00Z', 'America/Chicago', ['2026-11-30', '2026-11-29']],
    ['2026-12-02T07:00:00Z', 'America/Chicago', ['2026-12-01', '2026-11-30']],
  ])('at %s in %s: %j', (now, zone, dates) => {
    const due = dueDates(new Date(now), zone);
    expect(due).toEqual(dates);
    expect(isFinal(dayWindow(due[0]!, zone), new Date(now))).toBe(true);
  });

  it('a day is final an hour after it ended, not before', () => {
    const window = dayWindow('2026-12-01', 'Asia/Dubai');
    expect(isFinal(window, new Date(window.end.getTime() + HOUR - 1))).toBe(false);
    expect(isFinal(window, new Date(window.end.getTime() + HOUR))).toBe(true);
  });

  it.each([
    ['2026-12-01', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['yesterday', false],
  ])('%s is a calendar date: %s', (date, ok) => expect(isCalendarDate(date)).toBe(ok));
});
