/**
 * The offline responder: answers from the business's own data with
 * retrieval and rules, no LLM and no API key. It is the default when no
 * provider is configured, so it aims to be a front desk a business could
 * run on: prices, hours, address, Q&A and articles in the customer's
 * language, and a clean handoff to a person whenever it is not sure.
 *
 * It only ever says business content or fixed templates, never text taken
 * from the customer's message, which is what makes it immune to prompt
 * injection. It is pure: time comes from `request.now`.
 */
import { type LanguageGuess, detectLanguage } from '../../domain/language.js';
import type { LanguageCode } from '../../domain/business.js';
import type {
  BusinessContext,
  ContactMemory,
  ConversationTurn,
  ReplyRequest,
  ReplyResult,
  Responder,
} from '../responder.js';
import { type ComposeContext, type Part, assemble, handoffReply, smallTalkReply } from './compose.js';
import { CUE_LANGUAGES, type Intent, classify } from './intents.js';
import type { CueLanguage } from './lexicon.js';
import { endsWithBookPrompt } from './messages.js';
import {
  bookingPart,
  contactPart,
  hoursPart,
  knowledgePart,
  locationPart,
  serviceListPart,
  servicePart,
} from './parts.js';
import { businessIndex } from './retrieval.js';

/** A Q&A or article this strong is the answer, ahead of any rule. */
const STRONG_MATCH = 0.75;
/** Weaker matches answer only when no rule did. */
const WEAK_MATCH = 0.45;
/** Longer messages are cut: the start says what the customer wants. */
const MAX_CHARS = 1500;
const INJECTION = 'message reads like instructions to the assistant';

/**
 * The detected language if the business speaks it and the guess is sure
 * (or we know nothing better), else the contact's language, else the
 * business default.
 */
export function chooseLanguage(
  guess: LanguageGuess,
  contact: ContactMemory,
  languages: readonly LanguageCode[],
): string {
  const supported = (l: string | undefined): l is string => l !== undefined && languages.includes(l);
  if (supported(guess.language) && (guess.confidence >= 0.5 || !supported(contact.language))) return guess.language;
  if (supported(contact.language)) return contact.language;
  return languages[0] ?? 'en';
}

/**
 * Which languages' cues to look for: all of them unless the language is
 * clear, then that one plus English and Arabic(-izi), which customers mix
 * into every other language.
 */
function cueLanguages(guess: LanguageGuess): readonly CueLanguage[] {
  if (!guess.language || guess.confidence < 0.5) return CUE_LANGUAGES;
  return CUE_LANGUAGES.filter((l) => l === guess.language || l === 'en' || l === 'ar');
}

/** "yes" right after we offered to book. */
function acceptsBookingOffer(
  history: readonly ConversationTurn[],
  intents: ReadonlySet<Intent>,
  words: number,
): boolean {
  const last = history.at(-1);
  return intents.has('yes') && words <= 4 && last?.author === 'ai' && endsWithBookPrompt(last.text);
}

const ACK_EMOJI = /^(?:\s|\u{FE0F}|[\u{1F3FB}-\u{1F3FF}]|👍|👌|🙏|✅|🙂|😊|☺|❤|♥|🥰|😍)+$/u;

/** A bare "ok" or 👍 after an answer: nothing to hand off. */
function isAcknowledgement(text: string, intents: ReadonlySet<Intent>, words: number): boolean {
  return ACK_EMOJI.test(text) || (intents.has('yes') && words <= 2);
}

interface Answer {
  parts: Part[];
  /** End with "would you like to book?" (a service was the answer). */
  offerBooking: boolean;
  /** The best knowledge match strength, answered or not. */
  knowledgeStrength: number;
}

const present = (parts: (Part | undefined)[]): Part[] => parts.filter((p): p is Part => p !== undefined);

/** Hours, address and contact details, for the intents that ask for them. */
function ruleParts(business: BusinessContext, now: Date, has: (intent: Intent) => boolean): (Part | undefined)[] {
  return [
    has('openNow') || has('hours') ? hoursPart(business, now, has('openNow')) : undefined,
    has('location') ? locationPart(business) : undefined,
    has('contact') ? contactPart(business) : undefined,
  ];
}

