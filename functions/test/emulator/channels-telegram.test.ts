/**
 * Telegram end to end on the emulators: an update through
 * /webhook/telegram/{businessId} with the secret-token header, the reply
 * sent through the fake Bot API, callback queries, retry_after, media.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeTelegramApi, type FakeTelegramApi } from '../../src/testing/fake-telegram-api.js';
import {
  admin,
  LAB,
  LAB_ACCOUNTS,
  LAB_SECRETS,
  labMessages,
  postWebhook,
  resetAndSeed,
  seedLab,
  settledReply,
  storedMessage,
  waitFor,
} from './harness.js';

const TOKEN = LAB_SECRETS.telegram.botToken;
const SECRET = LAB_SECRETS.telegram.webhookSecret;
let tg: FakeTelegramApi;

beforeAll(async () => {
  tg = await startFakeTelegramApi({ port: 4014 });
  tg.addBot(TOKEN, LAB_ACCOUNTS.telegram);
  await resetAndSeed();
  await seedLab(['telegram', 'webchat']);
});
afterAll(() => tg.close());
beforeEach(() => tg.reset());

let nextId = Math.floor(Date.now() / 1000);
const chatId = () => 400_000_000 + Math.floor(Math.random() * 99_999_999);

function update(chat: number, message: Record<string, unknown>) {
  const messageId = nextId++;
  const from = { id: chat, is_bot: false, first_name: 'Layla', last_name: 'Haddad', language_code: 'en' };
  const body = JSON.stringify({
    update_id: nextId++,
    message: {
      message_id: messageId,
      from,
      chat: { id: chat, first_name: 'Layla', type: 'private' },
      date: Math.floor(Date.now() / 1000),
      ...message,
    },
  });
  return { body, providerMessageId: `${chat}:${messageId}` };
}

const post = (body: string, secret: string | null = SECRET) =>
  postWebhook(`/webhook/telegram/${LAB}`, body, secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret });
/** sendMessage calls, to one chat when given. */
const sends = (chat?: number) =>
  tg.requests.filter(
    (r) =>
      r.path === `/bot${TOKEN}/sendMessage` &&
      (chat === undefined || String((r.body as { chat_id?: unknown }).chat_id) === String(chat)),
  );

describe('Telegram end to end', () => {
  it('answers a customer through the Bot API', async () => {
    const chat = chatId();
    const inbound = update(chat, { text: 'What are your opening hours?' });
    expect((await post(inbound.body)).status).toBe(200);
    const reply = await settledReply(LAB, inbound.providerMessageId);
    expect(reply.get('delivery.status')).toBe('sent');
    expect(sends(chat)).toHaveLength(1);
    expect(sends(chat)[0]!.body).toMatchObject({ chat_id: String(chat), parse_mode: 'HTML' });
    expect(reply.get('providerMessageId')).toMatch(new RegExp(`^${chat}:`));
  });

  it('refuses a wrong or missing secret token with 401 and writes nothing', async () => {
    const inbound = update(chatId(), { text: 'hello' });
    expect((await post(inbound.body, 'wrong-secret')).status).toBe(401);
    expect((await post(inbound.body, null)).status).toBe(401);
    expect(
      (
        await postWebhook('/webhook/telegram/no-such-business', inbound.body, {
          'x-telegram-bot-api-secret-token': SECRET,
        })
      ).status,
    ).toBe(404);
    await new Promise((r) => setTimeout(r, 300));
    expect((await labMessages().where('providerMessageId', '==', inbound.providerMessageId).get()).size).toBe(0);
  });

  it('treats a redelivered update as one message', async () => {
    const chat = chatId();
    const inbound = update(chat, { text: 'Do you groom cats?' });
    await Promise.all([post(inbound.body), post(inbound.body)]);
    await settledReply(LAB, inbound.providerMessageId);
    await post(inbound.body);
    expect((await labMessages().where('providerMessageId', '==', inbound.providerMessageId).get()).size).toBe(1);
    expect(sends(chat)).toHaveLength(1);
  });

  it('honours retry_after and sends exactly once', async () => {
    tg.failNext(2, {
      status: 429,
      method: 'sendMessage',
      body: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 1',
        parameters: { retry_after: 1 },
      },
    });
    const chat = chatId();
    const inbound = update(chat, { text: 'Where are you located?' });
    await post(inbound.body);
    const reply = await waitFor(
      async () => {
        const r = await settledReply(LAB, inbound.providerMessageId);
        return r.get('delivery.status') === 'sent' ? r : undefined;
      },
      'the retried send',
      30_000,
    );
    expect((await admin().doc(`businesses/${LAB}/outbox/${reply.id}`).get()).get('attempts')).toBe(3);
    expect(sends(chat)).toHaveLength(3);
  });

  it('a blocked bot fails at once with a clear reason', async () => {
    tg.failNext(1, {
      status: 403,
      method: 'sendMessage',
      body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' },
    });
    const inbound = update(chatId(), { text: 'Hi' });
    await post(inbound.body);
    const reply = await settledReply(LAB, inbound.providerMessageId);
    expect(reply.get('delivery.status')).toBe('failed');
    expect(reply.get('delivery.error.message')).toMatch(/blocked/i);
    expect(reply.get('delivery.error.message')).not.toContain(TOKEN);
  });

  it('answers a button press in the webhook response (answerCallbackQuery), then replies', async () => {
    const chat = chatId();
    const messageId = nextId++;
    const body = JSON.stringify({
      update_id: nextId++,
      callback_query: {
        id: `77${messageId}`,
        from: { id: chat, is_bot: false, first_name: 'Layla' },
        chat_instance: '-1',
        data: 'opening-hours',
        message: {
          message_id: messageId,
          from: { id: 1, is_bot: true, first_name: 'Lab' },
          chat: { id: chat, type: 'private', first_name: 'Layla' },
          date: Math.floor(Date.now() / 1000),
          text: 'How can we help?',
          reply_markup: { inline_keyboard: [[{ text: 'Opening hours', callback_data: 'opening-hours' }]] },
        },
      },
    });
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ method: 'answerCallbackQuery', callback_query_id: `77${messageId}` });
    const stored = await storedMessage(LAB, `cbq:77${messageId}`);
    expect(stored.get('content')).toMatchObject({
      type: 'interactive',
      replyId: 'opening-hours',
      title: 'Opening hours',
    });
  });

  it('downloads a voice note with getFile and keeps it', async () => {
    const file = tg.addFile({ data: Buffer.from('OggS telegram voice'), contentType: 'audio/ogg' });
    const inbound = update(chatId(), {
      voice: { file_id: file.fileId, file_unique_id: file.fileUniqueId, duration: 3, mime_type: 'audio/ogg' },
    });
    await post(inbound.body);
    const stored = await storedMessage(LAB, inbound.providerMessageId);
    const media = await waitFor(async () => {
      const m = (await stored.ref.get()).get('media') as { state: string } | undefined;
      return m && m.state !== 'pending' ? m : undefined;
    }, 'the media step');
    expect(media).toMatchObject({ state: 'stored' });
  });
});
