/**
 * Turning scored candidates into a decision: the calibrated thresholds
 * (`DEFAULT_TUNING`), whether the best candidate may answer (`clearsBar`)
 * and which candidates answer together (`select`). Pure, so decisions can
 * be table-tested apart from retrieval.
 */
import { type Candidate, ruleScore, SURE_SCORE } from './candidates.js';
import type { Reading } from './understand.js';

/** The thresholds that turn scores into "answer" or "hand off". */
export interface Tuning {
  /** Below this score an answer is more often wrong than right, so a person answers instead. */
  answerThreshold: number;
  /** Two different entries within this margin are a coin toss… */
  tieMargin: number;
  /** …unless the better one is at least this strong. */
  sureScore: number;
  /**
   * Under the threshold, a Q&A entry, article or policy at least this strong
   * still answers when it leads every other answer by `clearLead`: a
   * paraphrase in words the business never wrote scores low, but far ahead
   * of everything else it is still the entry the customer means.
   */
  clearFloor: number;
  clearLead: number;
  /** …and the next answer scores at most this share of it (a lead that is large relative to the scores). */
  clearRatio: number;
}

/**
 * Calibrated on the dev, test and holdout splits of the evaluation, which
 * are all development data now (functions/eval/README.md; the untouched
 * `final` split judges): `npm run eval -- --split all --calibrate` replays
 * them over a grid of values and prints accuracy against handoffs.
 *
 * The clear-leader rule is on, with a relative margin: an entry from 0.30
 * answers when it leads the next different answer by 0.08 and the next
 * scores at most 0.6 of it. With an absolute lead alone (0.10) it let 4–5
 * points more of the messages that need a person be answered ("do you sell
 * dog food?" at 0.41 over 0.26, a shampoo entry that mentions food); the
 * ratio keeps those (two plausible answers) with a person while most right
 * paraphrases under the threshold (0.30–0.45, far ahead of anything else)
 * now answer. Handoffs on answerable messages fell 3–4 points on test and
 * holdout with missed handoffs unchanged. A wrong answer to someone who
 * needs a person costs more than a handoff: every value here was chosen as
 * the lowest that keeps missed handoffs where they were.
 *
 * Round 8 re-ran the calibration on dev2, holdout, test and dev (the
 * development splits) after the everyday words, cognate keys, the whole
 * question floor and the glossary had lifted right paraphrases: the
 * threshold came down from 0.45 to 0.40, which answers 1–4 points more of
 * the answerable messages with missed handoffs unchanged on every split;
 * at 0.38 they rose (holdout 3 → 5 %, test 0 → 9 %). A one-word match in a
 * longer message stays under it (PARTIAL_SINGLE_UNIT_CAP, 0.38).
 */
export const CLEAR_LEADER: Pick<Tuning, 'clearFloor' | 'clearLead' | 'clearRatio'> = {
  clearFloor: 0.3,
  clearLead: 0.08,
  clearRatio: 0.6,
};
export const DEFAULT_TUNING: Tuning = {
  answerThreshold: 0.4,
  tieMargin: 0.02,
  sureScore: SURE_SCORE,
  clearFloor: CLEAR_LEADER.clearFloor,
  clearLead: CLEAR_LEADER.clearLead,
  clearRatio: CLEAR_LEADER.clearRatio,
};
/**
 * An entry whose own question holds OWN_QUESTION_UNITS or more of the
 * message's words, more than any other entry's question does, is the
 * question the customer asks, told among other things ("hi, my teeth bleed
 * a bit every time i brush, should i be worried??" against "Why do my gums
 * bleed when I brush?"): it answers from OWN_QUESTION_FLOOR. With two words
 * it also let through questions about offerings the business does not have,
 * which share two words with an entry ("venden comida para perros?").
 */
const OWN_QUESTION_UNITS = 3;
const OWN_QUESTION_FLOOR = 0.25;
/**
 * An entry whose own question or title the message covers for the most
 * part (KEYED_LEADER_COVERAGE of its key's weight) is the question asked in
 * other words: from the clear-leader floor it answers when the next answer
 * scores at most KEYED_LEADER_RATIO of it, a smaller lead than a leader whose
 * key the message barely touches needs. Calibrated on dev, test, holdout and
 * dev2 (9 of 10 such answers right, no message that needed a person),
 * checked on final and final2 (6 of 8 right, one complaint).
 */
const KEYED_LEADER_COVERAGE = 0.45;
const KEYED_LEADER_RATIO = 0.85;
/** A second part joins the answer when it explains other words of the message and scores this much. */
const SECOND_PART = 0.55;
export interface Selection {
  chosen: Candidate[];
  confidence: number;
  note: string;
}