/** What the business's own data says to the message, most specific first. */
function findAnswer(business: BusinessContext, now: Date, text: string, has: (intent: Intent) => boolean): Answer {
  const booking = has('booking');
  const index = businessIndex(business);
  const knowledge = index.findKnowledge(text);
  const knowledgeStrength = knowledge?.strength ?? 0;
  const services = index.findServices(text);
  const asksPrice = has('price') || has('duration');

  // 1. A price or duration question about a named service (plus hours, address… if also asked).
  if (asksPrice && services.length > 0) {
    const parts = present([servicePart(business, services, 'price'), ...ruleParts(business, now, has)]);
    return { parts, offerBooking: true, knowledgeStrength };
  }
  // 2. A strong Q&A or article match is the whole answer: rules would only repeat it.
  if (knowledge && knowledgeStrength >= STRONG_MATCH) {
    return { parts: present([knowledgePart(business, knowledge)]), offerBooking: false, knowledgeStrength };
  }
  // 3. Rules: a service named outright ("do you do underarms?"), the service list, hours, address, contact.
  const named = services.filter((s) => s.nameCoverage >= 0.99 && s.queryCoverage >= 0.5);
  const parts = present([
    named.length > 0 ? servicePart(business, named, 'info') : undefined,
    has('services') || asksPrice ? serviceListPart(business) : undefined,
    ...ruleParts(business, now, has),
  ]);
  // 4. A weaker Q&A or article match, when no rule answered (and it is not a booking request, which
  //    shares words like "book" and "Saturday" with too many entries).
  if (parts.length === 0 && !booking && knowledge && knowledgeStrength >= WEAK_MATCH) {
    parts.push(...present([knowledgePart(business, knowledge)]));
  }
  return { parts, offerBooking: named.length > 0, knowledgeStrength };
}

export function respond(request: ReplyRequest): ReplyResult {
  const { business, contact, history, now } = request;
  const text = request.message.text.slice(0, MAX_CHARS);
  const guess = detectLanguage(text);
  const language = chooseLanguage(guess, contact, business.profile.languages);
  const ctx: ComposeContext = { business, language, now, contactName: contact.name };
  if (!text.trim()) return handoffReply(ctx, 'unsupported', `${request.message.type} message without text`);

  const { intents, wordCount, unexplained } = classify(text, cueLanguages(guess));
  const has = (intent: Intent) => intents.has(intent);
  if (has('complaint')) return handoffReply(ctx, 'complaint');
  if (has('human')) return handoffReply(ctx, 'requested');
  // Never answer a message that tries to instruct us; a person can read it.
  if (has('injection')) return handoffReply(ctx, 'low_confidence', INJECTION, 0.1);

  const { parts, offerBooking, knowledgeStrength } = findAnswer(business, now, text, has);
  const greet = has('salam') ? 'salam' : has('greeting') ? 'hello' : undefined;
  if (has('booking') || acceptsBookingOffer(history, intents, wordCount)) {
    // No booking tools yet: say how booking works and let a person confirm.
    const handoff = { reason: 'unsupported' as const, detail: 'booking request' };
    return assemble(ctx, [...parts, bookingPart(business)], { greet, handoff });
  }
  if (parts.length > 0) return assemble(ctx, parts, { greet, bookPrompt: offerBooking });
  // "Hi! Do you have parking near the clinic?" with no answer found is a question, not a greeting.
  if (greet && unexplained < 2) return smallTalkReply(ctx, greet);
  if (isAcknowledgement(text, intents, wordCount)) return smallTalkReply(ctx, 'ack');
  if (has('thanks')) return smallTalkReply(ctx, 'thanks');
  if (has('goodbye')) return smallTalkReply(ctx, 'goodbye');
  const confidence = Math.min(0.3, knowledgeStrength);
  return handoffReply(ctx, 'low_confidence', 'no confident answer in the business knowledge', confidence);
}

export const offlineResponder: Responder = {
  name: 'offline',
  reply: (request) => Promise.resolve(respond(request)),
};
