/**
 * Intent classification: the cues of the lexicon (lexicon.ts) are looked
 * for in the message's words in the languages it may be in; each intent
 * adds up the weights of its distinct cues found and is present at 1 or
 * more. Several intents can be present at once ("hi, can I book, and where
 * are you?").
 */
import type { TextLanguage } from '../../domain/languages.js';
import { matchPhrases, PhraseBook, type PhraseMatch, prepareWords } from '../../domain/lexicon/phrases.js';
import { INTENTS, type Intent, LEXICON } from './lexicon.js';
import { takesObject } from '../../domain/analyzer.js';
import { findConcepts } from '../../domain/lexicon/concepts.js';

export type { Intent } from './lexicon.js';

const CUES = new PhraseBook(LEXICON);

export interface Classification {
  intents: ReadonlySet<Intent>;
  scores: Readonly<Partial<Record<Intent, number>>>;
  /**
   * The same, with a weak cue inside a longer one of its intent counted once ("come" in "come in for"): how
   * much a message says it, where a word said once must not weigh twice (a question about a condition).
   */
  distinct: Readonly<Partial<Record<Intent, number>>>;
  /** Where each intent's cues are, for the responder to know which words they explain. */
  matches: readonly PhraseMatch<Intent>[];
  /** Number of words in the message. */
  wordCount: number;
}

/** The words of a space-separated list. */
const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/**
 * Verbs of booking are nouns too: "do you sell the book?", "what's your
 * schedule?", "ja tinc la reserva feta", "ir a ver el sitio". After an
 * article or a possessive the word is the thing, not the act. In English
 * only the cue's own form is ("the booking" stays a booking); in the
 * Romance languages a cue's other form is ("la reserva" beside "reservar"),
 * and so is a cue that is a noun ("¿hay sitio?" asks for room, "el sitio" is
 * the place). Their clitics look like articles ("la réserver", "lo reservo"),
 * so a verb's own form after one stays the act.
 */
const DETERMINERS: Partial<Record<TextLanguage, ReadonlySet<string>>> = {
  en: wordSet('the a an this that these those your my his her our their its'),
  es: wordSet(
    'el la los las al del un una este esta ese esa aquel otro otra mi mis tu su vuestro vuestra nuestro nuestra',
  ),
  ca: wordSet(
    'el la els les al del un una l aquest aquesta meu meva meua teu teva seu seva vostre vostra nostre nostra',
  ),
  pt: wordSet('o a os as ao do da um uma este esta esse essa meu minha seu sua nosso nossa'),
  it: wordSet(
    'il lo la l i gli le al del della un una uno questo questa mio mia tuo tua suo sua nostro nostra vostro vostra',
  ),
  fr: wordSet('le la les l au du un une ce cette mon ma ton ta son sa notre votre'),
};

/** Words that describe a thing between its determiner and its name: "her red book", "the baby book". */
const NOUN_MODIFIERS: Partial<Record<TextLanguage, ReadonlySet<string>>> = {
  en: new Set(
    'red blue green yellow pink white black orange purple little small big old new health baby vaccination vaccine medical record appointment address guest visitor'.split(
      ' ',
    ),
  ),
};

/** Cues of booking that are nouns: room or a slot ("hay sitio", "hi ha lloc", "c'è posto", "tem vaga"). */
const NOUN_CUES: ReadonlySet<string> = new Set(['sitio', 'hueco', 'lloc', 'forat', 'posto', 'vaga', 'creneau']);

function isNoun(match: PhraseMatch<Intent>, words: readonly string[]): boolean {
  if (match.key !== 'bookingAct' || match.end - match.start !== 1) return false;
  const word = words[match.start] ?? '';
  const source = match.source.replace(/^[=~]/, '');
  const exact = word === source || word === `${source}s`;
  const determiner = (p: number) => DETERMINERS[match.language]?.has(words[p] ?? '') ?? false;
  if (match.language !== 'en') return determiner(match.start - 1) && (!exact || NOUN_CUES.has(source));
  const described =
    determiner(match.start - 2) && (NOUN_MODIFIERS[match.language]?.has(words[match.start - 1] ?? '') ?? false);
  return exact && (determiner(match.start - 1) || described);
}