/**
 * How far one candidate leads another: by score, or, for entries lifted to
 * the same score over a rule (candidates.ts `preferSpecific`), by their own
 * match strength.
 */
const lead = (a: Candidate, b: Candidate) =>
  Math.max(a.score - b.score, (a.strength ?? a.score) - (b.strength ?? b.score));

/**
 * Conditions that decide whether a service may be done at all: being
 * pregnant or breastfeeding, taking a medication, a period or a fast. An
 * answer that ignores them answers another question ("mi perra está
 * embarazada, se la puede bañar?" is not answered by the bath's price). Who
 * pays (insurance, an invoice) is left out: the price still answers part of
 * "what does it cost and does my insurance pay?"; so are age, children and
 * fear ("how much is a check-up for my 8 year old").
 */
const DECISIVE = ['pregnancy', 'breastfeeding', 'medication', 'menstruation', 'fasting'] as const;

/**
 * Money asked back: "can you refund the 6 sessions left?" is not answered by the pack's price. An answer
 * that leaves the refund out answers another question; a person decides on the money.
 */
const MONEY_BACK = ['refund'] as const;

/**
 * "Since" before a condition makes it the past that something started in ("manchas oscuras desde el embarazo",
 * "taches depuis ma grossesse"), not a condition of the treatment asked about.
 */
const SINCE = new Set(['since', 'desde', 'depuis', 'seit', 'dalla', 'dal', 'منذ']);
const SINCE_REACH = 3;

/** Whether every mention of unit `u` follows a "since" within SINCE_REACH words. */
function since(reading: Reading, u: number): boolean {
  const { words, positions } = reading.search.analysis;
  const at = positions[u] ?? [];
  return at.length > 0 && at.every((p) => words.slice(Math.max(0, p - SINCE_REACH), p).some((w) => SINCE.has(w)));
}

/** The units of the message that name a decisive condition now (not one it began "since"). */
// Not the business's own subject: "I'm 5 months pregnant" to a midwife tells the case (SearchResult.pervasive).
const conditionUnits = (reading: Reading) =>
  reading.unitsWith(...DECISIVE).filter((u) => !since(reading, u) && !reading.search.pervasive.includes(u));

/**
 * The conditions that decide an answer led by `best`. One said in another sentence than a question about the
 * opening hours ("vous êtes ouverts demain ? je voulais passer à jeun pour ma prise de sang") is why the customer
 * comes, not what they ask: the day's hours answer it.
 */
function decisiveFor(reading: Reading, best: Candidate): number[] {
  const conditions = conditionUnits(reading);
  if (!best.kind.startsWith('hours')) return conditions;
  const { positions } = reading.search.analysis;
  const clausesOf = (u: number) => (positions[u] ?? []).map((p) => reading.clauses[p] ?? 0);
  const asking = new Set([...best.explains].flatMap(clausesOf));
  return conditions.filter((u) => clausesOf(u).some((c) => asking.has(c)));
}

/** Whether the message names a decisive condition, or money asked back, that none of the chosen answers explains. */
function leavesOut(chosen: readonly Candidate[], reading: Reading, content: ReadonlySet<number>): boolean {
  const conditions = decisiveFor(reading, chosen[0]!);
  return [...conditions, ...reading.unitsWith(...MONEY_BACK)].some(
    (u) => content.has(u) && !chosen.some((c) => c.explains.has(u)),
  );
}

/** Opening hours of the week and of one date are one kind of answer: a message gets one of them. */
const family = (c: Candidate) => (c.kind.startsWith('hours') ? 'hours' : c.kind);

/**
 * The part that answers `fresh`, the words a second part is chosen for:
 * the candidate itself, or a stronger one of its family that explains them
 * too. "Are you open on January 11? I need to come in the afternoon" books,
 * and the date's hours, which also explain the words the booking took
 * ("come", "afternoon"), answer the day asked about, not the week's hours.
 */
function sharper(candidate: Candidate, fresh: readonly number[], rest: readonly Candidate[]): Candidate {
  return (
    rest.find(
      (c) => family(c) === family(candidate) && c.score > candidate.score && fresh.every((u) => c.explains.has(u)),
    ) ?? candidate
  );
}

/** A service's price card, its service named and a price asked, beside a policy chosen first (see choose). */
function namedPrice(candidate: Candidate, best: Candidate, reading: Reading, asksPrice: ReadonlySet<number>): boolean {
  return (
    candidate.kind === 'service' &&
    candidate.mode === 'price' &&
    best.kind === 'knowledge' &&
    best.hit?.kind === 'policy' &&
    (candidate.named?.size ?? 0) > 0 &&
    [...asksPrice].some((u) => reading.asked(u))
  );
}

