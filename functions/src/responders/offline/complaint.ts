/**
 * Whether a message complains: words that say so ("complaint", "refund");
 * harm the business caused (a burn "after my session"); or how bad
 * something is ("terrible", "horrível") — unless that is about the
 * customer themself and blames nobody. The pain that brings a customer to
 * a clinic ("dor lombar horrível, têm vaga?") is why people come; "my
 * Spanish is terrible", "je suis nulle en portugais", "meu hálito tá
 * horrível" describe the customer, not the business. "My back pain is
 * horrible since your massage" and "the service was terrible" still go to
 * a person.
 */
import { LANGUAGE_CONCEPTS } from '../../domain/lexicon/concepts.js';
import type { PhraseMatch } from '../../domain/lexicon/phrases.js';
import type { Intent } from './intents.js';
import type { Reading } from './understand.js';

export interface ComplaintReading {
  has(intent: Intent): boolean;
  concepts: ReadonlySet<string>;
  /** Cue matches over the message's words. */
  matches: readonly PhraseMatch<Intent>[];
  /** Concept matches over the same words. */
  conceptMatches: readonly PhraseMatch<string>[];
  /** Positions of the message's content words (not stopwords). */
  contentPositions: readonly number[];
  /** The clause of each word position. */
  clauses: readonly number[];
  /** A question mark or a question word. */
  asks: boolean;
  /** A question mark. */
  questionMark: boolean;
}

/** What a complaint is judged on, from the responder's reading of the message. */
export function complaintReading(reading: Reading): ComplaintReading {
  return {
    has: reading.has,
    concepts: reading.concepts,
    matches: reading.classification.matches,
    conceptMatches: reading.search.analysis.concepts,
    contentPositions: reading.search.analysis.content,
    clauses: reading.clauses,
    asks: reading.asks,
    questionMark: reading.questionMark,
  };
}

/** The customer's body and their animal: what a word of pain or trouble may be about without blaming anyone. */
const BODY = new Set<string>([
  'tooth',
  'gums',
  'breath',
  'skin',
  'sensitivity',
  'bleeding',
  'swelling',
  'dog',
  'cat',
  'puppy',
]);

/**
 * What a customer's own words may be about without speaking of the
 * business: their languages, their body, their animal. A service, a
 * visit, an experience, a result — and hair or nails, which a salon cuts —
 * are the business's.
 */
const OWN = new Set<string>([...LANGUAGE_CONCEPTS, 'pain', 'fear', ...BODY]);

/** How far back (in words) the customer's "my"/"I am" may stand from the word of severity. */
const SELF_REACH = 5;

/**
 * A word of severity the customer says of themself: "my"/"I am" shortly
 * before it in the same clause, with only their own things in between
 * (a language, a body part, their dog), and no blame in that clause.
 */
export function selfDescribed(severity: PhraseMatch<Intent>, reading: ComplaintReading): boolean {
  const clause = reading.clauses[severity.start];
  const inClause = (m: PhraseMatch<string>) => reading.clauses[m.start] === clause;
  if (reading.matches.some((m) => m.key === 'blame' && inClause(m))) return false;
  const self = reading.matches
    .filter((m) => m.key === 'self' && inClause(m) && m.end <= severity.start && severity.start - m.end < SELF_REACH)
    .sort((a, b) => b.end - a.end)[0];
  if (!self) return false;
  const content = new Set(reading.contentPositions);
  for (let p = self.end; p < severity.start; p++) {
    if (!content.has(p)) continue;
    const own = reading.conceptMatches.some((c) => c.start <= p && p < c.end && OWN.has(c.key));
    if (!own) return false;
  }
  return true;
}

/**
 * Words of a refund are a complaint when demanded ("I want my money back",
 * "remboursez-moi"), not when asked about ("do you refund the deposit?",
 * "la mutuelle rembourse ?"): a question about the refund policy is answered.
 */
function complaintCue(reading: ComplaintReading): boolean {
  const refunds = reading.conceptMatches.filter((c) => c.key === 'refund');
  const aboutRefund = (m: PhraseMatch<Intent>) => refunds.some((r) => r.start < m.end && m.start < r.end);
  // "Molesta" is upset, or a tooth that bothers: with a part of the customer's body named, it is the pain.
  const pains = reading.conceptMatches.filter((c) => c.key === 'pain');
  const body = reading.conceptMatches.some((c) => BODY.has(c.key));
  const aboutPain = (m: PhraseMatch<Intent>) => body && pains.some((p) => p.start < m.end && m.start < p.end);
  const cues = reading.matches.filter((m) => m.key === 'complaint' && !aboutPain(m));
  const demanded = !reading.questionMark && (!reading.asks || reading.has('request'));
  return cues.some((m) => !aboutRefund(m)) || (cues.length > 0 && demanded);
}

export function complains(reading: ComplaintReading): boolean {
  if (complaintCue(reading)) return true;
  if (reading.has('harm') && reading.has('blame')) return true;
  if (!reading.has('severity')) return false;
  const severe = reading.matches.filter((m) => m.key === 'severity');
  // Every word of severity about the customer themself: nothing is said of the business.
  if (severe.length > 0 && severe.every((m) => selfDescribed(m, reading))) return false;
  return !reading.concepts.has('pain') || reading.has('blame');
}
