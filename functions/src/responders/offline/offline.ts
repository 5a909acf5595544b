/**
 * The offline responder: answers from the business's own data with
 * retrieval and rules, no LLM and no API key. It is the default when no
 * provider is configured and the last fallback when they fail, so it aims
 * to be a front desk a business could run on: prices with their
 * conditions, hours (of the week or of a given day), address, Q&A and
 * articles across the business's languages, and a clean handoff to a
 * person whenever it is not sure — or when the customer may be in danger.
 *
 * A German message is first read in standard German (dialect.ts: Swiss,
 * Austrian, Bavarian words spelt out). In order: safety (domain/safety.ts), prompt injection
 * (domain/injection.ts), a request for a person, a complaint; then every
 * answer the data could give competes on its score (candidates.ts) and the
 * best one answers if it clears the calibrated threshold.
 *
 * It only ever says business content or fixed templates, never text taken
 * from the customer's message. It is pure: time comes from `request.now`.
 */
import { emergencyAdvice } from '../../domain/emergency-advice.js';
import { isCrisis } from '../../domain/safety.js';
import { NEAR_QA, type ConversationTurn, type ReplyRequest, type ReplyResult, type Responder } from '../responder.js';
import { actsOnOwnBooking, type Candidate, candidates } from './candidates.js';
import { DEFAULT_TUNING, select, type Tuning } from './select.js';
import {
  assemble,
  type ComposeContext,
  emergencyReply,
  endOfLifeReply,
  handoffReply,
  type Part,
  refusalReply,
  smallTalkReply,
} from './compose.js';
import {
  asksForPerson,
  asksForRecordAction,
  complaintReading,
  complains,
  END_OF_LIFE,
  endOfLife,
  RECORD_ACTION,
} from './complaint.js';
import { answerKey, clauseAnswers, type ClauseAnswers } from './questions.js';
import { endsWithBookPrompt } from './messages/index.js';
import { emergencyIn, injectionIn, spokenForms } from './dialect.js';
import { bookingPart, emergencyAdvicePart } from './parts.js';
import { replyStyle } from './style.js';
import { read, type Reading } from './understand.js';
import { spansOverlap } from '../../domain/lexicon/phrases.js';

export { chooseLanguage } from './understand.js';
export { CLEAR_LEADER, clearsBar, DEFAULT_TUNING, type Tuning } from './select.js';

/** Longer messages are cut: the start says what the customer wants. */
const MAX_CHARS = 1500;

/** "yes" right after we offered to book. */
function acceptsBookingOffer(history: readonly ConversationTurn[], reading: Reading): boolean {
  const last = history.at(-1);
  const words = reading.classification.wordCount;
  return reading.has('yes') && words <= 4 && last?.author === 'ai' && endsWithBookPrompt(last.text);
}

const ACK_EMOJI = /^(?:\s|\u{FE0F}|[\u{1F3FB}-\u{1F3FF}]|👍|👌|🙏|✅|🙂|😊|☺|❤|♥|🥰|😍)+$/u;

/** A wave, and nothing else: hello. */
const WAVE = /^(?:\s|\u{FE0F}|[\u{1F3FB}-\u{1F3FF}]|\u200D|[♀♂]|👋|🖐|✋|🙋)+$/u;

/** A bare "ok" or 👍 after an answer: nothing to hand off. */
function isAcknowledgement(text: string, reading: Reading): boolean {
  return ACK_EMOJI.test(text) || (reading.has('yes') && reading.classification.wordCount <= 2);
}

