/**
 * Reads a customer's message once, for every later decision: which
 * language to answer in, which languages to read it in, what it is about
 * (retrieval over the business's content, concepts, days named) and what
 * it does (intent cues). Which of its words are small talk ("hi", "thanks")
 * and which carry the question is decided here too.
 */
import type { Business, LanguageCode } from '../../domain/business.js';
import { clauseOfWords, endsAsking, splitClauses } from '../../domain/clauses.js';
import { type DateReference, findDateReferences, namesADay } from '../../domain/dates.js';
import { englishGist } from '../../domain/foreign.js';
import { knowledgeIndex, type SearchResult, searchOptions } from '../../domain/knowledge-index.js';
import { detectLanguage, type LanguageGuess, signalLanguages } from '../../domain/language.js';
import { isTextLanguage, type TextLanguage } from '../../domain/languages.js';
import { conceptTerm, findConcepts, isConceptTerm, isOfferingTerm } from '../../domain/lexicon/concepts.js';
import { prepareWords } from '../../domain/lexicon/phrases.js';
import { expandedWords, isArabicScript } from '../../domain/text.js';
import type { ContactMemory } from '../responder.js';
import { classify, type Classification, type Intent } from './intents.js';

export interface Reading {
  guess: LanguageGuess;
  /** The language to answer in: one of the business's. */
  language: string;
  search: SearchResult;
  classification: Classification;
  concepts: ReadonlySet<string>;
  dates: DateReference[];
  /** A question mark or a question word: the customer asks rather than requests. */
  asks: boolean;
  /** A question mark, the surer sign of a question. */
  questionMark: boolean;
  /** The clause of each word position (domain/clauses.ts). */
  clauses: number[];
  /** Indices of the units (search.analysis.units) that carry the question, small talk left out. */
  content: number[];
  /**
   * Whether unit `u` is said in a clause that asks: in a message whose questions end with a question mark,
   * one that ends with one or requests; in any other message, every clause may be the question.
   */
  asked(u: number): boolean;
  has(intent: Intent): boolean;
  /** Indices of the units holding a concept. */
  unitsWith(...concepts: string[]): number[];
  /** The question is a short one about what was told around it ("does osteopathy help with this?"). */
  aboutStory: boolean;
  /** Whether clause `c` asks: in a message whose questions end with a question mark, one that does or requests. */
  asksIn(clause: number): boolean;
}

/** A guess this sure decides the language; below it, the contact's language wins. */
const SURE = 0.5;
/** A listed language with less than this share of the evidence of the best one is no reading of the message. */
const FAINT = 0.4;
/** A guess this weak, of a language the business does not list, loses to a listed one with comparable evidence. */
const WEAK = 0.4;
/** A message of at most so many words is too short for detection to be trusted over the lexicon (see read). */
const SHORT_WORDS = 3;

/** Languages that share most of their words and spelling: a guess of one may be the other. */
const FAMILIES: readonly (readonly string[])[] = [
  ['es', 'ca', 'pt', 'fr', 'it'],
  ['en', 'de'],
];
const kindred = (a: string | undefined, b: string) =>
  a !== undefined && FAMILIES.some((family) => family.includes(a) && family.includes(b));

/**
 * The detected language if the business speaks it and the guess is sure
 * (or we know nothing better); else the contact's language; else the
 * business language the message looks most like; a customer writing in a
 * language the business does not list gets English if it does, else its
 * default language.
 */
