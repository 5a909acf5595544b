/**
 * The staff bot's webhook (/webhook/staff-telegram): Telegram sends every
 * update with the secret we gave setWebhook in
 * X-Telegram-Bot-Api-Secret-Token; it is compared in constant time before
 * the body is read. The update is parsed with zod, handled
 * (pipeline/staff-bot.ts), and the bot's answer goes back in the response
 * as a Bot API call, which Telegram makes for us.
 *
 * Status codes: 401 for a wrong or missing secret; 404 when this deployment
 * has no staff bot; 200 for everything authentic, including updates we
 * cannot use (so Telegram stops sending them); 503 only when storage failed
 * for a passing reason, so Telegram delivers the update again.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { StoreError, describeError } from '../errors.js';
import { type StaffBotDeps, type StaffUpdate, handleStaffUpdate } from '../pipeline/staff-bot.js';
import { errorBody } from './json.js';
import { type RawRequest, type RawResponse, header } from './raw-request.js';

export interface StaffWebhookDeps extends StaffBotDeps {
  /** STAFF_TELEGRAM_WEBHOOK_SECRET; absent: no staff bot here. */
  webhookSecret?: string | undefined;
}

const MAX_BODY = 256 * 1024;

const Id = z.number().int().safe();
const Chat = z.object({ id: Id, type: z.string() });
const User = z.object({ id: Id, is_bot: z.boolean().optional() });
const Message = z.object({
  message_id: Id,
  from: User.optional(),
  chat: Chat,
  text: z.string().max(10_000).optional(),
  reply_to_message: z.object({ message_id: Id }).optional(),
});
const Update = z.object({
  update_id: Id,
  message: Message.optional(),
  callback_query: z
    .object({
      id: z.string().min(1).max(200),
      from: User,
      message: z.object({ message_id: Id, chat: Chat }).optional(),
      data: z.string().max(256).optional(),
    })
    .optional(),
});

function sameSecret(presented: string, expected: string): boolean {
  // Hashing first makes the comparison constant-time whatever the lengths.
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function toStaffUpdate(update: z.infer<typeof Update>): StaffUpdate {
  if (update.callback_query) {
    const q = update.callback_query;
    return {
      kind: 'press',
      callbackId: q.id,
      fromId: String(q.from.id),
      chatId: q.message ? String(q.message.chat.id) : undefined,
      messageId: q.message?.message_id,
      data: q.data ?? '',
    };
  }
  const m = update.message;
  if (!m?.from || m.from.is_bot) return { kind: 'other' };
  return {
    kind: 'message',
    chatId: String(m.chat.id),
    privateChat: m.chat.type === 'private',
    fromId: String(m.from.id),
    messageId: m.message_id,
    text: m.text,
    replyTo: m.reply_to_message?.message_id,
  };
}

export async function handleStaffWebhook(deps: StaffWebhookDeps, request: RawRequest): Promise<RawResponse> {
  if (!deps.webhookSecret) return errorBody(404, 'not_found', 'This deployment has no staff bot.');
  if (request.method !== 'POST') return errorBody(405, 'method_not_allowed', 'POST only.');
  const presented = header(request, 'x-telegram-bot-api-secret-token') ?? '';
  if (!sameSecret(presented, deps.webhookSecret)) {
    return errorBody(401, 'unauthenticated', 'Wrong or missing X-Telegram-Bot-Api-Secret-Token.');
  }
  if (request.rawBody.length > MAX_BODY) {
    deps.log.warn('staff bot update too large', { bytes: request.rawBody.length });
    return { status: 200, body: {} };
  }
  let parsed: z.infer<typeof Update>;
  try {
    parsed = Update.parse(JSON.parse(request.rawBody.toString('utf8')));
  } catch (err) {
    deps.log.warn('staff bot update not understood', { error: describeError(err).slice(0, 300) });
    return { status: 200, body: {} };
  }
  try {
    const answer = await handleStaffUpdate(deps, toStaffUpdate(parsed));
    return { status: 200, body: answer ?? {} };
  } catch (err) {
    const passing = err instanceof StoreError && err.retryable;
    deps.log.error('staff bot update failed', { updateId: parsed.update_id, error: describeError(err) });
    return passing ? errorBody(503, 'unavailable', 'Try again.') : { status: 200, body: {} };
  }
}
