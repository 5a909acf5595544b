/**
 * Multilingual phrase tables and their matcher: the one mechanism behind
 * the concept lexicon, the intent cues, the safety rules and the injection
 * rules. A table maps a key (a concept, an intent, a symptom) to phrases per
 * language, written as a customer would write them:
 *
 *   parking: { en: 'parking|car park|park', es: 'aparcamiento|aparcar|estacion*' }
 *
 * - `|` separates phrases; a phrase of several words matches them in a row.
 * - A word is compared by its stem in the phrase's language (domain/stem.ts),
 *   so "cancelled" finds "cancel" and "abrís" finds "abrir".
 * - A word ending in `*` matches any normalised word it starts
 *   ("urgen*" → urgent, urgencia, urgència), whatever the language.
 * - `~` before a phrase makes it weak (weight 0.5) for callers that add
 *   weights up (intent cues), or that read a concept's strong phrases only
 *   (`price`: asking the amount outright, not paying said).
 * - `=` before a word matches it only as written: "=shorts" (the clothes)
 *   is not "short", which the English stem of "shorts" also is.
 * - Arabic phrases may be in Arabic script or in Arabizi; both are compared
 *   the way the customer's words are (Arabic stemmer, Arabizi skeleton).
 */
import { arabiziKey } from '../arabizi.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../languages.js';
import { foldGerman, stem } from '../stem.js';
import { isArabicScript, isStopword, normalise } from '../text.js';

export type PhraseTable<K extends string> = Readonly<Record<K, Partial<Record<TextLanguage, string>>>>;

/** A stem, with the word it came from: a stem alone lets "dentista" meet "dente" (both "dent"). */
type Token =
  { kind: 'stem'; value: string; word: string; loose: boolean; exact?: boolean } | { kind: 'prefix'; value: string };

export interface Phrase<K extends string> {
  key: K;
  language: TextLanguage;
  tokens: readonly Token[];
  weight: number;
  /** The phrase as written, for explanations. */
  source: string;
  /** Two function words ("est ou", "do you"): nothing may stand between them (see `matchEnd`). */
  tight?: boolean;
}

export interface PhraseMatch<K extends string> {
  key: K;
  language: TextLanguage;
  /** Word positions [start, end) in the message. */
  start: number;
  end: number;
  weight: number;
  source: string;
}

/** Whether two matches share a word ("salam" inside "salam, chokran" is no thanks of its own). */
export const spansOverlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** How a normalised word is compared with a phrase word of `language`. */
export function wordKey(word: string, language: TextLanguage): string {
  if (isArabicScript(word)) return stem(word, 'ar');
  return language === 'ar' ? arabiziKey(word) : stem(word, language);
}

/**
 * A table's phrases, compiled one language at a time, on first use, and
 * kept: compiling a table stems each of its words, and a big table in all
 * eight languages takes a tenth of a second or more. A function's cold start
 * should not pay for tables it never reads, nor a Spanish message for the
 * German phrases.
 */
export class PhraseBook<K extends string> {
  readonly #table: PhraseTable<K>;
  readonly #indexes = new Map<TextLanguage, LanguageIndex<K>>();

  constructor(table: PhraseTable<K>) {
    this.#table = table;
  }

