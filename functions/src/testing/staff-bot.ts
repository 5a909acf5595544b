/**
 * Helpers for tests of the staff bot: Telegram updates as Telegram sends
 * them to /webhook/staff-telegram (messages, replies, button presses), and
 * the clinic's members with their uids as the memory seed makes them.
 */
import type { RawRequest } from '../http/raw-request.js';
import { digest } from '../store/ids.js';

export const STAFF_WEBHOOK_SECRET = 'test-staff-webhook-secret';

/** The uid the memory seed gives a profile's staff member (testing/memory-deps.ts, fakeStaffAccounts). */
export const uidOf = (email: string) => `uid-${digest(email, 12)}`;

export const CLINIC_OWNER = uidOf('owner@glow-laser-clinic.example');
export const CLINIC_STAFF = uidOf('layla@glow-laser-clinic.example');

let updateId = 1_000;
let messageId = 5_000;

export function staffRequest(
  update: Record<string, unknown>,
  secret: string | null = STAFF_WEBHOOK_SECRET,
): RawRequest {
  return {
    method: 'POST',
    path: '/webhook/staff-telegram',
    query: {},
    headers: {
      'content-type': 'application/json',
      ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }),
    },
    rawBody: Buffer.from(JSON.stringify({ update_id: ++updateId, ...update })),
  };
}

/** A private message from a staff member's chat; `replyTo` makes it a reply to one of the bot's messages. */
export function staffText(chatId: number, text: string, replyTo?: number): Record<string, unknown> {
  const from = { id: chatId, is_bot: false, first_name: 'Staff' };
  return {
    message: {
      message_id: ++messageId,
      from,
      chat: { id: chatId, type: 'private', first_name: 'Staff' },
      date: Math.floor(Date.now() / 1000),
      text,
      ...(replyTo === undefined
        ? {}
        : { reply_to_message: { message_id: replyTo, chat: { id: chatId, type: 'private' }, date: 0 } }),
    },
  };
}

/** A press of an inline button under the bot's message `onMessage` in `chatId`. */
export function staffPress(chatId: number, onMessage: number, data: string, fromId = chatId): Record<string, unknown> {
  return {
    callback_query: {
      id: `cb-${++messageId}`,
      from: { id: fromId, is_bot: false, first_name: 'Staff' },
      chat_instance: '1',
      message: { message_id: onMessage, chat: { id: chatId, type: 'private' }, date: 0 },
      data,
    },
  };
}
