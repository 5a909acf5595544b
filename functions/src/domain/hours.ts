/**
 * Opening hours as pure functions of an instant and the business schedule:
 * is it open, when does it open next, and the week written out for a
 * customer. Wall-clock conversion uses Intl.DateTimeFormat with the
 * business's IANA time zone, so daylight-saving changes are handled by the
 * platform's time-zone data.
 */
import { type Holiday, type WeeklyHours } from './business.js';
import {
  addDays,
  DAY_MS,
  formatTime,
  offsetAt,
  toMinutes,
  wallClock,
  weekdayOf,
  WEEKDAYS,
  type Weekday,
  zonedInstant,
} from './clock.js';

export * from './clock.js';

type Interval = { open: string; close: string };
export interface Schedule {
  timezone: string;
  hours: WeeklyHours;
  holidays: readonly Holiday[];
}

/**
 * Every instant at which clocks in `timeZone` show `minutes` past midnight
 * on `date`, earliest first: one on most days, none when a daylight-saving
 * change skips that time (spring forward), two when it repeats it (fall back).
 */
export function localInstants(date: string, minutes: number, timeZone: string): Date[] {
  const guess = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  // The offsets in force a day either side cover both sides of any change near this time.
  const offsets = new Set([guess - DAY_MS, guess, guess + DAY_MS].map((t) => offsetAt(t, timeZone)));
  const instants = new Set<number>();
  for (const offset of offsets) {
    const candidate = guess - offset;
    const shown = wallClock(new Date(candidate), timeZone);
    if (shown.date === date && shown.minutes === minutes) instants.add(candidate);
  }
  return [...instants].sort((a, b) => a - b).map((t) => new Date(t));
}

/**
 * `localInstants` for one local date, fast: on a day without a daylight-saving
 * change (nearly every day) it is plain arithmetic with the day's offset;
 * on a change day it asks the time-zone data for each time.
 */
export function localDay(date: string, timeZone: string): (minutes: number) => Date[] {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  // Offsets run from −12 h to +14 h: these two instants bracket the local day in every zone.
  const before = offsetAt(midnight - 14 * 3_600_000, timeZone);
  const after = offsetAt(midnight + 36 * 3_600_000, timeZone);
  if (before === after) return (minutes) => [new Date(midnight + minutes * 60_000 - before)];
  return (minutes) => localInstants(date, minutes, timeZone);
}

/**
 * The instant a wall-clock boundary (an opening or closing time) means:
 * the first or last time the clocks show it, or — when a change skips it —
 * the moment the clocks jump over it.
 */
export function boundaryInstant(date: string, minutes: number, timeZone: string, which: 'first' | 'last'): Date {
  // A day that closes at "24:00" closes when the next one begins.
  if (minutes >= 24 * 60) return boundaryInstant(addDays(date, 1), minutes - 24 * 60, timeZone, which);
  const instants = localInstants(date, minutes, timeZone);
  const pick = which === 'first' ? instants[0] : instants.at(-1);
  if (pick) return pick;
  const guess = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  // Skipped: the jump lies between the time read with the later offset and with the earlier one.
  let low = guess - offsetAt(guess + DAY_MS, timeZone);
  let high = guess - offsetAt(guess - DAY_MS, timeZone);
  if (low > high) [low, high] = [high, low];
  const before = offsetAt(low, timeZone);
  while (high - low > 60_000) {
    const mid = low + Math.floor((high - low) / 120_000) * 60_000;
    if (offsetAt(mid, timeZone) === before) low = mid;
    else high = mid;
  }
  return new Date(high);
}

/** The intervals the business is open on a local date: a holiday's hours replace the weekday's. */
export function hoursOn(date: string, schedule: Schedule): Interval[] {
  const holiday = schedule.holidays.find((h) => h.date === date);
  const intervals = holiday ? holiday.hours : schedule.hours[weekdayOf(date)];
  return [...intervals].sort((a, b) => (a.open < b.open ? -1 : 1));
}

/** The interval the business is in at `instant`, if it is open. */
export function openIntervalAt(instant: Date, schedule: Schedule): Interval | undefined {
  const { date, minutes } = wallClock(instant, schedule.timezone);
  return hoursOn(date, schedule).find((i) => toMinutes(i.open) <= minutes && minutes < toMinutes(i.close));
}

export function isOpenAt(instant: Date, schedule: Schedule): boolean {
  return openIntervalAt(instant, schedule) !== undefined;
}

/** The next time an interval starts at or after `instant`, looking `horizonDays` ahead. */
export function nextOpening(instant: Date, schedule: Schedule, horizonDays = 14): Date | undefined {
  const today = wallClock(instant, schedule.timezone).date;
  for (let d = 0; d <= horizonDays; d++) {
    const date = addDays(today, d);
    for (const interval of hoursOn(date, schedule)) {
      const start = zonedInstant(date, toMinutes(interval.open), schedule.timezone);
      if (start.getTime() >= instant.getTime()) return start;
    }
  }
  return undefined;
}

interface Words {
  closed: string;
  everyDay: string;
  separator: string;
  today: string;
  tomorrow: string;
  on: string;
}

