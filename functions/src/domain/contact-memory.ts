/**
 * What Frontdesk remembers about one customer, shown to the AI every turn:
 * name, language, the grammatical gender to address them with where the
 * language needs it (Arabic, French, Spanish), pets, preferences and notes.
 *
 * The AI changes it only through a patch (the remember tool), validated
 * here; the pipeline applies the patch to the stored memory with
 * `applyMemoryPatch` in a transaction, and staff edit the same shape from
 * the dashboard. Lists are capped so a chatty conversation cannot grow the
 * prompt without bound.
 */
import { z } from 'zod';
import { LanguageCode } from './business.js';

export const MAX_PETS = 10;
export const MAX_PREFERENCES = 20;
export const MAX_NOTES = 30;

const Text = (max: number) => z.string().trim().min(1).max(max);

export const PetSize = z.enum(['toy', 'small', 'medium', 'large', 'giant']);

export const PetMemory = z.strictObject({
  name: Text(60),
  species: Text(40).optional(),
  breed: Text(80).optional(),
  size: PetSize.optional(),
  /** Coat, temperament, health notes the owner shared ("matted coat", "nervous with dryers"). */
  notes: Text(300).optional(),
});
export type PetMemory = z.infer<typeof PetMemory>;

/** How to address the customer where grammar needs it (Arabic verbs and adjectives, French and Spanish agreement). */
export const GrammaticalGender = z.enum(['feminine', 'masculine']);

export const ContactMemory = z.strictObject({
  name: Text(80).optional(),
  language: LanguageCode.optional(),
  gender: GrammaticalGender.optional(),
  pets: z.array(PetMemory).max(MAX_PETS).default([]),
  preferences: z.array(Text(200)).max(MAX_PREFERENCES).default([]),
  notes: z.array(Text(300)).max(MAX_NOTES).default([]),
});
export type ContactMemory = z.infer<typeof ContactMemory>;

/**
 * One change to the memory: set the name, language or gender; add or update
 * a pet (matched by name, case-insensitively); add a preference or a note.
 */
export const ContactMemoryPatch = z
  .strictObject({
    name: Text(80).optional(),
    language: LanguageCode.optional(),
    gender: GrammaticalGender.optional(),
    pet: PetMemory.optional(),
    preference: Text(200).optional(),
    note: Text(300).optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), 'says nothing to remember');
export type ContactMemoryPatch = z.infer<typeof ContactMemoryPatch>;

export const emptyMemory = (): ContactMemory => ({ pets: [], preferences: [], notes: [] });

const sameText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** Appends `item` unless present; drops the oldest when over `max`. */
function appendCapped(list: readonly string[], item: string, max: number): string[] {
  if (list.some((x) => sameText(x, item))) return [...list];
  return [...list, item].slice(-max);
}

/** The memory with `patch` applied; `memory` is left as it was. */
export function applyMemoryPatch(memory: ContactMemory, patch: ContactMemoryPatch): ContactMemory {
  const next: ContactMemory = {
    ...memory,
    pets: [...memory.pets],
    preferences: [...memory.preferences],
    notes: [...memory.notes],
  };
  if (patch.name !== undefined) next.name = patch.name;
  if (patch.language !== undefined) next.language = patch.language;
  if (patch.gender !== undefined) next.gender = patch.gender;
  if (patch.pet) {
    const pet = patch.pet;
    const at = next.pets.findIndex((p) => sameText(p.name, pet.name));
    if (at >= 0) next.pets[at] = { ...next.pets[at]!, ...definedOnly(pet) };
    else next.pets = [...next.pets, pet].slice(-MAX_PETS);
  }
  if (patch.preference) next.preferences = appendCapped(next.preferences, patch.preference, MAX_PREFERENCES);
  if (patch.note) next.notes = appendCapped(next.notes, patch.note, MAX_NOTES);
  return next;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Reads whatever is stored (a contact document written by an older version,
 * or edited by hand) into a valid memory, dropping what does not fit.
 */
export function readMemory(stored: unknown): ContactMemory {
  const parsed = ContactMemory.safeParse(stored);
  if (parsed.success) return parsed.data;
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const memory = emptyMemory();
  for (const key of ['name', 'language', 'gender'] as const) {
    const field = ContactMemory.shape[key].safeParse(record[key]);
    if (field.success && field.data !== undefined) Object.assign(memory, { [key]: field.data });
  }
  const list = <T>(value: unknown, item: z.ZodType<T>, max: number): T[] =>
    (Array.isArray(value) ? value : [])
      .flatMap((v) => {
        const r = item.safeParse(v);
        return r.success ? [r.data] : [];
      })
      .slice(-max);
  memory.pets = list(record.pets, PetMemory, MAX_PETS);
  memory.preferences = list(record.preferences, Text(200), MAX_PREFERENCES);
  memory.notes = list(record.notes, Text(300), MAX_NOTES);
  return memory;
}