export function respond(request: ReplyRequest, tuning: Tuning = DEFAULT_TUNING): ReplyResult {
  const { business, contact, history, now } = request;
  // Dialect German read as standard German by everything below ("isch" is "ist", "Impfig" "Impfung").
  const forms = spokenForms(request.message.text.slice(0, MAX_CHARS), business, contact);
  const text = forms[0]!;
  const reading = read(business, contact, text, now);
  const ctx: ComposeContext = {
    business,
    language: reading.language,
    now,
    contactName: contact.name,
    style: replyStyle(business.styleGuide),
  };
  if (!text.trim()) return handoffReply(ctx, 'unsupported', `${request.message.type} message without text`);

  // Safety before anything else: never hours or a booking offer to someone who may be in danger.
  const safety = emergencyIn(forms);
  if (safety.emergency) {
    const advice = emergencyAdvice(business);
    const part = advice ? emergencyAdvicePart(business, advice) : undefined;
    const extra = { safety: { emergency: safety.emergency, evidence: safety.evidence } };
    return emergencyReply(ctx, isCrisis(safety.emergency), part, extra);
  }
  // Never act on a message that tries to instruct us; a person can read it.
  const injection = injectionIn(forms);
  if (injection.attempts.length > 0) {
    const detail = `message reads like instructions to the assistant (${injection.attempts.join(', ')})`;
    return refusalReply(ctx, detail, { injection: injection.attempts });
  }
  const said = complaintReading(reading, text);
  // Letting their animal go: a person answers, with care, not the price list.
  if (endOfLife(said)) return endOfLifeReply(ctx, END_OF_LIFE);
  if (asksForPerson(said)) return handoffReply(ctx, 'requested');
  if (asksForRecordAction(said)) return handoffReply(ctx, 'requested', RECORD_ACTION);
  if (complains(said)) return handoffReply(ctx, 'complaint');

  const greet = reading.has('salam')
    ? 'salam'
    : reading.has('greeting') || WAVE.test(text.trim())
      ? 'hello'
      : undefined;
  const all = candidates(ctx, reading);
  if (acceptsBookingOffer(history, reading)) return bookingReply(ctx, [], greet, 0.8, 'accepted our offer to book');
  const selection = select(all, reading, tuning);
  // Several questions in one message: each clause is also answered on its own.
  const explained = new Set(selection?.chosen.flatMap((c) => [...c.explains]));
  const answered = (clause: number) =>
    reading.content.some(
      (u) =>
        explained.has(u) && (reading.search.analysis.positions[u] ?? []).some((p) => reading.clauses[p] === clause),
    );
  const whole = selection?.chosen.some((c) => c.kind !== 'booking') ?? false;
  const byClause = clauseAnswers(business, contact, text, now, ctx, tuning, answered, whole);
  const closes = closingSmallTalk(reading);
  // Thanks and a goodbye together, asking nothing, close the conversation whatever they tell besides ("thank you
  // so much, I feel much lighter after the hijama, bye"): what they tell is no question for the knowledge.
  const takesLeave = reading.has('thanks') && reading.has('goodbye');
  if (
    closes &&
    (!selection || takesLeave || onlyDays(selection.chosen) || selection.confidence < tuning.answerThreshold)
  ) {
    return smallTalkReply(ctx, closes);
  }
  if (selection) {
    const { confidence, note } = selection;
    let chosen = selection.chosen;
    if (byClause) {
      // A clause's confident answer the whole-message answer left out joins it.
      // Not one the answer already gives: the same entry, or services the whole-message card already lists,
      // or the week's hours beside the hours of the day asked about ("ouverts jeudi 24 ? jusqu'à quelle heure").
      // Nor the price list fetched by a clause that only asks "how much?" when an entry chosen names its price.
      const prices = reading.unitsWith('price');
      const given = (c: Candidate) =>
        chosen.some(
          (k) =>
            answerKey(k) === answerKey(c) ||
            (k.kind === 'hours-date' && c.kind === 'hours') ||
            (k.kind === c.kind &&
              c.part.sources.length > 0 &&
              c.part.sources.every((s) => k.part.sources.includes(s))) ||
            (c.kind === 'services' && k.kind === 'knowledge' && prices.some((u) => k.explains.has(u))),
        );
      const extra = byClause.chosen.filter((c) => c.score >= tuning.answerThreshold && !given(c));
      chosen = [...chosen, ...extra];
    }
    const answers = chosen.filter((c) => c.kind !== 'booking');
    const parts: Part[] = answers.map((c) => c.part);
    if (answers.length < chosen.length) {
      // A question answered beside a wish to come ("are you open on the 11th? need to come in the afternoon", "I want
      // to book the negafa, how much is the deposit?"): the answer is what the customer needs to decide. The reply
      // gives it and says how to book, and the assistant keeps the conversation (the intent says booking) until the
      // customer asks only to book. Moving or cancelling their own booking is a person's to do.
      // Every part was chosen surely (the whole message's answer, a part of it that answers words of its own, a
      // clause's sure answer); a question nothing answered still goes to a person.
      const decides =
        reading.asks && answers.length > 0 && !(byClause && byClause.unanswered > 0) && !actsOnOwnBooking(reading);
      return bookingReply(ctx, parts, greet, confidence, note, !decides);
    }
    // A question of its own that nothing answered ("…and do you sell dog food?") goes to a person.
    const rest = byClause && byClause.unanswered > 0 ? partly(byClause) : undefined;
    const bookPrompt = chosen[0]!.kind === 'service' && !rest;
    return assemble(ctx, parts, { greet, bookPrompt, confidence, extra: { note }, ...rest });
  }
  // The message asks about something the business never wrote about ("…os puedo dejar mi cv"): that
  // part is a person's, and another part is answered only by a sure match, not by a word it shares
  // with a service ("buscáis peluquera canina?" is no question about the grooming price).
  const asksAbsent = reading.search.absent.length > 0;
  const clauseChosen = byClause?.chosen.filter((c) => !asksAbsent || c.score >= tuning.sureScore) ?? [];
  if (byClause && clauseChosen.length > 0) {
    const parts = clauseChosen.map((c) => c.part);
    const confidence = Math.min(...clauseChosen.map((c) => c.score));
    const note = `by clause: ${clauseChosen.map(answerKey).join(' + ')}`;
    // Some of it answered, the rest for a person: give what we can and say so.
    const unanswered = Math.max(byClause.unanswered, asksAbsent ? 1 : 0);
    const rest = unanswered > 0 ? partly({ ...byClause, unanswered }) : undefined;
    return assemble(ctx, parts, { greet, confidence, extra: { note }, ...rest });
  }
  if (reading.content.length === 0) {
    // "Adeu, bona vesprada" says goodbye with a greeting's words.
    if (reading.has('goodbye')) return smallTalkReply(ctx, 'goodbye');
    // "Hola, gracias!" closes a conversation: thanks is what needs an answer.
    // ("Salam" shares its root with Arabic thanks: then it is a greeting, unless thanks are said apart from it:
    // "salam, chokran bzaf 3la lm3louma".)
    if (reading.has('thanks') && (greet !== 'salam' || thanksApart(reading))) return smallTalkReply(ctx, 'thanks');
    if (greet) return smallTalkReply(ctx, greet);
    // "ok va bene", "passt scho", "ta bom": every word an acknowledgement, however many.
    if (reading.has('yes') || isAcknowledgement(text, reading)) return smallTalkReply(ctx, 'ack');
  }
  if (isAcknowledgement(text, reading)) return smallTalkReply(ctx, 'ack');
  const best = all[0];
  // "Good morning! Quick question": a greeting that announces what comes next, nothing to answer yet.
  if (greet && opensConversation(reading) && (best?.score ?? 0) < tuning.clearFloor) return smallTalkReply(ctx, greet);
  // "bom dia gente, tudo bem?", "bom dia manas, tudo fixe?": a short greeting whose other words are everyday ones
  // (who is greeted) asks after no topic when the greeting is what it ends on, question mark or not (questions.ts
  // reads a clause the same way). "Hello, is it possible?" asks something a person must read.
  const everyday = reading.search.analysis.everyday;
  const { matches, wordCount } = reading.classification;
  const endsGreeting = matches.some((m) => m.key === 'greeting' && m.end >= wordCount);
  if (
    greet &&
    wordCount <= SHORT_OPENING &&
    reading.content.every((u) => everyday.has(u)) &&
    (!reading.asks || endsGreeting) &&
    (best?.score ?? 0) < tuning.clearFloor
  )
    return smallTalkReply(ctx, greet);
  const confidence = Math.min(0.3, best?.score ?? 0);
  const why = best
    ? `best answer ${best.kind}${best.hit ? ` ${best.hit.id}` : ''} scored ${best.score.toFixed(2)}`
    : 'nothing matched';
  const reply = handoffReply(ctx, 'low_confidence', 'no confident answer in the business knowledge', confidence, {
    note: why,
  });
  const nearQa = nearestQa(all, reading);
  return nearQa.length > 0 ? { ...reply, handoff: { ...reply.handoff!, nearQa } } : reply;
}

