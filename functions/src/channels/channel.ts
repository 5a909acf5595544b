/**
 * The channel port. A channel adapter turns a provider's webhook into
 * normalised events and sends replies back through the provider's API.
 *
 * To add a channel (or another WhatsApp provider): write one file exporting
 * an object that satisfies `ChannelAdapter`, add one line to `registry.ts`,
 * add realistic fixtures to its test, and run the shared contract suite
 * (`channel.contract.ts`) against it.
 *
 * Rules every adapter keeps:
 * - `verify` runs on the raw bytes before anything is parsed, compares
 *   secrets in constant time, and throws WebhookAuthError on failure.
 * - `parse` never throws for content it does not understand: it returns the
 *   piece as `unprocessable` with a reason. It throws ValidationError only when
 *   the body is not the provider's format at all.
 * - `send` throws ProviderError with `retryable` set truthfully, and
 *   ConfigError when the business has not connected the channel.
 */
import type { RawRequest } from '../http/raw-request.js';
import type { ChannelType } from '../domain/business.js';
import type { FetchedMedia, MediaRef, OutboundMessage, ParsedDelivery, SendResult } from '../domain/message.js';

/**
 * How a channel's webhooks are authenticated, which decides what the HTTP
 * layer resolves before calling `verify`:
 * - 'deployment': the provider signs with a deployment-wide secret (Meta's
 *   app secret); `secrets` carries the Meta params.
 * - 'business-key': the provider signs nothing, so each business gets a key
 *   of ours that the provider sends in the `X-Frontdesk-Key` header (or, for
 *   providers that cannot send headers, as the last path segment). The HTTP
 *   layer finds the business by the key's hash and passes the stored key as
 *   `secrets.businessSecret`; `verify` compares it in constant time.
 * - 'business-path': the business id is the last path segment (Telegram);
 *   the HTTP layer passes that business's stored secret token as
 *   `secrets.businessSecret` and its account id as `context.accountId`.
 */
export type WebhookAuth = 'deployment' | 'business-key' | 'business-path';

/** Webhook secrets, resolved by the HTTP layer from params and the business's secrets. */
export interface WebhookSecrets {
  /** Meta app secret: signs WhatsApp Cloud API, Messenger and Instagram webhooks. */
  metaAppSecret?: string | undefined;
  /** The token typed into Meta's dashboard for the hub.challenge handshake. */
  metaVerifyToken?: string | undefined;
  /** The business's own webhook secret ('business-key' and 'business-path' channels). */
  businessSecret?: string | undefined;
}

/** What the HTTP layer knows about a delivery before parsing it. */
export interface ParseContext {
  /** For 'business-path' channels, whose payloads do not name the account (Telegram). */
  accountId?: string | undefined;
}

/** What a channel can show, so the pipeline and adapters shape messages to fit. */
export interface ChannelCapabilities {
  /** Longest text of one message, in characters; longer texts are split. */
  maxTextLength: number;
  /** How many quick-reply buttons one message can carry (0: none, use numbered text). */
  maxButtons: number;
  /** Hours after the customer's last message during which free-form messages are allowed (WhatsApp: 24). */
  serviceWindowHours?: number | undefined;
}

/** Per-business credentials for sending, from the server-only secrets document. */
export type ChannelCredentials = Record<string, string | undefined>;

export interface SendContext {
  credentials: ChannelCredentials;
  /** Base URL of the provider API (tests point it at a local fake server). */
  baseUrl: string;
  fetch: typeof fetch;
}

export interface ChannelAdapter {
  readonly type: ChannelType;
  readonly webhookAuth: WebhookAuth;
  readonly capabilities: ChannelCapabilities;
  /** Answers a provider's subscription handshake (GET), or undefined if this is not one. */
  handshake?(request: RawRequest, secrets: WebhookSecrets): string | undefined;
  verify(request: RawRequest, secrets: WebhookSecrets): void;
  parse(request: RawRequest, context?: ParseContext): ParsedDelivery;
  send(message: OutboundMessage, context: SendContext): Promise<SendResult>;
  /**
   * Downloads media a customer sent (called by the reply trigger, never on the
   * webhook's request path). Throws ProviderError (retryable or not) or
   * ConfigError like `send`.
   */
  fetchMedia?(media: MediaRef, context: SendContext): Promise<FetchedMedia>;
  /**
   * The body to acknowledge a stored delivery with, when the provider lets a
   * webhook answer with an action (Telegram: one Bot API call, such as
   * answerCallbackQuery, with no extra request). Default: a JSON summary.
   */
  webhookReply?(delivery: ParsedDelivery): Record<string, unknown> | undefined;
}

/**
 * What the outbox sends through: a channel adapter bound to its base URL
 * (channels/registry.ts builds one per channel type).
 */
export interface Sender {
  /** Hours of the customer-service window on this channel, if it has one. */
  readonly serviceWindowHours?: number | undefined;
  /**
   * The provider echoes `OutboundMessage.callbackData` in its delivery
   * statuses, so a send whose answer never came can be confirmed instead
   * of repeated (pipeline/outbox.ts).
   */
  readonly confirmsByCallback?: boolean | undefined;
  send(message: OutboundMessage, credentials: ChannelCredentials): Promise<SendResult>;
}
