/**
 * The business profile file: one JSON document that sets up a business
 * (see README "Business profile file"). `npm run seed -- FILE` validates it
 * with this schema and loads it into Firestore.
 *
 * The parts (services, hours, Q&A, …) are the business model's schemas in
 * domain/business.ts; this file composes them into the file format and adds
 * the checks that span the file (unique ids, one owner at least).
 */
import { z } from 'zod';
import type { Holiday } from '../domain/business.js';
import {
  type Business,
  BusinessProfile,
  ChannelAccount,
  Interval,
  KnowledgeArticle,
  Localized,
  OwnerDate,
  Policy,
  QaEntry,
  Service,
  Settings,
  StaffMember,
  StyleGuide,
  WeeklyHours,
} from '../domain/business.js';
import { fileLocalized } from '../domain/localized.js';
import { readIsoDate, slugify } from '../domain/owner-input.js';
import type { Issue } from '../errors.js';
import { describeProfileIssues } from './issues.js';

/** The business id: it is in every document path and command, so it is written as an id, never guessed from one. */
const BusinessId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, {
  error: (issue) => {
    const suggestion = typeof issue.input === 'string' ? slugify(issue.input) : '';
    return `must be lowercase letters, digits and dashes (2–63 characters)${suggestion.length >= 2 ? `, such as "${suggestion}"` : ''}`;
  },
});

/** Most days a year a range may cover: a longer one is a typo in a year. */
const MAX_RANGE_DAYS = 366;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * One holiday entry of the file: a day (`date`), or days in a row with the
 * same hours (`from` … `to`, both included; also written as
 * `"date": "2026-08-03/2026-08-14"`). It becomes one Holiday per day.
 */
const HolidayEntry = z
  .preprocess(
    (raw) => {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
      const entry = raw as Record<string, unknown>;
      const parts = typeof entry.date === 'string' ? entry.date.split('/') : [];
      if (parts.length !== 2 || entry.from !== undefined || entry.to !== undefined) return raw;
      const { date: _range, ...rest } = entry;
      return { ...rest, from: parts[0], to: parts[1] };
    },
    z.strictObject({
      date: OwnerDate.optional(),
      from: OwnerDate.optional(),
      to: OwnerDate.optional(),
      name: Localized,
      hours: z.array(Interval).default([]),
    }),
  )
  .superRefine((entry, ctx) => {
    if (entry.date !== undefined && (entry.from !== undefined || entry.to !== undefined))
      ctx.addIssue({ code: 'custom', message: 'give either "date" (one day) or "from" and "to" (days in a row)' });
    else if (entry.date === undefined && (entry.from === undefined || entry.to === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [entry.from === undefined && entry.to === undefined ? 'date' : entry.from === undefined ? 'from' : 'to'],
        message:
          entry.from === undefined && entry.to === undefined
            ? 'required: the day as YYYY-MM-DD, or "from" and "to" for days in a row'
            : 'days in a row need both "from" and "to"',
      });
    else if (entry.from !== undefined && entry.to !== undefined) {
      const days = dayNumber(entry.to) - dayNumber(entry.from) + 1;
      if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: `${entry.to} is before ${entry.from}` });
      else if (days > MAX_RANGE_DAYS)
        ctx.addIssue({ code: 'custom', path: ['to'], message: `covers ${days} days: at most ${MAX_RANGE_DAYS}` });
    }
  })
  .transform((entry): Holiday[] => {
    const first = entry.date ?? entry.from!;
    const last = entry.date ?? entry.to!;
    const days: Holiday[] = [];
    for (let d = dayNumber(first); d <= dayNumber(last); d++) {
      const date = new Date(d * 86_400_000).toISOString().slice(0, 10);
      days.push({ date: readIsoDate(date)!, name: entry.name, hours: entry.hours });
    }
    return days;
  });

/** Each day once: two entries for one day would leave which hours apply to chance. */
const Holidays = z
  .array(HolidayEntry)
  .superRefine((entries, ctx) => {
    const seen = new Map<string, number>();
    entries.forEach((days, i) => {
      // An entry that failed its own checks is still as written: it has no days to compare.
      if (!Array.isArray(days)) return;
      for (const { date } of days) {
        const earlier = seen.get(date);
        if (earlier !== undefined && earlier !== i)
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: `${date} is also in holidays[${earlier}]: give each day once`,
          });
        seen.set(date, i);
      }
    });
  })
  .transform((entries) => entries.flat());

/** A profile without a style guide speaks in this one until the owner writes theirs. */
const DEFAULT_STYLE_GUIDE = { tone: 'Warm, clear and professional.', do: [], dont: [] };

const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
/** An id as ItemId reads it, also from an entry that failed its own checks (so every duplicate is found at once). */
const idOf = (item: Record<string, unknown>) => (typeof item.id === 'string' ? slugify(item.id) || item.id : undefined);

/**
 * Plain strings the owner wrote in another of the business's languages,
 * filed under that language (domain/localized.ts `plainTextLanguage`): the
 * texts customers read and the responders search.
 */
