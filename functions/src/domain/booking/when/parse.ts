/**
 * Reads when a customer wants to come — "tomorrow afternoon", "el martes a
 * las 5", "demain vers 14h", "بكرا الساعة ٤", "dissabte al matí" — into a
 * date or date range and a time or part of the day, relative to `now` in
 * the business's time zone. Pure.
 *
 * Nothing is guessed silently: where a reading has two answers ("at 5" is
 * 05:00 or 17:00; "next Friday" this week's or the next; "03/04" in March
 * or April) the request carries the likelier one *and* an ambiguity with
 * every candidate, so the caller can settle it against real availability
 * or ask. A message with no date or time in it gives an empty request.
 */
import type { Weekday } from '../../business.js';
import { wallClock, weekdayOf } from '../../hours.js';
import { Calendar, type WhenDate, day } from './calendar.js';
import { type DateClaim, PART_WINDOWS, type TimeClaim, combineDates, combineTimes, hourCandidates } from './combine.js';
import { type Item, lex } from './lex.js';
import type { Fact, PartOfDay } from './lexicon.js';

export type { WhenDate } from './calendar.js';
export type { PartOfDay } from './lexicon.js';
export { PART_WINDOWS } from './combine.js';

export type WhenTime =
  | { kind: 'at'; minutes: number; approximate: boolean }
  | { kind: 'window'; from: number; to: number; part?: PartOfDay };

export type Ambiguity =
  | { kind: 'am_pm'; candidates: number[] }
  | {
      kind: 'date';
      reason: 'next_weekday' | 'next_weekend' | 'weekday_today' | 'day_month_order' | 'conflict';
      candidates: WhenDate[];
    }
  | { kind: 'time'; reason: 'conflict'; candidates: WhenTime[] };

export interface WhenRequest {
  date?: WhenDate;
  time?: WhenTime;
  ambiguities: Ambiguity[];
}

export interface WhenContext {
  now: Date;
  timeZone: string;
  /** How to read 03/04: day first (default) or month first (the US). */
  dateOrder?: 'dmy' | 'mdy';
  /** The weekend's days; Saturday and Sunday unless the business says otherwise. */
  weekend?: readonly Weekday[];
}

interface Clock {
  candidates: number[];
  approximate: boolean;
  next: number;
}

