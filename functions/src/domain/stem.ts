/**
 * Light stemmers, one per language, on normalised words (lowercase, no
 * accents). They aim at consistency — the singular and plural, the
 * infinitive and the forms people write (Spanish vosotros "abrís",
 * "tenéis", "cobráis"; Catalan "obriu", "teniu"; Portuguese "vocês fazem";
 * Italian "prenotare"/"prenotazione"; German "gebucht"/"buchen")
 * reach the same stem — not at linguistic truth. Both sides of every
 * comparison go through the same stemmer, so over-stemming is harmless
 * as long as it is the same on both sides.
 */
import { arabiziKey } from './arabizi.js';

/** Strips the first suffix in `suffixes` that leaves at least `min` letters. */
function stripSuffix(word: string, suffixes: readonly string[], min = 3): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= min) return word.slice(0, -suffix.length);
  }
  return word;
}

const words = (s: string) => s.split(' ');

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

const FRENCH_SUFFIXES = words('issement ation ement ment euse eur ee er ez e');
/** Nouns whose final s is no plural and whose stem would meet another word's: "pays" (a country) is no "payer". */
const FRENCH_WHOLE = new Set(words('pays'));
function stemFrench(word: string): string {
  if (FRENCH_WHOLE.has(word)) return word;
  let w = word;
  // chevaux → cheval, but cadeaux → cadeau, peaux → peau
  if (w.endsWith('aux') && !w.endsWith('eaux') && w.length > 4) w = `${w.slice(0, -3)}al`;
  else if (/[sx]$/.test(w) && w.length > 3) w = w.slice(0, -1);
  return stripSuffix(w, FRENCH_SUFFIXES);
}

/**
 * Romance languages in three steps (derivations that change the meaning,
 * like -ista in "dentista", are kept): the plural -s, then one derivational or
 * verbal ending, then a final vowel. Doing the plural first keeps
 * "encías"/"encía" and "neteges"/"netega" together.
 */
function romance(word: string, endings: readonly string[], plurals: readonly [string, string][] = []): string {
  let w = word;
  if (w.length > 3 && w.endsWith('s')) {
    w = w.slice(0, -1);
    // Plurals that change the vowel before them: Catalan "urgències" → "urgència", "boques" → "boca".
    const swap = plurals.find(([plural]) => w.endsWith(plural));
    if (swap) w = `${w.slice(0, -swap[0].length)}${swap[1]}`;
  }
  w = stripSuffix(w, endings);
  return w.length > 3 ? stripSuffix(w, ['a', 'e', 'i', 'o']) : w;
}

// Vosotros (-áis, -éis, -ís) arrive here without the s: "cobrai", "tenei", "abri".
const SPANISH = words(
  'amiento imiento acion icion adora ador ancia encia mente able ible idad ando iendo yendo arian erian irian aria eria iria aran eran iran ado ido ada ida aba abai ia amo emo imo ai ei an en ar er ir',
);
const CATALAN = words(
  'ament iment acio icio adora ador ancia encia ment able ible itat ant ent int ava aves at ada it ida ut uda iu eu em am en in ar er ir re',
);
const CATALAN_PLURALS: [string, string][] = [
  ['ie', 'ia'],
  ['que', 'ca'],
  ['gue', 'ga'],
];
const PORTUGUESE = words(
  'amento imento acao icao acoe icoe adora ador ancia encia mente avel ivel idade ando endo indo ado ido ada ida ava ia amo emo imo am em ar er ir ao oe',
);

// Italian has no plural -s: gender and number live in the final vowel, which romance() strips last.
const ITALIAN = words(
  'amenti imenti amento imento azioni azione izioni izione zioni zione atrici atrice atori atore anze enze anza enza mente abili ibili abile ibile ando endo iamo avano evano ivano ava eva iva ato ata ati ate ito ita iti ite uto uta uti ute ano ono are ere ire ete',
);

/**
 * German written without umlauts spells them out: "möchte" is typed
 * "moechte" or "mochte", "Zähne" "Zaehne". normalise() already turns ä into
 * a, so the digraphs are folded the same way (not the "ue" of "que", which
 * is Romance).
 */
export function foldGerman(word: string): string {
  return word
    .replace(/(?<!q)ue/g, 'u')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o');
}

/**
 * German in the manner of CISTEM (Weissweiler & Fraser 2017): the participle
 * prefix ge-, then the endings -em, -er, -nd and single -e, -s, -n, -t, so
 * "gebucht"/"buchen" and "Termine"/"Terminen"/"Termin" meet.
 */
function stemGerman(word: string): string {
  let w = foldGerman(word);
  if (w.length >= 6 && w.startsWith('ge')) w = w.slice(2);
  // As CISTEM does, "sch", "ei" and "ie" count as one letter, so "Schwester" keeps more than "schw".
  w = w.replace(/sch/g, '$').replace(/ei/g, '%').replace(/ie/g, '&');
  while (w.length > 3) {
    if (w.length > 5 && /(em|er|nd)$/.test(w)) w = w.slice(0, -2);
    else if (/[esnt]$/.test(w)) w = w.slice(0, -1);
    else break;
  }
  return w.replace(/\$/g, 'sch').replace(/%/g, 'ei').replace(/&/g, 'ie');
}

