/**
 * Calendar dates and wall clocks in an IANA time zone, with no dependency
 * at all (not even zod), so the dashboard's inbox can share it with the
 * slot maths without loading the business model: a YYYY-MM-DD date's
 * weekday and neighbours, the wall clock at an instant, and the instant a
 * wall clock shows. Intl.DateTimeFormat carries the time-zone data, so
 * daylight-saving changes are the platform's.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WallClock {
  /** YYYY-MM-DD in the time zone. */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: number, timeZone: string): Record<string, number> {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const p of formatter.formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return parts;
}

export const pad = (n: number) => String(n).padStart(2, '0');
export const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const formatTime = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** Weekday of a YYYY-MM-DD calendar date. */
export function weekdayOf(date: string): Weekday {
  const utcDay = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(utcDay + 6) % 7]!;
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function wallClock(instant: Date, timeZone: string): WallClock {
  const p = partsIn(instant.getTime(), timeZone);
  const date = `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
  return { date, weekday: weekdayOf(date), minutes: (p.hour ?? 0) * 60 + (p.minute ?? 0) };
}

/** Milliseconds the zone is ahead of UTC at `instant`. */
export function offsetAt(instant: number, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant the clocks in `timeZone` show `minutes` past midnight on `date`. */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const guess = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  const first = guess - offsetAt(guess, timeZone);
  const second = guess - offsetAt(first, timeZone); // the offset may differ across a DST change
  return new Date(second);
}
