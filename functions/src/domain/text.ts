/**
 * Text normalisation and tokenising for every language Frontdesk serves
 * (domain/languages.ts): English, Spanish, French, Catalan/Valencian,
 * Portuguese, Italian, German and Arabic (script and Arabizi). Retrieval and intent matching
 * compare what these functions produce, so both sides of every comparison
 * must go through them.
 *
 * The steps: `normalise` (case, accents, Arabic letter variants, elision,
 * clitics, punctuation), then `words`, then chat shorthand
 * (domain/abbreviations.ts) for the language, then stopwords
 * (domain/stopwords.ts) and a light stem (domain/stem.ts).
 */
import { expandAbbreviations } from './abbreviations.js';
import { isTextLanguage } from './languages.js';
import { stem } from './stem.js';
import { ANY_STOPWORD, STOPWORDS } from './stopwords.js';

export { TEXT_LANGUAGES, type TextLanguage, isTextLanguage } from './languages.js';
export { STOPWORDS } from './stopwords.js';
export { stem } from './stem.js';

const ARABIC_LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
  ک: 'ك',
  ی: 'ي',
  // Letters Persian and Urdu keyboards type, and the Maghreb writes for its own sounds:
  // گ and ڭ (Moroccan g, as in "ڭاع"), ڤ (v), پ (p), چ (ch). Each meets the Arabic letter
  // people write for it on an Arabic keyboard.
  گ: 'ك',
  ڭ: 'ك',
  ڨ: 'ق',
  ڤ: 'ف',
  پ: 'ب',
  چ: 'ش',
  ژ: 'ز',
  ۀ: 'ه',
  ە: 'ه',
  ے: 'ي',
};
const ARABIC_LETTER = /[أإآٱةىؤئکیگڭڨڤپچژۀەے]/g;
/** Harakat, Quranic marks, superscript alef and tatweel. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
/**
 * The accusative's tanween written on an alif at a word's end ("كرسياً", "متحركاً", "مجاناً", "شكراً"): the alif
 * only carries the ending, and the word read is the noun ("كرسي متحرك", "مجان").
 */
