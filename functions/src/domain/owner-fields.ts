/**
 * Schemas for the fields of a business an owner types by hand and that
 * only the business model uses: enums read in any case, ids made from a
 * title when left out, currencies, web addresses, and language tags split
 * into language and locale. business.ts builds the model from these; the
 * small value schemas (times, amounts, durations) are in primitives.ts.
 *
 * Pure: imports nothing but zod.
 */
import { z } from 'zod';
import { readLanguageTag, slugify, withWebScheme } from './owner-input.js';
import { shown } from './primitives.js';

/** An enum read without regard to case or surrounding spaces ("Owner" is "owner"), refused with its options. */
export const loose = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (raw) => (typeof raw === 'string' ? raw.trim().toLowerCase() : raw),
    z.enum(values, {
      error: (issue) => `expected one of ${values.map((v) => `"${v}"`).join(', ')}, got ${shown(issue.input)}`,
    }),
  );

/**
 * Before the check, where an owner left the id out of a Q&A entry, an
 * article or a policy: the id is made from its question or title (in the
 * first language written). Services need their id written: bookings and
 * resources refer to it, and it must not change when the name does.
 */
export const idFrom =
  (field: string) =>
  (raw: unknown): unknown => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
    const entry = raw as Record<string, unknown>;
    if (entry.id !== undefined && entry.id !== '') return raw;
    const source = entry[field];
    const text = typeof source === 'string' ? source : Object.values(source ?? {}).find((v) => typeof v === 'string');
    const id = typeof text === 'string' ? slugify(text, 48) : '';
    return id.length >= 2 ? { ...entry, id } : raw;
  };

/** ISO 4217 codes the platform knows (Intl), read once on first use (a business is parsed on every reply). */
let currencies: ReadonlySet<string> | null | undefined;
/** Where the platform cannot say, any three letters. */
const knownCurrency = (code: string): boolean => {
  currencies ??= typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;
  return !currencies || currencies.has(code);
};

/** A web address shown to customers: http(s) only; "www.example.com" is read as "https://www.example.com". */
export const WebAddress = z.preprocess(
  (raw) => (typeof raw === 'string' ? withWebScheme(raw) : raw),
  z.url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: (issue) => `expected a web address such as "https://example.com", got ${shown(issue.input)}`,
  }),
);

/**
 * Before the check: language tags with a region or variant ("pt-BR",
 * "ca-ES-valencia") are read as their language ("pt", "ca"), and the tag is
 * kept in `locales` (by language) for formatting dates and prices the way
 * that region does.
 */
export function readLanguages(raw: unknown, ctx: z.core.ParsePayload<unknown>): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const profile = raw as Record<string, unknown>;
  if (!Array.isArray(profile.languages)) return raw;
  const locales: Record<string, unknown> =
    typeof profile.locales === 'object' && profile.locales !== null ? { ...profile.locales } : {};
  for (const [i, entry] of (profile.languages as unknown[]).entries()) {
    const read = typeof entry === 'string' ? readLanguageTag(entry) : undefined;
    if (!read?.tag) continue;
    if (locales[read.language] !== undefined && locales[read.language] !== read.tag) {
      ctx.issues.push({
        code: 'custom',
        path: ['languages', i],
        message: `"${read.tag}" and locales.${read.language} "${String(locales[read.language])}" disagree: keep one`,
        input: entry,
      });
    }
    locales[read.language] = read.tag;
  }
  return Object.keys(locales).length ? { ...profile, locales } : raw;
}

/** An ISO 4217 code in any case ("mxn" is "MXN"), one the platform knows where it can say. */
export const Currency = z.preprocess(
  (raw) => (typeof raw === 'string' ? raw.trim().toUpperCase() : raw),
  z.string().refine((code) => /^[A-Z]{3}$/.test(code) && knownCurrency(code), {
    error: (issue) =>
      `expected a three-letter ISO 4217 currency code such as "EUR" or "AED", got ${shown(issue.input)}`,
  }),
);