export function chooseLanguage(
  guess: LanguageGuess,
  contact: ContactMemory,
  languages: readonly LanguageCode[],
): string {
  const supported = (l: string | undefined): l is string => l !== undefined && languages.includes(l);
  if (supported(guess.language) && (guess.confidence >= SURE || !supported(contact.language))) return guess.language;
  if (supported(contact.language)) return contact.language;
  // A language Frontdesk does not read (Dutch, Turkish, Russian…): English if the business lists it, else its default.
  const international = languages.includes('en') ? 'en' : (languages[0] ?? 'en');
  if (guess.other) return international;
  const scored = languages
    .filter(isTextLanguage)
    .map((l) => ({ l, score: guess.scores[l] }))
    .sort((a, b) => b.score - a.score);
  const listed = scored[0] && scored[0].score > 0 ? scored[0].l : undefined; // ties go to the business's earlier language
  if (guess.language && !supported(guess.language)) {
    // An unsure guess of a language the business does not list ("passam fatura c nif?" leans French on
    // "c") loses to a listed language the message also looks like: the business's languages are the prior.
    // Only a kindred language: an unsure Catalan guess may be Spanish, never German ("deu minuts tard").
    // Arabizi is written mixed with French ("ok d'accord merci khouya", "wakha merci bzaf"): an unsure guess of it
    // may be the customer's French.
    const mixed = guess.arabizi === true && guess.language === 'ar' && listed === 'fr';
    const weak =
      guess.confidence < WEAK &&
      (kindred(listed, guess.language) || mixed) &&
      guess.scores[listed ?? guess.language] >= 0.4 * guess.scores[guess.language];
    if (listed && weak) return listed;
    // A language the business does not speak: English if it does, else its default.
    return international;
  }
  // Undecided, but a language the business does not list has far more evidence than any it does
  // ("precio del tratamiento de keratina?" to a French and English salon: Spanish or Catalan, not French).
  const top = Math.max(...Object.values(guess.scores));
  if (listed && !guess.language && guess.scores[listed] < FAINT * top) return international;
  if (listed) return listed;
  // Some evidence, all of it for languages the business does not list ("hola!!" to a French and English hammam).
  if (Object.values(guess.scores).some((score) => score > 0)) return international;
  return languages[0] ?? 'en';
}

/** Cue languages: the message's own and English (mixed into every other), or all; the same as safety rules use. */
function cueLanguages(text: string): readonly TextLanguage[] {
  return signalLanguages(text);
}

const SMALL_TALK: readonly Intent[] = ['greeting', 'salam', 'thanks', 'goodbye', 'yes'];

/**
 * "phone number?", "parking?": too short for detection, which reads function
 * words, but the lexicon knows which of the business's languages its words
 * are in. The language whose phrases cover the most words, if only one does.
 */
export function lexiconLanguage(
  text: string,
  languages: readonly LanguageCode[],
  arabizi = false,
): TextLanguage | undefined {
  // Arabizi phrases match Latin words by their consonants ("hola" is "hala"): only when detection saw Arabizi.
  const arabic = isArabicScript(text) || arabizi;
  const listed = languages.filter(isTextLanguage).filter((l) => l !== 'ar' || arabic);
  if (listed.length < 2) return undefined;
  const words = expandedWords(text);
  const covered = new Map<TextLanguage, Set<number>>();
  const concepts = findConcepts(prepareWords(words, listed));
  for (const match of [...concepts, ...classify(words, listed, concepts).matches]) {
    const positions = covered.get(match.language) ?? new Set<number>();
    for (let p = match.start; p < match.end; p++) positions.add(p);
    covered.set(match.language, positions);
  }
  const ranked = [...covered].map(([l, ps]) => ({ l, n: ps.size })).sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  return first && first.n > (second?.n ?? 0) ? first.l : undefined;
}

/** Cues that ask for something without a question mark ("I'd like…", "book me…", "do you do…"). */
const ASKING_CUES: readonly Intent[] = ['request', 'bookingAct', 'question'];

/** Words that open a clause giving a reason: "because", and "porque"/"perché", which also ask why. */
export const BECAUSE: ReadonlySet<string> = new Set([
  'because',
  'cause',
  'cuz',
  'coz',
  'porque',
  'pq',
  'xq',
  'perche',
  'perque',
  'parce',
  'weil',
]);

/**
 * A question word that opens a clause after a question, where it gives the reason for it: "…ou é só pra
 * aprender? pq aí nem marco almoço", "…posso venire? perché ho il treno alle 5" tell why they ask, and
 * ask nothing more. Not a clause that ends with a question mark itself ("porque fecham cedo?").
 */
