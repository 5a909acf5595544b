/**
 * The shapes of the documents in Firestore (docs/architecture.md draws
 * them). Times are `Date`s here; Firestore stores Timestamps and the store
 * converts. The dashboard reads the same shapes.
 *
 * Documents that people can write from outside the functions (owners and
 * staff through the dashboard, the seed) have zod schemas, and the store
 * checks them when it reads them: a bad edit fails loudly where it is read,
 * with the field named, instead of deep inside a pipeline. Documents only
 * the functions write are typed, not re-checked.
 */
import { z } from 'zod';
import {
  BusinessProfile,
  ChannelAccount,
  ChannelType,
  Holiday,
  LanguageCode,
  Policy,
  Settings,
  StyleGuide,
  WeeklyHours,
} from '../domain/business.js';
import { Appointment } from '../domain/booking/appointment.js';
import { ClientProfile } from '../domain/booking/clients.js';
import type { LockEntry } from '../domain/booking/locks.js';
import { readMemory } from '../domain/contact-memory.js';
import type { HandoffReason } from '../domain/conversation.js';
import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  type MessageContent,
  type OutboundButton,
  type OutboundTemplate,
  type StatusEvent,
} from '../domain/message.js';
import type { OutboxState } from '../domain/work-state.js';

const date = z.date();
const optionalDate = date.nullish();

// ------------------------------------------------------------ the business

export const BusinessDocSchema = z.object({
  id: z.string(),
  profile: BusinessProfile,
  hours: WeeklyHours,
  holidays: z.array(Holiday).default([]),
  policies: z.array(Policy).default([]),
  styleGuide: StyleGuide,
  settings: Settings,
  channels: z.array(ChannelAccount).default([]),
  webchatAccountId: z.string().nullish(),
  /** Moves on every change of the business or what it describes (services, knowledge): caches key on it. */
  revision: z.string(),
  createdAt: optionalDate,
  updatedAt: optionalDate,
});
export type BusinessDoc = z.infer<typeof BusinessDocSchema>;

// ------------------------------------------------------------ contacts and conversations

export const ContactDocSchema = z.object({
  name: z.string().nullish(),
  /** Names the channels gave (WhatsApp profile name, Telegram first name), by channel: `name` wins. */
  channelNames: z.record(z.string(), z.string()).optional(),
  language: LanguageCode.nullish(),
  /** The channel identities of this person: `${channel}:${userId}`. */
  identities: z.array(z.string()).default([]),
  /** What booking keeps on the person (the name to book under, phone, staff notes, no-shows); pets are under `pets`. */
  client: ClientProfile.optional(),
  createdAt: optionalDate,
  lastSeenAt: optionalDate,
  /**
   * What the AI remembers (domain/contact-memory.ts), written by the reply
   * pipeline and edited by staff. Read leniently: whatever does not fit is
   * dropped, so one bad edit never makes the contact unreadable.
   */
  memory: z
    .unknown()
    .transform((stored) => (stored === undefined || stored === null ? undefined : readMemory(stored)))
    .optional(),
  /** When the contact's last messages arrived, oldest first (at most MAX_COUNTED_MESSAGES): the flood limit counts them. */
  inboundAt: z.array(date).optional(),
  /** A flood going on (domain/rate-limit.ts): since when, and when the customer got the one polite message. */
  flood: z.object({ since: date, noticeAt: optionalDate }).nullish(),
});
export type ContactDoc = z.infer<typeof ContactDocSchema>;

/** One line of the recent history kept on the conversation, so a reply needs no history query. */
export const TurnSchema = z.object({
  author: z.enum(['customer', 'ai', 'staff', 'system']),
  text: z.string(),
  at: date,
  messageId: z.string(),
});
export type Turn = z.infer<typeof TurnSchema>;

/** ReplyHandoff.nearQa: the Q&A entries closest to a question the AI could not answer. */
const nearQa = z.array(z.string()).nullish();

