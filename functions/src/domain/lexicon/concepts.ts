/**
 * The concept lexicon of the appointment-business domain: words of every
 * supported language mapped to shared concepts (price, cancel, parking,
 * pregnancy, whitening, …). Retrieval adds a concept term (`#parking`)
 * wherever a concept's words occur, in the business's texts and in the
 * customer's message alike, which is how a question in one language finds
 * an answer written in another (domain/knowledge-index.ts).
 *
 * To extend it: add words to a concept, or a concept to one of the tables
 * (desk, care, services, practice). A concept should mean the same thing wherever it
 * matches; a word that means different things in different contexts is
 * better left to plain word matching.
 */
import type { TextLanguage } from '../languages.js';
import { CARE_CONCEPTS } from './concepts-care.js';
import { DESK_CONCEPTS } from './concepts-desk.js';
import { PRACTICE_CONCEPTS } from './concepts-practice.js';
import { SERVICE_CONCEPTS } from './concepts-services.js';
import { compilePhrases, matchPhrases, type PhraseMatch, type PreparedWords } from './phrases.js';
import { normalise } from '../text.js';

/**
 * Italian and German names of the languages whose concept entries are
 * written on one line in concepts-desk.ts, merged into them here.
 */
const LANGUAGE_NAMES_IT_DE: Record<'english' | 'french' | 'arabic', Partial<Record<TextLanguage, string>>> = {
  english: { it: 'inglese', de: 'englisch' },
  french: { it: 'francese', de: 'franzosisch' },
  arabic: { it: 'arabo', de: 'arabisch' },
};

export const CONCEPT_TABLE = {
  ...DESK_CONCEPTS,
  english: { ...DESK_CONCEPTS.english, ...LANGUAGE_NAMES_IT_DE.english },
  french: { ...DESK_CONCEPTS.french, ...LANGUAGE_NAMES_IT_DE.french },
  arabic: { ...DESK_CONCEPTS.arabic, ...LANGUAGE_NAMES_IT_DE.arabic },
  ...CARE_CONCEPTS,
  ...SERVICE_CONCEPTS,
  ...PRACTICE_CONCEPTS,
};
export type Concept = keyof typeof CONCEPT_TABLE;

const PHRASES = compilePhrases(CONCEPT_TABLE);

/** The term a concept adds to an index or a query. */
export const conceptTerm = (concept: string) => `#${concept}`;

export function findConcepts(prepared: PreparedWords): PhraseMatch<Concept>[] {
  return matchPhrases(prepared, PHRASES);
}

const vocabularies = new Map<TextLanguage, readonly string[]>();

/** Every word of every phrase in `language` (normalised, unstemmed): fuzzy matching corrects typos towards them. */
export function conceptVocabulary(language: TextLanguage): readonly string[] {
  const cached = vocabularies.get(language);
  if (cached) return cached;
  const words = new Set<string>();
  for (const entry of Object.values(CONCEPT_TABLE) as Partial<Record<TextLanguage, string>>[]) {
    for (const phrase of entry[language]?.split('|') ?? []) {
      for (const word of normalise(phrase.replace(/[~*]/g, '')).split(' ')) if (word.length >= 4) words.add(word);
    }
  }
  vocabularies.set(language, [...words]);
  return vocabularies.get(language)!;
}