export function parseWhen(text: string, context: WhenContext): WhenRequest {
  const items = lex(text);
  const cal = new Calendar(wallClock(context.now, context.timeZone).date, context.weekend ?? ['sat', 'sun']);
  const dates: DateClaim[] = [];
  const times: TimeClaim[] = [];

  const get = <T extends Fact['t']>(i: number, t: T): Extract<Fact, { t: T }> | undefined => {
    const item = items[i];
    if (item?.t !== 'facts') return undefined;
    return item.facts.find((f): f is Extract<Fact, { t: T }> => f.t === t);
  };
  const has = (i: number, t: Fact['t']) => get(i, t) !== undefined;
  const numberAt = (i: number): number | undefined => {
    const item = items[i];
    if (item?.t === 'num') return item.n;
    return get(i, 'numword')?.n;
  };

  function readClock(j: number): Clock | undefined {
    const item = items[j];
    let h: number;
    let m = 0;
    let h24 = false;
    let approximate = false;
    let meridiem: 'am' | 'pm' | undefined;
    let k = j + 1;
    const prefix = get(j, 'prefix') ?? get(j, 'quarts');
    if (prefix) {
      const n = numberAt(j + 1);
      if (n === undefined || n < 1 || n > 12) return undefined;
      if (prefix.t === 'prefix') [h, m] = prefix.minutes > 0 ? [n, prefix.minutes] : [n - 1, 60 + prefix.minutes];
      else [h, m] = [n - 1, prefix.minutes];
      if (h === 0) h = 12;
      k = j + 2;
    } else if (has(j, 'noon')) [h, h24] = [12, true];
    else if (has(j, 'midnight')) [h, h24] = [0, true];
    else if (item?.t === 'clock') {
      [h, m, h24, approximate, meridiem] = [item.h, item.m, item.h24, item.approx, item.meridiem];
    } else {
      const n = numberAt(j);
      if (n === undefined || n > 24) return undefined;
      h = n;
      h24 = item?.t === 'num' && item.padded;
    }
    if (has(k, 'hours')) {
      k++;
      const after = items[k];
      if (after?.t === 'num' && after.n <= 59 && m === 0 && (h > 12 || h24)) [m, k] = [after.n, k + 1];
    }
    const minutes = get(k, 'minutes');
    if (minutes && m === 0) {
      m = minutes.minutes;
      if (m < 0) [h, m] = [h === 1 ? 12 : h === 13 ? 12 : h - 1, 60 + m];
      k++;
    }
    const said = get(k, 'meridiem');
    const part = get(k, 'part')?.part;
    if (said) [meridiem, k] = [said.value, k + 1];
    else if (part) k++;
    return { candidates: hourCandidates(h, m, { meridiem, part, h24 }), approximate, next: k };
  }

  /** A clock after markers like "at", "around", "las", possibly several ("around at"). */
  function clockAfter(i: number): Clock | undefined {
    let j = i;
    while (has(j, 'at') || has(j, 'around')) j++;
    return readClock(j);
  }

  /**
   * Words after a number that make it a time: "5 o'clock", "5 y media", "5pm", "5 de la tarde". A part
   * of the day counts only in its "of the …" form, so "una tarde" (one afternoon) stays a number.
   */
  const isTimeHint = (i: number) =>
    has(i, 'hours') ||
    has(i, 'minutes') ||
    has(i, 'meridiem') ||
    (has(i, 'part') && /^(de|du|da|del|in the|at|في|ع|بال|el|l) /.test(`${items[i]!.token} `));

  function readWeekday(i: number, weekday: Weekday): number {
    const pushWeekday = (claim: DateClaim) => dates.push({ ...claim, weekday });
    let prev = i - 1;
    while (prev >= 0 && has(prev, 'dayword')) prev--;
    const before = get(prev, 'next') ?? get(prev, 'this');
    let k = i + 1;
    while (has(k, 'of')) k++;
    if ((has(k, 'next') && has(k + 1, 'week')) || (has(k, 'week') && has(k + 1, 'next'))) {
      dates.push({ date: day(cal.weekdayInWeek(weekday, 1)) });
      return k + 2;
    }
    const after = get(i + 1, 'next');
    const modifier = after ?? before;
    const d = cal.daysUntil(weekday);
    if (!modifier) {
      if (d === 0)
        pushWeekday({
          date: day(cal.today),
          ambiguity: { kind: 'date', reason: 'weekday_today', candidates: [day(cal.today), day(cal.plus(7))] },
        });
      else pushWeekday({ date: day(cal.plus(d)) });
    } else if (modifier.t === 'this') pushWeekday({ date: day(cal.plus(d)) });
    else if (d === 0) pushWeekday({ date: day(cal.plus(7)) });
    else if (modifier.english && cal.weekdayIndex + d <= 6) {
      const candidates = [day(cal.plus(d)), day(cal.plus(d + 7))];
      pushWeekday({ date: candidates[0]!, ambiguity: { kind: 'date', reason: 'next_weekday', candidates } });
    } else pushWeekday({ date: day(cal.plus(d)) });
    return after ? i + 2 : i + 1;
  }

  function pushDayOfMonth(n: number, month?: number, year?: number) {
    const date = month === undefined ? cal.dayOfMonth(n) : cal.dayOfYear(n, month, year);
    if (date) dates.push({ date: day(date) });
  }

  /** A month (and year) right after position i, skipping "de"/"of": its index after. */
  function monthAt(i: number): { month: number; year?: number; next: number } | undefined {
    let j = i;
    while (has(j, 'of')) j++;
    const month = get(j, 'month');
    if (!month) return undefined;
    let k = j + 1;
    while (has(k, 'of')) k++;
    const year = items[k];
    return year?.t === 'year' ? { month: month.month, year: year.y, next: k + 1 } : { month: month.month, next: j + 1 };
  }

  function pushNumericDate(item: Extract<Item, { t: 'date' }>) {
    if (item.iso) return pushDayOfMonth(item.a, item.b, item.y);
    const dmy = cal.dayOfYear(item.a, item.b, item.y);
    const mdy = cal.dayOfYear(item.b, item.a, item.y);
    const preferMdy = item.slash && context.dateOrder === 'mdy';
    const [first, second] = preferMdy ? [mdy, dmy] : [dmy, mdy];
    const chosen = first ?? second;
    if (!chosen) return;
    if (first && second && first !== second && item.slash && context.dateOrder === undefined)
      dates.push({
        date: day(first),
        ambiguity: { kind: 'date', reason: 'day_month_order', candidates: [day(first), day(second)] },
      });
    else dates.push({ date: day(chosen) });
  }

  for (let i = 0; i < items.length;) {
    const item = items[i]!;
    if (has(i, 'between')) {
      const from = clockAfter(i + 1);
      if (from && has(from.next, 'and')) {
        const to = clockAfter(from.next + 1);
        if (to) {
          times.push({ kind: 'between', from: from.candidates, to: to.candidates });
          i = to.next;
          continue;
        }
      }
    }
    const marker = has(i, 'after')
      ? 'after'
      : has(i, 'before')
        ? 'before'
        : has(i, 'at') || has(i, 'around')
          ? 'at'
          : undefined;
    if (marker) {
      const clock = clockAfter(i + 1);
      if (clock) {
        if (marker === 'at')
          times.push({ kind: 'at', candidates: clock.candidates, approximate: has(i, 'around') || clock.approximate });
        else times.push({ kind: marker, candidates: clock.candidates });
        i = clock.next;
        continue;
      }
      const part = get(i + 1, 'part');
      if (marker !== 'at' && part) {
        const window = PART_WINDOWS[part.part];
        times.push({ kind: marker, candidates: [marker === 'after' ? window.to : window.from] });
        i += 2;
        continue;
      }
    }
    if (item.t === 'clock' || has(i, 'prefix') || has(i, 'quarts') || has(i, 'noon') || has(i, 'midnight')) {
      const clock = readClock(i);
      if (clock) {
        times.push({ kind: 'at', candidates: clock.candidates, approximate: clock.approximate });
        i = clock.next;
        continue;
      }
    }
    if (item.t === 'date') {
      pushNumericDate(item);
      i++;
      continue;
    }
    if (item.t === 'ordinal' || item.t === 'num' || has(i, 'numword')) {
      const n = item.t === 'ordinal' ? item.n : numberAt(i)!;
      const month = monthAt(i + 1);
      if (month && n >= 1 && n <= 31 && item.t !== 'facts') {
        pushDayOfMonth(n, month.month, month.year);
        i = month.next;
        continue;
      }
      if (item.t === 'ordinal') {
        pushDayOfMonth(n);
        i++;
        continue;
      }
      if (isTimeHint(i + 1)) {
        const clock = readClock(i);
        if (clock) {
          times.push({ kind: 'at', candidates: clock.candidates, approximate: clock.approximate });
          i = clock.next;
          continue;
        }
      }
      if (item.t === 'num' && n >= 1 && n <= 31) {
        if (has(i - 1, 'dayword')) {
          pushDayOfMonth(n);
          i++;
          continue;
        }
        // "el martes 5": Tuesday the 5th when the 5th is a Tuesday; otherwise 5 o'clock.
        const weekday = get(i - 1, 'weekday');
        const date = cal.dayOfMonth(n);
        if (weekday && date && weekdayOf(date) === weekday.day) {
          dates.pop();
          dates.push({ date: day(date) });
          i++;
          continue;
        }
      }
      if (item.t === 'num' && (has(i - 1, 'weekday') || has(i - 1, 'rel') || has(i - 1, 'part'))) {
        const clock = readClock(i);
        if (clock) {
          times.push({ kind: 'at', candidates: clock.candidates, approximate: clock.approximate });
          i = clock.next;
          continue;
        }
      }
      i++;
      continue;
    }
    const month = get(i, 'month');
    if (month) {
      let j = i + 1;
      while (has(j, 'dayword') || has(j, 'of')) j++;
      const next = items[j];
      const n = next?.t === 'ordinal' || next?.t === 'num' ? next.n : undefined;
      if (n !== undefined && n >= 1 && n <= 31) {
        const year = items[j + 1];
        pushDayOfMonth(n, month.month, year?.t === 'year' ? year.y : undefined);
        i = j + (year?.t === 'year' ? 2 : 1);
        continue;
      }
    }
    const rel = get(i, 'rel');
    if (rel) dates.push({ date: day(cal.plus(rel.days)) });
    if (has(i, 'in')) {
      const n = numberAt(i + 1) ?? (['a', 'an'].includes(items[i + 1]?.token ?? '') ? 1 : undefined);
      const unit = get(i + 2, 'unit');
      if (n !== undefined && unit) {
        dates.push({ date: day(cal.plus(unit.unit === 'week' ? 7 * n : n)) });
        i += 3;
        continue;
      }
    }
    const weekday = get(i, 'weekday');
    if (weekday) {
      i = readWeekday(i, weekday.day);
      continue;
    }
    const modifier = get(i, 'next') ?? get(i, 'this');
    const weekAfter = has(i + 1, 'week') && !has(i + 1, 'weekend');
    if (modifier && (weekAfter || has(i + 1, 'weekend'))) {
      const next = modifier.t === 'next';
      if (weekAfter) dates.push({ date: cal.week(next ? 1 : 0) });
      else pushWeekend(next, modifier.t === 'next' && modifier.english === true);
      i += 2;
      continue;
    }
    if (has(i, 'week') && has(i + 1, 'next')) {
      dates.push({ date: cal.week(1) });
      i += 2;
      continue;
    }
    if (has(i, 'weekend')) {
      const next = get(i + 1, 'next');
      pushWeekend(next !== undefined, false);
      i += next ? 2 : 1;
      continue;
    }
    const part = get(i, 'part');
    if (part) times.push({ kind: 'part', part: part.part });
    i++;
  }

  /**
   * "Next weekend" is read like "next Friday": in English it may be the coming one or the one after
   * (reported); elsewhere ("el finde que viene", "le week-end prochain") it is the coming one, or the
   * one after when it is already the weekend.
   */
  function pushWeekend(next: boolean, english: boolean) {
    if (!next) return void dates.push({ date: cal.weekendRange(0) });
    if (cal.inWeekend) return void dates.push({ date: cal.weekendRange(1) });
    if (!english) return void dates.push({ date: cal.weekendRange(0) });
    const candidates = [cal.weekendRange(0), cal.weekendRange(1)];
    dates.push({ date: candidates[0]!, ambiguity: { kind: 'date', reason: 'next_weekend', candidates } });
  }

  const dated = combineDates(dates);
  const timed = combineTimes(times);
  return {
    ...(dated.date ? { date: dated.date } : {}),
    ...(timed.time ? { time: timed.time } : {}),
    ambiguities: [...dated.ambiguities, ...timed.ambiguities],
  };
}
