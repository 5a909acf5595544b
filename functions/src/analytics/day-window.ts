/**
 * A business's local day as instants, and which days are due for their
 * rollup: pure functions of the date, the time zone and the clock.
 */
import { addDays, wallClock, zonedInstant } from '../domain/hours.js';

/**
 * How long after a day ends its rollup waits: a customer who wrote just
 * before midnight gets their answer counted, not an "unanswered" turn.
 * Replies to a day's turns are looked for until then.
 */
export const RESPONSE_HORIZON_MS = 60 * 60 * 1000;

export interface DayWindow {
  date: string;
  /** Local midnight starting the day, and the next one: 23 or 25 hours apart on a daylight-saving change. */
  start: Date;
  end: Date;
}

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `date` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(date: string): boolean {
  if (!DATE_PATTERN.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

export function dayWindow(date: string, timeZone: string): DayWindow {
  return { date, start: zonedInstant(date, 0, timeZone), end: zonedInstant(addDays(date, 1), 0, timeZone) };
}

/** Whether the day's rollup can be final at `now`: the day ended locally, and the response horizon passed. */
export const isFinal = (window: DayWindow, now: Date): boolean =>
  now.getTime() >= window.end.getTime() + RESPONSE_HORIZON_MS;

/**
 * The days whose rollup should exist at `now`, newest first: the last day
 * that can be final and the `lookback - 1` before it (a missed run is
 * made up by the next).
 */
export function dueDates(now: Date, timeZone: string, lookback = 2): string[] {
  const today = wallClock(new Date(now.getTime() - RESPONSE_HORIZON_MS), timeZone).date;
  return Array.from({ length: lookback }, (_, i) => addDays(today, -1 - i));
}
