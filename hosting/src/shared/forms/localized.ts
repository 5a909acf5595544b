/**
 * Localized text (domain/business.ts `Localized`) in forms: one input per
 * business language. Stored as a plain string when only the default
 * language is filled (as profile files write it), else as an object.
 */
import type { Localized } from '../../../../functions/src/domain/business';

export type LocalizedForm = Record<string, string>;

export function toForm(value: Localized | undefined, languages: string[]): LocalizedForm {
  const form: LocalizedForm = Object.fromEntries(languages.map((l) => [l, '']));
  if (typeof value === 'string') form[languages[0] ?? 'en'] = value;
  else if (value) Object.assign(form, value);
  return form;
}

export function fromForm(form: LocalizedForm | undefined, languages: string[]): Localized | undefined {
  const entries = Object.entries(form ?? {})
    .map(([k, v]) => [k, v.trim()] as const)
    .filter(([, v]) => v);
  if (entries.length === 0) return undefined;
  const [only] = entries;
  if (entries.length === 1 && only && only[0] === languages[0]) return only[1];
  return Object.fromEntries(entries);
}

/** The text in the default language (or any), for lists. */
export function display(value: Localized | undefined, languages: string[]): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[languages[0] ?? 'en'] ?? Object.values(value)[0] ?? '';
}

/** Lines of a textarea as a list (alternates, tags, do / don't). */
export const linesToList = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
export const listToLines = (list: string[] | undefined) => (list ?? []).join('\n');

/** Comma-separated input as a list (tags, languages). */
export const commasToList = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
