import { describe, expect, it } from 'vitest';
import { countdown, dayIn, fullTime, relative, shortTime, zonedInputValue, zonedTimeToUtc } from './time';

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

describe('a time picked on the business’s clock', () => {
  it.each([
    ['Asia/Dubai', '2026-06-02T09:00', '2026-06-02T05:00:00.000Z'],
    ['America/Chicago', '2026-06-01T09:00', '2026-06-01T14:00:00.000Z'],
    ['America/Chicago', '2026-01-15T09:00', '2026-01-15T15:00:00.000Z'],
    // Europe/Madrid moves from +1 to +2 at 02:00 on 29 March 2026: 03:30 exists once, at +2.
    ['Europe/Madrid', '2026-03-29T03:30', '2026-03-29T01:30:00.000Z'],
    ['UTC', '2026-12-01T23:59', '2026-12-01T23:59:00.000Z'],
  ])('%s %s is %s', (zone, local, utc) => {
    expect(zonedTimeToUtc(local, zone)?.toISOString()).toBe(utc);
    expect(zonedInputValue(new Date(utc), zone)).toBe(local);
  });

  it.each(['tomorrow at 9', '2026-13-45T09:00'])('refuses a malformed value: %s', (value) =>
    expect(zonedTimeToUtc(value, 'UTC')).toBeUndefined(),
  );
});
