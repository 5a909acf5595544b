/**
 * The responder port: given a business, a contact and the conversation so
 * far, produce the next reply. Implementations: the offline responder
 * (retrieval + rules, no API key needed) and the conversation engine
 * (responders/llm: Claude and OpenAI with tools, falling back to offline).
 *
 * To add a responder: write one file exporting an object that satisfies
 * `Responder`, register it in `registry.ts`, and add it to the shared
 * contract suite in `responder.contract.ts`.
 *
 * State between turns. A responder part that must remember something from
 * one turn to the next in a conversation (the booking dialogue: which
 * service, which day, the held slot) keeps it in `ConversationState`, under
 * a key it owns ('booking'). The pipeline passes the stored state in
 * `ReplyRequest.conversationState` and stores what comes back in
 * `ReplyResult.conversationState` in the reply's own transaction: a key set
 * to a value replaces that part's state, a key set to null removes it, a
 * key left out is kept. Values are JSON (no nested arrays, at most
 * MAX_STATE_BYTES each); a part reads its own through `stateSlot`, which
 * checks it with the part's zod schema, so a shape stored by an older
 * version reads as absent rather than breaking the turn.
 */
import type { z } from 'zod';
import type { CustomerBooking } from '../domain/booking/assistant.js';
import type { Business, LanguageCode } from '../domain/business.js';
import type { ContactMemory as StoredMemory, ContactMemoryPatch } from '../domain/contact-memory.js';
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

/** What we remember about the contact (domain/contact-memory.ts); every field may be absent. */
export interface ContactMemory {
  name?: string | undefined;
  /** The language we last answered this contact in. */
  language?: LanguageCode | undefined;
  /** How to address them where grammar needs it (Arabic, French, Spanish). */
  gender?: StoredMemory['gender'] | undefined;
  pets?: StoredMemory['pets'] | undefined;
  preferences?: string[] | undefined;
  notes?: string[] | undefined;
}

/** A photo or voice note of the message, as the media step stored it. */
export interface MessageMedia {
  kind: 'image' | 'audio' | 'video' | 'document' | 'sticker';
  mimeType: string;
  /** The bytes from our media store (preferred: a vendor cannot reach the emulator's files). */
  data?: Buffer | undefined;
  /** Or an https URL the vendor can fetch (a signed Cloud Storage URL). */
  url?: string | undefined;
  fileName?: string | undefined;
  /** An audio message recorded as a voice note. */
  voice?: boolean | undefined;
  /** A transcript already stored for it (a redelivered turn): it is not transcribed again. */
  transcript?: string | undefined;
}

export interface ReplyRequest {
  business: BusinessContext;
  contact: ContactMemory;
  /** Earlier turns, oldest first; excludes `message`. */
  history: ConversationTurn[];
  /** The customer's message to answer (text, caption or transcript), with its stored media. */
  message: {
    text: string;
    type: string;
    media?: MessageMedia[] | undefined;
    /** The id of the button the customer pressed (an interactive reply; `text` is its title). */
    replyId?: string | undefined;
  };
  now: Date;
  /** The inbound message's id: tools with side effects use it as their idempotency key. */
  messageId?: string | undefined;
  /**
   * This customer's bookings (booking/ports.ts `customerBooking`, bound to the contact and the conversation):
   * the engine's tools and the offline dialogue use it; absent where booking is not wired.
   */
  booking?: CustomerBooking | undefined;
  /** When the reply must be ready; the business's `settings.ai.replySeconds` applies when absent or later. */
  deadline?: Date | undefined;
  /** The business's LLM spend today (its time zone); at `settings.ai.dailyBudgetUsd` the offline responder answers. */
  spentTodayUsd?: number | undefined;
  /** What responder parts kept from earlier turns, by part (see the top of this file). */
  conversationState?: ConversationState | undefined;
  /**
   * The business is closed. 'now': the pipeline opens this reply with a
   * line saying when it opens (do not say it again); 'earlier': the
   * customer was told in an earlier reply of this closed period.
   */
  closedNotice?: 'now' | 'earlier' | undefined;
}

/** Responder parts' state between turns, by the part that owns it ('booking'). */
export type ConversationState = Readonly<Record<string, unknown>>;

/** Changes to it from one reply: a value replaces the part's state, null removes it. */
export type ConversationStateChanges = Record<string, unknown>;

/** Largest JSON of one part's state; a bigger one is not stored (and logged). */
export const MAX_STATE_BYTES = 16_000;

/** A responder part's own slot in the conversation state, read through its schema. */
export interface StateSlot<T> {
  readonly key: string;
  /** The part's state, or undefined when there is none or it no longer fits the schema. */
  read(state: ConversationState | undefined): T | undefined;
  /** The change that stores `value` (or removes the part's state, for undefined). */
  write(value: T | undefined): ConversationStateChanges;
}

