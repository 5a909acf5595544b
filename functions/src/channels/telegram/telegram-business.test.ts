/**
 * Telegram update variants beyond the everyday ones (telegram.test.ts):
 * Telegram Business chats (Bot API `business_message`, `edited_business_message`,
 * `sender_business_bot`, `business_connection_id` on sendMessage), channel
 * posts, replies and forwards, video notes. Fixtures follow the Bot API's
 * Update and Message objects (https://core.telegram.org/bots/api#update).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedDelivery } from '../../domain/message.js';
import { startFakeTelegramApi, type FakeTelegramApi } from '../../testing/fake-telegram-api.js';
import { at } from '../../testing/send-context.js';
import { TEST_TELEGRAM_WEBHOOK_SECRET, telegramUpdateRequest } from '../../testing/telegram.js';
import { BOT, LAYLA, TOKEN, context, secrets, wire } from './telegram.contract-setup.test-helper.js';
import { TELEGRAM_ALLOWED_UPDATES, telegram } from './telegram.js';

const CONNECTION = 'AQADgQsAAO9eBlR0hR1JHbS3Vw';

function parseFixture(name: string): ParsedDelivery {
  const request = telegramUpdateRequest(wire(name), { secret: TEST_TELEGRAM_WEBHOOK_SECRET });
  telegram.verify(request, secrets);
  return telegram.parse(request, context);
}

function onlyEvent(name: string) {
  const { events, unprocessable } = parseFixture(name);
  expect(unprocessable).toEqual([]);
  expect(events).toHaveLength(1);
  return events[0]!;
}

describe('telegram: Telegram Business chats', () => {
  it('a customer writing to the business account is a message, answered through the connection', () => {
    expect(onlyEvent('business-message')).toEqual({
      kind: 'message',
      channel: 'telegram',
      accountId: BOT,
      userId: LAYLA,
      userName: 'Layla Haddad',
      providerMessageId: `${LAYLA}:biz:311`,
      timestamp: new Date(1749420100 * 1000),
      content: { type: 'text', text: 'Hello! Is there a free slot for a manicure tomorrow?' },
      providerThreadId: CONNECTION,
    });
  });

  it('what the owner writes from their app is an echo in the customer’s conversation', () => {
    expect(onlyEvent('business-message-from-owner')).toMatchObject({
      userId: LAYLA,
      userName: 'Layla Haddad',
      echo: true,
      providerThreadId: CONNECTION,
      content: { type: 'text', text: 'Hi Layla, Maria here. Yes, 11:00 is free!' },
    });
  });

  it('the bot’s own reply, echoed by Telegram, is neither an event nor a dead letter', () => {
    expect(parseFixture('business-message-from-bot')).toEqual({ events: [], unprocessable: [] });
  });

  it('a reply sent by another bot of the business is an echo', () => {
    const body = JSON.parse(wire('business-message-from-bot'));
    body.business_message.sender_business_bot.username = 'another_helper_bot';
    const request = telegramUpdateRequest(JSON.stringify(body), { secret: TEST_TELEGRAM_WEBHOOK_SECRET });
    expect(telegram.parse(request, context).events[0]).toMatchObject({ echo: true, userId: LAYLA });
  });

  it('an edit is a new message with its own id, in the business id space', () => {
    expect(onlyEvent('edited-business-message')).toMatchObject({
      providerMessageId: `${LAYLA}:biz:311:edit:1749420130`,
      timestamp: new Date(1749420130 * 1000),
      providerThreadId: CONNECTION,
      content: { type: 'text', text: 'Hello! Is there a free slot for a pedicure tomorrow?' },
    });
  });

  it('a business message without its connection id is unprocessable with a reason', () => {
    const body = JSON.parse(wire('business-message'));
    delete body.business_message.business_connection_id;
    const request = telegramUpdateRequest(JSON.stringify(body), { secret: TEST_TELEGRAM_WEBHOOK_SECRET });
    expect(telegram.parse(request, context).unprocessable[0]?.reason).toContain('business message does not fit');
  });

  it('the webhook asks Telegram for business messages', () => {
    expect(TELEGRAM_ALLOWED_UPDATES).toEqual(expect.arrayContaining(['business_message', 'edited_business_message']));
  });

  describe('send', () => {
    let api: FakeTelegramApi;
    beforeAll(async () => {
      api = await startFakeTelegramApi();
    });
    afterAll(async () => {
      await api.close();
    });
    beforeEach(() => api.reset());

    it('a reply in a business chat carries business_connection_id; a bot chat reply does not', async () => {
      const ctx = { credentials: { botToken: TOKEN }, ...at(api.url) };
      await telegram.send(
        { accountId: BOT, userId: LAYLA, text: 'Tomorrow 11:00?', providerThreadId: CONNECTION },
        ctx,
      );
      await telegram.send({ accountId: BOT, userId: LAYLA, text: 'Tomorrow 11:00?' }, ctx);
      const [business, direct] = api.requests.map((r) => r.body as Record<string, unknown>);
      expect(business).toMatchObject({ chat_id: LAYLA, business_connection_id: CONNECTION });
      expect(direct).not.toHaveProperty('business_connection_id');
    });
  });
});

describe('telegram: other documented variants', () => {
  it('a channel post is not a customer conversation', () => {
    const { events, unprocessable } = parseFixture('channel-post');
    expect(events).toEqual([]);
    expect(unprocessable[0]?.reason).toBe('Telegram "channel_post" updates are not handled');
  });

  it('a forwarded reply is the customer’s text', () => {
    expect(onlyEvent('reply-forwarded')).toMatchObject({
      providerMessageId: `${LAYLA}:1201`,
      content: { type: 'text', text: 'Can I come at the time my friend booked?' },
    });
  });

  it('a round video note is an MP4 video', () => {
    expect(onlyEvent('video-note')).toMatchObject({
      content: {
        type: 'video',
        media: {
          providerMediaId: 'DQACAgQAAxkBAAIEsmhJ0a8AAUmU3cY1qEw7FkRz3V8MAAIfGQAC1v1RUlqcTz4oJ7aHNgQ',
          mimeType: 'video/mp4',
        },
      },
    });
  });

  it('a message without `from` (sent on behalf of a chat) is named by its chat', () => {
    const body = JSON.parse(wire('text'));
    delete body.message.from;
    const request = telegramUpdateRequest(JSON.stringify(body), { secret: TEST_TELEGRAM_WEBHOOK_SECRET });
    expect(telegram.parse(request, context).events[0]).toMatchObject({ userId: LAYLA, userName: 'Layla Haddad' });
  });
});
