/**
 * Instagram Direct messages, in both setups Meta offers:
 *
 * - "Instagram API with Facebook login" (the default): the Instagram
 *   professional account is linked to a Facebook Page, and everything goes
 *   through graph.facebook.com with that page's access token, as for
 *   Messenger. Send: POST {graph}/v21.0/{page-id}/messages; Meta documents
 *   the node as the linked Page (or "/me" with the page token), so
 *   credentials.pageId is used when set and `me` otherwise
 *   (developers.facebook.com/docs/messenger-platform/instagram/features/send-message).
 * - "Instagram API with Instagram login" (credentials.login = 'instagram'):
 *   no Facebook Page; an Instagram user access token of the professional
 *   account, and graph.instagram.com. Send: POST
 *   {instagram}/v21.0/{IG_ID}/messages, the same body as above
 *   (developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api).
 *   `channels:register` also subscribes the account to the app's webhooks
 *   (POST /me/subscribed_apps), which this setup requires.
 *
 * Webhooks are the same in both: `object: "instagram"`, entry.id = the
 * Instagram professional account id (the profile's accountId), messaging
 * events in the Messenger Platform shape (meta/messaging.ts), echoes inside
 * the `messages` field with `is_echo`, story replies read as text, story
 * mentions as unsupported content that says so. They arrive at the one path
 * /webhook/instagram; Facebook-login webhooks are signed with the Meta app
 * secret, Instagram-login ones with the Instagram app secret shown under
 * "API setup with Instagram login", so a signature is accepted under either
 * (INSTAGRAM_APP_SECRET is only needed for Instagram-login accounts).
 *
 * "Message text must be UTF-8 and be 1000 bytes or less": texts are split by
 * UTF-8 bytes. Instagram renders no *bold* or _italic_, so those markers are
 * removed. Images go by URL; up to 13 quick replies (titles up to 20
 * characters). Instagram's echoes carry no metadata of ours, so a send whose
 * answer was lost cannot be proven (confirmsByCallback false).
 */
import { SERVICE_WINDOW_HOURS } from '../../domain/service-window.js';
import type { ChannelCredentials } from '../channel.js';
import { ConfigError } from '../../errors.js';
import { utf8Bytes } from '../shared/text-split.js';
import { messagingAdapter, messagingErrorRules, QUICK_REPLY_LIMIT, type MessagingPlatform } from './messaging.js';
import { registerInstagram } from './register.js';

/** Instagram's limit for one text message, in UTF-8 bytes. */
export const INSTAGRAM_TEXT_LIMIT_BYTES = 1000;

/** The two setups, by `credentials.login`. */
export type InstagramLogin = 'facebook' | 'instagram';

export function instagramLogin(credentials: ChannelCredentials): InstagramLogin {
  const login = credentials.login?.trim().toLowerCase() || 'facebook';
  if (login !== 'facebook' && login !== 'instagram') {
    throw new ConfigError(
      `Instagram credentials name login "${login.slice(0, 30)}": use "facebook" (a Page token) or "instagram" (an Instagram user token).`,
    );
  }
  return login;
}

export const INSTAGRAM_PLATFORM: MessagingPlatform = {
  channel: 'instagram',
  object: 'instagram',
  label: 'Instagram',
  capabilities: {
    maxTextLength: INSTAGRAM_TEXT_LIMIT_BYTES,
    maxButtons: QUICK_REPLY_LIMIT,
    serviceWindowHours: SERVICE_WINDOW_HOURS['instagram'],
    confirmsByCallback: false,
  },
  apis: ['graphApi', 'instagramApi'],
  textUnits: utf8Bytes,
  formatText: withoutEmphasis,
  errorRules: messagingErrorRules('Instagram'),
  sendTarget: (message, credentials) =>
    instagramLogin(credentials) === 'instagram'
      ? { api: 'instagramApi', node: message.accountId }
      : { api: 'graphApi', node: credentials.pageId || 'me' },
  imagePayload: (url) => ({ url }),
  echoesMetadata: false,
  register: (context) => registerInstagram(context, instagramLogin(context.credentials)),
};

export const instagram = messagingAdapter(
  INSTAGRAM_PLATFORM,
  [{ family: 'meta', segment: 'instagram' }],
  (secrets) => [
    { name: 'META_APP_SECRET', value: secrets.metaAppSecret },
    { name: 'INSTAGRAM_APP_SECRET', value: secrets.instagramAppSecret },
  ],
  ['metaAppSecret', 'metaVerifyToken', 'instagramAppSecret'],
);

/** "*Saturday* at _10:00_" → "Saturday at 10:00"; lone asterisks and snake_case stay. */
export function withoutEmphasis(text: string): string {
  return text
    .replace(/\*(\S(?:[^*\n]*?\S)?)\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])_(\S(?:[^_\n]*?\S)?)_(?![\p{L}\p{N}_])/gu, '$1$2');
}
