/**
 * The business's own glossary: the names it writes in more than one of its
 * languages. A service called "Examen de vue" in French and "Eye test" in
 * English says, in the owner's own words, that the two phrases mean the same
 * thing, for that business, whatever its trade. The concept lexicon
 * (lexicon/concepts.ts) bridges the words every appointment business uses;
 * the glossary bridges the words of its own trade that no lexicon lists
 * (varifocals, hand-stripping, hearing aids).
 *
 * Each name given in two languages or more becomes a phrase group. Retrieval
 * (knowledge-index.ts) matches the groups in every text it indexes and in
 * every message, and adds the group's term to the words it covers, so a
 * question asked in English finds a Q&A entry written only in French that
 * uses the French name, and the other way round.
 *
 * Only names and titles: short texts that translate each other whole.
 * Longer texts (descriptions, answers) say the same thing in other words
 * and orders, and would pair words that do not mean the same.
 */
import type { Business, Localized } from './business.js';
import { isTextLanguage, type TextLanguage } from './languages.js';
import { allTexts } from './localized.js';
import { compilePhrases, type Phrase, type PhraseTable } from './lexicon/phrases.js';
import { isContentWord, normalise } from './text.js';

/** The term a glossary group adds to an index or a query. */
export const glossaryTerm = (group: string) => `@${group}`;

/** A name longer than this is a sentence, not a name: its words do not translate one for one. */
const MAX_WORDS = 5;

/** A name without what its parentheses add ("Large (51–90 lb)" is "Large"), in its parts ("Bikini / Brazilian"). */
function nameParts(text: string): string[] {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+\/\s+|\s*\|\s*/)
    .map((part) => part.replace(/[*~|]/g, ' ').replace(/\s+/g, ' ').trim());
}

/** Whether a phrase can stand for something: a few words, at least one of them a word that says something. */
function usable(phrase: string, language: TextLanguage): boolean {
  const words = normalise(phrase).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  return words.some((w) => /\p{L}{3}/u.test(w) && isContentWord(w, language));
}

/** Every Localized name of the business: services, their variants and categories, article and policy titles. */
function names(business: Business): Localized[] {
  return [
    ...business.services.flatMap((s) => [
      s.name,
      ...(s.category ? [s.category] : []),
      ...s.variants.map((v) => v.name),
    ]),
    ...business.knowledge.map((a) => a.title),
    ...business.policies.map((p) => p.title),
  ];
}

/**
 * The glossary as a phrase table: one group per name written in two
 * languages or more that differ (a name spelt the same in each adds
 * nothing), split into its parts when every language has as many.
 */
export function glossaryTable(business: Business): PhraseTable<string> {
  const fallback = business.profile.languages[0] ?? 'en';
  const table: Record<string, Partial<Record<TextLanguage, string>>> = {};
  const seen = new Set<string>();
  for (const name of names(business)) {
    const texts = allTexts(name, fallback).flatMap(({ language, text }) =>
      isTextLanguage(language) ? [{ language, parts: nameParts(text) }] : [],
    );
    if (texts.length < 2) continue;
    const aligned = texts.every((t) => t.parts.length === texts[0]!.parts.length);
    const groups = aligned
      ? texts[0]!.parts.map((_, i) => texts.map((t) => ({ language: t.language, phrase: t.parts[i]! })))
      : [texts.map((t) => ({ language: t.language, phrase: t.parts.join(' ') }))];
    for (const group of groups) {
      const kept = group.filter(({ language, phrase }) => usable(phrase, language));
      if (new Set(kept.map((k) => normalise(k.phrase))).size < 2) continue;
      const signature = kept.map((k) => `${k.language}:${normalise(k.phrase)}`).join('|');
      if (seen.has(signature)) continue;
      seen.add(signature);
      const entry: Partial<Record<TextLanguage, string>> = {};
      for (const { language, phrase } of kept)
        entry[language] = entry[language] ? `${entry[language]}|${phrase}` : phrase;
      table[`g${seen.size}`] = entry;
    }
  }
  return table;
}

/** The glossary compiled for matching (domain/analyzer.ts); empty when the business writes one language. */
export function businessGlossary(business: Business): readonly Phrase<string>[] {
  return compilePhrases(glossaryTable(business));
}
