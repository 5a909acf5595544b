/**
 * Turns text into the units retrieval compares (domain/unit-index.ts). A
 * unit is one thing the text says, with every term that may stand for it:
 * the word's stem in each language it may be in, its typo correction (at a
 * lower weight), and the concepts of the lexicon it belongs to. "aparcar"
 * in a Catalan question becomes { aparc, #parking }, and so does
 * "aparcamiento" in a Spanish answer: they meet on #parking, and on the
 * shared stem for free where languages share a word.
 *
 * A phrase that forms one concept ("how much", "fa mal", "gift card") is one
 * unit, even when its words are stopwords on their own.
 */
import {
  conceptsOfWord,
  conceptTerm,
  conceptWords,
  DEVICE_CONCEPTS,
  findConcepts,
  isConceptTerm,
  OFFERING_CONCEPTS,
} from './lexicon/concepts.js';
import { matchPhrases, type Phrase, type PhraseMatch, prepareWords } from './lexicon/phrases.js';
import { glossaryTerm } from './glossary.js';
import type { Vocabulary } from './fuzzy.js';
import { TEXT_LANGUAGES, type TextLanguage } from './languages.js';
import { expandedWords, isArabicScript, isContentWord, isStopword, normalise } from './text.js';
import { foldGerman, stem } from './stem.js';
import { arabiziKey } from './arabizi.js';
import { clauseOfWords } from './clauses.js';
import { isCalendarName, isPartOfDay } from './dates.js';
import { ARTICLES, MINE } from './determiners.js';
import { cognateKey } from './cognates.js';
import { isCommonWord } from './lexicon/common-words.js';
import type { Concept } from './lexicon/concepts.js';

/**
 * Concepts that frame a question rather than say what it is about ("do you
 * do …?", "vocês fazem …?"): they join a content word's unit but never
 * stand alone, or "do you do veneers?" would be half about "services".
 */
const FRAME_CONCEPTS = new Set<string>(['services']);

/** A number says nothing retrieval can use ("I'm 42", "at 5"); days are read by domain/dates.ts. */
const isNumber = (word: string) => /^\d+$/.test(word);

/** term → weight (1 for the word itself and its concepts, less for a typo correction). */
export type Unit = ReadonlyMap<string, number>;

/** Weight of a term reached through a typo correction, by edit distance. */
const CORRECTION_WEIGHT = [1, 0.8, 0.65];
/** A concept is good evidence, a little weaker than the word itself (two words may share a concept loosely). */
export const CONCEPT_WEIGHT = 0.9;
/** A name of the business's own glossary (domain/glossary.ts): the owner's translation, as good as a concept's. */
const GLOSSARY_WEIGHT = 0.9;
/** A cognate key (domain/cognates.ts) is weak evidence: words meet on it by chance too. */
const COGNATE_WEIGHT = 0.6;

export interface Analysis {
  /** Normalised words, chat shorthand spelt out. */
  words: string[];
  /** `words` with typos corrected towards the vocabulary (same positions). */
  corrected: string[];
  /** Positions whose word was corrected, with the edit distance. */
  corrections: Map<number, number>;
  languages: readonly TextLanguage[];
  concepts: PhraseMatch<Concept>[];
  units: Unit[];
  /** The word positions each unit stands for (same order as `units`). */
  positions: number[][];
  /** Positions of content words (not stopwords), which a good answer should explain. */
  content: number[];
  /**
   * Units (positions in `units`) that are one everyday word of the text's
   * language and raise no concept ("nervt", "kinda", "rovinato"): if the
   * business never wrote them, they are filler, not a topic it does not cover.
   */
  everyday: ReadonlySet<number>;
}

/**
 * Spanish and Portuguese verbs in -ger and -gir write "j" before "o" and "a": "recojo", "recoja" are "recoger",
 * "protejo" is "proteger", "corrijo" "corrigir". The stem with "g" as well, so "si no recojo la bici" meets
 * "bicis que no se recogen".
 */
function softenedStem(word: string, language: TextLanguage): string | undefined {
  if ((language !== 'es' && language !== 'pt') || !/j(?:o|a|as|an|am|amos)$/.test(word)) return undefined;
  const term = stem(word, language);
  return term.endsWith('j') ? `${term.slice(0, -1)}g` : undefined;
}

function termOf(word: string, language: TextLanguage): string {
  return language === 'ar' && !/[\u0600-\u06ff]/.test(word) ? arabiziKey(word) : stem(word, language);
}

export interface AnalyseOptions {
  /** The languages the text may be in; the first decides stopwords and shorthand when `primary` is unset. */
  languages: readonly TextLanguage[];
  /** The language the text is known to be in, if any. */
  primary?: TextLanguage | undefined;
  /** Known words to correct typos towards (queries only). */
  vocabulary?: Vocabulary | undefined;
  /** The business's own glossary (domain/glossary.ts): its names in each of its languages. */
  glossary?: readonly Phrase<string>[] | undefined;
}

