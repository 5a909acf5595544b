/**
 * A message that asks several things ("how much is a cleaning? do you have
 * parking? open sunday?") gets each answered, in one reply. Every clause
 * (domain/clauses.ts) is read and decided on its own, as if it were the
 * whole message, with the same thresholds; the whole message's answer
 * stays first, and a clause adds its answer when the customer asked it
 * and the whole-message answer did not give it.
 *
 * A clause that finds no answer is what must go to a person: the reply
 * then gives what it could and says a person will follow up.
 */
import { endsAsking, splitClauses } from '../../domain/clauses.js';
import { normalise } from '../../domain/text.js';
import type { ContactMemory } from '../responder.js';
import type { BusinessContext } from '../responder.js';
import { type Candidate, candidates } from './candidates.js';
import type { ComposeContext } from './compose.js';
import { type Selection, select, type Tuning } from './select.js';
import { BECAUSE, read, type Reading, refersBack } from './understand.js';

/** More clauses than this is a story told, not a list of questions: read whole. */
const MAX_CLAUSES = 4;

export interface ClauseAnswers {
  /** Answers of the clauses that found one, in the order asked (one per answer, never twice). */
  chosen: Candidate[];
  /** Clauses that ask something (a question mark, a question word) and found no answer, or ask to book. */
  unanswered: number;
  /** Clauses that ask something (small talk left out). */
  asked: number;
}

/** A clause with at most this many words of content, after an answered one, asks a detail of its answer. */
const DETAIL_WORDS = 2;

/** Words that ask whether what was said is a problem, normal, serious: of another clause, not a question of its own. */
const followUp = (reading: ReturnType<typeof read>) => reading.unitsWith('worry');

/** What identifies an answer: the same entry or the same service card is one answer. */
export const answerKey = (c: Candidate) =>
  `${c.kind}:${c.hit ? `${c.hit.kind}:${c.hit.id}` : ''}:${c.part.sources.join(',')}`;

/**
 * A question about booking ("can we book from abroad and pay before we arrive?", "how far ahead should we book?"):
 * an entry of the business's knowledge that holds the booking's words and answers the clause surely is the
 * answer, not a booking request. The clause is chosen among the other candidates; the booking stays the
 * message's intent.
 */
function aboutBooking(found: readonly Candidate[], reading: Reading, tuning: Tuning): Selection | undefined {
  const booking = found.find((c) => c.kind === 'booking');
  if (!booking || !reading.asks) return undefined;
  const rest = found.filter((c) => c.kind !== 'booking');
  const selection = select(rest, reading, tuning);
  const [best] = selection?.chosen ?? [];
  const holds = best?.kind === 'knowledge' && [...booking.explains].some((u) => best.explains.has(u));
  return holds && best.score >= tuning.answerThreshold ? selection : undefined;
}

/**
 * `answered(i)` says whether the whole message's answer already answers
 * clause i (it explains words of it); `whole`, whether the whole message
 * found an answer at all.
 */
