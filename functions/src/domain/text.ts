/**
 * Text normalisation and tokenising for English, French, Spanish and Arabic
 * (Arabic script and Arabizi). Retrieval and intent matching compare what
 * these functions produce, so both sides of every comparison must go through
 * them: the stemmers are deliberately light and aim at *consistency* (the
 * same word in two spellings gets the same stem), not at linguistic truth.
 */

export const TEXT_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export function isTextLanguage(language: string | undefined): language is TextLanguage {
  return (TEXT_LANGUAGES as readonly string[]).includes(language ?? '');
}

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
};
const ARABIC_LETTER = /[أإآٱةىؤئکی]/g;
/** Harakat, Quranic marks, superscript alef and tatweel. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;
const APOSTROPHES = /[’‘`´ʼ]/g;
/** French elision (l', qu', j'…); Spanish has none worth handling beyond this. */
const ELISION = /(?<![\p{L}\p{N}])(?:qu|jusqu|lorsqu|puisqu|[ldjmnstc])'(?=\p{L})/gu;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** ٣ (Arabic-Indic) and ۳ (Eastern Arabic-Indic) → 3. */
function arabicDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
}

/** Lowercase, accent-free, punctuation-free text with single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(ARABIC_LETTER, (c) => ARABIC_LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(LATIN_DIACRITICS, '')
    .replace(ARABIC_MARKS, '')
    .normalize('NFC')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(ARABIC_INDIC_DIGIT, arabicDigit)
    .replace(APOSTROPHES, "'")
    .replace(ELISION, '')
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The normalised words of `text`, stopwords included. */
export function words(text: string): string[] {
  const normalised = normalise(text);
  return normalised ? normalised.split(' ') : [];
}

export function isArabicScript(word: string): boolean {
  return ARABIC_SCRIPT.test(word);
}

const list = (s: string) => new Set(s.split(' '));

/** Arabizi function words: Latin-script Arabic is stemmed (not at all) as 'ar'. */
const ARABIZI_STOPWORDS =
  'el al l w wa fi fe ma3 3a 3ala 3al ana enta inta enti inti ento into nehna howe hiye shu sho chou esh eh kif ya law iza eza baddi bade badde bdi mumkin momken hal aw ma';

export const STOPWORDS: Record<TextLanguage, ReadonlySet<string>> = {
  en: list(
    'a an the and or but if of to in on at by for with from about as into than then so is are am was were be been being do does did have has had i me my mine you your yours we us our it its this that these those he she they them their his her there theres here what whats which who how when where why can could would should will may might must please pls plz hi hello hey thanks thank thx ok okay yes no not just also any some much many very really want wanna need like know tell get let im ive id youre dont doesnt cant isnt clinic clinics place shop store office centre center',
  ),
  fr: list(
    'le la les un une des de du et ou a au aux en pour par sur sous dans avec sans est sont etre ai as avez avons ont je tu il elle on nous vous ils elles me te se moi toi lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos ce cet cette ces ca cela ceci qui que quoi quel quelle quels quelles comment combien quand ne pas plus y bonjour bonsoir salut merci svp stp sil plait oui non si tres bien peux pouvez puis voudrais veux voulez faire fait clinique cabinet centre boutique endroit',
  ),
  es: list(
    'el la los las un una unos unas de del al a en y o u para por con sin sobre es son ser esta estan estoy soy hay he ha han yo tu usted ustedes ella nosotros ellos ellas me te se le les lo nos mi mis su sus tus nuestro nuestra que cual cuales como cuanto cuanta cuantos cuantas cuando donde quien hola buenas buenos dias tardes noches gracias favor si no muy bien puedo puede pueden quiero quisiera tienen tiene clinica consultorio centro tienda lugar',
  ),
  ar: list(
    `في من الي علي عن مع هل ما ماذا لماذا متي اين كيف كم هو هي هم انا انت انتم نحن هذا هذه ذلك تلك التي الذي او ثم لا نعم يا قد لقد كان كانت عند عندكم عندك لو سمحت مرحبا اهلا السلام عليكم شكرا شو ايش وين ليش قديش اديش بدي بدنا ممكن عياده العياده محل المحل مركز المركز ${ARABIZI_STOPWORDS}`,
  ),
};
const ALL_STOPWORDS = new Set(Object.values(STOPWORDS).flatMap((s) => [...s]));

