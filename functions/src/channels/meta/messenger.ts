/**
 * Facebook Messenger through the Messenger Platform (a page's inbox).
 *
 * Inbound: webhooks with `object: "page"`, signed with X-Hub-Signature-256 by
 * the Meta app and subscribed with the hub.challenge handshake, like every
 * Meta channel (signature.ts). The account id is the page id (entry.id);
 * the user id is the customer's page-scoped id (PSID), also on echoes, where
 * the page is the sender. Parsing, what each event becomes, and the sources:
 * messaging.ts.
 *
 * Outbound: POST {base}/v21.0/{page-id}/messages with the page access token
 * (credentials.accessToken), `messaging_type: "RESPONSE"` (a reply inside the
 * 24-hour standard messaging window). Texts over 2,000 characters
 * (developers.facebook.com/docs/messenger-platform/reference/send-api: "text:
 * UTF-8 characters, max 2000") go as several messages, split at paragraphs or
 * sentences; buttons become up to 13 quick replies; an image goes as an
 * attachment by URL (`is_reusable`), its caption as a following text.
 * Messenger renders *bold* and _italic_ itself, so text is sent as written.
 *
 * Every part carries `metadata` (our own-send mark and the send's callback
 * data), which Messenger returns in the echo of the send: the echo proves a
 * send whose answer was lost (confirmsByCallback).
 */
import { SERVICE_WINDOW_HOURS } from '../../domain/service-window.js';
import type { ChannelAdapter } from '../channel.js';
import { utf16Units } from '../shared/text-split.js';
import { messagingAdapter, messagingErrorRules, QUICK_REPLY_LIMIT, type MessagingPlatform } from './messaging.js';
import { registerMessenger } from './register.js';

/** Messenger's limit for one text message, in characters (counted as UTF-16 units, the stricter reading). */
export const MESSENGER_TEXT_LIMIT = 2000;

export const MESSENGER_PLATFORM: MessagingPlatform = {
  channel: 'messenger',
  object: 'page',
  label: 'Messenger',
  capabilities: {
    maxTextLength: MESSENGER_TEXT_LIMIT,
    maxButtons: QUICK_REPLY_LIMIT,
    serviceWindowHours: SERVICE_WINDOW_HOURS['messenger'],
    // The echo of each send carries our metadata back, callback data included.
    confirmsByCallback: true,
  },
  apis: ['graphApi'],
  textUnits: utf16Units,
  formatText: (text) => text,
  errorRules: messagingErrorRules('Messenger'),
  sendTarget: (message) => ({ api: 'graphApi', node: message.accountId }),
  imagePayload: (url) => ({ url, is_reusable: true }),
  echoesMetadata: true,
  register: registerMessenger,
};

export const messenger: ChannelAdapter = messagingAdapter(MESSENGER_PLATFORM, [
  { family: 'meta', segment: 'facebook' },
  { family: 'meta', segment: 'fb' },
]);
