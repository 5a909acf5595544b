/**
 * How owners really write the values of a business profile — "9:00",
 * "9h30", "6:00 PM", "24:00", "120.00", "45,50", "1 hour", "pt-BR", "mxn",
 * "www.example.com" — read into the model's one canonical form, or
 * `undefined` when the writing is ambiguous or wrong. The schemas in
 * primitives.ts / business.ts call these in zod preprocess steps, so the
 * profile file, the dashboard's forms and the server all read a value the
 * same way.
 *
 * The rule: accept only what has one reading. "45,50" is 45.5 (a thousands
 * separator is followed by three digits), "1,500" could be 1500 or 1.5 and
 * is refused; "45€" is refused because the currency lives in one place
 * (profile.currency) and a symbol beside a number is where typos hide.
 *
 * Pure: no imports.
 */

/** "HH:MM" from "9:00", "09:00:00", "9h", "9h30", "9.30", "9am", "6:30 PM", "12 a.m.". */
function clockMinutes(raw: string): number | undefined {
  const m = /^(\d{1,2})(?:\s*[:h.]\s*(\d{2})(?::00)?|\s*h)?\s*(?:([ap])\.?\s*m\.?)?$/i.exec(raw.trim());
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.toLowerCase();
  // A bare "9" could be 9:00 or 21:00 on a closing time: it needs ":00", "h" or am/pm.
  if (m[2] === undefined && half === undefined && !/h\s*$/i.test(raw.trim())) return undefined;
  if (minutes > 59) return undefined;
  if (half) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  }
  if (hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * A time of day as "HH:MM". A closing time may be the end of the day,
 * written "24:00", "00:00" or "12 am": all read as "24:00". An opening
 * time of "24:00" is refused (nothing opens at the end of a day).
 */
export function readTimeOfDay(raw: string, role: 'open' | 'close'): string | undefined {
  const minutes = clockMinutes(raw);
  if (minutes === undefined) return undefined;
  if (role === 'open') return minutes === 24 * 60 ? undefined : hhmm(minutes);
  return hhmm(minutes === 0 ? 24 * 60 : minutes);
}

/** Minutes from 60, "60", "60 min", "1 hour", "1h30", "1.5 h"; whole minutes only. */
export function readMinutes(raw: number | string): number | undefined {
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw : undefined;
  const text = raw.trim().toLowerCase();
  const plain = /^(\d+)\s*(?:m|mins?|minutes?)?$/.exec(text);
  if (plain) return Number(plain[1]);
  const hours = /^(\d+(?:[.,]\d+)?)\s*(?:h|hrs?|hours?)(?:\s*(\d+)\s*(?:m|mins?|minutes?)?)?$/.exec(text);
  if (!hours) return undefined;
  const total = Number(hours[1]!.replace(',', '.')) * 60 + (hours[2] === undefined ? 0 : Number(hours[2]));
  return Number.isInteger(total) ? total : undefined;
}

/**
 * An amount in the business currency's major units: 45, 45.5, "45", "45.50",
 * "45,50". Anything else is refused with a hint of what the owner may have
 * meant (a currency symbol, a "from" price, a thousands separator).
 */
export function readAmount(raw: number | string): { value: number } | { hint: string } {
  if (typeof raw === 'number') return { value: raw };
  const text = raw.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return { value: Number(text) };
  // A comma followed by one or two digits is a decimal comma; with three it could be thousands.
  if (/^\d+,\d{1,2}$/.test(text)) return { value: Number(text.replace(',', '.')) };
  if (text.startsWith('-') || !/\d/.test(text)) return { hint: '' };
  if (/[a-z]{2,}/i.test(text.replace(/[A-Z]{3}/g, '')))
    return { hint: 'for a starting price write the number and add "priceNote": "from"; for a range add "priceMax"' };
  if (/[^\d\s.,]/.test(text)) return { hint: 'write the number alone: the currency is profile.currency' };
  if (/[.,]\d{3}\b|\s/.test(text)) return { hint: 'write it without thousands separators, such as 1500' };
  return { hint: '' };
}

/**
 * A language tag as owners write it ("es", "ES", "es-MX", "pt_BR",
 * "ca-ES-valencia") split into the base language ("es") and, when it names
 * a region or variant, the canonical tag ("es-MX").
 */
export function readLanguageTag(raw: string): { language: string; tag?: string } | undefined {
  const text = raw.trim().replace(/_/g, '-');
  if (!/^[a-z]{2}(?:-[a-z0-9]{2,8})*$/i.test(text)) return undefined;
  const language = text.slice(0, 2).toLowerCase();
  if (text.length === 2) return { language };
  try {
    const [tag] = Intl.getCanonicalLocales(text);
    return tag ? { language, tag } : undefined;
  } catch {
    return undefined;
  }
}

/** "Clínica Dental Gràcia" → "clinica-dental-gracia"; "" when nothing is left (Arabic, emoji). */
export function slugify(text: string, maxLength = 63): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > maxLength / 2 ? cut.lastIndexOf('-') : maxLength).replace(/-+$/, '');
}

/** A date as "YYYY-MM-DD" from "2026-8-3" too; refuses dates that do not exist and day/month orders that guess. */
export function readIsoDate(raw: string): string | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "www.example.com/x" → "https://www.example.com/x"; anything with a scheme (or not a host name) is left as written. */
export function withWebScheme(raw: string): string {
  const text = raw.trim();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]\S*)?$/i.test(text) ? `https://${text}` : text;
}
