/**
 * The small schemas the business model is built from: language codes,
 * localized text, slugs, times of day, dates, time zones, opening intervals,
 * the week and money. They live apart from business.ts so that other parts
 * of the model (booking settings, appointments) can use them without an
 * import cycle; business.ts re-exports them, so importers need not care.
 *
 * Pure: imports nothing but zod.
 */
import { z } from 'zod';

export const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 language code, e.g. "en"');
export type LanguageCode = z.infer<typeof LanguageCode>;

export const Localized = z.union([
  z.string().min(1),
  z.record(LanguageCode, z.string().min(1)).refine((v) => Object.keys(v).length > 0, 'needs at least one language'),
]);
export type Localized = z.infer<typeof Localized>;

export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be lowercase letters, digits and dashes (2–63 characters)');

export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM (24-hour)');
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

export const TimeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone, e.g. "Asia/Dubai"');

export const Interval = z
  .strictObject({ open: TimeOfDay, close: TimeOfDay })
  .refine((i) => i.open < i.close, 'open must be before close');

export { WEEKDAYS, type Weekday } from './clock.js';
import { WEEKDAYS, type Weekday } from './clock.js';

export const WeeklyHours = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(Interval).default([])])) as Record<
    Weekday,
    z.ZodDefault<z.ZodArray<typeof Interval>>
  >,
);
export type WeeklyHours = z.infer<typeof WeeklyHours>;

export const Money = z.number().nonnegative().finite();