function givesReason(at: number, word: string, clauses: readonly number[], asking: ReadonlySet<number>): boolean {
  const clause = clauses[at] ?? 0;
  const opens = at === 0 || (clauses[at - 1] ?? 0) !== clause;
  return opens && BECAUSE.has(word) && !asking.has(clause) && [...asking].some((c) => c < clause);
}

/**
 * The clauses that ask, in a message whose questions end with a question mark: those that end with one, and
 * those that request or ask in words ("I'd like…", "do you do…"). Undefined when no clause ends with one: then
 * any clause may be the question.
 */
function askingClauses(
  text: string,
  clauses: readonly number[],
  classification: Classification,
): ReadonlySet<number> | undefined {
  const parts = splitClauses(text);
  if (!parts.some(endsAsking)) return undefined;
  const asking = new Set(parts.flatMap((part, i) => (endsAsking(part) ? [i] : [])));
  // A question word in a clause that ends with a full stop joins what it tells ("quando abro a boca").
  const tells = (clause: number) => /(?<!\d)[.!]\s*$/u.test(parts[clause] ?? '');
  for (const m of classification.matches) {
    if (!ASKING_CUES.includes(m.key)) continue;
    if (m.key === 'question' && givesReason(m.start, m.source, clauses, asking)) continue;
    for (let p = m.start; p < m.end; p++) {
      const clause = clauses[p] ?? 0;
      if (m.key !== 'question' || !tells(clause)) asking.add(clause);
    }
  }
  return asking;
}

/** Whether unit `u` is said in one of the asking clauses. */
const inClauses = (search: SearchResult, clauses: readonly number[], asking: ReadonlySet<number>, u: number) =>
  (search.analysis.positions[u] ?? []).some((p) => asking.has(clauses[p] ?? 0));

/**
 * Words after which Spanish and Portuguese "que" joins a clause instead of asking: a need ("tengo que cancelar",
 * "hay que pagar", "tenho que desmarcar") or a link ("ya que", "así que", "para que", "lo que"). Written without its
 * accent, "que" asks only on its own ("q hora abren").
 */
const QUE_JOINS = new Set(
  'tengo tienes tiene tenemos teneis tienen tenes tenia tenias teniamos tenian tendre tendras tendremos tendria hay habia habra tenho tens temos tem teem tinha tinhamos ya asi para lo'.split(
    ' ',
  ),
);

/** A question word that only joins a clause: "que" after a word of needing or linking. */
function joinsClause(m: { source: string; start: number }, words: readonly string[]): boolean {
  return m.source === 'que' && QUE_JOINS.has(words[m.start - 1] ?? '');
}

/**
 * The offerings the business never wrote about that the message asks
 * about. In a message whose questions end with a question mark, one named
 * only in a clause that tells rather than asks or requests ("dopo quanti
 * gg si tolgono i punti? ho tolto una cisti vicino al sopracciglio": an
 * eyebrow, not brow shaping) is context. One named by a frame ("do you do
 * …", search.askedFor) is always asked.
 */
function askedAbsent(search: SearchResult, clauses: readonly number[], asking: ReadonlySet<number> | undefined) {
  if (!asking) return search.absent;
  return search.absent.filter((u) => search.askedFor.includes(u) || inClauses(search, clauses, asking, u));
}

/**
 * A word of a day the business listed, named by its own name ("what time are you open on Ash Wednesday?", "abrís
 * el día de la Ascensión?"): the customer names the day the business wrote, not an offering it lacks (the "ash"
 * of Ash Wednesday is no cremation). Only words the date reader took for a listed holiday's name.
 */
function namesListedDay(search: SearchResult, unit: number, dates: readonly DateReference[]): boolean {
  const listed = dates.filter((d) => d.kind === 'date' && d.holiday !== undefined);
  if (listed.length === 0) return false;
  const { positions, corrected } = search.analysis;
  const at = positions[unit] ?? [];
  return at.length > 0 && at.every((p) => namesADay(corrected[p] ?? '', listed, corrected, p));
}

/**
 * The parts of a sentence (cut at commas and spaced dashes too) and those that ask: "quiero regalarle clases de canto, siempre canta
 * en la ducha jajaja" requests in its first part; the shower of the second is told, no offering asked about.
 */
