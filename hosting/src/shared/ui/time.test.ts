import { describe, expect, it } from 'vitest';
import { countdown, dayIn, fullTime, relative, shortTime } from './time';

// 2026-06-01 21:30 UTC is already 2 June in Dubai (UTC+4) and still 1 June in Austin (UTC-5).
const AT = new Date(Date.UTC(2026, 5, 1, 21, 30));

describe('times in the business time zone', () => {
  it.each([
    ['Asia/Dubai', '2026-06-02'],
    ['America/Chicago', '2026-06-01'],
    ['UTC', '2026-06-01'],
  ])('the day in %s', (zone, day) => expect(dayIn(AT, zone)).toBe(day));

  it('shows the time for today, in the zone', () => {
    expect(shortTime(AT, 'Asia/Dubai', new Date(Date.UTC(2026, 5, 1, 22, 0)))).toMatch(/01:30|1:30/);
  });

  it('shows the date for older messages', () => {
    expect(shortTime(AT, 'UTC', new Date(Date.UTC(2026, 6, 20)))).toMatch(/Jun|6/);
  });

  it('formats a full time with the zone for every zone of the demo businesses', () => {
    for (const zone of ['Asia/Dubai', 'America/Chicago', 'UTC']) expect(fullTime(AT, zone)).toMatch(/2026/);
  });

  it.each([
    [0, '0:00'],
    [61_000, '1:01'],
    [29 * 60_000 + 59_000, '29:59'],
    [3_723_000, '1:02:03'],
    [-5, '0:00'],
  ])('countdown %d ms → %s', (ms, text) => expect(countdown(ms)).toBe(text));

  it('says how long ago', () => {
    expect(relative(new Date(Date.UTC(2026, 5, 1, 21, 25)), AT)).toMatch(/5 minutes ago/);
  });
});