/** Whether two candidates give different answers (another rule, or another entry). */
const differs = (a: Candidate, b: Candidate) =>
  a.kind !== b.kind || `${a.hit?.kind}:${a.hit?.id}` !== `${b.hit?.kind}:${b.hit?.id}`;

/**
 * Whether the best candidate may answer: above the threshold, or (an entry
 * of the business's knowledge) far enough ahead of every other answer.
 * Pure, so the decision can be table-tested apart from retrieval.
 */
export function clearsBar(
  best: number,
  kind: string,
  next: number | undefined,
  tuning: Tuning,
  keyed = true,
  ownsQuestion = false,
  keyCoverage = 0,
): boolean {
  if (best >= tuning.answerThreshold) return true;
  if (kind === 'knowledge' && ownsQuestion && best >= OWN_QUESTION_FLOOR) return true;
  const second = next ?? 0;
  if (
    kind === 'knowledge' &&
    keyCoverage >= KEYED_LEADER_COVERAGE &&
    best >= tuning.clearFloor &&
    second <= best * KEYED_LEADER_RATIO
  )
    return true;
  // A clear leader must hold some of the message in its own question or title, not only in its body.
  return (
    kind === 'knowledge' &&
    keyed &&
    best >= tuning.clearFloor &&
    best - second >= tuning.clearLead &&
    second <= best * tuning.clearRatio
  );
}

/**
 * The best candidate, if it is sure enough (a close second from another
 * entry lowers it), plus candidates of other kinds that answer other parts
 * of the message ("how much is X and where are you?"). Two entries within
 * the margin, both above the threshold and neither sure, answer together:
 * the customer reads two short texts rather than waits for a person, and
 * each was a good match on its own.
 */
export function select(all: readonly Candidate[], reading: Reading, tuning: Tuning): Selection | undefined {
  const speaking = speakingToCondition(all, reading, tuning);
  if (speaking) return choose(speaking, reading, { ...tuning, answerThreshold: tuning.clearFloor });
  return choose(all, reading, tuning);
}

/**
 * A decisive condition that the best answer leaves out ("bin in der 24. SSW, darf ich noch in den
 * Reformer-Gruppenkurs?": the class's card says nothing of a pregnancy) is the question. The entries of the
 * business's knowledge that speak to it and to something else the customer said are then the answers to
 * choose from, among themselves: from the clear-leader floor, since each already holds the condition and the
 * thing asked about. None: the best answer stands, and leavesOut hands the message to a person.
 */
function speakingToCondition(all: readonly Candidate[], reading: Reading, tuning: Tuning): Candidate[] | undefined {
  const [best] = all;
  if (!best || best.kind === 'booking' || best.score >= tuning.sureScore) return undefined;
  const content = new Set(reading.content);
  const left = decisiveFor(reading, best).filter((u) => content.has(u) && !best.explains.has(u));
  if (left.length === 0) return undefined;
  // Only entries whose own question or title holds the condition: one that mentions it in passing (a flea
  // treatment's answer that names pregnant dogs) does not speak to it.
  const speaking = all.filter(
    (c) =>
      c.kind === 'knowledge' &&
      left.every((u) => c.explains.has(u) && c.hit?.hit.keyMatched.includes(u)) &&
      [...c.explains].some((u) => content.has(u) && !left.includes(u)),
  );
  return speaking.length > 0 ? speaking : undefined;
}