/**
 * The Q&A entries closest to the message, each once, for the dashboard to
 * offer staff: the candidates' in their order, then the search's (it keeps
 * weaker matches than the candidates do: on the development splits the right
 * entry was among five for 52 of 64 handed-off Q&A questions, against 40).
 */
function nearestQa(all: readonly Candidate[], reading: Reading): string[] {
  const ranked = all.flatMap((c) => (c.hit?.kind === 'qa' && c.score > 0 ? [c.hit.id] : []));
  const searched = reading.search.knowledge.flatMap((h) => (h.kind === 'qa' ? [h.id] : []));
  return [...new Set([...ranked, ...searched])].slice(0, NEAR_QA);
}

/** Asking, requesting or booking: the customer wants something, so small talk alone is not the answer. */
const wantsSomething = (reading: Reading) => reading.asks || reading.has('request') || reading.has('bookingAct');

/**
 * "Thanks, see you Saturday!", "merci, à demain", "thank u!! he looks
 * amazing 😍": thanks or a goodbye that asks for nothing closes the
 * conversation, whatever day or words come with it.
 */
function closingSmallTalk(reading: Reading): 'thanks' | 'goodbye' | undefined {
  if (wantsSomething(reading)) return undefined;
  // "Salam" shares its root with Arabic thanks: then it is a greeting, unless thanks are said apart from it.
  const thanks = reading.has('thanks') && (!reading.has('salam') || thanksApart(reading));
  // "Thanks, have a nice day!" is answered as thanks ("you're welcome"); "thanks, bye!" takes leave.
  if (thanks && !reading.has('farewell')) return 'thanks';
  return reading.has('goodbye') ? 'goodbye' : thanks ? 'thanks' : undefined;
}

