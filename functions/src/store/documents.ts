/**
 * The shapes of the documents the functions write. The dashboard reads the
 * same shapes (docs/architecture.md). Timestamps are Firestore Timestamps.
 */
import type { Timestamp } from 'firebase-admin/firestore';
import type { DeliveryStatus, MessageContent, OutboundButton, OutboundTemplate } from '../domain/message.js';
import type { ConversationOwner, HandoffReason } from '../domain/conversation.js';
import type { OutboxState, ProcessingState } from '../domain/work-state.js';
import type { ChannelType, LanguageCode } from '../domain/business.js';

export interface ContactDoc {
  name?: string;
  language?: LanguageCode;
  /** The channel identities of this person: `${channel}:${userId}`. */
  identities: string[];
  createdAt: Timestamp;
  lastSeenAt: Timestamp;
}

export interface ConversationDoc {
  contactId: string;
  channel: ChannelType;
  accountId: string;
  userId: string;
  contactName?: string;
  owner: ConversationOwner;
  handoff?: { reason: HandoffReason; detail?: string; at: Timestamp } | null;
  /** Last time the customer wrote: opens WhatsApp's 24-hour window. */
  lastInboundAt?: Timestamp;
  /** Last time a person on staff wrote; the AI resumes after a quiet period. */
  lastHumanAt?: Timestamp;
  lastMessageAt: Timestamp;
  lastMessagePreview: string;
  unread: number;
  createdAt: Timestamp;
}

export interface MessageDoc {
  conversationId: string;
  contactId: string;
  channel: ChannelType;
  direction: 'in' | 'out';
  author: 'customer' | 'ai' | 'staff' | 'system';
  content: MessageContent;
  /** Plain text of the message for lists and search (caption, title, …). */
  text: string;
  providerMessageId?: string | null;
  createdAt: Timestamp;
  /** When the provider says the customer sent it. */
  sentAt?: Timestamp;
  processing?: {
    state: ProcessingState;
    attempts: number;
    leaseUntil?: Timestamp | null;
    reason?: string | null;
    replyMessageId?: string | null;
  };
  delivery?: {
    status: DeliveryStatus | 'cancelled';
    at: Timestamp;
    error?: { code: string; message: string } | null;
  };
  /**
   * For messages with a photo, voice note, video, document or sticker: our
   * copy of the media (providers' URLs expire). pending (lease) → stored |
   * failed; see media/media-state.ts. Failed media keeps the reason for staff.
   */
  media?:
    | { state: 'pending'; attempts: number; leaseUntil: Timestamp }
    | {
        state: 'stored';
        attempts: number;
        /** Object path in the media store: businesses/{businessId}/media/{messageId}/{name}.{ext}. */
        path: string;
        /** gs://bucket/path in production; file:///… under the emulators. */
        uri: string;
        size: number;
        contentType: string;
        /** Hex SHA-256 of the stored bytes. */
        sha256: string;
        storedAt: Timestamp;
      }
    | { state: 'failed'; attempts: number; reason: string; retryable: boolean; at: Timestamp };
  /** For AI replies: how it was produced, for staff to see why. */
  ai?: {
    responder: string;
    confidence: number;
    sources: string[];
    language: LanguageCode;
    handoff?: { reason: HandoffReason; detail?: string } | null;
    inReplyTo: string;
  };
}

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
  createdAt: Timestamp;
  leaseUntil?: Timestamp | null;
  nextAttemptAt?: Timestamp | null;
  lastError?: { code: string; message: string; retryable: boolean } | null;
  sentAt?: Timestamp | null;
  providerMessageId?: string | null;
}

export interface DeadLetterDoc {
  source: string;
  reason: string;
  /** The raw payload or the fragment concerned, as text (never parsed again implicitly). */
  payload: string;
  accountId?: string | null;
  receivedAt: Timestamp;
}

/** Something staff must know about, shown in the dashboard (and sent to the owner's Telegram). */
export interface NotificationDoc {
  kind: 'delivery_failed';
  conversationId: string;
  messageId: string;
  channel: ChannelType;
  reason: string;
  createdAt: Timestamp;
  read: boolean;
}
