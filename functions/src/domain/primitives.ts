/**
 * The small schemas the business model is built from: language codes,
 * localized text, slugs, times of day, dates, time zones, opening intervals,
 * the week and money. They live apart from business.ts so that other parts
 * of the model (booking settings, appointments) can use them without an
 * import cycle; business.ts re-exports them, so importers need not care.
 *
 * Values owners type by hand (times, amounts, durations, language tags,
 * dates) are read leniently where the writing has one meaning, through
 * owner-input.ts, and refused with a message that says what is expected and
 * what was given.
 *
 * Pure: imports nothing but zod.
 */
import { z } from 'zod';
import { readAmount, readIsoDate, readLanguageTag, readMinutes, readTimeOfDay, slugify } from './owner-input.js';

/** A value quoted back in an error message, short enough to read. */
export const shown = (raw: unknown): string => {
  const text = JSON.stringify(raw) ?? String(raw);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An email a person signs in with, trimmed and lowercased: sign-in and staff references compare it so. */
export const SignInEmail = z.preprocess(
  (raw) => (typeof raw === 'string' ? raw.trim().toLowerCase() : raw),
  z.email({ error: (issue) => `expected an email address, got ${shown(issue.input)}` }),
);

/** Text an owner typed: surrounding spaces are never meant. */
export const Text = z.string().trim().min(1, 'must not be empty');

export const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 language code, e.g. "en"');
export type LanguageCode = z.infer<typeof LanguageCode>;

/**
 * Before the check: keys written as tags ("ES", "es-MX") become their base
 * language, blank translations are dropped (not translated yet), text is
 * trimmed. Two keys for one language ("es" and "es-MX") are refused: which
 * text to keep is the owner's call.
 */
function readLocalized(raw: unknown, ctx: z.core.ParsePayload<unknown>): unknown {
  if (typeof raw === 'string') {
    if (!raw.trim()) ctx.issues.push({ code: 'custom', message: 'must not be empty', input: raw });
    return raw.trim();
  }
  if (!isRecord(raw)) return raw;
  const out: Record<string, string> = {};
  const from: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const language = readLanguageTag(key)?.language;
    if (!language) {
      ctx.issues.push({
        code: 'custom',
        path: [key],
        message: `"${key}" is not a language code: use a two-letter code such as "en" or "es"`,
        input: key,
      });
    } else if (typeof value !== 'string') {
      ctx.issues.push({ code: 'custom', path: [key], message: `expected text, got ${shown(value)}`, input: value });
    } else if (value.trim()) {
      if (language in out) {
        ctx.issues.push({
          code: 'custom',
          path: [key],
          message: `"${from[language]}" and "${key}" are both ${language}: keep one`,
          input: value,
        });
      }
      out[language] = value.trim();
      from[language] = key;
    }
  }
  if (Object.keys(out).length === 0 && ctx.issues.length === 0)
    ctx.issues.push({ code: 'custom', message: 'needs text in at least one language', input: raw });
  return out;
}

export const Localized = z.preprocess(
  (raw, ctx) => readLocalized(raw, ctx),
  z.union([z.string().min(1), z.record(LanguageCode, z.string().min(1))], {
    error: (issue) => `expected text, or text by language such as { "en": "…", "es": "…" }, got ${shown(issue.input)}`,
  }),
);
export type Localized = z.infer<typeof Localized>;

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;
export const Slug = z.string().regex(SLUG, 'must be lowercase letters, digits and dashes (2–63 characters)');

/**
 * The id of something inside a business (a service, a variant, a Q&A entry,
 * a resource): written any way ("Corte Feminino", "cancel·lacions"), stored
 * as its slug ("corte-feminino", "cancel-lacions"), which is always safe in
 * a document path. References to ids (a resource's services) read the same
 * way, so they still match.
 */
export const ItemId = z.preprocess(
  (raw) => (typeof raw === 'string' ? slugify(raw) || raw : raw),
  z.string().regex(SLUG, 'must be an id of 2–63 letters, digits and dashes, such as "full-groom"'),
);

export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM (24-hour)');

const timeMessage = (raw: unknown) => `expected a time such as "09:00", "9:30" or "6:30 pm", got ${shown(raw)}`;
/** An opening time: "9:00", "9h30", "9 am" read as "09:00", "09:30". */
export const OpeningTime = z.preprocess(
  (raw) => (typeof raw === 'string' ? (readTimeOfDay(raw, 'open') ?? raw) : raw),
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: (issue) => timeMessage(issue.input) }),
);
/** A closing time: as an opening time, and "24:00" (also written "00:00" or "12 am") closes at the end of the day. */
export const ClosingTime = z.preprocess(
  (raw) => (typeof raw === 'string' ? (readTimeOfDay(raw, 'close') ?? raw) : raw),
  z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: (issue) => timeMessage(issue.input) }),
);

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
/** A date an owner typed: "2026-8-3" is read as "2026-08-03"; "2026-02-30" and "03/08/2026" are refused. */
export const OwnerDate = z
  .preprocess(
    (raw) => (typeof raw === 'string' ? (readIsoDate(raw) ?? raw) : raw),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
      error: (issue) => `expected a date as YYYY-MM-DD, such as "2026-12-25", got ${shown(issue.input)}`,
    }),
  )
  .refine((date) => !/^\d{4}-\d{2}-\d{2}$/.test(date) || readIsoDate(date) === date, {
    error: (issue) => `${shown(issue.input)} is not a date in the calendar`,
  });

