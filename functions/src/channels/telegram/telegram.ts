/**
 * Telegram: a customer-facing bot per business, through the Bot API.
 *
 * Webhook: Telegram POSTs one `Update` per request to
 * /webhook/telegram/{businessId} (set by `npm run channels:register`), with
 * the secret we registered in the X-Telegram-Bot-Api-Secret-Token header.
 * Telegram signs nothing, so that header is the whole proof of origin: it is
 * compared in constant time with the business's stored secret
 * (`businessSecrets/{id}.channels.telegram.webhookSecret`). Updates never
 * name the bot, so the HTTP layer passes the business's bot username as
 * `context.accountId`.
 *
 * What becomes what:
 * - `message`: text (commands like /start stay text), photo (largest size),
 *   voice, audio, video, video note, animation, document, sticker, location,
 *   venue; a shared contact or anything else is `unsupported`, so the
 *   customer still gets an answer and staff see what came. Service messages
 *   (pinned message, …) are unprocessable.
 * - `edited_message`: a new message with the edited content, under its own
 *   id `{chat}:{message}:edit:{edit_date}` — the customer corrected
 *   themselves, and the reply should follow the correction.
 * - `callback_query` (an inline button pressed): interactive, id
 *   `cbq:{query id}`; timed by the message that carried the button, because
 *   Telegram gives no time for the press.
 * - `message_reaction`: a reaction (an empty emoji when removed).
 * - `business_message`, `edited_business_message` (Telegram Business: the
 *   business connected the bot to its own account, so customers write to
 *   that account): read like `message`, ids `{chat}:biz:{message}`, the
 *   connection id as `providerThreadId` so the reply goes out as the
 *   business (`business_connection_id`); what the owner sends from their
 *   app is an echo, the bot's own replies are dropped.
 * - `my_chat_member`, other update kinds, group chats: unprocessable with the
 *   reason (kept in dead letters, acknowledged so Telegram stops retrying).
 *
 * Ids: Telegram message ids are per chat, so a message is `{chat id}:{message id}`,
 * stable across redeliveries of the same update.
 *
 * Updates are read in updates.ts (shapes in payload.ts); sending and media
 * download are in send.ts, `channels:register` (setWebhook) in register.ts.
 *
 * A send whose answer was lost cannot be proven: the Bot API has no
 * idempotency key and nothing in an update names a message the bot sent, so
 * confirmsByCallback is false (docs/channels.md says what the outbox does).
 */
import type { ParsedDelivery } from '../../domain/message.js';
import { ConfigError, ValidationError, AuthenticationError } from '../../errors.js';
import { header } from '../../http/raw-request.js';
import { parseOrThrow } from '../../validation.js';
import type { ChannelAdapter } from '../channel.js';
import { parseJsonBody } from '../shared/parse-helpers.js';
import { secureEqual } from '../secure-compare.js';
import * as P from './payload.js';
import { TELEGRAM_MAX_BUTTONS, TELEGRAM_TEXT_LIMIT } from './text.js';
import { CALLBACK_PREFIX, readUpdate } from './updates.js';

/** Sending needs grammY; it is loaded on first send, so functions that never send on Telegram never load it. */
const sending = () => import('./send.js');
const registering = () => import('./register.js');

const CHANNEL = 'telegram';
export const TELEGRAM_SECRET_HEADER = 'x-telegram-bot-api-secret-token';
/** The update kinds `parse` reads, for setWebhook's allowed_updates (message_reaction must be asked for explicitly). */
export const TELEGRAM_ALLOWED_UPDATES = [
  'message',
  'edited_message',
  'callback_query',
  'message_reaction',
  'my_chat_member',
  'business_message',
  'edited_business_message',
] as const;

export const telegram: ChannelAdapter = {
  type: CHANNEL,
  webhookAuth: 'business-path',
  webhooks: [{ family: 'telegram', segment: 'telegram' }],
  deploymentSecrets: [],
  apis: ['telegram'],
  capabilities: { maxTextLength: TELEGRAM_TEXT_LIMIT, maxButtons: TELEGRAM_MAX_BUTTONS, confirmsByCallback: false },

  /** Stops the button's loading spinner by answering the callback query in the webhook response itself. */
  webhookReply(delivery) {
    const press = delivery.events.find((e) => e.kind === 'message' && e.providerMessageId.startsWith(CALLBACK_PREFIX));
    return press
      ? { method: 'answerCallbackQuery', callback_query_id: press.providerMessageId.slice(CALLBACK_PREFIX.length) }
      : undefined;
  },

  verify(request, secrets) {
    const stored = secrets.businessSecret;
    if (!stored) {
      throw new ConfigError(
        'No Telegram webhook secret is stored for this business: run `npm run channels:register` to set the webhook.',
      );
    }
    const presented = header(request, TELEGRAM_SECRET_HEADER);
    if (!presented) {
      throw new AuthenticationError(
        'Missing X-Telegram-Bot-Api-Secret-Token: the webhook was set without a secret_token (run `npm run channels:register`).',
      );
    }
    if (!secureEqual(presented, stored)) {
      throw new AuthenticationError(
        'Invalid X-Telegram-Bot-Api-Secret-Token: the webhook was registered with another secret (run `npm run channels:register` again).',
      );
    }
  },

  parse(request, context) {
    const json = parseJsonBody(request.rawBody, 'Telegram webhook');
    parseOrThrow(P.Update, json, 'Telegram update');
    const accountId = context?.accountId?.trim();
    if (!accountId) throw new ValidationError('no telegram account for this business');
    const delivery: ParsedDelivery = { events: [], unprocessable: [] };
    const result = readUpdate(json as Record<string, unknown>, accountId);
    if (result === null) return delivery; // the bot's own reply in a business chat, recorded when it was sent
    if ('reason' in result) delivery.unprocessable.push({ ...result, fragment: json, accountId });
    else delivery.events.push(result);
    return delivery;
  },

  send: async (message, context) => (await sending()).sendTelegram(message, context),
  fetchMedia: async (media, context) => (await sending()).fetchTelegramMedia(media, context),
  register: async (context) => (await registering()).registerTelegram(context),
};