/** The selection among `all`, best first, under `tuning` (see select). */
function choose(all: readonly Candidate[], reading: Reading, tuning: Tuning): Selection | undefined {
  const [best, ...rest] = all;
  if (!best) return undefined;
  const next = rest.find((c) => differs(c, best));
  const keyMatched = best.hit?.hit.keyMatched.length ?? 0;
  const ownsQuestion =
    keyMatched >= OWN_QUESTION_UNITS &&
    rest.every((c) => !differs(c, best) || (c.hit?.hit.keyMatched.length ?? 0) < keyMatched);
  const keyCoverage = best.hit?.hit.keyCoverage ?? 0;
  if (!clearsBar(best.score, best.kind, next?.score, tuning, keyMatched > 0, ownsQuestion, keyCoverage))
    return undefined;
  // The customer asks about an offering the business never wrote about ("do you board dogs?"):
  // an answer that leaves it out answers something else, however well it matches the rest.
  // A booking request is not an answer: staff take it over whatever it names ("I need to cancel").
  // However well the rest matches, the thing named right after "do you do …?" or "how much is …?" decides:
  // "vocês fazem microblading de sobrancelha?" is not answered with the brow lamination the business does.
  const { absent, askedFor } = reading.search;
  if (absent.length > 0 && best.kind !== 'booking' && (best.score < tuning.sureScore || askedFor.length > 0))
    return undefined;
  const rival = rest.find((c) => c.kind === best.kind && c.hit?.id !== best.hit?.id);
  const margin = rival ? lead(best, rival) : 1;
  const tied = best.kind === 'knowledge' && margin < tuning.tieMargin && best.score < tuning.sureScore;
  // Three or more entries at the same score share a common word, not the customer's question.
  const third = rest.find((c) => c.kind === best.kind && c.hit?.id !== best.hit?.id && c.hit?.id !== rival?.hit?.id);
  const crowded = third !== undefined && lead(best, third) < tuning.tieMargin;
  // Both must be more than a one-word match (SINGLE_UNIT_CAP is the threshold), and the message more than small talk.
  const pair = rival !== undefined && rival.score > tuning.answerThreshold && reading.content.length > 0;
  if (tied && (!pair || crowded)) return undefined;
  const confidence = margin < tuning.tieMargin ? best.score * 0.9 : best.score;
  const content = new Set(reading.content);
  const chosen = tied && rival ? [best, rival] : [best];
  const explained = new Set(chosen.flatMap((c) => [...c.explains]));
  // What the answers (not a booking) explain: a booking answers nothing, so the words it took ("nhar tnin 17", "on
  // the 11th") still count for a part that also answers a word of its own ("m7lolin", open).
  const answered = new Set(chosen.flatMap((c) => (c.kind === 'booking' ? [] : [...c.explains])));
  const asksPrice = new Set(reading.unitsWith('price'));
  for (const candidate of rest) {
    if (chosen.some((c) => family(c) === family(candidate))) {
      continue;
    }
    const remaining = [...content].filter((u) => !answered.has(u));
    const fresh = [...candidate.explains].filter((u) => content.has(u) && !answered.has(u));
    // A price asked of a service named, beside a policy's rule, is the card's however many of its words the policy
    // took: a policy states rules, not what a service costs. "Quanto fica o dia completo e precisa pagar sinal
    // adiantado?" gets the deposit policy and the recording day's price. Only a card sure on its own.
    if (namedPrice(candidate, best, reading, asksPrice) && candidate.score >= SECOND_PART) {
      chosen.push(candidate);
      for (const u of candidate.explains) {
        explained.add(u);
        answered.add(u);
      }
      continue;
    }
    // A price asked for and left out by the first answer is the service card's, however much else it shares:
    // "how much is a bath for my 12 year old dog?" gets the senior-dog care and the bath's price.
    const price = candidate.kind === 'service' && fresh.every((u) => asksPrice.has(u));
    if (remaining.length === 0 || fresh.length === 0 || (fresh.length * 2 < candidate.explains.size && !price))
      continue;
    // Only what is asked calls for a second part: "el lunes hay clase? mi hija va lunes y miércoles" tells her
    // days, and an entry about them answers nothing asked.
    if (!fresh.some((u) => reading.asked(u))) continue;
    // Beside a booking, a part answers a word of its own ("fechar", "m7lolin"), not only the day or the service
    // the booking took: "ist noch was frei am Freitag?" asks for a slot, not for Friday's hours.
    if (![...candidate.explains].some((u) => !explained.has(u) && reading.asked(u))) continue;
    // A second part is judged on the part of the message the first left unanswered.
    const score =
      candidate.base !== undefined ? ruleScore(candidate.base, fresh.length / remaining.length) : candidate.score;
    // The price asked, which the first answer leaves out, is the card's to give from the answer threshold: "how much
    // is the sports certificate? my son is 15" gets the policy on minors and the certificate's price. The card must
    // name something the first answer is also about (not a price list fetched by "how much" alone).
    const priceBar =
      price && candidate.kind === 'service' && [...candidate.explains].some((u) => !asksPrice.has(u) && answered.has(u))
        ? tuning.answerThreshold
        : SECOND_PART;
    if (score < priceBar) continue;
    chosen.push(sharper(candidate, fresh, rest));
    for (const u of fresh) {
      explained.add(u);
      answered.add(u);
    }
  }
  // A condition the answer leaves out is the question: "mi perra está embarazada, se la puede bañar?" is not
  // answered by the bath's price.
  if (best.kind !== 'booking' && best.score < tuning.sureScore && leavesOut(chosen, reading, content)) return undefined;
  const note = `${best.kind}${best.hit ? ` ${best.hit.kind}:${best.hit.id}` : ''} ${best.score.toFixed(2)}${
    rival ? ` over ${rival.hit ? `${rival.hit.kind}:${rival.hit.id}` : rival.kind} ${rival.score.toFixed(2)}` : ''
  }`;
  return { chosen, confidence, note };
}