/** Whether a phrase of the lexicon is the words as written (a `*` prefix phrase counts as written). */
function literal(source: string, span: readonly string[], language?: TextLanguage): boolean {
  if (source.includes('*')) return true;
  // German is compared as it is typed without umlauts (phrases.ts).
  if (language === 'de') {
    const fold = (s: string) => s.split(' ').map(foldGerman).join(' ');
    return literal(fold(normalise(source.replace(/[~=]/g, ''))), span.map(foldGerman));
  }
  const written = normalise(source.replace(/^~/, '').replace(/=/g, ''));
  if (written === span.join(' ')) return true;
  // The one word a phrase lets in between its own ("I've literally just come on"; phrases.ts).
  return span.some((_, i) => i > 0 && i < span.length - 1 && written === span.filter((_w, j) => j !== i).join(' '));
}

/**
 * Concepts whose phrases hold a word of another concept that the phrase
 * does not mean: an email address is a contact, not where the business is
 * ("indirizzo email", "adresse mail"); a gift card is no way of paying
 * ("targeta regal", "carte cadeau"); coming "por la tarde" is no being late;
 * "anything close?", "close by" is near, not a closing time.
 * Inside a longer phrase of the key, a
 * match of a listed concept is dropped. Only these pairs: in general the
 * inner concept still says something ("esterilizar" inside a phrase about
 * time stays neutering).
 */
const SHADOWS: Readonly<Record<string, readonly string[]>> = {
  // The afternoon and the noon prayer in Arabic ("بعد الضهر", "صلاة الظهر") are no back (ظهر).
  afternoon: ['late', 'back'],
  // Working until late ("laburo hasta tarde", "I work late") says when the customer is busy, not that they will be late.
  workingLate: ['late'],
  prayerRoom: ['back'],
  // Coming out with someone ("my parents are coming out with us in July") is company, nothing falling out.
  companion: ['fallOut'],
  contact: ['location'],
  location: ['opening'],
  // A meeting point ("point de rendez-vous", "point de rdv") is a place, no appointment to book.
  meetingPoint: ['booking'],
  // A room closed to others ("une cabine fermée") is privacy, not the business closed.
  privateRoom: ['opening'],
  // A gift voucher is no way of paying, nor a deal: the Portuguese "vale-oferta" (a gift voucher) holds "oferta",
  // which is an offer, a deal, elsewhere.
  giftCard: ['payment', 'discount'],
  // A price "por cabeça", "pro Kopf", "a testa" is per person, no head.
  perPerson: ['head'],
  // Contact lenses ("lenti a contatto", "lentes de contacto") are no way of reaching the business.
  contactLenses: ['contact'],
  // A diving card ("carte de plongée", "tarjeta de buceo") is no bank card and no menu.
  diveCard: ['payment', 'services'],
  // A picnic ("pique-nique") is eating, no sting or pain ("ça pique").
  eat: ['pain'],
  past: ['lasting'],
  // "How much weight can I lose?" asks about a diet, not a price.
  diet: ['price'],
  // The phone as the thing repaired, bought or sold ("my phone's screen is cracked", "vous rachetez les téléphones
  // d'occasion ?", "il telefono non si accende") is no phone number; "numéro de téléphone" still is.
  ...Object.fromEntries(DEVICE_CONCEPTS.map((concept) => [concept, ['contact']])),
  // Reselling one's own phone ("revendre mon téléphone", "rivendere il mio iPhone") is no buying to resell.
  usedDevices: ['contact', 'wholesale'],
};

/**
 * Words of changing or of room that take an object: changing the battery,
 * the tyres or the hair colour ("cambiar la batería", "trocar os pneus",
 * "change my frames") is no moving of an appointment, and room to park
 * ("hay sitio para aparcar?", "avete posto per parcheggiare?") is no free
 * slot. The object is the next concept, after at most two function words.
 */
const roomFor = (object: string) => object === 'parking' || object === 'accessibility';
const TAKES_OBJECT: Readonly<Record<string, (object: string) => boolean>> = {
  reschedule: (object) =>
    (OFFERING_CONCEPTS.has(object as Concept) || THINGS.has(object)) && !APPOINTMENT_MATTERS.has(object),
  booking: roomFor,
  // The intent cue of booking takes the same objects (responders/offline/intents.ts).
  bookingAct: roomFor,
  // Closing a thing that is not the business ("si cierran los remontes", "quan tanquen els remuntadors", "if the
  // lifts close") is no opening hours.
  opening: (object) => CLOSED_THINGS.has(object),
};
/** Things other than the business that open and close: the ski lifts. */
const CLOSED_THINGS: ReadonlySet<string> = new Set(['skiLift']);
/** Things a customer has that are changed, not offerings: hearing-aid batteries, glasses, the hair. */
const THINGS: ReadonlySet<string> = new Set([
  'batteries',
  'hearingAid',
  'glasses',
  'frames',
  'contactLenses',
  'insoles',
]);
/** Offerings that are about the appointment itself: "change the deposit", "move the cancellation" stay rules of it. */
const APPOINTMENT_MATTERS: ReadonlySet<string> = new Set(['cancel', 'notice', 'deposit', 'payment', 'walkIn']);