const HANDOFF_REASONS = [
  'requested',
  'low_confidence',
  'complaint',
  'unsupported',
  'staff',
  'error',
  'emergency',
] as const satisfies readonly HandoffReason[];

export const ConversationDocSchema = z.object({
  contactId: z.string(),
  channel: ChannelType,
  accountId: z.string(),
  userId: z.string(),
  /** The customer's name, and the language we answer in, as the reply needs them (copied from the contact). */
  contactName: z.string().nullish(),
  language: LanguageCode.nullish(),
  /** Absent means the AI: a conversation starts with it. */
  owner: z.enum(['ai', 'human']).default('ai'),
  handoff: z.object({ reason: z.enum(HANDOFF_REASONS), detail: z.string().nullish(), nearQa, at: date }).nullish(),
  /** Last time the customer wrote: opens WhatsApp's 24-hour window. */
  lastInboundAt: optionalDate,
  /** Last time a person on staff wrote; the AI resumes after a quiet period. */
  lastHumanAt: optionalDate,
  lastMessageAt: date,
  lastMessagePreview: z.string().default(''),
  unread: z.number().default(0),
  /**
   * The provider's thread the customer last wrote in, where a channel has
   * several routes to one customer (Qiscus: the bot webhook's room): the
   * reply goes back the same way.
   */
  providerThreadId: z.string().nullish(),
  /** The last turns, oldest first (bounded: see RECENT_TURNS). */
  recent: z.array(TurnSchema).default([]),
  createdAt: optionalDate,
  /** The reply being written for this conversation, held while it is (pipeline/turn.ts): one turn at a time. */
  replying: z.object({ messageId: z.string(), until: date }).nullish(),
  /** The out-of-hours notice the customer got last, by the opening it named (domain/out-of-hours.ts). */
  closedNotice: z.object({ opensAt: date.nullable(), at: date }).nullish(),
  /**
   * What responder parts keep between turns, by the part that owns it
   * (`booking`: the booking dialogue's state). JSON values; each part
   * checks its own on read (responders/responder.ts, `ConversationState`).
   */
  responderState: z.record(z.string(), z.unknown()).optional(),
  /** The person on staff who has it (took it over, replied first, or was assigned from the dashboard). */
  assignee: z.object({ uid: z.string(), name: z.string() }).nullish(),
  /**
   * Staff's labels, for the inbox's filter. Members write them directly (firestore.rules bounds the list),
   * so a list that is not all text reads as none rather than making the conversation unreadable.
   */
  labels: z.array(z.string()).optional().catch(undefined),
});
export type ConversationDoc = z.infer<typeof ConversationDocSchema>;

// ------------------------------------------------------------ messages

/** Fields every work item keeps (see store/work-item.ts). */
const WorkFields = {
  attempts: z.number().int().nonnegative().default(0),
  leaseUntil: optionalDate,
  nextAttemptAt: optionalDate,
  /** When the sweep should look at this item; null once it is finished. */
  dueAt: optionalDate,
  reason: z.string().nullish(),
  /** Written by each claim: a transaction run again after its own commit landed recognises its claim. */
  claimToken: z.string().nullish(),
};

const ProcessingSchema = z.object({
  state: z.enum(['pending', 'processing', 'done', 'skipped', 'failed']),
  ...WorkFields,
  replyMessageId: z.string().nullish(),
});

const StoredMediaSchema = z.object({
  state: z.literal('stored'),
  attempts: z.number(),
  /** Object path in the media store: businesses/{businessId}/media/{messageId}/{name}.{ext}. */
  path: z.string(),
  /** gs://bucket/path in production; file:///… under the emulators. */
  uri: z.string(),
  size: z.number(),
  contentType: z.string(),
  /** Hex SHA-256 of the stored bytes. */
  sha256: z.string(),
  storedAt: date,
  dueAt: optionalDate,
});

const MediaStateSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('pending'),
    attempts: z.number(),
    leaseUntil: date,
    dueAt: optionalDate,
    claimToken: z.string().nullish(),
  }),
  StoredMediaSchema,
  z.object({
    state: z.literal('failed'),
    attempts: z.number(),
    reason: z.string(),
    retryable: z.boolean(),
    at: date,
    dueAt: optionalDate,
  }),
]);
export type MediaState = z.infer<typeof MediaStateSchema>;
export type StoredMedia = z.infer<typeof StoredMediaSchema>;

const MediaRefSchema = z.object({
  providerMediaId: z.string().nullish(),
  url: z.string().nullish(),
  mimeType: z.string().nullish(),
  fileName: z.string().nullish(),
  sha256: z.string().nullish(),
});

/**
 * Message content as stored: a text message's text is in the message's
 * `text` field only (never twice), the rest as the channel gave it.
 */
const StoredContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().optional() }),
  z.object({
    type: z.enum(['image', 'video', 'document', 'sticker']),
    media: MediaRefSchema,
    caption: z.string().nullish(),
  }),
  z.object({ type: z.literal('audio'), media: MediaRefSchema, voice: z.boolean() }),
  z.object({
    type: z.literal('location'),
    latitude: z.number(),
    longitude: z.number(),
    name: z.string().nullish(),
    address: z.string().nullish(),
  }),
  z.object({ type: z.literal('interactive'), replyId: z.string(), title: z.string() }),
  z.object({ type: z.literal('reaction'), emoji: z.string(), toProviderMessageId: z.string() }),
  z.object({ type: z.literal('unsupported'), providerType: z.string(), summary: z.string() }),
]);

const DeliverySchema = z.object({
  status: z.enum([...DELIVERY_STATUSES, 'cancelled']),
  at: date,
  error: z.object({ code: z.string(), message: z.string() }).nullish(),
});

export const UsageSchema = z.object({
  inputTokens: z.number(),
  outputTokens: z.number(),
  cacheReadTokens: z.number().nullish(),
  cacheWriteTokens: z.number().nullish(),
  costUsd: z.number(),
  calls: z.number().nullish(),
  priced: z.boolean().nullish(),
});
export type StoredUsage = z.infer<typeof UsageSchema>;

const ToolCallSchema = z.object({
  name: z.string(),
  /** The arguments as the model sent them, as JSON text (cut at MAX_TOOL_ARGUMENTS). */
  arguments: z.string(),
  ok: z.boolean(),
  summary: z.string(),
  durationMs: z.number(),
  by: z.string(),
});

const AttemptSchema = z.object({
  provider: z.string(),
  model: z.string(),
  outcome: z.enum(['answered', 'failed', 'skipped']),
  reason: z.string().nullish(),
  status: z.number().nullish(),
  durationMs: z.number(),
});

const AiSchema = z.object({
  responder: z.string(),
  confidence: z.number(),
  sources: z.array(z.string()),
  language: z.string(),
  handoff: z.object({ reason: z.enum(HANDOFF_REASONS), detail: z.string().nullish(), nearQa }).nullish(),
  /** The customer message the reply answers; with a burst, the newest of them. */
  inReplyTo: z.string(),
  /** Every customer message the reply answers, oldest first (a burst answered at once). */
  answers: z.array(z.string()).nullish(),
  /** Tokens and cost of the model calls behind the reply. */
  usage: UsageSchema.nullish(),
  /** Every tool the AI called, for staff to see. */
  toolCalls: z.array(ToolCallSchema).nullish(),
  /** The LLM providers asked or skipped, in order: which answered, why the others did not. */
  attempts: z.array(AttemptSchema).nullish(),
  /** The money check: amounts the reply stated that the business never set, and whether it was regenerated. */
  grounding: z.object({ regenerated: z.boolean(), ungrounded: z.array(z.string()) }).nullish(),
  /** The customer's message read like instructions to the AI: the kinds of attempt (domain/injection.ts), or true. */
  injection: z.union([z.boolean(), z.array(z.string())]).nullish(),
  /** What the customer was trying to do when a later step should take over ('booking'). */
  intent: z.string().nullish(),
  /** A possible medical emergency: its kind and the words that showed it. */
  safety: z.object({ emergency: z.string(), evidence: z.array(z.string()) }).nullish(),
  /** The language of the business's own text in the reply, when it differs from the reply's (the reply says so). */
  answerLanguage: z.string().nullish(),
  /** Why this answer, or why no answer, in a line for staff. */
  note: z.string().nullish(),
  /** Tool calls waiting for the owner's approval (booking), their input as JSON text. */
  approvals: z.array(z.object({ tool: z.string(), input: z.string() })).nullish(),
  /** The out-of-hours notice opens this reply. */
  closedNotice: z.boolean().nullish(),
});