const TANWEEN_ALIF = /(?<=[\u0621-\u064a]{2})(?:\u0627\u064b|\u064b\u0627)(?![\u0621-\u064a]|[\u064b-\u065f])/g;
const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;
const APOSTROPHES = /[’‘`´ʼ]/g;
/** Catalan "l·l" (also typed "l.l"): one letter pair, not two words. */
const GEMINATE_L = /l[·.•]l/g;
/** English "n't" keeps its meaning as a word: negation matters to safety rules. */
const NEGATED = /(?<=\p{L})n't(?!\p{L})/gu;
/** "I'm", "you're", "we've", "they'll", "I'd": said in full, since "I am the owner" matters to injection rules. */
const ENGLISH_CONTRACTION = /\b(i|you|we|they|he|she|it|that|there|who|what)'(m|re|ve|ll|d)\b/g;
const CONTRACTED: Record<string, string> = { m: 'am', re: 'are', ve: 'have', ll: 'will', d: 'would' };
/** French, Catalan, Portuguese and Italian elision before a word (l', d', qu', m', dell', all', un'…). */
const ELISION =
  /(?<![\p{L}\p{N}])(?:qu|jusqu|lorsqu|puisqu|dell|all|dall|nell|sull|coll|un|quest|quell|nessun|[ldjmnstcv])'(?=[\p{L}\p{N}])/gu;
/** Clitics after a word: Catalan "traure'm", "telefona'ns", English "I'm", "what's", "you're". */
const CLITIC = /(?<=\p{L})'(?:re|ve|ll|ns|ls|hi|ho|[dmtlns])(?!\p{L})/gu;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
/** Chat elongation: a letter typed three times or more ("holaaa", "merciii", "obrigadaaa") is one letter. */
const ELONGATED = /(\p{L})\1{2,}/gu;
/** Two alifs in a row are one stretched alif ("بزااف"): standard spelling never doubles it. */
const DOUBLED_ALIF = /ا{2,}/g;
/** A doubled a, i or u at the end of a word ("holaa", "graciaa") ends no word of the six languages. */
const DOUBLED_END = /(?<=\p{L}{2})(a|i|u)\1(?!\p{L})/gu;

/** ٣ (Arabic-Indic) and ۳ (Eastern Arabic-Indic) → 3. */
function arabicDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
}

/** Text only lowercase ASCII letters, digits and spaces make: every step below but three leaves it as it is. */
const PLAIN = /^[a-z0-9 ]*$/;

/** Lowercase, accent-free, punctuation-free text with single spaces. */
export function normalise(text: string): string {
  // The phrase tables' words are mostly plain already; compiling them is a cold start's largest cost.
  if (PLAIN.test(text)) {
    return text.replace(ELONGATED, '$1').replace(DOUBLED_END, '$1').replace(/\s+/g, ' ').trim();
  }
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(GEMINATE_L, 'll')
    .replace(TANWEEN_ALIF, '')
    .replace(ARABIC_LETTER, (c) => ARABIC_LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(LATIN_DIACRITICS, '')
    .replace(ARABIC_MARKS, '')
    .normalize('NFC')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(ARABIC_INDIC_DIGIT, arabicDigit)
    .replace(APOSTROPHES, "'")
    .replace(/\b(can|won)'t\b/g, (_, verb: string) => (verb === 'can' ? 'can not' : 'will not'))
    .replace(ENGLISH_CONTRACTION, (_, subject: string, verb: string) => `${subject} ${CONTRACTED[verb] ?? ''}`)
    .replace(NEGATED, ' not')
    .replace(ELISION, '')
    .replace(CLITIC, '')
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(ELONGATED, '$1')
    .replace(DOUBLED_ALIF, 'ا')
    .replace(DOUBLED_END, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The normalised words of `text`, stopwords included. */
export function words(text: string): string[] {
  const normalised = normalise(text);
  return normalised ? normalised.split(' ') : [];
}

/** Normalised words with the chat shorthand of `language` spelt out ("q" → "que" in Spanish). */
export function expandedWords(text: string, language?: string): string[] {
  return expandAbbreviations(words(text), language);
}

export function isArabicScript(word: string): boolean {
  return ARABIC_SCRIPT.test(word);
}

/**
 * Laughter as people type it ("jajaja", "hahaha", "rsrs", "hehe", "lol", "mdr"): it says nothing an answer could
 * explain, so in every language it is no content that an entry leaves unexplained ("kkkk" and "هههه" normalise to a
 * single letter, which is no content either).
 */
const LAUGHTER =
  /^(?:a?ha(?:ha)+h*|a?ja(?:ja)+j*|jaj(?:aj)*|he(?:he)+|je(?:je)+|hihi(?:hi)*|rs(?:rs)+|lo+l|lmao+|mdr+|ptdr+)$/;

/** Whether a normalised word is laughter ("jajaja", "hahaha", "rsrs", "mdr"). */
export function isLaughter(word: string): boolean {
  return LAUGHTER.test(word);
}

export function isStopword(word: string, language?: string): boolean {
  if (LAUGHTER.test(word)) return true;
  if (isArabicScript(word)) return STOPWORDS.ar.has(word);
  return isTextLanguage(language) ? STOPWORDS[language].has(word) : ANY_STOPWORD.has(word);
}

/** Whether a normalised word carries meaning worth matching (not a stopword, not a lone letter). */
export function isContentWord(word: string, language?: string): boolean {
  return (word.length > 1 || /\d/.test(word)) && !isStopword(word, language);
}

/** Stems of the content words of `text`: normalised, shorthand expanded, stopwords and single letters removed. */
export function tokenise(text: string, language?: string): string[] {
  return expandedWords(text, language)
    .filter((w) => isContentWord(w, language))
    .map((w) => stem(w, language));
}
