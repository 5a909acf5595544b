/**
 * Times as staff read them: in the business's time zone (not the browser's),
 * with the platform's Intl formatters, cached per zone and style.
 */
import { wallClock, zonedInstant } from '../../../../functions/src/domain/clock';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

/** The calendar day of `date` in `timeZone`, as YYYY-MM-DD. */
export function dayIn(date: Date, timeZone: string): string {
  return wallClock(date, timeZone).date;
}

/** Short form for lists: the time today, the weekday this week, else the date. */
export function shortTime(date: Date, timeZone: string, now: Date = new Date()): string {
  if (dayIn(date, timeZone) === dayIn(now, timeZone)) {
    return formatter(timeZone, { hour: '2-digit', minute: '2-digit' }).format(date);
  }
  if (now.getTime() - date.getTime() < 6 * 86_400_000 && date <= now) {
    return formatter(timeZone, { weekday: 'short' }).format(date);
  }
  return formatter(timeZone, { day: 'numeric', month: 'short' }).format(date);
}

/** Full form: date and time, with the zone's name. */
export function fullTime(date: Date, timeZone: string): string {
  // Not dateStyle/timeStyle: V8 refuses them together with timeZoneName ("Invalid option").
  return formatter(timeZone, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

/** "4:59" or "1:02:03" for a countdown of `ms`. */
export function countdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** "5 minutes ago", "in 3 hours". */
export function relative(date: Date, now: Date = new Date()): string {
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}

/**
 * The instant at which the clock in `timeZone` shows `local` (a
 * datetime-local input's "YYYY-MM-DDTHH:mm"): staff pick times in the
 * business's zone, whatever their browser's is (the slot maths' own
 * conversion, domain/clock.ts). Undefined for a malformed value.
 */
export function zonedTimeToUtc(local: string, timeZone: string): Date | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m || Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`))) return undefined;
  return zonedInstant(m[1]!, Number(m[2]) * 60 + Number(m[3]), timeZone);
}

/** `date` as a datetime-local input's value, on the clock of `timeZone`. */
export function zonedInputValue(date: Date, timeZone: string): string {
  const { date: day, minutes } = wallClock(date, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
