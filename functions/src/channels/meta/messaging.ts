/**
 * The Messenger Platform, shared by Messenger (messenger.ts) and Instagram
 * messaging (instagram.ts): one webhook format, one Send API, parameterised
 * by a `MessagingPlatform` (channel, webhook `object`, limits, send target).
 *
 * Meta's references this follows (developers.facebook.com/docs/messenger-platform/…):
 * - reference/webhook-events/messages: text, `quick_reply.payload`,
 *   `reply_to` ({ mid } or Instagram's { story: { url, id } }), attachments
 *   image | video | audio | file | sticker | reel | ig_reel | post | ig_post
 *   with `payload.url`, and `fallback` (link shares, or nothing).
 *   Stickers: until 2026-08-30 both an `image` and a `sticker` attachment are
 *   sent for one sticker (Messenger Platform changelog, June 2026).
 * - reference/webhook-events/message-echoes: `is_echo: true`, `app_id`,
 *   `metadata`; sender = the page, recipient = the customer (PSID).
 * - reference/webhook-events/messaging_postbacks: `postback { mid, title, payload }`.
 * - webhook-events/message-edits: `message_edit { mid, text, num_edit }`, a
 *   customer's edit, read as a new text message `mid#edit{num_edit}`.
 * - reference/webhook-events/message-reactions: `reaction { reaction, emoji,
 *   action: react | unreact, mid }`.
 * - reference/webhook-events/message-deliveries: `delivery { mids?, watermark }`;
 *   message-reads: `read { watermark }` ("all messages sent before or at this
 *   timestamp were read").
 * - instagram/features/webhook: object "instagram", entry.id = the Instagram
 *   professional account id, echoes inside the `messages` field,
 *   `messaging_seen` as `read { mid }`, story mentions as an attachment of type
 *   `story_mention`, `is_deleted` (unsent), `is_unsupported`.
 * - reference/webhook-events/standby and messaging_handovers: events for a
 *   thread another app controls arrive in `entry.standby[]`; handover events
 *   (`pass_thread_control`, `take_thread_control`, …) in `messaging[]`.
 * - reference/send-api and send-messages/quick-replies: POST /{node}/messages
 *   `{ recipient: { id }, messaging_type: 'RESPONSE', message: { text |
 *   attachment, quick_replies? } }` → `{ recipient_id, message_id }`; up to 13
 *   quick replies, titles up to 20 characters.
 * - error-codes (Messenger Platform "Common Error Codes" and Send API error codes).
 *
 * What becomes what:
 * - A message becomes one event per piece (its text, then each attachment);
 *   the first keeps the mid as its provider id, further pieces get `mid#1`,
 *   `mid#2`, …, so an echo of a message we sent maps to exactly the mid our
 *   send returned (the pipeline dedupes echoes by that id).
 * - Echoes are events with `echo: true` and `userId` = the customer — except
 *   echoes of our own Messenger sends (marked in `metadata`), which are
 *   dropped, or become a `sent` status when they carry the send's callback
 *   data (the proof a send whose answer was lost went out).
 * - Deliveries become a `delivered` status per listed mid; reads a `read`
 *   status when they name a mid (Instagram). Messenger's watermark-only reads
 *   and deliveries name no message, and our outbound messages carry no
 *   Messenger timestamp to compare with, so they are acknowledged and
 *   dropped on purpose (neither events nor unprocessable: every read receipt
 *   would otherwise become a dead letter).
 * - Unsent messages, standby and handover events, referrals, opt-ins and
 *   anything else are `unprocessable` with a reason.
 */
import { header } from '../../http/raw-request.js';
import type { ChannelAdapter } from '../channel.js';
import { fetchMessagingMedia } from './messaging-media.js';
import { parseMessagingWebhook } from './messaging-inbound.js';
import { sendMessaging } from './messaging-outbound.js';
import type { MessagingPlatform } from './messaging-platform.js';
import { META_SIGNATURE_HEADER, metaHandshake, verifyMetaSignature, type SigningSecret } from './signature.js';

export * from './messaging-platform.js';
export { parseMessagingWebhook } from './messaging-inbound.js';
export { fetchMessagingMedia } from './messaging-media.js';
export { sendMessaging } from './messaging-outbound.js';

/**
 * A Messenger Platform adapter. `signingSecrets` names the app secrets that
 * may sign its webhooks (Instagram: the Meta app's, or the Instagram app's
 * for Instagram-login accounts).
 */
export function messagingAdapter(
  platform: MessagingPlatform,
  webhooks: ChannelAdapter['webhooks'],
  signingSecrets: (secrets: Parameters<ChannelAdapter['verify']>[1]) => readonly SigningSecret[] = (secrets) => [
    { name: 'META_APP_SECRET', value: secrets.metaAppSecret },
  ],
  deploymentSecrets: ChannelAdapter['deploymentSecrets'] = ['metaAppSecret', 'metaVerifyToken'],
): ChannelAdapter {
  return {
    type: platform.channel,
    webhookAuth: 'deployment',
    webhooks,
    deploymentSecrets,
    apis: platform.apis,
    capabilities: platform.capabilities,
    handshake(request, secrets) {
      if (request.method !== 'GET') return undefined;
      return metaHandshake(request, secrets.metaVerifyToken);
    },
    verify(request, secrets) {
      verifyMetaSignature(request.rawBody, header(request, META_SIGNATURE_HEADER), signingSecrets(secrets));
    },
    parse: (request) => parseMessagingWebhook(platform, request.rawBody),
    send: (message, context) => sendMessaging(platform, message, context),
    fetchMedia: (media, context) => fetchMessagingMedia(platform.channel, media, context),
    register: (context) => platform.register(context),
  };
}