export function clauseAnswers(
  business: BusinessContext,
  contact: ContactMemory,
  text: string,
  now: Date,
  ctx: ComposeContext,
  tuning: Tuning,
  answered: (clause: number) => boolean = () => false,
  whole = false,
): ClauseAnswers | undefined {
  const clauses = splitClauses(text);
  // A long message is a story told, read whole; its questions (a question mark) are still each asked.
  const long = clauses.length > MAX_CLAUSES;
  const asking = clauses.flatMap((clause, i) => (!long || endsAsking(clause) ? [i] : []));
  if (asking.length < 2 || asking.length > MAX_CLAUSES) return undefined;
  const questions = clauses.filter(endsAsking).length;
  const marked = questions > 0;
  const chosen: Candidate[] = [];
  // Clauses left unanswered with what they found: another clause's answer may answer them too.
  const open: { reading: Reading; found: readonly Candidate[] }[] = [];
  let unanswered = 0;
  let asked = 0;
  for (const i of asking) {
    const clause = clauses[i]!;
    const reading = read(business, contact, clause, now);
    if (reading.content.length === 0) continue; // "hi", "thanks": small talk, not a question
    // "…is that a problem?", "c'est grave ?", "é normal?": asks about what the message said before it.
    if (i > 0 && reading.content.every((u) => followUp(reading).includes(u))) continue;
    // "…ou é só pra aprender? pq aí nem marco almoço": a clause opening with "because" after a question, with no
    // question mark of its own, tells why the customer asks; it asks nothing of its own. Unless it names again what
    // the question asks about ("…hace falta receta? xq la receta no sé dónde la dejó"): then it is read with it.
    if (i > 0 && marked && !endsAsking(clause) && givesReason(reading, clauses.slice(0, i))) continue;
    // "…hat jetzt 142tkm drauf?": everyday words and figures tell about the case; they ask nothing of their own.
    if (i > 0 && reading.content.every((u) => tellsOnly(reading, u))) continue;
    // "oii gente tudo bem?", "hola chicos, qué tal?": a greeting of everyday words asks after no topic.
    if (reading.has('greeting') && reading.content.every((u) => tellsOnly(reading, u))) continue;
    asked++;
    // "…the ENT found nothing. Does osteopathy help with this?": read alone, "this" is lost, and an answer
    // found for the rest of it (osteopathy in general) answers another question. What answers the story (the
    // whole message, or a clause that tells it: "il est autiste… vous pouvez le soigner ?") answers it.
    if (i > 0 && reading.aboutStory) {
      const told = whole || chosen.length > 0 || clauses.slice(0, i).some((_, k) => answered(k));
      if (!told && !answered(i)) unanswered++;
      continue;
    }
    // "First lesson on Thursday 🙈 what do they wear??": a day in a clause that tells, in a message whose
    // questions are marked, is when the thing told happens; its hours answer no question.
    const tells = marked && !endsAsking(clause);
    const found = candidates(ctx, reading).filter((c) => !(tells && c.kind === 'hours-date'));
    const selection = aboutBooking(found, reading, tuning) ?? select(found, reading, tuning);
    if (!selection || selection.chosen.some((c) => c.kind === 'booking')) {
      // "…vengo desde Burjassot" tells, it does not ask ("mi novio es irlandés" has a question word, not a
      // question mark): only a question that the whole message's answer left unanswered needs a person.
      const asks = marked ? endsAsking(clause) : reading.asks;
      // "…collare o pipetta?", "…is it extra?": a clause of a word or two after an answered one asks a detail
      // of that answer, which a person reading it can see; it is no question of its own to hand over. The
      // answered one may stand a remark earlier ("how many packs do I need?? dont wanna run out lol. and
      // prestretched is fine yeah?"). Not when it names an offering the business never wrote about ("…and do
      // you do microblading?").
      const detail =
        i > 0 &&
        reading.content.length <= DETAIL_WORDS &&
        reading.search.absent.length === 0 &&
        (chosen.length > 0 || clauses.slice(0, i).some((_, k) => answered(k)));
      // The one question of a message, after the clauses that tell its case, finding nothing of its own ("my
      // mother has a pacemaker. Her GP suggested acupuncture. Can she have the one with the current?"): it asks
      // about what they told, and the whole message's answer answers it. Not when it names an offering the
      // business never wrote about ("I have a pacemaker. Do you do microblading?").
      const dependent = whole && i > 0 && questions === 1 && !selection && reading.search.absent.length === 0;
      // "Was ist im Paket drin? … Oder kommt vor Ort noch was dazu?": a question that opens with "or" is the other
      // side of the one before it; "…what shampoo do you use? can I bring hers and you use that one instead?", one
      // that points back at it ("that", "das", "ça", "isso") asks on about the same thing. Answered with it, unless
      // it names an offering the business never wrote about.
      const opening = normalise(clause).split(' ');
      const followsOn = OR.has(opening[0] ?? '') || refersBack(opening);
      const alternative =
        i > 0 && followsOn && reading.search.absent.length === 0 && (chosen.length > 0 || answered(i - 1));
      if (asks && !answered(i) && !detail && !dependent && !alternative) {
        unanswered++;
        open.push({ reading, found });
      }
      continue;
    }
    for (const candidate of selection.chosen) {
      if (!chosen.some((c) => answerKey(c) === answerKey(candidate))) chosen.push(candidate);
    }
  }
  // "Atendéis a mujeres solas?? Q opciones tengo, inseminacion, fiv...?": the answer found for one question
  // (single women: insemination or IVF with a donor) also answers the other, which alone found it too weakly.
  // A question is answered when an answer chosen for another one is among its own candidates and explains
  // most of what it asks.
  const keys = new Set(chosen.map(answerKey));
  for (const { reading, found } of open) {
    const covered =
      found.some((c) => c.score > 0 && keys.has(answerKey(c)) && explainsMost(c, reading)) ||
      chosen.some(
        (c) =>
          c.kind === 'hours-date' &&
          (namesAll(c, reading, ctx, business) || asksHoliday(reading) || asksHours(reading)),
      );
    if (covered) unanswered--;
  }
  return asked >= 2 ? { chosen, unanswered, asked } : undefined;
}