  /** The phrases of `language`, grouped by their first word. */
  index(language: TextLanguage): LanguageIndex<K> {
    let index = this.#indexes.get(language);
    if (!index) {
      index = indexPhrases(compileLanguage(this.#table, language));
      this.#indexes.set(language, index);
    }
    return index;
  }
}

/** Every phrase of a table, in every language (a business's own glossary, tests). */
export const compilePhrases = <K extends string>(table: PhraseTable<K>): Phrase<K>[] =>
  TEXT_LANGUAGES.flatMap((language) => compileLanguage(table, language));

function compileLanguage<K extends string>(table: PhraseTable<K>, language: TextLanguage): Phrase<K>[] {
  const phrases: Phrase<K>[] = [];
  for (const key of Object.keys(table) as K[]) {
    for (const raw of table[key][language]?.split('|') ?? []) {
      const trimmed = raw.trim();
      const weak = trimmed.startsWith('~');
      const text = weak ? trimmed.slice(1) : trimmed;
      const tokens = text
        .split(/\s+/)
        .filter(Boolean)
        .flatMap((written): Token[] => {
          const exact = written.startsWith('=');
          const word = exact ? written.slice(1) : written;
          const prefix = word.endsWith('*');
          const plain = normalise(prefix ? word.slice(0, -1) : word);
          // German phrases are compared as German is typed without umlauts (foldGerman).
          const normal = language === 'de' ? plain.split(' ').map(foldGerman).join(' ') : plain;
          if (!normal) return [];
          // A written word may normalise to two ("e-mail"): all but the last are whole words.
          const parts = normal.split(' ');
          return parts.map((part, i): Token => {
            if (prefix && i === parts.length - 1) return { kind: 'prefix', value: part };
            // Arabizi has no spelling to compare: its skeleton key is all there is.
            const loose = language === 'ar';
            return { kind: 'stem', value: wordKey(part, language), word: part, loose, ...(exact && { exact }) };
          });
        });
      if (tokens.length === 0) continue;
      const tight = tokens.length === 2 && tokens.every((t) => t.kind === 'stem' && isStopword(t.word, language));
      phrases.push({ key, language, tokens, weight: weak ? 0.5 : 1, source: text, ...(tight && { tight }) });
    }
  }
  return phrases;
}

/** A message prepared once for matching: its normalised words, as each language compares them, and their keys. */
export interface PreparedWords {
  words: readonly string[];
  /** The words as a language's phrases see them: German folds "ue" and "ü" alike (foldGerman). */
  surface: Partial<Record<TextLanguage, readonly string[]>>;
  keys: Partial<Record<TextLanguage, readonly string[]>>;
}

export function prepareWords(words: readonly string[], languages: readonly TextLanguage[]): PreparedWords {
  const keys: Partial<Record<TextLanguage, readonly string[]>> = {};
  const surface: Partial<Record<TextLanguage, readonly string[]>> = {};
  for (const language of languages) {
    keys[language] = words.map((w) => wordKey(w, language));
    surface[language] = language === 'de' ? words.map(foldGerman) : words;
  }
  return { words, surface, keys };
}

/**
 * Two Latin words with the same stem are the same word only if they also
 * start alike (up to five letters): "encías"/"encía" and "booking"/"book"
 * do, "dentista"/"dente" and "tarde"/"tarda" do not. A stem of fewer than
 * four letters says too little: then the words must be the same but for a
 * plural ending ("dia"/"dias", not "est"/"estació").
 */
function sameWord(
  word: string,
  token: { value: string; word: string; loose: boolean; exact?: boolean },
  key: string | undefined,
): boolean {
  if (key !== token.value) return false;
  if (token.exact) return word === token.word;
  // An Arabizi skeleton of two letters or fewer is shared by too many words ("bl", in the, is also "bellil" and
  // "abl"): it holds only for a word that starts alike and is about as long.
  if (token.loose && key.length <= 2 && /^[a-z]+$/.test(word) && /^[a-z]+$/.test(token.word)) {
    return word[0] === token.word[0] && Math.abs(word.length - token.word.length) <= 2;
  }
  if (token.loose || isArabicScript(word) || /\d/.test(word)) return true;
  if (token.value.length < 4) {
    const [short, long] = word.length <= token.word.length ? [word, token.word] : [token.word, word];
    return long === short || long === `${short}s` || long === `${short}es`;
  }
  const n = Math.min(5, word.length, token.word.length);
  return word.slice(0, n) === token.word.slice(0, n);
}

function tokenMatches(words: readonly string[], keys: readonly string[], token: Token, i: number): boolean {
  const word = words[i] ?? '';
  return token.kind === 'prefix' ? word.startsWith(token.value) : sameWord(word, token, keys[i]);
}

/**
 * Arabic question words ("how many/much/long", Gulf, Levantine and
 * Maghrebi): the word right after one says what is asked, so none may be
 * skipped there. "كم تستغرق الجلسة" asks how long a session takes, not
 * "كم جلسة" (how many sessions).
 */
const ARABIC_QUESTION_WORDS = new Set([
  'كم',
  'شحال',
  'قديش',
  'قداش',
  'بكم',
  'kam',
  'chhal',
  'ch7al',
  'sh7al',
  'kadesh',
  '9adach',
  'adesh',
  '2addesh',
]);

const asksBefore = (token: Token) => token.kind === 'stem' && ARABIC_QUESTION_WORDS.has(token.word);

/**
 * A phrase that opens with a one-letter word ("a avance", what "à l'avance" reads as once its article is
 * elided; "e se"): that word alone says nothing, so nothing may stand between it and the next. "Mon vol a été
 * avancé" (my flight was brought forward) asks nothing in advance.
 */
const bareOpener = (tokens: readonly Token[], j: number) =>
  j === 1 && tokens[0]!.kind === 'stem' && tokens[0]!.word.length === 1;

/**
 * The end of the phrase when it starts at `at`, or -1. One extra word may sit
 * inside a phrase of several words, as people write them: "first dental
 * visit", "primera visita dental", "s'ha trencat la cama". Not inside a
 * phrase of two function words: "c'est où ?" asks where, "c'est compris ou
 * pas ?" asks whether it is included.
 */
function matchEnd(
  words: readonly string[],
  keys: readonly string[],
  tokens: readonly Token[],
  at: number,
  tight = false,
): number {
  let i = at;
  let gapUsed = tight;
  for (let j = 0; j < tokens.length; j++, i++) {
    if (tokenMatches(words, keys, tokens[j]!, i)) continue;
    if (j === 0 || gapUsed || asksBefore(tokens[j - 1]!) || bareOpener(tokens, j)) return -1;
    if (!tokenMatches(words, keys, tokens[j]!, i + 1)) return -1;
    gapUsed = true;
    i++;
  }
  return i;
}

/** One language's phrases, grouped so a message is compared only with phrases that can start at each word. */
interface LanguageIndex<K extends string> {
  /** The key of a phrase's first word → the phrases starting with it. */
  byFirst: Map<string, Phrase<K>[]>;
  /** The first three letters of a phrase's first word when it is a prefix → the phrases. */
  byPrefix: Map<string, Phrase<K>[]>;
}

function indexPhrases<K extends string>(phrases: readonly Phrase<K>[]): LanguageIndex<K> {
  const index: LanguageIndex<K> = { byFirst: new Map(), byPrefix: new Map() };
  for (const phrase of phrases) {
    const first = phrase.tokens[0]!;
    const [group, head] =
      first.kind === 'prefix' ? [index.byPrefix, first.value.slice(0, 3)] : [index.byFirst, first.value];
    const list = group.get(head);
    if (list) list.push(phrase);
    else group.set(head, [phrase]);
  }
  return index;
}

const arrayIndexes = new WeakMap<readonly Phrase<string>[], Map<TextLanguage, LanguageIndex<string>>>();

/** A compiled list's phrases, indexed per language once (compilePhrases: a business's glossary, tests). */
function listIndex<K extends string>(
  phrases: readonly Phrase<K>[],
  language: TextLanguage,
): LanguageIndex<K> | undefined {
  let byLanguage = arrayIndexes.get(phrases);
  if (!byLanguage) {
    byLanguage = new Map();
    for (const l of TEXT_LANGUAGES) {
      const own = phrases.filter((p) => p.language === l);
      if (own.length > 0) byLanguage.set(l, indexPhrases(own) as LanguageIndex<string>);
    }
    arrayIndexes.set(phrases, byLanguage);
  }
  return byLanguage.get(language) as LanguageIndex<K> | undefined;
}

/**
 * Every occurrence of every phrase whose language was prepared. Phrases of
 * other languages are skipped: stems of one language can collide with
 * words of another.
 */
export function matchPhrases<K extends string>(
  prepared: PreparedWords,
  phrases: PhraseBook<K> | readonly Phrase<K>[],
): PhraseMatch<K>[] {
  const matches: PhraseMatch<K>[] = [];
  const n = prepared.words.length;
  for (const [language, keys] of Object.entries(prepared.keys) as [TextLanguage, readonly string[]][]) {
    const index = phrases instanceof PhraseBook ? phrases.index(language) : listIndex(phrases, language);
    if (!index) continue;
    const { byFirst: byKey, byPrefix: byHead } = index;
    const words = prepared.surface[language] ?? prepared.words;
    for (let at = 0; at < n; at++) {
      const word = words[at]!;
      const exact = byKey.get(keys[at]!) ?? [];
      const prefixed = byHead.get(word.slice(0, 3)) ?? [];
      for (const phrase of exact.length || prefixed.length ? [...exact, ...prefixed] : []) {
        if (at + phrase.tokens.length > n) continue;
        const end = matchEnd(words, keys, phrase.tokens, at, phrase.tight);
        if (end > 0) {
          matches.push({ key: phrase.key, language, start: at, end, weight: phrase.weight, source: phrase.source });
        }
      }
    }
  }
  return matches.sort((a, b) => a.start - b.start || a.end - b.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
