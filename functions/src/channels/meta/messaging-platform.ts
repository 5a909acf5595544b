/**
 * What the Messenger Platform channels (Messenger, Instagram) share: the
 * platform description each adapter passes in, limits, and send error codes.
 * Parsing is in messaging-inbound.ts (content in messaging-content.ts),
 * sending in messaging-outbound.ts, media download in messaging-media.ts;
 * messaging.ts assembles the adapter.
 */
import type { OutboundMessage } from '../../domain/message.js';
import type { VendorApi } from '../../vendor/apis.js';
import type { ChannelCapabilities, ChannelCredentials, RegistrationContext, RegistrationOutcome } from '../channel.js';
import type { Measure } from '../shared/text-split.js';
import type { GraphErrorRule } from './graph.js';

export type MessagingChannel = 'messenger' | 'instagram';

/** What differs between Messenger and Instagram on the Messenger Platform. */
export interface MessagingPlatform {
  channel: MessagingChannel;
  /** The webhook's `object`. */
  object: 'page' | 'instagram';
  /** The channel's name for people: 'Messenger', 'Instagram'. */
  label: string;
  capabilities: ChannelCapabilities;
  /** The vendor APIs it sends through (Instagram: the Graph API, or Instagram's for Instagram-login accounts). */
  apis: readonly VendorApi[];
  /** How much of `capabilities.maxTextLength` one code point uses (UTF-16 units, UTF-8 bytes, …). */
  textUnits: Measure;
  /** Turns the outbox's plain text (with *bold* and _italic_) into what the channel renders. */
  formatText(text: string): string;
  /** Channel error codes; they take precedence over the Graph-wide ones. */
  errorRules: Readonly<Record<number, GraphErrorRule>>;
  /** Where a send goes: the vendor API, and the node whose `/messages` edge sends for this account. */
  sendTarget(message: OutboundMessage, credentials: ChannelCredentials): { api: VendorApi; node: string };
  /** `message.attachment.payload` for an image at a URL. */
  imagePayload(url: string): Record<string, unknown>;
  /**
   * Whether sends carry `metadata` (our own-send mark and the callback data):
   * Messenger returns it in the echo of the send, so the echo proves the send.
   */
  echoesMetadata: boolean;
  /** What `channels:register` prints for this channel. */
  register(context: RegistrationContext): Promise<RegistrationOutcome>;
}

/** Attachments are CDN downloads of up to 25 MB (Meta's largest attachment size). */
export const MESSAGING_MEDIA_MAX_BYTES = 25 * 1024 * 1024;
export const MESSAGING_MEDIA_TIMEOUT_MS = 30_000;
/** Meta's maximum number of quick replies, and of characters in their titles. */
export const QUICK_REPLY_LIMIT = 13;
export const QUICK_REPLY_TITLE_LIMIT = 20;

/**
 * Messenger Platform send errors (Messenger Platform "Common Error Codes",
 * Send API error codes), decided on code and subcode as Meta recommends.
 */
export function messagingErrorRules(label: string): Readonly<Record<number, GraphErrorRule>> {
  const outsideWindow = {
    retryable: false,
    message: `outside ${label}'s 24-hour messaging window: the customer last wrote more than 24 hours ago, so Meta accepts a reply only after they write again`,
  };
  const unavailable = {
    retryable: false,
    message: `this person is not available on ${label} right now (they may have blocked the account or deactivated theirs)`,
  };
  return {
    10: {
      retryable: false,
      message: `Meta refused the message: outside ${label}'s 24-hour messaging window, or the token lacks messaging permission`,
      subcodes: {
        2018278: outsideWindow,
        2018065: outsideWindow,
        2534022: outsideWindow,
        2018108: {
          retryable: false,
          message: `this person is not receiving messages from the account on ${label} right now`,
        },
      },
    },
    551: unavailable,
    200: {
      retryable: false,
      message: 'permission denied: the access token lacks a required permission',
      subcodes: { 1545041: unavailable },
    },
    230: {
      retryable: false,
      message: `the page access token lacks the messaging permission: reconnect ${label} for this business`,
    },
    100: {
      retryable: false,
      message: 'invalid parameter: check the account id and the recipient',
      subcodes: {
        2018001: {
          retryable: false,
          message: `no matching user: the recipient is not a ${label} customer of this account`,
        },
      },
    },
    190: {
      retryable: false,
      message: `page access token rejected (expired or revoked): reconnect ${label} for this business`,
    },
    368: { retryable: false, message: 'the account is temporarily blocked from messaging for policy violations' },
    1200: { retryable: true, message: 'temporary send failure at Meta' },
    613: { retryable: true, message: 'rate limited: too many calls in a short time' },
    80006: { retryable: true, message: `rate limited: too many ${label} calls for this account` },
  };
}

/** An http(s) URL of sane length, as attachment and image URLs must be. */
export function isHttpUrl(value: string): boolean {
  return value.length <= 8192 && /^https?:\/\/\S+$/i.test(value);
}

/**
 * `message.metadata` on our Messenger sends (Send API: "delivered as a
 * message echo"): the mark alone, or followed by `:` and the send's callback
 * data, which the echo then carries back (a `sent` status naming the outbox
 * item).
 */
export const OWN_SEND_MARK = 'frontdesk:own-send';

/** The metadata of one part of a send. */
export function ownSendMetadata(callbackData: string | undefined): string {
  return callbackData ? `${OWN_SEND_MARK}:${callbackData}` : OWN_SEND_MARK;
}

/** Whether an echo's metadata marks our own send, and the callback data it carries. */
export function readOwnSendMetadata(metadata: string | undefined): { own: boolean; callbackData?: string } {
  if (metadata === OWN_SEND_MARK) return { own: true };
  if (metadata?.startsWith(`${OWN_SEND_MARK}:`)) {
    const callbackData = metadata.slice(OWN_SEND_MARK.length + 1);
    return callbackData ? { own: true, callbackData } : { own: true };
  }
  return { own: false };
}
