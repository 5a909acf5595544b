/**
 * Which start times a service can be booked at: a pure function of the
 * business's hours, its booking settings, the service, what is already
 * taken and the instant `now` — no clock, no I/O (in the spirit of cal.com's
 * `getSlots`, written for this model).
 *
 * The rules, in order:
 * - Starts sit on a grid of `slotMinutes` from local midnight, in the
 *   business's time zone: 10:00 is 10:00 on both sides of a daylight-saving
 *   change. A local time the change skips has no slot; a local time it
 *   repeats has one slot, at its first occurrence.
 * - The service itself (start to end, in real minutes) lies inside one
 *   opening interval of that day — a holiday's hours replace the weekday's,
 *   no hours means closed — and inside the resource's own hours. Buffers may
 *   run outside opening hours (prep before opening, clean-up after closing).
 * - Not before `now` plus the lead time; not on a local date more than
 *   `horizonDays` after today.
 * - Busy time without a resource (the owner's calendar) blocks the whole
 *   business; with a resource, only that resource. Busy time and existing
 *   appointments block the *occupied* span: the service plus its buffers.
 * - An appointment occupies one capacity unit (units.ts) of a resource that
 *   can do the service, and one overall unit where the business has an
 *   overall limit; a slot is offered when some such units are free for the
 *   whole occupied span. This is exactly what the hold's lock check
 *   (locks.ts) accepts, so what is offered can be held unless someone else
 *   holds it first.
 */
import type { Holiday, Service, WeeklyHours } from '../business.js';
import { addDays, boundaryInstant, formatTime, hoursOn, localDay, toMinutes, wallClock } from '../hours.js';
import { occupiedSpan, termsOf } from './offer.js';
import type { BookingSettings } from './settings.js';
import { canDo, overallUnits, unitsOfResource } from './units.js';

export interface TimeSpan {
  start: Date;
  end: Date;
}

/** Time taken elsewhere (a calendar's free/busy). Without `resourceId` the whole business is busy. */
export interface BusyInterval extends TimeSpan {
  resourceId?: string | undefined;
}

/** An existing appointment or live hold: its occupied span (buffers included) and the units it holds. */
export interface Occupancy extends TimeSpan {
  units: readonly string[];
}

export type SlotSettings = Pick<
  BookingSettings,
  'slotMinutes' | 'leadTimeMinutes' | 'horizonDays' | 'capacity' | 'resources'
>;

export interface SlotQuery {
  timezone: string;
  hours: WeeklyHours;
  holidays: readonly Holiday[];
  booking: SlotSettings;
  service: Service;
  variantId?: string | undefined;
  /** First and last local date to look at (YYYY-MM-DD, inclusive). */
  from: string;
  to: string;
  now: Date;
  busy?: readonly BusyInterval[] | undefined;
  occupied?: readonly Occupancy[] | undefined;
  /** Only with this resource (a customer who asks for a groomer by name). */
  resourceId?: string | undefined;
  /** At most this many slots, earliest first. */
  limit?: number | undefined;
}

export interface Slot {
  /** The service itself. */
  start: Date;
  end: Date;
  /** Local date and time of the start in the business's zone. */
  date: string;
  time: string;
  /** What the appointment keeps: buffers included. */
  occupiedStart: Date;
  occupiedEnd: Date;
  /** Ways to staff it, best first: each is the list of units a hold locks. */
  options: string[][];
}

const MINUTE = 60_000;
/** Enough alternatives for a hold to survive a few racing customers without a new query. */
const MAX_OPTIONS = 16;

export const overlaps = (a: TimeSpan, b: TimeSpan) =>
  a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();

type Interval = { open: string; close: string };

/** Opening intervals with touching or overlapping ones joined (10–14 and 14–18 is open 10–18). */
function merged(intervals: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const i of [...intervals].sort((a, b) => (a.open < b.open ? -1 : 1))) {
    const last = out.at(-1);
    if (last && i.open <= last.close) last.close = i.close > last.close ? i.close : last.close;
    else out.push({ ...i });
  }
  return out;
}

