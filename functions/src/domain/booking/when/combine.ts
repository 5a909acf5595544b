/**
 * How the pieces a message gave are put together: clock readings of an
 * hour (with their am/pm alternatives), several date mentions (a day inside
 * a range narrows it, a date on the weekday said replaces the weekday,
 * anything else is a conflict), times settled against a part of the day.
 */
import type { Weekday } from '../../business.js';
import { weekdayOf } from '../../hours.js';
import type { WhenDate } from './calendar.js';
import type { PartOfDay } from './lexicon.js';
import type { Ambiguity, WhenTime } from './parse.js';

/** Minutes since midnight each part of the day covers (overlapping on purpose: people mean different things). */
export const PART_WINDOWS: Record<PartOfDay, { from: number; to: number }> = {
  morning: { from: 6 * 60, to: 12 * 60 },
  midday: { from: 12 * 60, to: 15 * 60 },
  afternoon: { from: 12 * 60, to: 19 * 60 },
  evening: { from: 17 * 60, to: 22 * 60 },
  night: { from: 19 * 60, to: 24 * 60 },
};

const DAY_END = 24 * 60;

export interface DateClaim {
  date: WhenDate;
  ambiguity?: Extract<Ambiguity, { kind: 'date' }>;
  /** Set when only a weekday was said: a full date on that weekday replaces it ("Friday 13 March"). */
  weekday?: Weekday;
}
export type TimeClaim =
  | { kind: 'at'; candidates: number[]; approximate: boolean }
  | { kind: 'after' | 'before'; candidates: number[] }
  | { kind: 'between'; from: number[]; to: number[] }
  | { kind: 'part'; part: PartOfDay };

/** The clock readings of hour `h`, minute `m`, likeliest first. */
export function hourCandidates(
  h: number,
  m: number,
  hints: { meridiem?: 'am' | 'pm'; part?: PartOfDay; h24: boolean },
): number[] {
  if (h === 24) return [m];
  if (!hints.meridiem && (hints.h24 || h > 12 || h === 0)) return [h * 60 + m];
  const am = (h % 12) * 60 + m;
  const pm = am + 12 * 60;
  if (hints.meridiem) return [hints.meridiem === 'am' ? am : pm];
  switch (hints.part) {
    case 'morning':
      return [h === 12 ? pm : am];
    case 'midday':
      return [h === 12 || h <= 5 ? pm : am];
    case 'afternoon':
    case 'evening':
      return [pm];
    case 'night':
      return [h <= 4 || h === 12 ? am : pm];
    default:
      // Appointments cluster in the working day: 1–7 read as afternoon, 8–11 as morning.
      if (h === 12) return [pm, am];
      return h <= 7 ? [pm, am] : [am, pm];
  }
}

const sameDate = (a: WhenDate, b: WhenDate) => JSON.stringify(a) === JSON.stringify(b);
const within = (d: WhenDate, range: WhenDate) =>
  d.kind === 'day' && range.kind === 'range' && range.from <= d.date && d.date <= range.to;

export function combineDates(claims: DateClaim[]): { date?: WhenDate; ambiguities: Ambiguity[] } {
  let chosen = claims[0];
  if (!chosen) return { ambiguities: [] };
  const conflicts: WhenDate[] = [];
  const onItsWeekday = (weekdayClaim: DateClaim, other: DateClaim) =>
    weekdayClaim.weekday !== undefined &&
    other.weekday === undefined &&
    other.date.kind === 'day' &&
    weekdayOf(other.date.date) === weekdayClaim.weekday;
  for (const claim of claims.slice(1)) {
    if (sameDate(claim.date, chosen.date) || within(chosen.date, claim.date) || onItsWeekday(claim, chosen)) continue;
    // A day inside a range narrows it ("this weekend, on Saturday"); a date names the weekday said ("Friday 13 March").
    if (within(claim.date, chosen.date) || onItsWeekday(chosen, claim)) chosen = claim;
    else conflicts.push(claim.date);
  }
  const ambiguities: Ambiguity[] = chosen.ambiguity ? [chosen.ambiguity] : [];
  if (conflicts.length > 0)
    ambiguities.push({ kind: 'date', reason: 'conflict', candidates: [chosen.date, ...conflicts] });
  return { date: chosen.date, ambiguities };
}

export function combineTimes(claims: TimeClaim[]): { time?: WhenTime; ambiguities: Ambiguity[] } {
  const ambiguities: Ambiguity[] = [];
  const part = claims.find((c) => c.kind === 'part')?.part;
  const window = part ? PART_WINDOWS[part] : undefined;
  const inPart = (candidates: number[], end = false) => {
    if (!window) return candidates;
    const fitting = candidates.filter((m) =>
      end ? m > window.from && m <= window.to : m >= window.from && m < window.to,
    );
    return fitting.length > 0 ? fitting : candidates;
  };
  const settle = (candidates: number[], end = false) => {
    const left = inPart(candidates, end);
    if (left.length > 1) ambiguities.push({ kind: 'am_pm', candidates: left });
    return left[0]!;
  };

  const ats = claims.filter((c): c is Extract<TimeClaim, { kind: 'at' }> => c.kind === 'at');
  if (ats.length > 0) {
    const first = ats[0]!;
    const time: WhenTime = { kind: 'at', minutes: settle(first.candidates), approximate: first.approximate };
    const others = ats.slice(1).filter((a) => !a.candidates.includes(time.minutes));
    if (others.length > 0)
      ambiguities.push({
        kind: 'time',
        reason: 'conflict',
        candidates: [
          time,
          ...others.map((o) => ({ kind: 'at' as const, minutes: o.candidates[0]!, approximate: o.approximate })),
        ],
      });
    return { time, ambiguities };
  }
  const bounds = claims.find((c) => c.kind === 'after' || c.kind === 'before' || c.kind === 'between');
  if (bounds) {
    let from = window?.from ?? 0;
    let to = window?.to ?? DAY_END;
    if (bounds.kind === 'after') from = settle(bounds.candidates);
    else if (bounds.kind === 'before') to = settle(bounds.candidates, true);
    else if (bounds.kind === 'between') {
      const pairs = bounds.from.flatMap((f) => bounds.to.filter((t) => t > f).map((t) => [f, t] as const));
      const [f, t] = pairs[0] ?? [bounds.from[0]!, bounds.to[0]!];
      if (pairs.length > 1) ambiguities.push({ kind: 'am_pm', candidates: [...new Set(pairs.map((p) => p[0]))] });
      [from, to] = [f, t];
    }
    if (window && bounds.kind !== 'between') {
      from = Math.max(from, window.from);
      to = Math.min(to, window.to);
    }
    return { time: { kind: 'window', from, to, ...(part ? { part } : {}) }, ambiguities };
  }
  if (part && window) return { time: { kind: 'window', ...window, part }, ambiguities };
  return { ambiguities };
}