function byParts(
  text: string,
  language: string | undefined,
  classification: Classification,
): [readonly number[], ReadonlySet<number> | undefined] {
  // A dash set apart cuts too: "I'm planning to swim at les thermes after work - will the tape survive the pool??"
  // tells where they swim, and asks about the tape.
  const cut = text.replace(/[,،]|\s[-–—]+\s/gu, ';');
  const parts = clauseOfWords(cut, language);
  return [parts, askingClauses(cut, parts, classification)];
}

/** A question of this many words or fewer may be about the story around it. */
const SHORT_QUESTION = 6;
/** A word that points back at what was told: "that", "ça", "isso", "això", "das", "هادشي"; "así", "like that". */
const POINTERS: ReadonlySet<string> = new Set(
  'that this it them ca cela ceci questo questa cio eso esto ello isso isto aixo aco ho das dies هذا هاد هادشي هادي ذلك asi aixi assim cosi ainsi هيك هيكا هكذا كذا بينهم بيناتهم بينهن بينهما hek heik binhom benaton'.split(
    ' ',
  ),
);
/** An object pronoun before a verb that addresses the business: "la seguite", "lo tratáis", "le soigner". */
const CLITIC_VERB =
  /\b(?:(?:la|lo|li|le|l) \w+(?:ate|ete|ite)|(?:lo|la|los|las|le|les) \w+(?:ais|eis|is)|(?:le|la|les|l) \w+(?:ez|er))\b/u;
export const refersBack = (question: readonly string[]) =>
  question.some((w) => POINTERS.has(w)) || CLITIC_VERB.test(question.join(' '));

/**
 * Units said only in clauses that tell rather than ask ("aceitam cartão estrangeiro? Estamos de férias em
 * Rabat"), when the asking clauses hold words of their own: the story around a question weighs less than the
 * question in what an answer must explain (unit-index.ts ASIDE_SHARE). A question without words of its own
 * ("…vous pouvez le soigner ?") leaves the story as the question. A word of the lexicon (a pregnancy, a
 * medication, a wedding) is what an answer must speak to wherever it is said: it keeps its weight.
 */
function toldUnits(
  search: SearchResult,
  clauses: readonly number[],
  asking: ReadonlySet<number> | undefined,
  aboutStory: boolean,
): ReadonlySet<number> {
  if (!asking) return new Set();
  const { units, everyday } = search.analysis;
  const asked = (u: number) => inClauses(search, clauses, asking, u);
  if (!units.some((_, u) => asked(u) && !everyday.has(u))) return new Set();
  // A short question about what the story told ("vocês tratam isso?", "la seguite voi?", "can you help with
  // that?") asks about the story: it is the question.
  if (aboutStory) return new Set();
  return new Set(units.flatMap((_, u) => (!asked(u) && plain(search, u) ? [u] : [])));
}

/** A unit of no concept of the lexicon: a word of the business's own, not a topic every business may have. */
const plain = (search: SearchResult, u: number) => ![...(search.analysis.units[u]?.keys() ?? [])].some(isConceptTerm);

/**
 * Whether the question is a short one about what the story around it told ("vocês tratam isso?", "Остеопатия
 * помогает при этом?" to an osteopath). Not one with a topic of its own ("how much extra would that be?" asks a
 * price).
 */
function asksAboutStory(search: SearchResult, clauses: readonly number[], asking: ReadonlySet<number>): boolean {
  const { units, words } = search.analysis;
  const asked = (u: number) => inClauses(search, clauses, asking, u);
  const question = words.filter((_, p) => asking.has(clauses[p] ?? 0));
  // The business's own subject asks nothing of its own: "does osteopathy help with this?" to an osteopath.
  const topical = units.some((_, u) => asked(u) && !plain(search, u) && !search.pervasive.includes(u));
  return !topical && question.length <= SHORT_QUESTION && refersBack(question);
}

/**
 * What a question about the story asks of that the business never wrote about: a topic of the lexicon told in
 * the story (a tinnitus, a condition, a treatment) that none of the business's texts holds. "…ringing in my
 * ears for six months, the ENT found nothing. Does osteopathy help with this?" asks about the tinnitus, and an
 * answer about osteopathy in general answers something else. Not the business's own subject (pervasive).
 */
