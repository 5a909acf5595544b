/**
 * The channel port. A channel adapter turns a provider's webhook into
 * normalised events and sends replies back through the provider's API.
 *
 * To add a channel (or another WhatsApp provider): write one adapter file in
 * its folder exporting an object that satisfies `ChannelAdapter` — declaring
 * its webhook paths, the vendor APIs it calls and what `channels:register`
 * does for it — add it to `registry.ts` (one line), and give the shared
 * contract suite its fixtures and fake server (`contract-setups.test-helper.ts`):
 * the suite runs for every registered adapter and fails for one without them.
 *
 * Rules every adapter keeps:
 * - `verify` runs on the raw bytes before anything is parsed, compares
 *   secrets in constant time, and throws AuthenticationError on failure.
 * - `parse` never throws for content it does not understand: it returns the
 *   piece as `unprocessable` with a reason. It throws ValidationError only when
 *   the body is not the provider's format at all.
 * - `send` throws ProviderError with `retryable` (and `ambiguous`) set
 *   truthfully — the vendor HTTP client does — and ConfigError when the
 *   business has not connected the channel.
 */
import type { RawRequest } from '../http/raw-request.js';
import type { ChannelType } from '../domain/business.js';
import type { FetchedMedia, MediaRef, OutboundMessage, ParsedDelivery, SendResult } from '../domain/message.js';
import type { VendorApi } from '../vendor/apis.js';
import type { HttpClient } from '../vendor/http-client.js';

/**
 * How a channel's webhooks are authenticated, which decides what the HTTP
 * layer resolves before calling `verify`:
 * - 'deployment': the provider signs with a deployment-wide secret (Meta's
 *   app secret); `secrets` carries the deployment secrets the adapter lists.
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

/** Deployment-wide webhook secrets (Firebase secrets, config.ts), by the name an adapter asks for them. */
export interface DeploymentSecrets {
  /** Meta app secret: signs WhatsApp Cloud API, Messenger and Instagram (Facebook login) webhooks. */
  metaAppSecret?: string | undefined;
  /** The token typed into Meta's dashboard for the hub.challenge handshake. */
  metaVerifyToken?: string | undefined;
  /** Instagram app secret (Instagram login): signs the webhooks of Instagram-login accounts. */
  instagramAppSecret?: string | undefined;
}

/** Webhook secrets, resolved by the HTTP layer from params and the business's secrets. */
export interface WebhookSecrets extends DeploymentSecrets {
  /** The business's own webhook secret ('business-key' and 'business-path' channels). */
  businessSecret?: string | undefined;
}

/** What the HTTP layer knows about a delivery before parsing it. */
export interface ParseContext {
  /** For 'business-path' channels, whose payloads do not name the account (Telegram). */
  accountId?: string | undefined;
}

/**
 * The functions that take in webhooks, one per family (triggers/http.ts):
 * /webhook/whatsapp/{segment}, /webhook/{segment} (Meta) and
 * /webhook/telegram/{businessId}.
 */
export type WebhookFamily = 'whatsapp' | 'meta' | 'telegram';

/** One public webhook path of an adapter: its function family and the segment that names the provider. */
export interface WebhookPath {
  family: WebhookFamily;
  /** /webhook/whatsapp/{segment}, /webhook/{segment}; Telegram's family has one adapter, segment 'telegram'. */
  segment: string;
}

/** What a channel can show, so the pipeline and adapters shape messages to fit. */
export interface ChannelCapabilities {
  /** Longest text of one message, in the channel's own unit; longer texts are split. */
  maxTextLength: number;
  /** How many quick-reply buttons one message can carry (0: none, use numbered text). */
  maxButtons: number;
  /** Hours after the customer's last message during which free-form messages are allowed (WhatsApp: 24). */
  serviceWindowHours?: number | undefined;
  /**
   * Whether a send that failed ambiguously (ProviderError.ambiguous: it went
   * out, no answer came back) can be proven afterwards: the adapter passes
   * `OutboundMessage.callbackData` to the provider, which echoes it in a
   * later webhook, and `parse` puts it on `StatusEvent.callbackData`. True:
   * wait for that status before sending again. False: the channel offers no
   * proof; docs/channels.md says what to do instead.
   */
  confirmsByCallback: boolean;
}

/** Per-business credentials for sending, from the server-only secrets document. */
export type ChannelCredentials = Record<string, string | undefined>;

export interface SendContext {
  credentials: ChannelCredentials;
  /** Base URL of the adapter's first vendor API (`apis[0]`); tests point it at a local fake server. */
  baseUrl: string;
  /** Base URLs of every vendor API the adapter declared, by name. */
  baseUrls: Partial<Record<VendorApi, string>>;
  /** The vendor HTTP client: deadlines, capped reads, truthful errors. */
  http: HttpClient;
}

/** What `channels:register` knows and may do for one channel account of one business. */
export interface RegistrationContext extends SendContext {
  businessId: string;
  accountId: string;
  /** The deployment's public origin for webhooks, e.g. https://example.web.app (no trailing slash). */
  webhookBase: string;
  /** The business's webhook key for this channel, generated and stored when absent ('business-key' channels). */
  businessKey(): Promise<{ key: string; generated: boolean }>;
  /** Stores values in the business's secrets for this channel (e.g. a generated webhook secret). */
  storeSecrets(values: Record<string, string>): Promise<void>;
  /** A new random secret (hex, fit for any provider's rules). */
  newSecret(): string;
}

export type RegistrationStatus = 'registered' | 'manual' | 'skipped' | 'failed';

export interface RegistrationOutcome {
  status: RegistrationStatus;
  /** What to tell the person running the command; no stored secret, only a generated key they must paste. */
  lines: string[];
}

export interface ChannelAdapter {
  readonly type: ChannelType;
  readonly webhookAuth: WebhookAuth;
  /** Where the provider delivers webhooks (empty: none). A path no adapter declares gets a 404. */
  readonly webhooks: readonly WebhookPath[];
  /** Deployment secrets `verify` and `handshake` need; the webhook function must bind them. */
  readonly deploymentSecrets: readonly (keyof DeploymentSecrets)[];
  /** Vendor APIs it calls, whose base URLs it is given (the first is `SendContext.baseUrl`). */
  readonly apis: readonly VendorApi[];
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
  /**
   * Points the provider at this deployment (`npm run channels:register`):
   * through the provider's API where it has one, else by saying what to paste
   * where. Absent: the channel needs no webhook.
   */
  register?(context: RegistrationContext): Promise<RegistrationOutcome>;
}

/**
 * What the outbox sends through: a channel adapter bound to its base URLs
 * (channels/registry.ts builds one per channel type).
 */
export interface Sender {
  /** Hours of the customer-service window on this channel, if it has one. */
  readonly serviceWindowHours?: number | undefined;
  /**
   * The provider echoes `OutboundMessage.callbackData` in its delivery
   * statuses, so a send whose answer never came can be confirmed instead
   * of repeated (pipeline/outbox.ts; ChannelCapabilities.confirmsByCallback).
   */
  readonly confirmsByCallback?: boolean | undefined;
  send(message: OutboundMessage, credentials: ChannelCredentials): Promise<SendResult>;
}