/**
 * Greeting words that another language uses before a verb: Catalan "hi ha"
 * (there is), "hi va", "hi puc anar" are not English "hi".
 */
const NOT_A_GREETING_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  hi: new Set([
    'ha',
    'havia',
    'haura',
    'hauria',
    'hagi',
    'va',
    'vaig',
    'vas',
    'anem',
    'aneu',
    'vull',
    'puc',
    'pots',
    'podem',
    'podeu',
    'es',
    'son',
    'estic',
    'sera',
  ]),
};

const notAGreeting = (match: PhraseMatch<Intent>, words: readonly string[]) =>
  match.key === 'greeting' &&
  match.end - match.start === 1 &&
  (NOT_A_GREETING_BEFORE[words[match.start] ?? '']?.has(words[match.start + 1] ?? '') ?? false);

/** Cues of a wish (not of ability: "no puedo ir" still tells of a booking to move). */
const WISHES =
  /^(?:i want|wanna|i would like|id like|quiero|quisiera|me gustaria|je veux|je voudrais|voglio|vorrei|quero|queria|gostaria|ich will|ich mochte|vull|voldria)$/;

/** Words that deny a coming said right after them ("cannot come", "no puedo ir", "je ne peux pas venir"). */
const DENIALS: ReadonlySet<string> = new Set(
  'cannot cant not never no non nao ne pas nicht nie nunca jamais mai'.split(' '),
);

/**
 * A weak cue of coming ("come", "ir", "venir", "kommen") denied in the two
 * words before it: "I live in Caserta and cannot come this week, can I send
 * it by courier?" says the customer will not come; it asks for no slot.
 */
function negatedComing(match: PhraseMatch<Intent>, words: readonly string[]): boolean {
  if (match.key !== 'bookingAct' || match.weight >= 1) return false;
  return [words[match.start - 1], words[match.start - 2]].some((w) => DENIALS.has(w ?? ''));
}

/**
 * A wish denied right before it or within it ("no quiero que se me derrita",
 * "I don't want it to melt", "je ne veux pas"): it asks for nothing.
 */
function deniedWish(match: PhraseMatch<Intent>, words: readonly string[]): boolean {
  if (match.key !== 'request' || !WISHES.test(match.source)) return false;
  const around = words.slice(Math.max(0, match.start - 1), match.end + 1);
  return around.some((w) => DENIALS.has(w) || w === 'dont' || w === 'don');
}

/**
 * Words after which "à samedi", "a mercoledì" take leave: nothing, or a word of agreeing or thanking ("ok à
 * samedi !", "grazie, a mercoledì"). Elsewhere the day is where something goes or ends: "spostare la lezione di
 * lunedì a mercoledì", "ouvert du lundi à vendredi".
 */
const FAREWELL_OPENERS = wordSet(
  'ok okay oki dac daccord accord parfait perfetto top super bene allora alors bon merci grazie ciao salut bisous va donc e et',
);

/** A two-word "see you" of a preposition and a day ("à samedi") said where it cannot take leave. */
function dayNotLeave(match: PhraseMatch<Intent>, words: readonly string[]): boolean {
  if (match.key !== 'farewell' && match.key !== 'goodbye') return false;
  if (match.end - match.start !== 2 || match.source.split(' ')[0] !== 'a') return false;
  const before = words[match.start - 1];
  return before !== undefined && !FAREWELL_OPENERS.has(before);
}

/**
 * A cue of booking that is a word of another language, held by a longer cue of that language: Italian "come si fa?"
 * (how does one do it?) and Portuguese "como se" hold "come", no English coming. The longer phrase says which
 * language the words are in.
 */
function otherLanguageWord(match: PhraseMatch<Intent>, cues: readonly PhraseMatch<Intent>[]): boolean {
  if (match.key !== 'bookingAct') return false;
  return cues.some(
    (o) =>
      o.language !== match.language &&
      o.start <= match.start &&
      match.end <= o.end &&
      o.end - o.start > match.end - match.start,
  );
}