export function takesObject(
  match: PhraseMatch<string>,
  found: readonly PhraseMatch<string>[],
  words: readonly string[],
): boolean {
  const rule = TAKES_OBJECT[match.key];
  if (!rule) return false;
  const next = found
    .filter((m) => m.start >= match.end && m.start - match.end <= 2)
    .sort((a, b) => a.start - b.start)[0];
  if (!next || !rule(next.key)) return false;
  return words.slice(match.end, next.start).every((w) => isStopword(w, match.language));
}

/**
 * Verbs of changing that move an appointment only when no other thing is
 * changed: "can I change it to Friday?", "cambiar la cita", but not
 * "cambiar la batería", "trocar as olivas", "changer les filtres".
 */
const CHANGE_VERBS: ReadonlySet<string> = new Set(
  'move change swap cambi* mover changer modifier cambiare andern canvi* moure mudar alterar trocar'.split(' '),
);
/** What opens the thing changed: an article, "my", German articles, "of" ("cambio de aceite"). */
const OPENS_OBJECT: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...MINE,
  'die',
  'den',
  'das',
  'der',
  'dem',
  'de',
  'di',
  'of',
]);
/** Words of an appointment's time and of a session: what changing one moves (the booking concept names the rest). */
const TIME_NOUNS: ReadonlySet<string> = new Set(
  (
    'time times day date hour session class lesson dia hora fecha horario sesion clase consulta ' +
    'jour heure horaire seance cours giorno ora data orario seduta lezione tag uhrzeit datum zeit stunde ' +
    'sessao aula horari sessio classe'
  ).split(' '),
);

/** A count before "hours": "72 hours", "a few hours" measure a time, not the opening hours. */
const HOUR_COUNTS = /^(?:\d+|a|one|two|three|four|five|six|few|couple|several|many|24h|48h)$/;

/** "Within 72 hours", "the 48-hour rule": the word "hours" counted is a duration, not when the business opens. */
function countedHours(match: PhraseMatch<string>, words: readonly string[]): boolean {
  if (match.key !== 'opening' || match.end - match.start !== 1 || !/^hours?$/.test(words[match.start]!)) return false;
  return HOUR_COUNTS.test(words[match.start - 1] ?? '');
}

/** The business's times that a customer has too: "on my lunch break", "pendant ma pause déjeuner". */
const OWN_TIMES: ReadonlySet<string> = new Set(['opening', 'lunchBreak']);

/** "Can I grab him on my lunch break?": the customer's own break is no question about when the business closes. */
const ownTime = (match: PhraseMatch<string>, words: readonly string[]) =>
  OWN_TIMES.has(match.key) && MINE.has(words[match.start - 1] ?? '');

/** "After" in every language the concept tables read, as one word. */
const AFTER = new Set(['after', 'despues', 'apres', 'dopo', 'nach', 'despres', 'depois', 'بعد', 'ba3d']);
/** Articles and prepositions between "after" and the time: "después de las 6", "nach der Arbeit". */
const AFTER_FILLER = new Set(['de', 'las', 'la', 'der', 'dem', 'the', 'le', 'les', 'il', 'do', 'da', 'el', 'a']);
/** What follows "after" in a time of day: a number, a time of day, work or school ("after 5", "after work"). */
const TIME_AFTER =
  /^(?:\d.*|noon|midday|lunch|work|school|class|mediodia|comer|trabajo|trabajar|midi|travail|pranzo|lavoro|scuola|mittag|arbeit|feierabend|schule|dinar|feina|almoco|trabalho|escola|العصر|الظهر|الدوام|المغرب)$/;
/** A unit of time after a number: "after 12 hours", "después de 2 semanas" count how long, not a time of day. */
const DURATION_UNIT =
  /^(?:hours?|hrs?|days?|weeks?|months?|years?|minutes?|mins?|horas?|dias|semanas?|meses|mes|heures?|jours?|semaines?|mois|ore|giorni|settimane|mesi|stunden?|tagen?|wochen?|monaten?|hores|dies|setmanes|mesos|ساعات|ساعه|ايام|يوم|اسابيع|اسبوع|شهور|شهر)$/;