const ARABIC_ARTICLES = words('وال بال كال فال لل ال');
const ARABIC_PREFIXES = ['ب', 'ل', 'ف', 'ك'];
// Normalised forms: ة is already ه here; a final ا is the tanween alif of كاملاً.
// كوم is how Darija often spells the pronoun -kom (عندكوم, ديالكوم).
const ARABIC_SUFFIXES = words('كوم كما هما ها هم كم نا ات ون ين ان يه ه ي ا');
/**
 * Darija present and future prefixes with the person letter they carry:
 * كن/كت/كي and the longer كان/كات/كاي (ka-), تن/تت/تي and تان/تات/تاي (ta-,
 * in the north and east), غن/غت/غي and غان/غات/غاي (gha-, the future):
 * كيتنفس is تنفس, كنبغي and كانبغي are بغي, غاتحلو is حلو. A bare كا is no
 * prefix (كاملا, كاين); the ت prefixes begin many nouns too (تنظيف, تيليفون),
 * so they are only taken off a longer word.
 */
const DARIJA_PREFIXES: [string, number][] = [
  ...['كان', 'كات', 'كاي', 'غان', 'غات', 'غاي'].map((p): [string, number] => [p, 3]),
  ...['تان', 'تات', 'تاي'].map((p): [string, number] => [p, 3]),
  ...['كن', 'كت', 'كي', 'غن', 'غت', 'غي'].map((p): [string, number] => [p, 3]),
  ...['تن', 'تت', 'تي'].map((p): [string, number] => [p, 4]),
];
/** The negation ما…ش around one word: ماكاينش, ماعندكومش, مابغيتش. (كاين, "there is", is no verb prefix plus ين.) */
const NEGATED = /^ما(.{3,})ش$/;

/** Light Arabic stemmer (in the spirit of Larkey's light10, with Darija's verb prefixes), on normalised words. */
function stemArabic(word: string): string {
  let w = NEGATED.exec(word)?.[1] ?? word;
  if (w.startsWith('و') && w.length >= 4) w = w.slice(1);
  const article = ARABIC_ARTICLES.find((a) => w.startsWith(a) && w.length - a.length >= 3);
  if (article) w = w.slice(article.length);
  // The final hamza the dialects do not say: كهربا is كهرباء, اسما is اسماء (in longer words only: غدا, tomorrow, is
  // no غداء, lunch).
  if (w.length >= 5 && w.endsWith('اء')) w = w.slice(0, -1);
  // A present verb's plural as the Levant and Egypt say it, without the ن of MSA, and with the ب of the Levantine
  // present: بتحتاجو, تعملو and بيعرفو are تحتاجون, تعملون and يعرفون; so is the written plural with its alif
  // (يسلموا, the thanks "يسلمو" as written with it).
  const spoken = /^ب?([تين].{3,})وا?$/.exec(w);
  if (spoken) w = spoken[1]!;
  const verb = w.startsWith('كاين')
    ? undefined
    : DARIJA_PREFIXES.find(([p, min]) => w.startsWith(p) && w.length - p.length >= min);
  if (verb) {
    // The plural ending of a conjugated verb: كتحلو (you open) is حل, not the حلو of "nice".
    w = w.slice(verb[0].length);
    if (w.endsWith('و') && w.length >= 3) w = w.slice(0, -1);
    // The ش of a negation whose ما stands apart: ما كيتنفسش.
    else if (w.endsWith('ش') && w.length >= 4) w = w.slice(0, -1);
    return stripSuffix(w, ARABIC_SUFFIXES);
  }
  // Suffix first: in "كلبين" (two dogs) the ك is the word's own letter, not the prefix "like".
  w = stripSuffix(w, ARABIC_SUFFIXES);
  // A clitic is not taken off when what remains is one letter and the plural ات: بغات (Darija "she wants"), لغات
  // (languages) and بنات (girls) would all be one more letter and ات, and so meet each other. Not ين, ون, ان: a word
  // of three letters often ends so ("بعيني", in my eye, is عين; "بلون", in a colour, is لون).
  const prefix = ARABIC_PREFIXES.find(
    (p) => w.startsWith(p) && w.length - p.length >= 3 && !/^.ات$/.test(w.slice(p.length)),
  );
  return prefix ? w.slice(prefix.length) : w;
}

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** Light stem of one normalised word; Arabic-script words always use the Arabic rules. */
export function stem(word: string, language?: string): string {
  if (ARABIC_SCRIPT.test(word)) return stemArabic(word);
  if (/^\d+$/.test(word)) return word;
  switch (language) {
    case 'en':
      return stemEnglish(word);
    case 'fr':
      return stemFrench(word);
    case 'es':
      return romance(word, SPANISH);
    case 'ca':
      return romance(word, CATALAN, CATALAN_PLURALS);
    case 'pt':
      return romance(word, PORTUGUESE);
    case 'it':
      return romance(word, ITALIAN);
    case 'de':
      return stemGerman(word);
    case 'ar':
      return arabiziKey(word);
    default:
      return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  }
}