/** Intents of courtesy alone: a word of them typed with one letter doubled is still said. */
const COURTESIES: ReadonlySet<Intent> = new Set<Intent>(['greeting', 'thanks', 'goodbye', 'farewell']);
/** A letter typed twice inside a word: "bonjouur", "helloo", "ciaoo", "graziee". */
const DOUBLED = /(\p{L})\1/gu;

/**
 * Chat stretches a greeting by one letter as often as by three ("bonjouur 👋", "helloo", "ciaoo", "merçii"):
 * normalising collapses three or more, and a doubled a, i or u at a word's end. A word with a doubled letter
 * counts as a cue of courtesy when its form with one pair (or every pair) collapsed, of four letters or more, is
 * such a cue by itself; the words as written keep their own matches ("hallo" is a greeting as it is; its
 * collapsed "halo" is none).
 */
function stretchedCourtesies(words: readonly string[], languages: readonly TextLanguage[]): PhraseMatch<Intent>[] {
  // Each doubled pair collapsed alone ("helloo": "heloo", "hello"), then all of them ("bonjouur": "bonjour").
  const forms = words.map((w) => {
    const pairs = [...w.matchAll(DOUBLED)].map((m) => m.index);
    if (pairs.length === 0) return [];
    const one = pairs.map((i) => w.slice(0, i) + w.slice(i + 1));
    return [...one, w.replace(DOUBLED, '$1')].filter((f) => f.length >= 4);
  });
  const passes = Math.max(0, ...forms.map((f) => f.length));
  const found: PhraseMatch<Intent>[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const variant = words.map((w, i) => forms[i]![pass] ?? w);
    for (const m of matchPhrases(prepareWords(variant, languages), CUES)) {
      if (COURTESIES.has(m.key) && m.end - m.start === 1 && variant[m.start] !== words[m.start]) found.push(m);
    }
  }
  return found;
}

/**
 * `languages` limits the cues tried: stems of one language can collide with
 * cues of another (English "payment" and French "payer" both stem to "pay").
 * `concepts` are the lexicon's concepts in the same words, when the caller
 * has them already (they are found here otherwise, and only if needed).
 */
export function classify(
  words: readonly string[],
  languages: readonly TextLanguage[],
  concepts?: readonly PhraseMatch<string>[],
): Classification {
  const prepared = prepareWords(words, languages);
  const cues = [...matchPhrases(prepared, CUES), ...stretchedCourtesies(words, languages)];
  // "hay sitio para aparcar?" asks for room to park, not for a slot.
  const objects = cues.some((m) => m.key === 'bookingAct') ? (concepts ?? findConcepts(prepared)) : [];
  const kept = cues.filter(
    (m) =>
      !isNoun(m, words) &&
      !notAGreeting(m, words) &&
      !takesObject(m, objects, words) &&
      !negatedComing(m, words) &&
      !otherLanguageWord(m, cues) &&
      !deniedWish(m, words) &&
      !dayNotLeave(m, words),
  );
  // "That's all I needed, thanks!" takes leave, "what do I need to pack?" asks what is required: a request
  // inside a longer farewell or question of need asks for nothing.
  const matches = kept.filter(
    (m) =>
      m.key !== 'request' ||
      !kept.some(
        (f) =>
          (f.key === 'farewell' || f.key === 'requirement') &&
          f.start <= m.start &&
          m.end <= f.end &&
          f.end - f.start > m.end - m.start,
      ),
  );
  const scores: Partial<Record<Intent, number>> = {};
  const distinct: Partial<Record<Intent, number>> = {};
  const counted = new Set<string>();
  const inside = (m: PhraseMatch<Intent>) =>
    m.weight < 1 &&
    matches.some(
      (o) => o !== m && o.key === m.key && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
    );
  for (const match of matches) {
    const key = `${match.key}:${match.source}`;
    if (counted.has(key)) continue;
    counted.add(key);
    scores[match.key] = (scores[match.key] ?? 0) + match.weight;
    if (!inside(match)) distinct[match.key] = (distinct[match.key] ?? 0) + match.weight;
  }
  const intents = new Set(INTENTS.filter((intent) => (scores[intent] ?? 0) >= 1));
  return { intents, scores, distinct, matches, wordCount: words.length };
}