/** "After 5", "después de las 6", "nach der Arbeit": a time of the day, not what follows a treatment. */
function timeAfter(match: PhraseMatch<string>, words: readonly string[]): boolean {
  if (match.key !== 'aftercare' || match.end - match.start !== 1 || !AFTER.has(words[match.start]!)) return false;
  const [first, second] = words.slice(match.end, match.end + 3).filter((w) => !AFTER_FILLER.has(w));
  return !DURATION_UNIT.test(second ?? '') && TIME_AFTER.test(first ?? '');
}

/**
 * Arabic ظهر is the back and noon: after a figure it is the hour ("من 2 ظهراً حتى 12", "الساعة 12 الظهر"), no
 * back. A business's hours written so made every text of its hours an answer about backs.
 */
const hourAtNoon = (match: PhraseMatch<string>, words: readonly string[]) =>
  match.key === 'back' &&
  match.end - match.start === 1 &&
  match.language === 'ar' &&
  /\d/.test(words[match.start - 1] ?? '');

/**
 * Feet after a figure ("6 feet 1", "5 foot 8"), or after a number said in words when a height goes on ("six feet
 * tall", "five foot eight"): a measure, no foot. "My two feet are swollen" is two feet.
 */
const FEET = /^(?:feet|foot|ft)$/;
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven)$/;
const HEIGHT_GOES_ON = /^(?:\d.*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|tall|inch|inches|in)$/;
const inFeet = (words: readonly string[], i: number) =>
  FEET.test(words[i] ?? '') &&
  (/^\d/.test(words[i - 1] ?? '') || (NUMBER_WORD.test(words[i - 1] ?? '') && HEIGHT_GOES_ON.test(words[i + 1] ?? '')));
const measuredInFeet = (match: PhraseMatch<string>, words: readonly string[]) =>
  match.key === 'ankle' && match.end - match.start === 1 && inFeet(words, match.start);

/** A person's height in feet ("I am 6 feet 1 inch and 112 kg", "he's 5 foot 8"): the concept `bodyHeight`. */
function heightsInFeet(words: readonly string[], language: TextLanguage): PhraseMatch<string>[] {
  return words.flatMap((word, i) =>
    inFeet(words, i) ? [{ key: 'bodyHeight', language, start: i, end: i + 1, weight: 1, source: word }] : [],
  );
}

/** A change verb whose object is another thing than the appointment (see CHANGE_VERBS). */
function changesAThing(match: PhraseMatch<string>, found: readonly PhraseMatch<string>[], words: readonly string[]) {
  if (match.key !== 'reschedule' || !CHANGE_VERBS.has(match.source)) return false;
  if (!OPENS_OBJECT.has(words[match.end] ?? '')) return false;
  const object = words.slice(match.end + 1, match.end + 4);
  const noun = object.find((w) => !OPENS_OBJECT.has(w));
  if (noun === undefined) return false;
  const appointment = found.some((m) => m.key === 'booking' && m.start > match.end && m.start <= match.end + 3);
  // A time named after it moves the appointment the thing stands for ("change my 5pm massage to 6pm",
  // "move my lens check from the 10th to next week").
  const timed = words.slice(match.end, match.end + 9).some((w) => /\d/.test(w) || isCalendarName(w));
  return !appointment && !timed && !object.some((w) => TIME_NOUNS.has(w));
}

/**
 * The words of a phone that are also a phone number's (the contact concept's "phone", "téléphone", "telefono",
 * "cellulare", "Handy", "telefone", Arabic "تلفون", "هاتف", Arabizi "tilifoun"), normalised; German "Telefon" is a landline.
 */
const PHONE_WORDS =
  /^(?:phones?|telephones?|telefon[oi]s?|telefones?|cellulari?|handys?|t[ie]l[ie]f(?:ou?|u)ne?|(?:ال)?(?:تلفو|تليفو|هاتف)\S*)$/;
const DEVICE_SET: ReadonlySet<string> = new Set(DEVICE_CONCEPTS);

/**
 * A phone word that a device's concept follows closely (at most two words between) or ends just before, names
 * the phone itself: "mon téléphone ne charge plus", "il telefono non si accende", "ho il cellulare rotto", "la
 * pantalla del teléfono rota". Not a phone number, which "numéro de téléphone", "phone number" (a phrase of its
 * own) and "vi chiamo al telefono" (no device's concept) still are. A device's phrase that holds the word ("phone
 * repair", "téléphones d'occasion") shadows it too (SHADOWS).
 */
function namesTheDevice(match: PhraseMatch<string>, found: readonly PhraseMatch<string>[], words: readonly string[]) {
  if (match.key !== 'contact' || match.end - match.start !== 1 || !PHONE_WORDS.test(words[match.start] ?? '')) {
    return false;
  }
  return found.some(
    (m) =>
      DEVICE_SET.has(m.key) &&
      ((m.start >= match.end && m.start - match.end <= 2) || (m.end <= match.start && match.start - m.end <= 1)),
  );
}

