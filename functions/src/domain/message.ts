/**
 * The normalised message model: what every channel adapter parses into and
 * sends from, and what the pipelines and the store keep.
 * Nothing provider-specific travels past an adapter.
 */
import type { ChannelType } from './business.js';

export interface MediaRef {
  /** Provider's media id (WhatsApp, Telegram file_id) when it has one. */
  providerMediaId?: string | undefined;
  /** Provider's URL when it gives one; such URLs expire. */
  url?: string | undefined;
  mimeType?: string | undefined;
  fileName?: string | undefined;
  sha256?: string | undefined;
}

export type MessageContent =
  | { type: 'text'; text: string }
  | { type: 'image' | 'video' | 'document' | 'sticker'; media: MediaRef; caption?: string | undefined }
  | { type: 'audio'; media: MediaRef; voice: boolean }
  | { type: 'location'; latitude: number; longitude: number; name?: string | undefined; address?: string | undefined }
  | { type: 'interactive'; replyId: string; title: string }
  | { type: 'reaction'; emoji: string; toProviderMessageId: string }
  | { type: 'unsupported'; providerType: string; summary: string };

export type MessageType = MessageContent['type'];

export interface InboundMessageEvent {
  kind: 'message';
  channel: ChannelType;
  /** The business's account at the provider: routes the event to its business. */
  accountId: string;
  /** The customer's id on this channel (a WhatsApp number, a page-scoped id, …). */
  userId: string;
  userName?: string | undefined;
  providerMessageId: string;
  timestamp: Date;
  content: MessageContent;
  /** A message the business itself sent from elsewhere (phone app, Meta inbox). */
  echo?: boolean | undefined;
  /** The customer's language where the channel says it (the web chat page's): a hint for a new contact. */
  languageHint?: string | undefined;
  /**
   * The provider's conversation the message arrived in, when replies must be
   * addressed to it rather than to the customer (Qiscus Omnichannel's room,
   * for messages from its Bot Webhook). Keep the latest one per conversation
   * and pass it back on `OutboundMessage.providerThreadId`; its absence
   * means "reply to the customer directly".
   */
  providerThreadId?: string | undefined;
}

export const DELIVERY_STATUSES = ['queued', 'sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface StatusEvent {
  kind: 'status';
  channel: ChannelType;
  accountId: string;
  userId: string;
  providerMessageId: string;
  status: Exclude<DeliveryStatus, 'queued'>;
  timestamp: Date;
  error?: { code: string; message: string } | undefined;
  /**
   * What we attached to the send and the provider echoes in its statuses
   * (WhatsApp's `biz_opaque_callback_data`, Messenger's echo metadata): our
   * outbox item's id, which proves a send whose answer we never got did go out.
   */
  callbackData?: string | undefined;
}

export type InboundEvent = InboundMessageEvent | StatusEvent;

/** A part of an authentic delivery that we could not use, kept with the reason. */
export interface Unprocessable {
  reason: string;
  /** The piece of the payload concerned (JSON-serialisable). */
  fragment: unknown;
  accountId?: string | undefined;
}

export interface ParsedDelivery {
  events: InboundEvent[];
  unprocessable: Unprocessable[];
}

/** A quick-reply choice. Channels without buttons get a numbered list in the text instead. */
export interface OutboundButton {
  id: string;
  title: string;
}

/**
 * A pre-approved message template (WhatsApp): the only thing WhatsApp lets a
 * business send outside the 24-hour customer-service window.
 */
export interface OutboundTemplate {
  name: string;
  language: string;
  /** Values for the body's {{1}}, {{2}}, … in order. */
  bodyParameters: string[];
}

/** What the outbox asks an adapter to send. */
export interface OutboundMessage {
  accountId: string;
  userId: string;
  /** Plain text (may use *bold* and _italic_); adapters convert it to what the channel renders and fit it to its limits. */
  text: string;
  buttons?: OutboundButton[] | undefined;
  /** An image to send, at a URL the provider can fetch (a signed media URL); `text` is its caption. */
  image?: { url: string; mimeType?: string | undefined } | undefined;
  /** When set, the template is sent instead of `text` (WhatsApp only). */
  template?: OutboundTemplate | undefined;
  /**
   * The conversation's latest `InboundMessageEvent.providerThreadId`: the
   * reply goes back the way the customer's message came (Qiscus: through
   * the room when it came through the Bot Webhook).
   */
  providerThreadId?: string | undefined;
  /**
   * Echoed by providers that support it in the send's statuses
   * (StatusEvent.callbackData; `ChannelCapabilities.confirmsByCallback`): the
   * outbox item's id. At most 256 characters; a message sent in several
   * parts tags the first with it and the others with `{callbackData}#2`, `#3`, ….
   */
  callbackData?: string | undefined;
}

export interface SendResult {
  /** The provider's id of the (first) message sent; statuses arrive under it. */
  providerMessageId: string;
  /** Ids of further messages when the text had to be split. */
  moreProviderMessageIds?: string[] | undefined;
}

/** Bytes of a media item downloaded from a provider. */
export interface FetchedMedia {
  data: Buffer;
  mimeType: string;
}
