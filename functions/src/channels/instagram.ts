/**
 * Instagram Direct messages through the Messenger Platform, in Meta's
 * "Instagram API with Facebook Login" variant: the Instagram professional
 * account is linked to a Facebook Page, and everything goes through
 * graph.facebook.com with that page's access token, exactly like Messenger,
 * so one Graph base URL (and one fake in tests) serves every Meta channel.
 * (The other variant, "Instagram API with Instagram Login", uses
 * graph.instagram.com and Instagram user tokens; it is not used here.)
 *
 * Inbound: webhooks with `object: "instagram"`, signed and subscribed like
 * all Meta webhooks (meta-signature.ts). The account id is the Instagram
 * professional account id (entry.id); the user id is the customer's
 * Instagram-scoped id (IGSID). Echoes of the account's own messages arrive in
 * the `messages` field with `is_echo`. Story replies (`reply_to.story`) are
 * read as the customer's text; story mentions (`story_mention` attachments)
 * as unsupported content that says so. Details and sources: meta-messaging.ts
 * and developers.facebook.com/docs/messenger-platform/instagram/features/webhook.
 *
 * Outbound (developers.facebook.com/docs/messenger-platform/instagram/features/send-message):
 * POST {base}/v21.0/{page-id}/messages with the page access token; Meta
 * documents the node as the linked Page ("/PAGE-ID/messages", or "/me" with
 * the page token), not the Instagram account id, so credentials.pageId is used
 * when set and `me` otherwise. "Message text must be UTF-8 and be 1000 bytes
 * or less": texts are split by UTF-8 bytes. Instagram renders no *bold* or
 * _italic_, so those markers are removed. Images go by URL; up to 13 quick
 * replies (titles up to 20 characters).
 */
import type { ChannelAdapter } from './channel.js';
import { messagingAdapter, messagingErrorRules, QUICK_REPLY_LIMIT, type MessagingPlatform } from './meta-messaging.js';

/** Instagram's limit for one text message, in UTF-8 bytes. */
export const INSTAGRAM_TEXT_LIMIT_BYTES = 1000;

export const INSTAGRAM_PLATFORM: MessagingPlatform = {
  channel: 'instagram',
  object: 'instagram',
  label: 'Instagram',
  capabilities: { maxTextLength: INSTAGRAM_TEXT_LIMIT_BYTES, maxButtons: QUICK_REPLY_LIMIT, serviceWindowHours: 24 },
  textUnits: (codePoint) => Buffer.byteLength(codePoint, 'utf8'),
  formatText: withoutEmphasis,
  errorRules: messagingErrorRules('Instagram'),
  sendNode: (_message, credentials) => credentials.pageId || 'me',
  imagePayload: (url) => ({ url }),
};

export const instagram: ChannelAdapter = messagingAdapter(INSTAGRAM_PLATFORM);

/** "*Saturday* at _10:00_" → "Saturday at 10:00"; lone asterisks and snake_case stay. */
export function withoutEmphasis(text: string): string {
  return text
    .replace(/\*(\S(?:[^*\n]*?\S)?)\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])_(\S(?:[^_\n]*?\S)?)_(?![\p{L}\p{N}_])/gu, '$1$2');
}