/** A son or a daughter, as the customer names one of their own. */
const KIN_WORD =
  /^(?:sons?|daughters?|kids?|hij[oa]s?|fill[ae]s?|fills|filh[oa]s?|figli[oa]?|figlie|sohne?|tochter|tochtern|fils|filles?|ابني|بنتي|ولدي|wldi|bnti)$/;
/** Years of age after a number ("19 anos", "22 years", "19 yo", "30 ans", "20 سنة"). */
const YEARS_WORD = /^(?:years?|yrs?|yo|anos?|anys|ans|anni|jahren?|سن\S*|عام\S*|snin|sna)$/;
/** How far (in words) from the son or daughter their age is still theirs. */
const AGE_REACH = 5;

/**
 * A son or a daughter said to be of age ("a minha filha tem 19 anos", "my son is 22 years old"): a grown-up,
 * not the child the business's entries about children mean.
 */
function adultChild(match: PhraseMatch<string>, words: readonly string[]): boolean {
  if (match.key !== 'children' || match.end - match.start !== 1 || !KIN_WORD.test(words[match.start] ?? '')) {
    return false;
  }
  for (let i = Math.max(0, match.start - AGE_REACH); i < Math.min(words.length, match.end + AGE_REACH); i++) {
    const age = /^\d{2}$/.test(words[i] ?? '') ? Number(words[i]) : 0;
    if (age >= 18 && YEARS_WORD.test(words[i + 1] ?? '')) return true;
  }
  return false;
}

/**
 * An age of 18 or more said in years ("tinc 45 anys", "I'm 52 years old", "j'ai 40 ans"): whoever it is said of is
 * a grown-up, what the entries for adults (adult beginners, adult classes) are about. Only as the number and its
 * years word: "45 minutes", "18 months" say no age.
 */
function grownUpAges(words: readonly string[], language: TextLanguage): PhraseMatch<string>[] {
  const found: PhraseMatch<string>[] = [];
  words.forEach((word, i) => {
    const age = /^\d{2}$/.test(word) ? Number(word) : 0;
    if (age >= 18 && YEARS_WORD.test(words[i + 1] ?? '')) {
      found.push({ key: 'adults', language, start: i, end: i + 2, weight: 1, source: `${word} ${words[i + 1]}` });
    }
  });
  return found;
}

/**
 * A length written in figures as one word: "1h30", "2h", "2hr", "3hrs", "90min", "45mins". Hours from one to four
 * only, and not after a word that introduces a time of day ("à 2h", "at 3h", "um 2h", "alle 2h"): "17h30" and
 * "à 9h" are times, not lengths.
 */
const LENGTH_IN_FIGURES = /^(?:([1-4])(?:h|hr|hrs|hs|std)(?:[0-5]\d)?|\d{2,3}(?:min|mins|mn))$/;
const TIME_OF_DAY_BEFORE =
  /^(?:a|at|um|alle|as|les|vers|sobre|cap|hacia|verso|gegen|ab|from|till|until|desde|hasta|fins|ate|jusqu|bis|to)$/;

function lengthsInFigures(words: readonly string[], language: TextLanguage): PhraseMatch<string>[] {
  const found: PhraseMatch<string>[] = [];
  words.forEach((word, i) => {
    const before = words[i - 1] ?? '';
    // English "a" is an article ("a 2hr session"); elsewhere "a", "à" introduce a time ("a las 2h", "à 2h").
    if (!LENGTH_IN_FIGURES.test(word) || (TIME_OF_DAY_BEFORE.test(before) && !(language === 'en' && before === 'a')))
      return;
    found.push({ key: 'duration', language, start: i, end: i + 1, weight: 1, source: word });
  });
  return found;
}

/** Words for young people that are also said to grown-ups: "ciao ragazzi" (hi guys), "la mia ragazza" (my girlfriend). */
const ADDRESSED_YOUNG = /^(?:ragazz[aoie]|chaval(?:es|a)?)$/;
/** What may stand before such a word when it addresses the reader: a greeting. */
const GREETING_BEFORE = /^(?:ciao|salve|buongiorno|buonasera|ehi|ehila|hey|hola|buenas|ola|oi|hi|hello)$/;

/**
 * A word for young people said to the business as "guys" ("ciao ragazzi, …", "raga" at the start, "hola
 * chavales") or of the customer's partner ("la mia ragazza", "il mio ragazzo"): no child the entries for children
 * are about. The same word asked about ("corsi per ragazzi?") still is.
 */
function addressedNotChild(match: PhraseMatch<string>, words: readonly string[]): boolean {
  if (match.key !== 'children' || match.end - match.start !== 1 || !ADDRESSED_YOUNG.test(words[match.start] ?? '')) {
    return false;
  }
  const before = words[match.start - 1];
  return before === undefined || GREETING_BEFORE.test(before) || before === 'mia' || before === 'mio';
}

