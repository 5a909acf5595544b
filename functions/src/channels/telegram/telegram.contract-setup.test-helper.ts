import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

import { FAKE_TELEGRAM_BOT, startFakeTelegramApi, telegramError } from '../../testing/fake-telegram-api.js';
import { TEST_TELEGRAM_WEBHOOK_SECRET, telegramUpdateRequest } from '../../testing/telegram.js';

import type { ContractSetup } from '../channel.contract.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/telegram/', import.meta.url));
export const TOKEN = FAKE_TELEGRAM_BOT.token;
export const BOT = FAKE_TELEGRAM_BOT.username;
export const LAYLA = '412345678';
export const secrets = { businessSecret: TEST_TELEGRAM_WEBHOOK_SECRET };
export const context = { accountId: BOT };

export const fixture = (name: string): string => readFileSync(join(FIXTURES, `${name}.json`), 'utf8');
/** The fixture as Telegram sends it: compact JSON, UTF-8. */
export const wire = (name: string): string => JSON.stringify(JSON.parse(fixture(name)));
export const json = (name: string) => JSON.parse(fixture(name)) as Record<string, Record<string, unknown>>;

export const EXPECTED_COUNTS: Record<string, { messages: number; statuses: number; unprocessable: number }> = {
  text: { messages: 1, statuses: 0, unprocessable: 0 },
  'command-start': { messages: 1, statuses: 0, unprocessable: 0 },
  'photo-caption': { messages: 1, statuses: 0, unprocessable: 0 },
  voice: { messages: 1, statuses: 0, unprocessable: 0 },
  document: { messages: 1, statuses: 0, unprocessable: 0 },
  location: { messages: 1, statuses: 0, unprocessable: 0 },
  sticker: { messages: 1, statuses: 0, unprocessable: 0 },
  contact: { messages: 1, statuses: 0, unprocessable: 0 },
  'arabic-text': { messages: 1, statuses: 0, unprocessable: 0 },
  'callback-query': { messages: 1, statuses: 0, unprocessable: 0 },
  'edited-message': { messages: 1, statuses: 0, unprocessable: 0 },
  'message-reaction': { messages: 1, statuses: 0, unprocessable: 0 },
  'my-chat-member-kicked': { messages: 0, statuses: 0, unprocessable: 1 },
  'group-message': { messages: 0, statuses: 0, unprocessable: 1 },
  'business-message': { messages: 1, statuses: 0, unprocessable: 0 },
  'business-message-from-owner': { messages: 1, statuses: 0, unprocessable: 0 },
  'business-message-from-bot': { messages: 0, statuses: 0, unprocessable: 0 },
  'edited-business-message': { messages: 1, statuses: 0, unprocessable: 0 },
  'channel-post': { messages: 0, statuses: 0, unprocessable: 1 },
  'reply-forwarded': { messages: 1, statuses: 0, unprocessable: 0 },
  'video-note': { messages: 1, statuses: 0, unprocessable: 0 },
};

export const TELEGRAM_CONTRACT: ContractSetup = {
  secrets,
  wrongSecrets: { businessSecret: 'the-webhook-secret-of-another-business' },
  signedRequest: (body) => telegramUpdateRequest(body, { secret: TEST_TELEGRAM_WEBHOOK_SECRET }),
  unsignedRequest: (body) => telegramUpdateRequest(body),
  signatureCoversBody: false,
  parseContext: context,
  fixtures: Object.entries(EXPECTED_COUNTS).map(([name, expect]) => ({ name, body: wire(name), expect })),
  send: {
    startServer: () => startFakeTelegramApi(),
    credentials: { botToken: TOKEN },
    message: { accountId: BOT, userId: LAYLA, text: 'Saturday 10:00 is free. Shall I book it?' },
    checkRequest(request, message) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe(`/bot${TOKEN}/sendMessage`);
      expect(request.headers['content-type']).toMatch(/^application\/json/);
      expect(request.body).toEqual({ chat_id: message.userId, text: message.text, parse_mode: 'HTML' });
    },
    permanentFailure: { status: 403, body: telegramError(403, 'Forbidden: bot was blocked by the user') },
  },
};