export const MessageDocSchema = z.object({
  conversationId: z.string(),
  contactId: z.string(),
  channel: ChannelType,
  direction: z.enum(['in', 'out']),
  author: z.enum(['customer', 'ai', 'staff', 'system']),
  content: StoredContentSchema,
  /** The plain text (a text message's text, a caption, a title): stored once, here. */
  text: z.string(),
  /** Set when the text was longer than MAX_INLINE_TEXT: the whole of it is in the media store. */
  textOverflow: z.object({ path: z.string(), uri: z.string(), size: z.number(), sha256: z.string() }).nullish(),
  providerMessageId: z.string().nullish(),
  createdAt: date,
  /** When the provider says the customer sent it. */
  sentAt: optionalDate,
  processing: ProcessingSchema.nullish(),
  delivery: DeliverySchema.nullish(),
  media: MediaStateSchema.nullish(),
  ai: AiSchema.nullish(),
  /** A voice note's transcript, stored once so a retried reply never transcribes it again. */
  transcript: z.object({ text: z.string(), model: z.string(), language: z.string().nullish(), at: date }).nullish(),
  /** Quick replies sent with an outbound message. */
  buttons: z.array(z.object({ id: z.string(), title: z.string() })).nullish(),
  /** A staff reply: who wrote it (as the dashboard writes it), and where from when not the dashboard. */
  staff: z.object({ uid: z.string(), name: z.string() }).nullish(),
  via: z.enum(['dashboard', 'telegram']).nullish(),
  /** A staff reply scheduled to go out at this time (its outbox item waits until then). */
  scheduledFor: optionalDate,
});
type StoredMessage = z.infer<typeof MessageDocSchema>;

/** A message as the pipelines see it: the content whole again (a text message carries its text). */
export type MessageDoc = Omit<StoredMessage, 'content'> & { content: MessageContent };

/** Longest text kept inline in a message document; beyond it the whole text goes to the media store. */
export const MAX_INLINE_TEXT = 32_000;
/** Longest JSON text of a tool call's arguments kept on a reply. */
export const MAX_TOOL_ARGUMENTS = 2_000;

// ------------------------------------------------------------ server-only documents

/** Delivery of one outbound message (see pipeline/outbox.ts for the states). */
export interface OutboxDoc {
  messageId: string;
  /** Who wrote it: an AI reply is cancelled if a person wrote after it was composed. */
  author: 'ai' | 'staff' | 'system';
  conversationId: string;
  channel: ChannelType;
  accountId: string;
  userId: string;
  text: string;
  buttons?: OutboundButton[] | null;
  image?: { url: string; mimeType?: string } | null;
  template?: OutboundTemplate | null;
  state: OutboxState;
  attempts: number;
  createdAt: Date;
  leaseUntil?: Date | null;
  nextAttemptAt?: Date | null;
  dueAt?: Date | null;
  claimToken?: string | null;
  lastError?: { code: string; message: string; retryable: boolean } | null;
  /**
   * Set while an attempt's outcome is unknown (it timed out after the
   * request went out): the provider may have delivered it. Cleared by a
   * status that names this item, or when the item is sent again.
   */
  unconfirmed?: { since: Date; attempt: number } | null;
  sentAt?: Date | null;
  providerMessageId?: string | null;
  /** A scheduled staff reply: not claimed before this time (nextAttemptAt and dueAt say the same). */
  scheduledFor?: Date | null;
}