function shadowed(match: PhraseMatch<string>, found: readonly PhraseMatch<string>[]): boolean {
  return found.some(
    (m) =>
      SHADOWS[m.key]?.includes(match.key) === true &&
      m.start <= match.start &&
      m.end >= match.end &&
      m.end - m.start > match.end - match.start,
  );
}

const NO_NAMES: ReadonlySet<string> = new Set();

const range = (start: number, end: number) => Array.from({ length: end - start }, (_, k) => start + k);

/** What may end a clause (clauses.ts): a text without any is one clause. */
const BREAK = /[.?!؟;…\n\p{Extended_Pictographic}]/u;

/**
 * Words written with a capital inside a sentence, after a word in small letters: the names of places and people
 * a customer tells ("je vous écris depuis Anvers", "wonen sinds kort in Puçol"), which are spelt as they are and
 * never a typo for a word of the business ("Anvers" is not German "ändern"). German writes every noun so, and
 * is left out by the caller.
 */
function namesInside(text: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<=\p{Ll}[,;]?\s+)\p{Lu}\p{Ll}+/gu)) names.add(normalise(m[0]));
  return names;
}

/** The Arabic words of the concept lexicon as written, each with and without its article. */
let arabicWords: ReadonlySet<string> | undefined;
function knownArabic(noun: string, vocabulary?: Vocabulary): boolean {
  if (!arabicWords) {
    const words = new Set<string>();
    for (const word of conceptWords('ar', 3)) {
      if (!isArabicScript(word)) continue;
      const bare = word.startsWith('ال') ? word.slice(2) : word;
      if (bare.length >= 3) words.add(bare).add(`ال${bare}`);
    }
    arabicWords = words;
  }
  return arabicWords.has(noun) || (vocabulary?.knowsStem(stem(noun, 'ar')) ?? false);
}

/**
 * The Levant's "عال" (على + the article, "on the", "to the") glued to its noun: "عالدرس" (to the lesson),
 * "عالموعد" (to the appointment) are read as the noun with its article. Only when what follows is a word the
 * lexicon or the business knows: "عالم" (world), "عالمية" (worldwide), "عالية" (high), "عالجت" (I treated) stay whole.
 */
export function unglueArabicOn(words: readonly string[], vocabulary?: Vocabulary): string[] {
  return words.map((word) => {
    // عالمي, عالمية (worldwide) are the adjective of عالم, world, not "to the water" (الميه).
    if (!word.startsWith('عال') || word.length < 6 || word.startsWith('عالمي')) return word;
    const noun = `ال${word.slice(3)}`;
    // A phrase the lexicon holds glued ("عالريق", on an empty stomach) is read as written.
    return knownArabic(noun, vocabulary) && !knownArabic(word) ? noun : word;
  });
}

/**
 * Whether a word is one of `language`'s own: a word of its lexicon's phrases, an everyday word of it, one of its
 * function words.
 */
function ownLanguageWord(word: string, language: TextLanguage): boolean {
  const folded = language === 'de' ? foldGerman(word) : word;
  return (
    conceptsOfWord(language, word).size > 0 ||
    conceptsOfWord(language, folded).size > 0 ||
    isCommonWord(word, language) ||
    isStopword(word, language)
  );
}

