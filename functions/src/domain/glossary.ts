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
import { MONTHS, WEEKDAY_NAMES } from './dates-lexicon.js';
import { isTextLanguage, TEXT_LANGUAGES, type TextLanguage } from './languages.js';
import { allTexts } from './localized.js';
import { isCommonWord } from './lexicon/common-words.js';
import { conceptTerm, conceptVocabulary } from './lexicon/concepts.js';
import { compilePhrases, type Phrase, type PhraseTable } from './lexicon/phrases.js';
import { isArabicScript, isContentWord, normalise } from './text.js';

/** The group of the people a team article names: a name said in a message asks about the team. */
const PEOPLE = 'people';

/** The term a glossary group adds to an index or a query (the people's: the team concept's). */
export const glossaryTerm = (group: string) => (group === PEOPLE ? conceptTerm('team') : `@${group}`);

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

/** A title about the people who work there: "The team", "L'équipe", "Unser Team", "Chi siamo", "الفريق". */
const TEAM_TITLE =
  /\b(?:team|equipe|equipo|equip|equipa|staff|personal|personale|personnel|mitarbeiter\w*|praticien\w*|practitioners?|therapists?|doctors|medecins|medicos|medici|arzte|who we are|quienes somos|qui sommes nous|chi siamo|wer wir sind|quem somos|qui som)\b|فريق|الفريق|الطاقم/u;
/** Two capitalised words in a row ("Lotte Vermeulen"), or one after a doctor's title ("Dra. Puig"). */
const FULL_NAME = /(?<!\p{L})(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?!\p{L})/gu;
const TITLED_NAME =
  /\b(?:Dr|Dra|Dott|Dottssa|Doctor|Doctora|Docteur|Doutor|Doutora|Prof)\.?[ \u00a0]+(\p{Lu}\p{Ll}+)(?!\p{L})/gu;

/** Every word the concept lexicon knows, in any language: a trade's word, not a name ("Travel Health Nurse"). */
let lexiconWords: ReadonlySet<string> | undefined;
const LEXICON_WORDS = () => (lexiconWords ??= new Set(TEXT_LANGUAGES.flatMap((l) => conceptVocabulary(l))));

/** Whether a capitalised word is a name: not a weekday, a month or an everyday word of any language. */
export function isName(word: string): boolean {
  const key = normalise(word);
  return (
    key.length >= 3 && !WEEKDAY_NAMES.has(key) && !MONTHS.has(key) && !isCommonWord(key) && !LEXICON_WORDS().has(key)
  );
}

/**
 * The people an article or a policy about the team names ("Lotte Vermeulen (D.O. 2018): back, neck…"), first
 * names and surnames: "¿qué días trabaja Lotte?" asks about the team, whose article says.
 */
export function teamNames(business: Business): string[] {
  const fallback = business.profile.languages[0] ?? 'en';
  const names = new Set<string>();
  const texts = [...business.knowledge, ...business.policies.map((p) => ({ title: p.title, body: p.text }))];
  for (const entry of texts) {
    if (!allTexts(entry.title, fallback).some((t) => TEAM_TITLE.test(normalise(t.text)))) continue;
    for (const { text } of allTexts(entry.body, fallback)) {
      for (const m of text.matchAll(FULL_NAME)) if (isName(m[1]!) && isName(m[2]!)) names.add(m[1]!).add(m[2]!);
      for (const m of text.matchAll(TITLED_NAME)) if (isName(m[1]!)) names.add(m[1]!);
    }
  }
  return [...names].map(normalise);
}

/** The team's names as one phrase group, in every language a message may be read in (Latin names not as Arabizi). */
function peopleTable(business: Business): PhraseTable<string> {
  const names = teamNames(business);
  if (names.length === 0) return {};
  const entry: Partial<Record<TextLanguage, string>> = {};
  for (const language of TEXT_LANGUAGES) {
    const own = names.filter((n) => (language === 'ar') === isArabicScript(n));
    if (own.length > 0) entry[language] = own.map((n) => `=${n}`).join('|');
  }
  return { [PEOPLE]: entry };
}

/** The glossary compiled for matching (domain/analyzer.ts), with the team's names; empty when there is neither. */
export function businessGlossary(business: Business): readonly Phrase<string>[] {
  return compilePhrases({ ...glossaryTable(business), ...peopleTable(business) });
}