/**
 * A question a customer asked that the AI handed to staff, with the answer
 * a person gave (pipeline/suggested-qa.ts): an owner accepts it as a Q&A
 * entry, edits it first, or dismisses it.
 */
export interface SuggestedQaDoc {
  conversationId: string;
  channel: ChannelType;
  question: string;
  /** The customer messages the question is made of. */
  questionMessageIds: string[];
  answer: string;
  answerMessageId: string;
  handoffReason: HandoffReason;
  /**
   * The Q&A entries the AI found closest to the question, best first: the
   * dashboard offers to keep the question as another wording of one of them.
   */
  nearQa?: string[] | null;
  staff: { uid: string; name: string };
  state: 'open' | 'accepted' | 'dismissed';
  createdAt: Date;
  decidedAt?: Date | null;
  decidedBy?: { uid: string; name: string } | null;
  /** The Q&A entry made from it, or given its question as another wording, once accepted. */
  qaId?: string | null;
  /** Accepted as another wording of an existing entry (`qaId`) rather than as a new entry. */
  asAlternate?: boolean | null;
}

export interface DeadLetterDoc {
  source: string;
  reason: string;
  /** The raw payload or the fragment concerned, as text, up to MAX_DEAD_LETTER_BYTES. */
  payload: string;
  /** The whole payload in the media store, when it was larger than the inline limit. */
  payloadRef?: { path: string; uri: string; size: number } | null;
  accountId?: string | null;
  receivedAt: Date;
}

/** A delivery status that arrived before the send it is about was recorded (kept a week). */
export interface ParkedStatusDoc {
  channel: StatusEvent['channel'];
  providerMessageId: string;
  status: StatusEvent['status'];
  at: Date;
  error: { code: string; message: string } | null;
  reason: string;
  expireAt: Date;
}

/** Integrations shown beside the channels in diagnostics (their access may lapse like a channel's). */
export type IntegrationType = 'google-calendar' | 'clinic-api' | 'stripe';

/** Channel diagnostics per business and account (and per booking integration: `google-calendar_primary`). */
export interface ChannelStatusDoc {
  channel: ChannelType | IntegrationType;
  accountId: string;
  lastWebhookAt?: Date;
  lastSendAt?: Date;
  lastError?: { at: Date; message: string };
  sends?: number;
  failures?: number;
}

export interface ChannelAccountDoc {
  businessId: string;
  type: ChannelType;
  accountId: string;
}

export interface WebhookKeyDoc {
  businessId: string;
  channel: ChannelType;
}

/**
 * Per-business credentials: `channels.<type>.<name>`; booking's: the Google
 * refresh token (the OAuth connect flow writes it), the clinic system's
 * bearer token, and the business's Stripe connected account.
 */
export interface BusinessSecretsDoc {
  channels?: Partial<Record<ChannelType, Record<string, string | undefined>>>;
  google?: { refreshToken?: string; scope?: string; connectedAt?: Date; revokedAt?: Date | null } | undefined;
  clinicApi?: { token?: string } | undefined;
  stripe?: { accountId?: string } | undefined;
}

// ------------------------------------------------------------ booking

/** Where the sweep looks for lapsed holds and unpaid bookings: `expiry.hold.dueAt`, `expiry.payment.dueAt`. */
const ExpirySchema = z.strictObject({
  hold: z.strictObject({ dueAt: date.nullable() }),
  payment: z.strictObject({ dueAt: date.nullable() }),
});