/** Units of a text: what retrieval indexes (a business's text) or looks for (a customer's message). */
export function analyse(text: string, options: AnalyseOptions): Analysis {
  const languages = options.languages.length > 0 ? options.languages : TEXT_LANGUAGES;
  const primary = options.primary;
  const words = unglueArabicOn(expandedWords(text, primary), options.vocabulary);
  const stop = (word: string) =>
    primary ? isStopword(word, primary) : languages.some((language) => isStopword(word, language));
  const common = words.map((word) =>
    primary ? isCommonWord(word, primary) : languages.some((language) => isCommonWord(word, language)),
  );
  const corrections = new Map<number, number>();
  // Concepts in the words as written; in a language other than the
  // text's, a concept may not claim the text's own function words (Spanish "son" is not a son).
  const prepared = prepareWords(words, languages);
  const found = [...findConcepts(prepared)];
  // A word a concept holds as written is spelt right: "aparcar" is parking, not a typo for "apartar" (to book).
  const held = (i: number) => found.some((m) => m.start <= i && i < m.end && !isStopword(words[i]!, m.language));
  // An everyday word is spelt right: "un montón" is a lot, not a typo for "mentón" (the chin); so is the name of
  // a month or a day: Italian "marzo" is March, not Spanish "mareo" (dizziness); and a part of the day: Italian
  // "mattina" is the morning, not English "matting".
  const vocabulary = options.vocabulary;
  const names = vocabulary && primary !== 'de' ? namesInside(text) : NO_NAMES;
  const corrected = words.map((word, i) => {
    if (
      !vocabulary ||
      stop(word) ||
      !isContentWord(word, primary) ||
      common[i] ||
      isCalendarName(word) ||
      isPartOfDay(word) ||
      held(i) ||
      names.has(word)
    ) {
      return word;
    }
    const fix = vocabulary.correct(word);
    if (!fix) return word;
    // A form of a word the business wrote ("firmo" beside "firmato") is spelt right (asked only of a word that
    // has a correction: stemming every word in every language is the costlier test).
    if (languages.some((language) => vocabulary.knowsStem(stem(word, language)))) return word;
    corrections.set(i, fix.distance);
    return fix.word;
  });
  // Concepts in the words as corrected too.
  // A concept the words show as written owes nothing to a typo correction, whatever the correction says.
  const asWritten = new Set(found);
  if (corrections.size > 0) {
    for (const match of findConcepts(prepareWords(corrected, languages))) {
      if (!found.some((m) => m.key === match.key && m.start === match.start)) found.push(match);
    }
  }
  // A phrase is said within a clause: "…une semaine avant ? et après la course…" says no "avant et après" (photos).
  // Its function words may stand across the break: "what do I pack for her?? bed, toys" still names her bed. Read
  // in a customer's message (the one read with a vocabulary to correct towards): a business's texts are indexed
  // whole, and cutting each into clauses made a fresh instance's first reply 18% slower.
  const clauseOf =
    vocabulary && found.some((m) => m.end - m.start > 1) && BREAK.test(text) ? clauseOfWords(text, primary) : [];
  const straddles = (m: PhraseMatch<string>) => {
    if (clauseOf.length === 0) return false;
    const held = range(m.start, m.end).filter((p) => !isStopword(words[p]!, m.language));
    return held.length > 1 && clauseOf[held[0]!] !== clauseOf[held[held.length - 1]!];
  };
  // A word the text's own language holds as written, in a concept of its own, is that word: Catalan "fill" is a
  // son, not English "filling" reached through their shared stem.
  const ownWord = (match: PhraseMatch<string>) =>
    primary !== undefined &&
    match.language !== primary &&
    match.end - match.start === 1 &&
    !literal(match.source, words.slice(match.start, match.end)) &&
    found.some(
      (m) =>
        m.key !== match.key &&
        m.language === primary &&
        m.start === match.start &&
        m.end === match.end &&
        literal(m.source, words.slice(m.start, m.end)),
    );
  // A phrase of another language than the text's is that language's words, as written: a stem of one language
  // is a word of another ("should I grab some earplugs" is no Spanish "grabar", to record; Catalan "les sales",
  // the rooms, no English sale), and so is a word of the text's own language ("quiero rentar el cuarto", Mexican
  // to rent, is no Catalan "rentar", to wash) unless the text's language means the same by it. Only when the text's
  // language is known; Arabic (its script and its Arabizi skeletons) is compared as its phrases are.
  const foreign = (match: PhraseMatch<Concept>) => {
    if (!primary || match.language === primary || match.language === 'ar') return false;
    const span = (asWritten.has(match) ? words : corrected).slice(match.start, match.end);
    if (span.some((w) => isArabicScript(w))) return false;
    // A stem of another language meets a word of the text's own ("grab", "sales"); a word the text's language
    // does not know ("a CNSS reembolsa?" read as English) is still that other language's, by stem.
    if (!literal(match.source, span, match.language)) return span.every((w) => ownLanguageWord(w, primary));
    return (
      span.length === 1 &&
      !match.source.includes('*') &&
      ownLanguageWord(span[0]!, primary) &&
      !conceptsOfWord(primary, span[0]!).has(match.key)
    );
  };
  const concepts = found.filter((match) => {
    if (straddles(match) || ownWord(match) || foreign(match)) return false;
    if (shadowed(match, found) || takesObject(match, found, words) || changesAThing(match, found, words)) return false;
    if (namesTheDevice(match, found, words) || adultChild(match, words) || addressedNotChild(match, words))
      return false;
    if (countedHours(match, words) || timeAfter(match, words) || ownTime(match, words)) return false;
    if (hourAtNoon(match, words) || measuredInFeet(match, words)) return false;
    // A prefix names no month or day: "abr*" (abre, abrimos) is no "abril".
    if (match.source.endsWith('*') && range(match.start, match.end).some((p) => isCalendarName(words[p]!)))
      return false;
    // A question word inside a longer phrase of another concept means what the phrase means:
    // Darija "شحال من جلسة" asks how many sessions, not "شحال" (how much) the price. Arabic only:
    // in the Latin languages the inner concept still says something ("esterilizar" inside a
    // phrase about time stays neutering), and extending the rule lost answers on the eval splits.
    if (
      found.some(
        (m) =>
          m.key !== match.key &&
          m.start <= match.start &&
          m.end >= match.end &&
          m.end - m.start > match.end - match.start &&
          m.language === match.language &&
          match.language === 'ar',
      )
    )
      return false;
    const span = words.slice(match.start, match.end);
    // Function words match a concept only as written: "how much" is a price, but Portuguese "pelo"
    // (by the) is not "pelos" (hair), though the two share a stem.
    if (span.every((w) => isStopword(w, match.language)) && !literal(match.source, span)) return false;
    if (!primary || match.language === primary) return true;
    return !span.every((w) => isStopword(w, primary));
  });
  for (const length of lengthsInFigures(words, primary ?? languages[0]!)) {
    if (!concepts.some((m) => m.key === length.key && m.start === length.start))
      concepts.push(length as (typeof concepts)[number]);
  }
  for (const height of heightsInFeet(words, primary ?? languages[0]!)) {
    if (!concepts.some((m) => m.key === height.key && m.start === height.start))
      concepts.push(height as (typeof concepts)[number]);
  }
  for (const age of grownUpAges(words, primary ?? languages[0]!)) {
    if (!concepts.some((m) => m.key === age.key && m.start === age.start))
      concepts.push(age as (typeof concepts)[number]);
  }

  // One unit per content word; a concept adds its term to the units of its
  // words, or, over words that are all stopwords ("how much", "fa mal"),
  // becomes a unit of its own.
  const unitAt = new Map<number, Map<string, number>>();
  const content: number[] = [];
  words.forEach((word, i) => {
    if (stop(word) || !isContentWord(word, primary) || isNumber(word)) return;
    content.push(i);
    const unit = new Map<string, number>();
    for (const language of languages) {
      unit.set(termOf(word, language), 1);
      const softened = softenedStem(word, language);
      if (softened) unit.set(softened, 1);
    }
    const cognate = cognateKey(word);
    if (cognate) unit.set(cognate, COGNATE_WEIGHT);
    const distance = corrections.get(i);
    if (distance !== undefined) {
      const weight = CORRECTION_WEIGHT[distance] ?? 0.5;
      for (const language of languages) {
        const term = termOf(corrected[i]!, language);
        if (!unit.has(term)) unit.set(term, weight);
      }
    }
    unitAt.set(i, unit);
  });
  const conceptOnly: { unit: Map<string, number>; positions: number[] }[] = [];
  for (const match of concepts) {
    const positions = Array.from({ length: match.end - match.start }, (_, k) => match.start + k);
    const weight = asWritten.has(match)
      ? CONCEPT_WEIGHT
      : CONCEPT_WEIGHT * Math.min(...positions.map((p) => CORRECTION_WEIGHT[corrections.get(p) ?? 0] ?? 0.5));
    const term = conceptTerm(match.key);
    const owners = positions.map((p) => unitAt.get(p)).filter((u): u is Map<string, number> => u !== undefined);
    if (owners.length === 0) {
      if (FRAME_CONCEPTS.has(match.key)) continue;
      // Words that are only a concept ("how many", "cada quan") have no word term to prefer: the concept is exact.
      const exact = weight / CONCEPT_WEIGHT;
      const same = conceptOnly.find((c) => c.positions.join() === positions.join());
      if (same) same.unit.set(term, Math.max(same.unit.get(term) ?? 0, exact));
      else conceptOnly.push({ unit: new Map([[term, exact]]), positions });
      continue;
    }
    for (const unit of owners) unit.set(term, Math.max(unit.get(term) ?? 0, weight));
  }
  // A name of the business's glossary joins the units of its words: "eye test" meets "examen de vue".
  for (const match of options.glossary ? matchPhrases(prepared, options.glossary) : []) {
    for (let p = match.start; p < match.end; p++) unitAt.get(p)?.set(glossaryTerm(match.key), GLOSSARY_WEIGHT);
  }
  const ordered = [...[...unitAt.entries()].map(([p, unit]) => ({ unit, positions: [p] })), ...conceptOnly].sort(
    (a, b) => a.positions[0]! - b.positions[0]!,
  );
  const units = ordered.map((o) => o.unit);
  const positions = ordered.map((o) => o.positions);
  const everyday = new Set(
    ordered.flatMap(({ unit, positions: [p, ...more] }, u) =>
      p !== undefined && more.length === 0 && ![...unit.keys()].some(isConceptTerm) && common[p] ? [u] : [],
    ),
  );
  return { words, corrected, corrections, languages, concepts, units, positions, content, everyday };
}

/**
 * Units of a short key text (a question, a title, a service name) that must
 * be findable even when every word is a stopword ("Can I stay?"): then each
 * word is a unit of its own.
 */
export function analyseKey(text: string, options: AnalyseOptions): Analysis {
  const analysis = analyse(text, options);
  if (analysis.units.length > 0) return analysis;
  const units = analysis.words.map((word): Unit => new Map(options.languages.map((l) => [termOf(word, l), 1])));
  return { ...analysis, units, positions: analysis.words.map((_, i) => [i]), everyday: new Set() };
}
