/**
 * What the dashboard may edit in a business, as zod schemas built from the
 * business model (domain/business.ts) — the same definitions the profile
 * file uses. The dashboard's forms validate with these and the `staff`
 * callable validates again on the server, so an edit that passes one passes
 * the other. Pure: imports only zod and the domain, so the dashboard can
 * import this file.
 */
import { z } from 'zod';
import {
  BusinessProfile,
  Holiday,
  KnowledgeArticle,
  Policy,
  QaEntry,
  Service,
  Settings,
  StyleGuide,
  WeeklyHours,
} from '../domain/business.js';

const uniqueIds = <T extends z.ZodType<{ id: string }[]>>(schema: T) =>
  schema.superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
  });

const uniqueDates = z.array(Holiday).superRefine((items, ctx) => {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.date))
      ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `${item.date} is listed twice` });
    seen.add(item.date);
  });
});

/** The parts of the business document that owners edit, one form each. */
export const BUSINESS_SECTIONS = {
  profile: BusinessProfile,
  hours: WeeklyHours,
  holidays: uniqueDates,
  policies: uniqueIds(z.array(Policy)),
  styleGuide: StyleGuide,
  settings: Settings,
} as const;
export type BusinessSection = keyof typeof BUSINESS_SECTIONS;
export const BusinessSectionName = z.enum(Object.keys(BUSINESS_SECTIONS) as [BusinessSection, ...BusinessSection[]]);

/** Checks an edit's value against its section's schema (and returns the parsed value). */
export function checkSection<T extends { section: BusinessSection; value: unknown }>(edit: T, ctx: z.RefinementCtx) {
  const parsed = BUSINESS_SECTIONS[edit.section].safeParse(edit.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['value', ...issue.path] });
    return z.NEVER;
  }
  return { ...edit, value: parsed.data };
}

export const sectionEditFields = { section: BusinessSectionName, value: z.unknown() };

/** An edit of one section: the value is checked against that section's schema. */
export const SectionEdit = z.strictObject(sectionEditFields).transform(checkSection);

/** Knowledge documents are stored as `{ kind, ...entry }` under `article-{id}` / `qa-{id}`. */
export const KNOWLEDGE_KINDS = ['article', 'qa'] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];
export const knowledgeDocId = (kind: KnowledgeKind, id: string) => `${kind}-${id}`;

export const putServiceFields = { service: Service };
export const putArticleFields = { article: KnowledgeArticle };
export const putQaFields = { qa: QaEntry };
export const deleteItemFields = {
  collection: z.enum(['services', 'article', 'qa']),
  id: z.string().min(1).max(64),
};
export const PutService = z.strictObject(putServiceFields);
export const PutArticle = z.strictObject(putArticleFields);
export const PutQa = z.strictObject(putQaFields);
export const DeleteItem = z.strictObject(deleteItemFields);