/** An IANA time zone; its spelling's case is corrected ("europe/lisbon" → "Europe/Lisbon"). */
export const TimeZone = z.preprocess(
  (raw) => {
    if (typeof raw !== 'string') return raw;
    try {
      const canonical = new Intl.DateTimeFormat('en', { timeZone: raw.trim() }).resolvedOptions().timeZone;
      return canonical.toLowerCase() === raw.trim().toLowerCase() ? canonical : raw.trim();
    } catch {
      return raw;
    }
  },
  z.string().refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    {
      error: (issue) => `must be an IANA time zone such as "Asia/Dubai" or "Europe/Lisbon", got ${shown(issue.input)}`,
    },
  ),
);

const isClock = (time: unknown) => typeof time === 'string' && /^\d\d:\d\d$/.test(time);

// A time that could not be read has its own message: the order is checked between two times only.
export const Interval = z
  .strictObject({ open: OpeningTime, close: ClosingTime })
  .refine((i) => !isClock(i.open) || !isClock(i.close) || i.open < i.close, {
    error: (issue) => {
      const i = issue.input as { open: string; close: string };
      return i.open === i.close
        ? `opens and closes at ${i.open}: for a whole day write "00:00" to "24:00"`
        : `closes at ${i.close}, before it opens at ${i.open}: hours past midnight end the day at "24:00" and go on the next day from "00:00"`;
    },
  });

export { WEEKDAYS, type Weekday } from './clock.js';
import { WEEKDAYS, type Weekday } from './clock.js';

const DAY_NAMES: Record<string, Weekday> = Object.fromEntries(
  WEEKDAYS.flatMap((d, i) => {
    const full = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'][i]!;
    return [
      [d, d],
      [full, d],
    ];
  }),
);

/**
 * Before the check: day keys in any case, short or long ("Mon", "Monday"),
 * become "mon"; a day whose hours run past midnight ("22:00" to "02:00") is
 * split: its interval ends at "24:00" and the next day gets "00:00" to
 * "02:00" (up to a 06:00 close), appended so that error paths still point at what was written.
 */
const LATEST_OVERNIGHT_CLOSE = '06:00';

function readWeek(raw: unknown, ctx: z.core.ParsePayload<unknown>): unknown {
  if (!isRecord(raw)) return raw;
  const week: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const day = DAY_NAMES[key.trim().toLowerCase()] ?? key;
    if (day in week) {
      ctx.issues.push({ code: 'custom', path: [key], message: `${day} is given twice`, input: value });
      continue;
    }
    week[day] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  WEEKDAYS.forEach((day, i) => {
    const intervals = week[day];
    if (!Array.isArray(intervals)) return;
    intervals.forEach((interval: unknown, j) => {
      if (!isRecord(interval) || typeof interval.open !== 'string' || typeof interval.close !== 'string') return;
      const open = readTimeOfDay(interval.open, 'open');
      const close = readTimeOfDay(interval.close, 'close');
      // Past midnight means a few hours into the night; "18:00" to "9:00" is more likely a typo for 21:00.
      if (!open || !close || close >= open || close > LATEST_OVERNIGHT_CLOSE) return;
      const next = WEEKDAYS[(i + 1) % 7]!;
      intervals[j] = { ...interval, open, close: '24:00' };
      const following = week[next];
      if (following === undefined) week[next] = [{ open: '00:00', close }];
      else if (Array.isArray(following)) week[next] = [...(following as unknown[]), { open: '00:00', close }];
    });
  });
  return week;
}

export const WeeklyHours = z.preprocess(
  (raw, ctx) => readWeek(raw, ctx),
  z.strictObject(
    Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(Interval).default([])])) as Record<
      Weekday,
      z.ZodDefault<z.ZodArray<typeof Interval>>
    >,
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown day: use ${WEEKDAYS.join(', ')}` : undefined) },
  ),
);
export type WeeklyHours = z.infer<typeof WeeklyHours>;

export const Money = z.number().nonnegative().finite();

/** A price or deposit an owner typed: 45, 45.5, "45.50", "45,50"; never a currency symbol or words. */
export const Price = z.preprocess(
  (raw, ctx) => {
    if (typeof raw !== 'string') return raw;
    const read = readAmount(raw);
    if ('value' in read) return read.value;
    ctx.issues.push({
      code: 'custom',
      message: `expected a number such as 45 or 45.5, got ${shown(raw)}${read.hint ? `: ${read.hint}` : ''}`,
      input: raw,
    });
    return raw;
  },
  z
    .number({ error: (issue) => `expected a number such as 45 or 45.5, got ${shown(issue.input)}` })
    .nonnegative('must not be negative')
    .finite(),
);

/** A length of time in whole minutes an owner typed: 60, "60", "60 min", "1 hour", "1h30". */
export const Minutes = (max: number, min: 0 | 1 = 1) =>
  z.preprocess(
    (raw) => (typeof raw === 'string' || typeof raw === 'number' ? (readMinutes(raw) ?? raw) : raw),
    z
      .number({ error: (issue) => `expected whole minutes such as 45 or "1h30", got ${shown(issue.input)}` })
      // Not .int(): its failure stops the file's cross checks, and one run should list every problem.
      .refine(Number.isInteger, {
        error: (issue) => `expected whole minutes such as 45 or "1h30", got ${shown(issue.input)}`,
      })
      .min(min, min === 1 ? 'must be at least 1 minute' : 'must not be negative')
      .max(max, `must be at most ${max} minutes`),
  );