export function stateSlot<S extends z.ZodType>(key: string, schema: S): StateSlot<z.output<S>> {
  return {
    key,
    read(state) {
      const stored = state?.[key];
      if (stored === undefined || stored === null) return undefined;
      const parsed = schema.safeParse(stored);
      return parsed.success ? parsed.data : undefined;
    },
    write: (value) => ({ [key]: value === undefined ? null : value }),
  };
}

export type { HandoffReason };

/** Why a person should take over. */
export interface ReplyHandoff {
  reason: HandoffReason;
  detail?: string | undefined;
  /**
   * The business's Q&A entries closest to a question the responder could not
   * answer surely, best first (ids): when staff answer it, the dashboard offers
   * to keep the customer's words as another wording of one of them
   * (pipeline/suggested-qa.ts), so the next customer who asks so is answered.
   */
  nearQa?: string[] | undefined;
}

/** How many Q&A entries a handoff names as the closest, at most. */
export const NEAR_QA = 5;

export interface ReplyResult {
  text: string;
  language: LanguageCode;
  /** Set when a person should take over; the pipeline makes staff the owner. */
  handoff?: ReplyHandoff | undefined;
  /** 0..1, how sure the responder is that `text` answers the message. */
  confidence: number;
  /** Ids of the knowledge used (Q&A, articles, services), for staff to see why. */
  sources: string[];
  /** Which responder produced it, and how (e.g. "offline:qa", "anthropic:claude-sonnet-5-5"). */
  responder: string;
  usage?: ReplyUsage | undefined;
  /** Every tool the AI called, in order, for staff to see (failed provider attempts included). */
  toolCalls?: ToolCallRecord[] | undefined;
  /** Each LLM provider asked or skipped, in order: which answered and why the others did not. */
  attempts?: ProviderAttempt[] | undefined;
  /** Changes to the contact's memory the AI asked for; the pipeline applies them (applyMemoryPatch). */
  memory?: ContactMemoryPatch[] | undefined;
  /** Tool calls that wait for the owner's approval (booking issue); the pipeline asks the owner. */
  approvals?: { tool: string; input: unknown }[] | undefined;
  /** The transcript of the message's voice note, for the pipeline to store on the message. */
  transcript?: { text: string; model: string; language?: string | undefined } | undefined;
  /** The money check on the reply: stated amounts not in the business's data, and whether it was regenerated. */
  grounding?: { regenerated: boolean; ungrounded: string[] } | undefined;
  /**
   * The message tries to instruct the assistant (prompt injection): the kinds
   * of attempt (domain/injection.ts), or `true` where only the fact is known.
   */
  injection?: InjectionKind[] | boolean | undefined;
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
  /** A short explanation for staff: why this answer, or why no answer. */
  note?: string | undefined;
  /** Quick replies to send with the text (buttons where the channel has them, a numbered list elsewhere). */
  buttons?: { id: string; title: string }[] | undefined;
  /** Changes to the conversation state (see the top of this file). */
  conversationState?: ConversationStateChanges | undefined;
}

/**
 * Tokens and cost of the model calls behind one reply (transcription
 * included in `costUsd`). `inputTokens` are billed at the full rate; cache
 * reads and writes are counted apart.
 */
export interface ReplyUsage {
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  cacheReadTokens?: number | undefined;
  cacheWriteTokens?: number | undefined;
  /** Model calls made (tool rounds and failed attempts included). */
  calls?: number | undefined;
  /** False when a model used has no entry in the price table (its cost counted as 0). */
  priced?: boolean | undefined;
}

export interface ToolCallRecord {
  name: string;
  /** The arguments as the model sent them (validated or not). */
  arguments: unknown;
  ok: boolean;
  /** One line for staff: what it found or did, or why it failed. */
  summary: string;
  durationMs: number;
  /** "anthropic:claude-sonnet-5-5": which model called it. */
  by: string;
}

export interface ProviderAttempt {
  provider: string;
  model: string;
  outcome: 'answered' | 'failed' | 'skipped';
  /** Why it failed or was skipped: timeout, rate_limited, overloaded, server_error, network, auth, bad_request, invalid_reply, circuit_open, no_time, over_budget, no_key. */
  reason?: string | undefined;
  /** HTTP status of the failed call. */
  status?: number | undefined;
  durationMs: number;
}

export interface Responder {
  readonly name: string;
  /** Set by a responder that reads `ReplyRequest.spentTodayUsd`: the pipeline reads the day's totals only for it. */
  readonly usesDailySpend?: boolean;
  reply(request: ReplyRequest): Promise<ReplyResult>;
}