function unknownReferent(
  search: SearchResult,
  clauses: readonly number[],
  asking: ReadonlySet<number> | undefined,
  aboutStory: boolean,
): number[] {
  if (!asking || !aboutStory) return [];
  const { units, everyday } = search.analysis;
  const known = new Set([
    ...search.knowledge.flatMap((k) => k.hit.matched),
    ...search.services.flatMap((s) => s.matched),
  ]);
  return units.flatMap((_, u) =>
    !inClauses(search, clauses, asking, u) &&
    !plain(search, u) &&
    !everyday.has(u) &&
    !known.has(u) &&
    !search.pervasive.includes(u)
      ? [u]
      : [],
  );
}

/**
 * An offering the business never wrote about, told in the story and then asked about with a pronoun in a question
 * of its own: "…le ventose (coppettazione) fanno miracoli per la schiena. Voi le fate? quanto costa una seduta?"
 * asks whether they do cupping, whatever the other question asks.
 */
function offeringAskedBack(
  search: SearchResult,
  clauses: readonly number[],
  asking: ReadonlySet<number> | undefined,
): number[] {
  // One of the questions, read on its own, is a short one about the story ("Voi le fate?").
  if (!asking || ![...asking].some((c) => asksAboutStory(search, clauses, new Set([c])))) return [];
  const { units } = search.analysis;
  return unknownReferent(search, clauses, asking, true).filter((u) =>
    [...(units[u]?.keys() ?? [])].some(isOfferingTerm),
  );
}

/**
 * Question words that also say what is: Spanish and Catalan "es", Portuguese "é" and "há" ask only when they
 * open a clause ("é possível marcar amanhã", "há estacionamento"), after a greeting at most. Inside one they
 * tell: "sou portuguesa e vivo aqui há pouco tempo", "mi perro es muy nervioso". So do English "is that" and
 * "is this": "…i can swim a length and that's it. is that enough for the lesson" asks; "the problem is that my
 * flight lands late" and "my first time is this summer" tell.
 */
const OPENING_ONLY: Partial<Record<string, ReadonlySet<string>>> = {
  en: new Set(['is that', 'is this']),
  es: new Set(['es']),
  ca: new Set(['es']),
  pt: new Set(['e', 'ha']),
};

function openingQuestions(classification: Classification, clauses: readonly number[]): Classification {
  const { matches } = classification;
  const greeting = (p: number) => matches.some((g) => g.key === 'greeting' && g.start <= p && p < g.end);
  const opens = (start: number) => {
    for (let p = start - 1; p >= 0 && clauses[p] === clauses[start]; p--) if (!greeting(p)) return false;
    return true;
  };
  const telling = (m: (typeof matches)[number]) =>
    m.key === 'question' && OPENING_ONLY[m.language]?.has(m.source) === true && !opens(m.start);
  if (!matches.some(telling)) return classification;
  return { ...classification, matches: matches.filter((m) => !telling(m)) };
}

