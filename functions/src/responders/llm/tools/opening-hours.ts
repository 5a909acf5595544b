/** Opening hours and holidays for a date, in the business's time zone, from domain/hours.ts. */
import { z } from 'zod';
import { IsoDate } from '../../../domain/business.js';
import {
  addDays,
  hoursOn,
  nextOpening,
  openIntervalAt,
  wallClock,
  weekdayOf,
  type Schedule,
} from '../../../domain/hours.js';
import { pickLocalized } from '../../../domain/localized.js';
import type { BusinessContext } from '../../responder.js';
import { defineTool } from './tool.js';

export const scheduleOf = (business: BusinessContext): Schedule => ({
  timezone: business.profile.timezone,
  hours: business.hours,
  holidays: business.holidays,
});

/** A local date-time for the model: "2025-01-07 10:00 (Tuesday)". */
export function localTime(at: Date, timeZone: string): string {
  const clock = wallClock(at, timeZone);
  const hh = String(Math.floor(clock.minutes / 60)).padStart(2, '0');
  const mm = String(clock.minutes % 60).padStart(2, '0');
  return `${clock.date} ${hh}:${mm} (${clock.weekday})`;
}

export const openingHours = defineTool({
  name: 'opening_hours',
  description:
    'Opening hours for a date (default today) in the business time zone, with any holiday or special hours, whether it is open now, and when it next opens. Use it before saying the business is open or closed on a given day.',
  input: z.strictObject({
    date: IsoDate.optional().describe('YYYY-MM-DD in the business time zone; omit for today.'),
    days: z.number().int().min(1).max(14).optional().describe('How many days from that date (default 1, up to 14).'),
  }),
  run({ date, days = 1 }, ctx) {
    const { business, now } = ctx;
    const schedule = scheduleOf(business);
    const today = wallClock(now, schedule.timezone).date;
    const start = date ?? today;
    const list = Array.from({ length: days }, (_, i) => {
      const day = addDays(start, i);
      const holiday = business.holidays.find((h) => h.date === day);
      return {
        date: day,
        weekday: weekdayOf(day),
        hours: hoursOn(day, schedule),
        holiday: holiday ? pickLocalized(holiday.name, ctx.language, business.profile.languages).text : undefined,
      };
    });
    const next = nextOpening(now, schedule);
    const open = openIntervalAt(now, schedule);
    const closedAll = list.every((d) => d.hours.length === 0);
    return {
      content: {
        timezone: schedule.timezone,
        now: localTime(now, schedule.timezone),
        openNow: open !== undefined,
        openNowUntil: open?.close,
        nextOpening: open ? undefined : next && localTime(next, schedule.timezone),
        days: list,
        // Past dates are answered too (a customer may ask about yesterday), flagged so the model does not offer them.
        past: start < today ? true : undefined,
      },
      summary: `${start}${days > 1 ? ` +${days - 1}d` : ''}: ${closedAll ? 'closed' : list.map((d) => d.hours.map((h) => `${h.open}-${h.close}`).join(',') || 'closed').join(' | ')}`,
    };
  },
});