const WORDS: Record<string, Words> = {
  en: {
    closed: 'closed',
    everyDay: 'every day',
    separator: '; ',
    today: 'today at {t}',
    tomorrow: 'tomorrow at {t}',
    on: '{d} at {t}',
  },
  fr: {
    closed: 'fermé',
    everyDay: 'tous les jours',
    separator: ' ; ',
    today: "aujourd'hui à {t}",
    tomorrow: 'demain à {t}',
    on: '{d} à {t}',
  },
  es: {
    closed: 'cerrado',
    everyDay: 'todos los días',
    separator: '; ',
    today: 'hoy a las {t}',
    tomorrow: 'mañana a las {t}',
    on: 'el {d} a las {t}',
  },
  ar: {
    closed: 'مغلق',
    everyDay: 'كل يوم',
    separator: '، ',
    today: 'اليوم الساعة {t}',
    tomorrow: 'غدًا الساعة {t}',
    on: 'يوم {d} الساعة {t}',
  },
  it: {
    closed: 'chiuso',
    everyDay: 'tutti i giorni',
    separator: '; ',
    today: 'oggi alle {t}',
    tomorrow: 'domani alle {t}',
    on: '{d} alle {t}',
  },
  de: {
    closed: 'geschlossen',
    everyDay: 'täglich',
    separator: '; ',
    today: 'heute um {t} Uhr',
    tomorrow: 'morgen um {t} Uhr',
    on: 'am {d} um {t} Uhr',
  },
  ca: {
    closed: 'tancat',
    everyDay: 'tots els dies',
    separator: '; ',
    today: 'avui a les {t}',
    tomorrow: 'demà a les {t}',
    on: 'el {d} a les {t}',
  },
  pt: {
    closed: 'fechado',
    everyDay: 'todos os dias',
    separator: '; ',
    today: 'hoje às {t}',
    tomorrow: 'amanhã às {t}',
    on: '{d} às {t}',
  },
};
const wordsFor = (language: string): Words => WORDS[language] ?? WORDS.en!;
/** Arabic keeps Latin digits, as times are written everywhere else in a reply. */
const locale = (language: string) => (language === 'ar' ? 'ar-u-nu-latn' : language);

/** A calendar date (YYYY-MM-DD) written for a customer: "Sunday, March 30", "dimanche 30 mars". */
export function formatDate(date: string, language: string): string {
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' };
  return new Intl.DateTimeFormat(locale(language), options).format(new Date(`${date}T12:00:00Z`));
}

/** The month of a calendar date (YYYY-MM-DD) as a language names it: "August", "agosto", "أغسطس". */
export function monthName(date: string, language: string): string {
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', month: 'long' };
  return new Intl.DateTimeFormat(locale(language), options).format(new Date(`${date}T12:00:00Z`));
}

export function dayName(day: Weekday, language: string): string {
  const monday = Date.UTC(2024, 0, 1); // a Monday
  const date = new Date(monday + WEEKDAYS.indexOf(day) * DAY_MS);
  return new Intl.DateTimeFormat(locale(language), { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * A weekday as a language names it for every week: "Saturdays", "los sábados"
 * (as "sábados"), "els dissabtes", "segundas-feiras"; French and Arabic use
 * the singular ("le samedi", "أيام السبت").
 */
export function everyWeekday(day: Weekday, language: string): string {
  const name = dayName(day, language);
  switch (language) {
    case 'en':
      return `${name}s`;
    case 'es':
    case 'ca':
      return name.endsWith('s') ? name : `${name}s`;
    case 'de':
      // "samstags", "montags": every week on that day.
      return `${name.toLowerCase()}s`;
    case 'pt':
      return name.replace(
        /^(\p{L}+)(-feira)?$/u,
        (_, first: string, feira?: string) => `${first}s${feira ? '-feiras' : ''}`,
      );
    default:
      return name;
  }
}

export function formatIntervals(intervals: readonly Interval[], language: string): string {
  if (intervals.length === 0) return wordsFor(language).closed;
  return intervals.map((i) => `${i.open}–${i.close}`).join(', ');
}

/**
 * The week as text (to go inside a sentence), runs of days with equal hours
 * collapsed and the run that holds Monday first: "Saturday–Thursday 10:00–21:00; Friday 14:00–21:00".
 */
export function formatWeeklyHours(hours: Schedule['hours'], language: string): string {
  const words = wordsFor(language);
  const key = (d: Weekday) => formatIntervals(hours[d], language);
  if (WEEKDAYS.every((d) => key(d) === key('mon'))) return `${words.everyDay} ${key('mon')}`;
  // Start at the first day of the run that contains Monday (walk back while the previous day matches).
  let start = 0;
  while (key(WEEKDAYS[(start + 6) % 7]!) === key('mon') && start > -6) start--;
  const days = Array.from({ length: 7 }, (_, i) => WEEKDAYS[(start + i + 7) % 7]!);
  const runs: Weekday[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && key(run[0]!) === key(day)) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => {
      const first = dayName(run[0]!, language);
      const span = run.length === 1 ? first : `${first}–${dayName(run.at(-1)!, language)}`;
      return `${span} ${key(run[0]!)}`;
    })
    .join(words.separator);
}

/** When the business next opens, relative to `now`: "today at 14:00", "tomorrow at 10:00", "Monday at 10:00". */
export function formatNextOpening(at: Date, now: Date, timeZone: string, language: string): string {
  const words = wordsFor(language);
  const target = wallClock(at, timeZone);
  const today = wallClock(now, timeZone).date;
  const days = Math.round((Date.parse(target.date) - Date.parse(today)) / DAY_MS);
  const time = formatTime(target.minutes);
  if (days === 0) return words.today.replace('{t}', time);
  if (days === 1) return words.tomorrow.replace('{t}', time);
  const day = days < 7 ? dayName(target.weekday, language) : formatDate(target.date, language);
  return words.on.replace('{d}', day).replace('{t}', time);
}