/** The opening intervals of a local date as instants. */
function spansOn(date: string, intervals: readonly Interval[], timeZone: string): TimeSpan[] {
  return merged(intervals).map((i) => ({
    start: boundaryInstant(date, toMinutes(i.open), timeZone, 'first'),
    end: boundaryInstant(date, toMinutes(i.close), timeZone, 'last'),
  }));
}

const fitsWithin = (span: TimeSpan, spans: readonly TimeSpan[]) =>
  spans.some((s) => s.start.getTime() <= span.start.getTime() && span.end.getTime() <= s.end.getTime());

export function availableSlots(query: SlotQuery): Slot[] {
  const terms = termsOf(query.service, query.variantId);
  if (!terms) return [];
  const { timezone, booking } = query;
  const busy = query.busy ?? [];
  const occupied = query.occupied ?? [];
  const schedule = { timezone, hours: query.hours, holidays: query.holidays };
  const today = wallClock(query.now, timezone).date;
  const first = query.from > today ? query.from : today;
  const horizon = addDays(today, booking.horizonDays);
  const last = query.to < horizon ? query.to : horizon;
  const earliest = query.now.getTime() + booking.leadTimeMinutes * MINUTE;
  const step = booking.slotMinutes;

  const resources = booking.resources.filter(
    (r) => canDo(r, query.service) && (query.resourceId === undefined || r.id === query.resourceId),
  );
  if (booking.resources.length > 0 && resources.length === 0) return [];
  const overall = overallUnits(booking);
  const isFree = (unit: string, span: TimeSpan) => !occupied.some((o) => o.units.includes(unit) && overlaps(o, span));

  /** Each resource's own hours on a date, as instants (computed once per date). */
  let resourceDate = '';
  let resourceSpans = new Map<string, TimeSpan[]>();
  function ownHours(date: string, resource: (typeof resources)[number]): TimeSpan[] | undefined {
    if (!resource.hours) return undefined;
    if (date !== resourceDate) [resourceDate, resourceSpans] = [date, new Map()];
    let spans = resourceSpans.get(resource.id);
    if (!spans) {
      spans = spansOn(date, hoursOn(date, { timezone, hours: resource.hours, holidays: [] }), timezone);
      resourceSpans.set(resource.id, spans);
    }
    return spans;
  }

  function options(date: string, service: TimeSpan, span: TimeSpan): string[][] {
    const freeOverall = overall.filter((u) => isFree(u, span));
    if (overall.length > 0 && freeOverall.length === 0) return [];
    if (booking.resources.length === 0) return freeOverall.map((u) => [u]);
    const freeResourceUnits = resources
      .filter((r) => !r.daysOff.includes(date))
      .filter((r) => {
        const own = ownHours(date, r);
        return !own || fitsWithin(service, own);
      })
      .filter((r) => !busy.some((b) => b.resourceId === r.id && overlaps(b, span)))
      .flatMap((r) => unitsOfResource(r).filter((u) => isFree(u, span)));
    const combos = freeResourceUnits.flatMap((ru) => (overall.length > 0 ? freeOverall.map((ou) => [ru, ou]) : [[ru]]));
    return combos.slice(0, MAX_OPTIONS);
  }

  const slots = new Map<number, Slot>();
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const at = localDay(date, timezone);
    for (const interval of merged(hoursOn(date, schedule))) {
      const [open] = spansOn(date, [interval], timezone) as [TimeSpan];
      for (let m = Math.ceil(toMinutes(interval.open) / step) * step; m < toMinutes(interval.close); m += step) {
        const start = at(m)[0];
        if (!start || start < open.start || start.getTime() < earliest || slots.has(start.getTime())) continue;
        const end = new Date(start.getTime() + terms.durationMinutes * MINUTE);
        if (end > open.end) continue;
        const service = { start, end };
        const span = occupiedSpan(start, end, terms);
        if (busy.some((b) => b.resourceId === undefined && overlaps(b, span))) continue;
        const ways = options(date, service, span);
        if (ways.length === 0) continue;
        slots.set(start.getTime(), {
          start,
          end,
          date,
          time: formatTime(m),
          occupiedStart: span.start,
          occupiedEnd: span.end,
          options: ways,
        });
      }
    }
  }
  const sorted = [...slots.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
  return query.limit === undefined ? sorted : sorted.slice(0, query.limit);
}