/** Whether an answer explains at least half of the words a clause asks about (everyday words and figures aside). */
function explainsMost(candidate: Candidate, reading: Reading): boolean {
  const asked = reading.content.filter((u) => !tellsOnly(reading, u));
  const explained = asked.filter((u) => candidate.explains.has(u));
  return asked.length > 0 && explained.length * 2 >= asked.length;
}

/**
 * "…mañana lunes abris? …es todavía ramadán?": the hours of a date say the occasion that day falls in ("Monday
 * 8 March (Ramadan hours): 9:30–15:00"), which answers a question asking whether it is that occasion. A clause
 * is answered by a date's hours that write every word it asks about that the business's entries hold, in the
 * reply's language or the business's.
 */
function namesAll(candidate: Candidate, reading: Reading, ctx: ComposeContext, business: BusinessContext): boolean {
  // What it asks about is what the business's texts hold of it ("ramadán", not "todavía" or "no").
  const held = new Set(reading.search.knowledge.flatMap((k) => k.hit.matched));
  const asked = reading.content.filter((u) => !tellsOnly(reading, u) && held.has(u));
  if (asked.length === 0) return false;
  const { positions, words } = reading.search.analysis;
  const written = new Set(
    [ctx.language, ...business.profile.languages].flatMap((language) =>
      normalise(candidate.part.render(language).text).split(' '),
    ),
  );
  return asked.every((u) => (positions[u] ?? []).some((p) => written.has(words[p] ?? '')));
}

/**
 * "…abrís el viernes 17? es festivo?", "c'est férié ce jour-là ?": a clause that asks only whether the day is a
 * public holiday (with opening words, everyday words and figures) is answered by the hours of the day named, which
 * give the holiday's name when the business keeps it, and the day's plain hours when it does not.
 */
function asksHoliday(reading: Reading): boolean {
  const holiday = reading.unitsWith('publicHoliday');
  const opening = reading.unitsWith('opening');
  return (
    holiday.length > 0 &&
    reading.content.every((u) => holiday.includes(u) || opening.includes(u) || tellsOnly(reading, u))
  );
}

/**
 * "…bukra 3andkon el portes ouvertes? la ayya se3a fetho?", "¿abrís el sábado? ¿hasta qué hora?": a clause that asks
 * only until, from or when it starts (opening words, everyday words and figures) asks the hours of the day another clause
 * named, which its answer gives.
 */
function asksHours(reading: Reading): boolean {
  const hours = ['opening', 'working', 'start'].flatMap((key) => reading.unitsWith(key));
  return hours.length > 0 && reading.content.every((u) => hours.includes(u) || tellsOnly(reading, u));
}

/** A clause that opens with "because" and names nothing the clauses before it named: the reason, told. */
function givesReason(reading: Reading, before: readonly string[]): boolean {
  const { words, positions } = reading.search.analysis;
  if (!BECAUSE.has(words[0] ?? '')) return false;
  const said = new Set(before.flatMap((c) => normalise(c).split(' ')));
  return !reading.content.some((u) => (positions[u] ?? []).some((p) => said.has(words[p] ?? '')));
}

/** "Or" opening a clause, in the languages Frontdesk reads ("or", "ou", "o", "oppure", "oder", "أو", "ولا", "wala"). */
const OR = new Set(['or', 'ou', 'o', 'u', 'oppure', 'oder', 'او', 'ولا', 'والا', 'wala', 'walla', 'aw', 'ola']);

/** A unit that is an everyday word or a figure ("jetzt", "drauf", "142tkm"): no topic a clause could ask about. */
function tellsOnly(reading: Reading, unit: number): boolean {
  const { everyday, positions, words } = reading.search.analysis;
  return everyday.has(unit) || (positions[unit] ?? []).every((p) => /\d/.test(words[p] ?? ''));
}
