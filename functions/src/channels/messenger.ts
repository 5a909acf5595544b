/**
 * Facebook Messenger through the Messenger Platform (a page's inbox).
 *
 * Inbound: webhooks with `object: "page"`, signed with X-Hub-Signature-256 by
 * the Meta app and subscribed with the hub.challenge handshake, like every
 * Meta channel (meta-signature.ts). The account id is the page id (entry.id);
 * the user id is the customer's page-scoped id (PSID), also on echoes, where
 * the page is the sender. Parsing, what each event becomes, and the sources:
 * meta-messaging.ts.
 *
 * Outbound: POST {base}/v21.0/{page-id}/messages with the page access token
 * (credentials.accessToken), `messaging_type: "RESPONSE"` (a reply inside the
 * 24-hour standard messaging window). Texts over 2,000 characters
 * (developers.facebook.com/docs/messenger-platform/reference/send-api: "text:
 * UTF-8 characters, max 2000") go as several messages, split at paragraphs or
 * sentences; buttons become up to 13 quick replies; an image goes as an
 * attachment by URL (`is_reusable`), its caption as a following text.
 * Messenger renders *bold* and _italic_ itself, so text is sent as written.
 */
import type { ChannelAdapter } from './channel.js';
import { messagingAdapter, messagingErrorRules, QUICK_REPLY_LIMIT, type MessagingPlatform } from './meta-messaging.js';

/** Messenger's limit for one text message, in characters (counted as UTF-16 units, the stricter reading). */
export const MESSENGER_TEXT_LIMIT = 2000;

export const MESSENGER_PLATFORM: MessagingPlatform = {
  channel: 'messenger',
  object: 'page',
  label: 'Messenger',
  capabilities: { maxTextLength: MESSENGER_TEXT_LIMIT, maxButtons: QUICK_REPLY_LIMIT, serviceWindowHours: 24 },
  textUnits: (codePoint) => codePoint.length,
  formatText: (text) => text,
  errorRules: messagingErrorRules('Messenger'),
  sendNode: (message) => message.accountId,
  imagePayload: (url) => ({ url, is_reusable: true }),
};

export const messenger: ChannelAdapter = messagingAdapter(MESSENGER_PLATFORM);