export function read(business: Business, contact: ContactMemory, written: string, now: Date): Reading {
  const first = detectLanguage(written);
  // A language Frontdesk does not read is read through its gist in English (domain/foreign.ts), and answered in
  // English if the business lists it, else in its default language.
  const text = first.other ? englishGist(written, first.other) : written;
  const detected = first.other ? { ...first, language: 'en' as const, confidence: SURE } : first;
  // Only where detection found (almost) nothing: its function words are better evidence than topic words.
  const silent = !detected.language && !contact.language && Math.max(...Object.values(detected.scores)) < 1;
  // Or where, in a message too short for detection (a word or three), it is unsure of a language the business does
  // not list, which a word of another may look like ("allo!" is Italian "to the"): the words the lexicon knows say
  // which listed one it is.
  const unlisted =
    expandedWords(text).length <= SHORT_WORDS &&
    !first.other &&
    !contact.language &&
    detected.language !== undefined &&
    !business.profile.languages.includes(detected.language) &&
    detected.confidence < SURE;
  const lexical = silent ? lexiconLanguage(text, business.profile.languages, detected.arabizi) : undefined;
  const guess = lexical ? { ...detected, language: lexical, confidence: WEAK } : detected;
  // Read against the guessed language too: only a listed language with more of the words than it wins ("ciao" is
  // Swiss German too, but Italian first: the guess stands). It names the reply's language; the search keeps the guess.
  const listed = unlisted
    ? lexiconLanguage(text, [...business.profile.languages, detected.language!], detected.arabizi)
    : undefined;
  const language =
    listed && business.profile.languages.includes(listed)
      ? listed
      : chooseLanguage(guess, contact, business.profile.languages);
  const options = searchOptions(text, business, language, guess);
  const index = knowledgeIndex(business);
  const once = index.search(text, options);
  // Cues are read in the words as written: a typo correction aims at the business's words, not at cues.
  const clauses = clauseOfWords(text, options.primary);
  const classification = openingQuestions(
    classify(once.analysis.words, cueLanguages(text), once.analysis.concepts),
    clauses,
  );
  const asking = askingClauses(text, clauses, classification);
  // A short question about what the story told (the same words and units in every search of the message).
  const aboutStory = asksAboutStory(once, clauses, asking ?? new Set(clauses));
  const told = toldUnits(once, clauses, asking, aboutStory);
  // Searched again with what is only told around the question weighing less (the same words, the same units).
  const searched = told.size > 0 ? index.search(text, options, told) : once;
  const { analysis } = searched;
  const dates = findDateReferences(text, { now, timezone: business.profile.timezone, holidays: business.holidays });
  const search = {
    ...searched,
    absent: [
      ...askedAbsent(searched, ...byParts(text, options.primary, classification)),
      ...unknownReferent(searched, clauses, asking, aboutStory),
      ...(aboutStory ? [] : offeringAskedBack(searched, clauses, asking)),
    ].filter((u) => !namesListedDay(searched, u, dates)),
  };
  const concepts = new Set(analysis.concepts.map((c) => c.key as string));

  // Words of small talk ("hi", "thanks", "vale") are not the question, unless a longer
  // concept phrase claims them ("¿cuánto vale?" is a price; "bona tarda" stays a greeting).
  const smallTalk = new Set<number>();
  for (const match of classification.matches) {
    if (!SMALL_TALK.includes(match.key)) continue;
    const length = match.end - match.start;
    for (let p = match.start; p < match.end; p++) {
      const claimed = analysis.concepts.some((c) => c.start <= p && p < c.end && c.end - c.start > length);
      if (!claimed) smallTalk.add(p);
    }
  }
  const content = analysis.units
    .map((_, i) => i)
    .filter((i) => (analysis.positions[i] ?? []).some((p) => !smallTalk.has(p)));

  const questionMark = /[?؟]/.test(text);
  // A question word inside small talk asks nothing: "merci quand même" (thanks anyway) holds "quand" (when).
  const inSmallTalk = (m: { start: number; end: number }) =>
    Array.from({ length: m.end - m.start }, (_, k) => m.start + k).every((p) => smallTalk.has(p));
  const questionCues = new Map(
    classification.matches
      .filter((m) => m.key === 'question' && !inSmallTalk(m) && !joinsClause(m, analysis.words))
      .map((m) => [m.source, m.weight]),
  );
  const questionWeight = [...questionCues.values()].reduce((sum, weight) => sum + weight, 0);
  const questionWord = questionWeight >= 1;
  return {
    guess,
    language,
    search,
    classification,
    concepts,
    dates,
    clauses,
    asks: questionMark || questionWord,
    questionMark,
    content,
    asked: (u) => !asking || inClauses(search, clauses, asking, u),
    asksIn: (clause) => !asking || asking.has(clause),
    has: (intent) => classification.intents.has(intent),
    aboutStory,
    unitsWith: (...wanted) => {
      const terms = wanted.map(conceptTerm);
      return analysis.units.flatMap((unit, i) => (terms.some((t) => unit.has(t)) ? [i] : []));
    },
  };
}
