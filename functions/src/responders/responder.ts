/**
 * The responder port: given a business, a contact and the conversation so
 * far, produce the next reply. Implementations: the offline responder
 * (retrieval + rules, no API key needed) and, later, LLM providers.
 *
 * To add a responder: write one file exporting an object that satisfies
 * `Responder`, register it in `registry.ts`, and add it to the shared
 * contract suite in `responder.contract.ts`.
 */
import type { Business, LanguageCode } from '../domain/business.js';
import type { HandoffReason } from '../domain/conversation.js';
import type { InjectionKind } from '../domain/injection.js';
import type { EmergencyKind } from '../domain/safety.js';

/** Everything the business has told us, as the responder sees it. */
export type BusinessContext = Business;

export interface ConversationTurn {
  author: 'customer' | 'ai' | 'staff' | 'system';
  text: string;
  at: Date;
}

export interface ContactMemory {
  name?: string | undefined;
  /** The language we last answered this contact in. */
  language?: LanguageCode | undefined;
}

export interface ReplyRequest {
  business: BusinessContext;
  contact: ContactMemory;
  /** Earlier turns, oldest first; excludes `message`. */
  history: ConversationTurn[];
  /** The customer's message to answer (text, caption or transcript). */
  message: { text: string; type: string };
  now: Date;
}

export type { HandoffReason };

export interface ReplyResult {
  text: string;
  language: LanguageCode;
  /** Set when a person should take over; the pipeline makes staff the owner. */
  handoff?: { reason: HandoffReason; detail?: string } | undefined;
  /** 0..1, how sure the responder is that `text` answers the message. */
  confidence: number;
  /** Ids of the knowledge used (Q&A, articles, services), for staff to see why. */
  sources: string[];
  /** Which responder produced it, and how (e.g. "offline:qa"). */
  responder: string;
  usage?: { inputTokens: number; outputTokens: number; costUsd: number } | undefined;
  /**
   * The language of the business's own text in the reply, when the business
   * wrote it only in another language than `language` (the reply says so).
   */
  answerLanguage?: LanguageCode | undefined;
  /**
   * What the customer is trying to do, when a later step should take over:
   * `booking` (book, move or cancel an appointment) is for the booking dialogue.
   */
  intent?: 'booking' | undefined;
  /** Set when the message describes a possible medical emergency (domain/safety.ts). */
  safety?: { emergency: EmergencyKind; evidence: string[] } | undefined;
  /** Set when the message tries to instruct the assistant (domain/injection.ts). */
  injection?: InjectionKind[] | undefined;
  /** A short explanation for staff: why this answer, or why no answer. */
  note?: string | undefined;
}

export interface Responder {
  readonly name: string;
  reply(request: ReplyRequest): Promise<ReplyResult>;
}