/** Only the hours of a day were found: in a closing message that is the day of the visit, not a question. */
const onlyDays = (chosen: readonly Candidate[]) => chosen.every((c) => c.kind.startsWith('hours'));

/** A short greeting that neither asks nor requests: the question is still to come. */
const SHORT_OPENING = 6;
function opensConversation(reading: Reading): boolean {
  return !wantsSomething(reading) && reading.classification.wordCount <= SHORT_OPENING;
}

/** The rest of a message of several questions, for a person: the handoff and the line that says so. */
function partly(byClause: ClauseAnswers) {
  const detail = `${byClause.unanswered} of ${byClause.asked} questions unanswered`;
  return { handoff: { reason: 'low_confidence' as const, detail }, personFollows: true };
}

/**
 * Booking needs a person until the booking dialogue exists: say how it works, mark the intent, and hand off
 * (`handOff`); a reply that answers the question the customer asks first says how to book and keeps the
 * conversation.
 */
function bookingReply(
  ctx: ComposeContext,
  parts: Part[],
  greet: 'hello' | 'salam' | undefined,
  confidence: number,
  note: string,
  handOff = true,
): ReplyResult {
  const handoff = handOff ? { reason: 'unsupported' as const, detail: 'booking request' } : undefined;
  return assemble(ctx, [...parts, bookingPart(ctx, confidence)], {
    greet,
    handoff,
    confidence,
    extra: { intent: 'booking', note },
  });
}

export const offlineResponder: Responder = {
  name: 'offline',
  reply: (request) => Promise.resolve(respond(request)),
};

/** Whether thanks are said in words of their own, not only in the "salam" that shares their root. */
function thanksApart(reading: Reading): boolean {
  const { matches } = reading.classification;
  const salam = matches.filter((m) => m.key === 'salam');
  return matches.some((m) => m.key === 'thanks' && !salam.some((g) => spansOverlap(g, m)));
}
