/**
 * Times as staff read them: in the business's time zone (not the browser's),
 * with the platform's Intl formatters, cached per zone and style.
 */
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
  const parts = formatter(timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
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

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** How far `timeZone`'s clock is ahead of UTC at the instant `ms`, in ms. */
function zoneOffsetMs(ms: number, timeZone: string): number {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant at which the clock in `timeZone` shows `local` (a
 * datetime-local input's "YYYY-MM-DDTHH:mm"): staff pick times in the
 * business's zone, whatever their browser's is. Undefined for a malformed value.
 */
export function zonedTimeToUtc(local: string, timeZone: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return undefined;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  // The offset at the guess, then again at the corrected instant (a guess across a DST change moves).
  const first = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(first, timeZone));
}

/** `date` as a datetime-local input's value, on the clock of `timeZone`. */
export function zonedInputValue(date: Date, timeZone: string): string {
  return new Date(date.getTime() + zoneOffsetMs(date.getTime(), timeZone)).toISOString().slice(0, 16);
}