/** The Stripe Checkout session asking for the deposit. */
const CheckoutSchema = z.strictObject({
  sessionId: z.string(),
  url: z.string(),
  amount: z.number(),
  expiresAt: date,
  /** The connected account it was created on (Stripe Connect). */
  account: z.string().nullish(),
});

/**
 * An appointment as stored (domain/booking/appointment.ts), with what the
 * store keeps beside it: when the sweep must look at it, the deposit's
 * checkout, and the reminders scheduled for it.
 */
export const AppointmentDocSchema = Appointment.extend({
  expiry: ExpirySchema,
  checkout: CheckoutSchema.nullish(),
  reminderIds: z.array(z.string()).default([]),
  /** The customer said they will come (a reminder's Confirm). */
  attendanceConfirmedAt: date.nullish(),
});
export type AppointmentDoc = z.infer<typeof AppointmentDocSchema>;

/** A slot lock (domain/booking/locks.ts): one capacity unit in one UTC hour. */
export interface SlotLockDoc {
  unit: string;
  /** The start of the hour cell: availability queries the locks of a range by it. */
  cell: Date;
  entries: LockEntry[];
}

/**
 * A step of a booking change that calls a vendor (a Checkout session, a
 * refund, the calendar event or the clinic system's booking), written in the
 * same transaction as the change and run after it; a work item the sweep
 * retries until it is done or fails for good (visibly).
 */
export interface BookingTaskDoc {
  appointmentId: string;
  kind: 'payment' | 'refund' | 'calendar' | 'expire_checkout';
  /** calendar: upsert or delete; refund: the refund's index in the appointment's refunds. */
  op?: 'upsert' | 'delete';
  refundIndex?: number;
  state: 'pending' | 'running' | 'retry' | 'done' | 'failed';
  attempts: number;
  leaseUntil?: Date | null;
  nextAttemptAt?: Date | null;
  dueAt?: Date | null;
  lastError?: { message: string; retryable: boolean } | null;
  createdAt: Date;
  doneAt?: Date | null;
}

/** A reminder before an appointment, sent through the outbox when due (`dueAt` = when). */
export interface ReminderDoc {
  appointmentId: string;
  /** The appointment's start it was scheduled for: a moved appointment's old reminders are skipped. */
  start: Date;
  at: Date;
  state: 'pending' | 'sending' | 'retry' | 'sent' | 'skipped' | 'failed';
  attempts: number;
  leaseUntil?: Date | null;
  nextAttemptAt?: Date | null;
  dueAt?: Date | null;
  reason?: string | null;
  /** The outbox item it became. */
  outboxId?: string | null;
  createdAt: Date;
}

/** A Stripe event, stored under its id before it is handled: a redelivery finds it and changes nothing. */
export interface StripeEventDoc {
  type: string;
  /** The connected account it came from (Connect), if any. */
  account: string | null;
  businessId: string | null;
  appointmentId: string | null;
  /** The fields of the Checkout session the handler needs. */
  session: {
    id: string;
    paymentIntent: string | null;
    amountTotal: number | null;
    currency: string | null;
    paymentStatus: string | null;
  } | null;
  livemode: boolean;
  created: Date;
  state: 'pending' | 'processing' | 'retry' | 'done' | 'ignored' | 'failed';
  attempts: number;
  leaseUntil?: Date | null;
  nextAttemptAt?: Date | null;
  dueAt?: Date | null;
  reason?: string | null;
  receivedAt: Date;
}

/** An OAuth connect flow in progress: the `state` parameter names it, and it is used once. */
export interface OAuthStateDoc {
  provider: 'google';
  businessId: string;
  /** PKCE: the verifier whose hash the authorisation request carried. */
  codeVerifier: string;
  redirectUri: string;
  createdAt: Date;
  expiresAt: Date;
}

export type { DeliveryStatus };

export type * from './notification-documents.js';
export type { DailyUsageDoc, ProviderUsage } from './usage-documents.js';
export type { ChannelDay, DailyMetricsDoc, MoneyDay, ResponseStats } from './metrics-documents.js';
