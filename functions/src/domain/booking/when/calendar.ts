/**
 * Calendar arithmetic on local dates (YYYY-MM-DD) for reading "Friday",
 * "next week", "the 15th": pure, relative to the business's today.
 */
import { WEEKDAYS, type Weekday } from '../../business.js';
import { addDays, weekdayOf } from '../../hours.js';

export type WhenDate = { kind: 'day'; date: string } | { kind: 'range'; from: string; to: string };

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export const day = (date: string): WhenDate => ({ kind: 'day', date });

export class Calendar {
  readonly weekdayIndex: number;
  constructor(
    readonly today: string,
    readonly weekend: readonly Weekday[],
  ) {
    this.weekdayIndex = WEEKDAYS.indexOf(weekdayOf(today));
  }

  /** Days from today to the next `weekday` (0 when it is today). */
  daysUntil(weekday: Weekday): number {
    return (WEEKDAYS.indexOf(weekday) - this.weekdayIndex + 7) % 7;
  }

  plus(days: number): string {
    return addDays(this.today, days);
  }

  /** Monday of this week plus `weeks` weeks, and its Sunday. */
  week(weeks: number): WhenDate {
    const monday = this.plus(-this.weekdayIndex + 7 * weeks);
    return { kind: 'range', from: weeks === 0 ? this.today : monday, to: addDays(monday, 6) };
  }

  /** `weekday` in the week `weeks` from this one (Monday-based). */
  weekdayInWeek(weekday: Weekday, weeks: number): string {
    return this.plus(-this.weekdayIndex + 7 * weeks + WEEKDAYS.indexOf(weekday));
  }

  /** The weekend under way (from today) or coming, `skip` weekends later. */
  weekendRange(skip: number): WhenDate {
    const isWeekend = (offset: number) => this.weekend.includes(weekdayOf(this.plus(offset)));
    let d = 0;
    if (isWeekend(0) && skip > 0) {
      while (isWeekend(d) && d < 7) d++;
      skip -= 1;
    }
    while (!isWeekend(d) && d < 7) d++;
    const start = d + 7 * skip;
    let end = start;
    while (isWeekend(end + 1) && end - start < 6) end++;
    return { kind: 'range', from: this.plus(start), to: this.plus(end) };
  }

  get inWeekend(): boolean {
    return this.weekend.includes(weekdayOf(this.today));
  }

  /** The next date with day-of-month `n` (this month if still ahead, else the next month that has it). */
  dayOfMonth(n: number): string | undefined {
    const [y, m] = this.today.split('-').map(Number) as [number, number];
    for (let add = 0; add < 3; add++) {
      const month = ((m - 1 + add) % 12) + 1;
      const year = y + Math.floor((m - 1 + add) / 12);
      if (isValidDate(year, month, n) && isoDate(year, month, n) >= this.today) return isoDate(year, month, n);
    }
    return undefined;
  }

  /** Day `d` of month `m`: this year if not past, else next year; `y` when given. */
  dayOfYear(d: number, m: number, y?: number): string | undefined {
    if (y !== undefined) return isValidDate(y, m, d) ? isoDate(y, m, d) : undefined;
    const thisYear = Number(this.today.slice(0, 4));
    for (const year of [thisYear, thisYear + 1]) {
      if (isValidDate(year, m, d) && isoDate(year, m, d) >= this.today) return isoDate(year, m, d);
    }
    return undefined;
  }
}