function filePlainTexts<F extends Omit<Business, 'id'>>(file: F): F {
  const languages = file.profile.languages;
  if (languages.length < 2) return file;
  // Only the keys that hold a plain string are rewritten: an absent text stays absent.
  const filed = <O extends object>(item: O, ...keys: (keyof O)[]): O => {
    const out = { ...item };
    for (const key of keys) {
      const value = item[key];
      if (typeof value === 'string') out[key] = fileLocalized(value, languages) as O[keyof O];
    }
    return out;
  };
  return {
    ...file,
    profile: filed(file.profile, 'description'),
    holidays: file.holidays.map((h) => filed(h, 'name')),
    policies: file.policies.map((p) => filed(p, 'title', 'text')),
    services: file.services.map((s) => ({
      ...filed(s, 'name', 'description', 'category', 'priceNote'),
      variants: s.variants.map((v) => filed(v, 'name')),
    })),
    knowledge: file.knowledge.map((k) => filed(k, 'title', 'body')),
    qa: file.qa.map((q) => filed(q, 'question', 'answer')),
    styleGuide: filed(file.styleGuide, 'greeting', 'signOff', 'handoffMessage'),
  };
}

export const BusinessProfileFile = z
  .strictObject({
    id: BusinessId,
    profile: BusinessProfile,
    hours: WeeklyHours,
    holidays: Holidays.default([]),
    policies: z.array(Policy).default([]),
    services: z.array(Service).min(1, 'needs at least one service'),
    knowledge: z.array(KnowledgeArticle).default([]),
    qa: z.array(QaEntry).default([]),
    styleGuide: StyleGuide.default(DEFAULT_STYLE_GUIDE),
    channels: z.array(ChannelAccount).default([]),
    staff: z.array(StaffMember).min(1, 'needs at least one person, the owner'),
    settings: Settings,
  })
  // Runs even when other parts of the file failed, so one run lists every problem.
  .superRefine(
    (value, ctx) => {
      if (typeof value !== 'object' || value === null) return;
      const file = value as unknown as Record<string, unknown>;
      const unique = (path: string, what: string) => {
        const seen = new Map<string, number>();
        records(file[path]).forEach((item, i) => {
          const id = idOf(item);
          if (id === undefined) return;
          const earlier = seen.get(id);
          if (earlier !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: [path, i, 'id'],
              message: `duplicate id "${id}": ${path}[${earlier}] has it too; every ${what} needs its own`,
            });
          else seen.set(id, i);
        });
      };
      unique('services', 'service');
      unique('knowledge', 'article');
      unique('qa', 'Q&A entry');
      unique('policies', 'policy');
      const accounts = new Set<string>();
      records(file.channels).forEach((c, i) => {
        const key = `${String(c.type)}/${String(c.accountId)}`;
        if (accounts.has(key))
          ctx.addIssue({ code: 'custom', path: ['channels', i], message: `duplicate channel ${key}` });
        accounts.add(key);
      });
      const staff = records(file.staff);
      const staffEmails = new Set(staff.map((s) => String(s.email).trim().toLowerCase()));
      if (staff.length > 0 && !staff.some((s) => typeof s.role === 'string' && s.role.trim().toLowerCase() === 'owner'))
        ctx.addIssue({ code: 'custom', path: ['staff'], message: 'needs at least one owner ("role": "owner")' });
      const services = records(file.services);
      const serviceIds = new Set(services.map(idOf));
      const settings = (file.settings ?? {}) as Record<string, unknown>;
      const booking = (settings.booking ?? {}) as Record<string, unknown>;
      records(booking.resources).forEach((r, i) => {
        (Array.isArray(r.services) ? (r.services as unknown[]) : []).forEach((id, j) => {
          const read = typeof id === 'string' ? slugify(id) : undefined;
          if (read && !serviceIds.has(read))
            ctx.addIssue({
              code: 'custom',
              path: ['settings', 'booking', 'resources', i, 'services', j],
              message: `no service "${read}"`,
            });
        });
        if (typeof r.staffEmail === 'string' && !staffEmails.has(r.staffEmail.trim().toLowerCase()))
          ctx.addIssue({
            code: 'custom',
            path: ['settings', 'booking', 'resources', i, 'staffEmail'],
            message: `no staff member "${r.staffEmail}"`,
          });
      });
      const backend = (booking.backend ?? {}) as Record<string, unknown>;
      if (backend.type === 'clinic-api' && typeof backend.serviceIds === 'object' && backend.serviceIds !== null) {
        const variantKeys = new Set(
          services.flatMap((s) => [idOf(s), ...records(s.variants).map((v) => `${idOf(s)}/${idOf(v)}`)]),
        );
        for (const key of Object.keys(backend.serviceIds)) {
          if (!variantKeys.has(key))
            ctx.addIssue({
              code: 'custom',
              path: ['settings', 'booking', 'backend', 'serviceIds', key],
              message: `no service or service/variant "${key}"`,
            });
        }
      }
    },
    { when: () => true },
  )
  .transform(filePlainTexts);
export type BusinessProfileFile = z.infer<typeof BusinessProfileFile>;
export type BusinessProfileInput = z.input<typeof BusinessProfileFile>;

/** The business as responders see it is the profile file without its channels and staff. */
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _businessMatchesFile: Exact<Omit<BusinessProfileFile, 'channels' | 'staff'>, Business> = true;
void _businessMatchesFile;

/**
 * Reads a profile file: the file normalised, or every problem in it worded
 * for its owner (profile/issues.ts). The seed and the tests read files so.
 */
export function readProfileFile(
  input: unknown,
): { ok: true; file: BusinessProfileFile } | { ok: false; issues: Issue[] } {
  const result = BusinessProfileFile.safeParse(input, { reportInput: true });
  return result.success
    ? { ok: true, file: result.data }
    : { ok: false, issues: describeProfileIssues(input, result.error) };
}

/** One line per problem, for a terminal. */
export const formatProfileIssues = (issues: Issue[]): string =>
  `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`;