export function isStopword(word: string, language?: string): boolean {
  if (isArabicScript(word)) return STOPWORDS.ar.has(word);
  return isTextLanguage(language) ? STOPWORDS[language].has(word) : ALL_STOPWORDS.has(word);
}

/** Strips the first suffix in `suffixes` that leaves at least `min` letters. */
function stripSuffix(word: string, suffixes: readonly string[], min = 3): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= min) return word.slice(0, -suffix.length);
  }
  return word;
}

function stemEnglish(word: string): string {
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  const before = w;
  w = stripSuffix(stripSuffix(w, ['ation'], 4), ['ing', 'ed']);
  // booking → book, running → runn → run, cancelled → cancel (but calling → call)
  if (w !== before && (/([^aeiouslz])\1$/.test(w) || (w.length > 5 && w.endsWith('ll')))) w = w.slice(0, -1);
  return stripSuffix(w, ['e']);
}

const FRENCH_SUFFIXES = 'issement ation ement ment euse eur ee er ez e'.split(' ');
function stemFrench(word: string): string {
  let w = word;
  if (w.endsWith('aux') && w.length > 4) w = `${w.slice(0, -3)}al`;
  else if (/[sx]$/.test(w) && w.length > 3) w = w.slice(0, -1);
  return stripSuffix(w, FRENCH_SUFFIXES);
}

const SPANISH_SUFFIXES =
  'amientos imientos amiento imiento aciones acion mente ando iendo ados idos adas idas ado ido ada ida as os es ar er ir a o e s'.split(
    ' ',
  );
function stemSpanish(word: string): string {
  return stripSuffix(word, SPANISH_SUFFIXES);
}

const ARABIC_ARTICLES = 'وال بال كال فال لل ال'.split(' ');
const ARABIC_PREFIXES = ['ب', 'ل', 'ف', 'ك'];
// Normalised forms: ة is already ه here; a final ا is the tanween alif of كاملاً.
const ARABIC_SUFFIXES = 'كما هما ها هم كم نا ات ون ين ان يه ه ي ا'.split(' ');

/** Light Arabic stemmer (in the spirit of Larkey's light10), on normalised words. */
function stemArabic(word: string): string {
  let w = word;
  if (w.startsWith('و') && w.length >= 4) w = w.slice(1);
  const article = ARABIC_ARTICLES.find((a) => w.startsWith(a) && w.length - a.length >= 3);
  if (article) w = w.slice(article.length);
  const prefix = ARABIC_PREFIXES.find((p) => w.startsWith(p) && w.length - p.length >= 3);
  if (prefix) w = w.slice(prefix.length);
  return stripSuffix(w, ARABIC_SUFFIXES);
}

/** Light stem of one normalised word; Arabic-script words always use the Arabic rules. */
export function stem(word: string, language?: string): string {
  if (isArabicScript(word)) return stemArabic(word);
  if (/^\d+$/.test(word)) return word;
  switch (language) {
    case 'en':
      return stemEnglish(word);
    case 'fr':
      return stemFrench(word);
    case 'es':
      return stemSpanish(word);
    case 'ar':
      return word; // Arabizi: spelling varies too much for suffix rules to help
    default:
      return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  }
}

/** Stems of the content words of `text`: normalised, stopwords and single letters removed. */
export function tokenise(text: string, language?: string): string[] {
  return words(text)
    .filter((w) => (w.length > 1 || /\d/.test(w)) && !isStopword(w, language))
    .map((w) => stem(w, language));
}
