/**
 * The staff bot telling staff, with grammY against the local fake Bot API:
 * who is told, what they read, and nothing lost or sent twice when chats
 * fail or Telegram is busy.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { telegramStaffBot } from '../notifiers/telegram-staff-bot.js';
import { at } from '../store/collections.js';
import {
  type FakeTelegramApi,
  FAKE_TELEGRAM_BOT,
  startFakeTelegramApi,
  telegramError,
} from '../testing/fake-telegram-api.js';
import { CLINIC, type MemoryDeps, memoryDeps, seedDemo, whatsappText } from '../testing/memory-deps.js';
import { CLINIC_OWNER, CLINIC_STAFF } from '../testing/staff-bot.js';
import { ingestMessage } from './ingest.js';
import { raiseNotification, RESUME_AI } from './notifications.js';
import { replyToMessage } from './reply.js';
import { STAFF_DELIVERY_POLICY, type StaffNotifyDeps, notifyStaff, threadId } from './staff-notify.js';

let tg: FakeTelegramApi;
let deps: MemoryDeps;
beforeAll(async () => {
  tg = await startFakeTelegramApi();
});
afterAll(() => tg.close());
beforeEach(async () => {
  tg.reset();
  deps = memoryDeps();
  await seedDemo(deps);
  await deps.db.update(at.member(CLINIC, CLINIC_OWNER), { telegramChatId: '1001' });
  await deps.db.update(at.member(CLINIC, CLINIC_STAFF), { telegramChatId: '1002' });
});

const notifyDeps = (): StaffNotifyDeps => ({ ...deps, messenger: telegramStaffBot(FAKE_TELEGRAM_BOT.token, tg.url) });
const sends = (chat?: string) =>
  tg.requests.filter(
    (r) => r.apiMethod === 'sendMessage' && (!chat || (r.body as { chat_id: string }).chat_id === chat),
  );

/** A handoff the way the reply pipeline raises it, in a real conversation. */
async function handoff() {
  const { messageId } = await ingestMessage(
    deps,
    CLINIC,
    whatsappText('I want to speak to a person, now', { userName: 'Sara' }),
  );
  await replyToMessage(
    {
      ...deps,
      responder: {
        name: 'spy',
        reply: async () => ({
          text: 'Of course, a member of our team will answer you.',
          language: 'en',
          confidence: 0.3,
          sources: [],
          responder: 'spy',
          handoff: { reason: 'requested', detail: 'the customer asked for a person' },
        }),
      },
    },
    CLINIC,
    messageId,
  );
  const [notification] = await deps.db.query(at.notifications(CLINIC), { where: [['messageId', '==', messageId]] });
  return notification!.ref.id;
}

describe('the staff bot tells staff', () => {
  it('a handoff reaches every linked member, naming the customer, the reason and the last messages, with its button', async () => {
    const id = await handoff();
    expect(await notifyStaff(notifyDeps(), CLINIC, id)).toEqual({ result: 'sent', chats: 2, failed: 0 });
    expect(
      sends()
        .map((s) => (s.body as { chat_id: string }).chat_id)
        .sort(),
    ).toEqual(['1001', '1002']);
    const body = sends('1002')[0]!.body as { text: string; parse_mode: string; reply_markup: unknown };
    expect(body.parse_mode).toBe('HTML');
    expect(body.text).toContain('<b>Sara</b> on WhatsApp');
    expect(body.text).toContain('Reason: requested: the customer asked for a person');
    expect(body.text).toContain('👤 Sara: I want to speak to a person, now');
    expect(body.text).toContain('🤖 AI: Of course, a member of our team will answer you.');
    expect(body.text).toContain('Reply to this message to answer Sara.');
    expect(body.reply_markup).toEqual({ inline_keyboard: [[{ text: RESUME_AI.label, callback_data: 'a:resume-ai' }]] });
    const notification = await deps.db.get(at.notification(CLINIC, id));
    expect(notification!.telegram).toMatchObject({ state: 'sent', dueAt: null });
    expect(notification!.telegram!.deliveries!.map((d) => d.chatId).sort()).toEqual(['1001', '1002']);
    // Each message is a thread staff can answer.
    for (const d of notification!.telegram!.deliveries!) {
      expect(await deps.db.get(at.staffThread(threadId(d.chatId, d.messageId)))).toMatchObject({
        businessId: CLINIC,
        notificationId: id,
        conversationId: notification!.conversationId,
      });
    }
  });

  it('a redelivered trigger sends nothing again', async () => {
    const id = await handoff();
    await notifyStaff(notifyDeps(), CLINIC, id);
    expect(await notifyStaff(notifyDeps(), CLINIC, id)).toMatchObject({ result: 'skipped' });
    expect(sends()).toHaveLength(2);
  });

  it('owner kinds go to owners only', async () => {
    await deps.db.batch((b) =>
      raiseNotification(b, CLINIC, {
        kind: 'budget_exceeded',
        reason: "Today's AI budget (USD 5) is spent",
        createdAt: deps.now(),
        subject: { kind: 'day', id: '2026-12-01' },
      }),
    );
    const [n] = await deps.db.query(at.notifications(CLINIC));
    expect(await notifyStaff(notifyDeps(), CLINIC, n!.ref.id)).toMatchObject({ result: 'sent', chats: 1 });
    expect(sends('1001')).toHaveLength(1);
    expect((sends('1001')[0]!.body as { text: string }).text).not.toContain('Reply to this message');
  });

  it('a chat that blocked the bot is recorded and not tried again; the others are told', async () => {
    tg.failNext(1, {
      status: 403,
      method: 'sendMessage',
      body: telegramError(403, 'Forbidden: bot was blocked by the user'),
    });
    const id = await handoff();
    expect(await notifyStaff(notifyDeps(), CLINIC, id)).toEqual({ result: 'sent', chats: 1, failed: 1 });
    const telegram = (await deps.db.get(at.notification(CLINIC, id)))!.telegram!;
    expect(telegram.failures).toEqual([
      { chatId: expect.any(String), reason: expect.stringMatching(/blocked/), at: expect.any(Date) },
    ]);
    expect(JSON.stringify(telegram)).not.toContain(FAKE_TELEGRAM_BOT.token);
  });

  it('when Telegram is busy it tries again later, writing only to the chats not reached', async () => {
    const id = await handoff();
    // The first chat is reached, the second gets flood control.
    let calls = 0;
    const messenger = telegramStaffBot(FAKE_TELEGRAM_BOT.token, tg.url);
    const flaky: StaffNotifyDeps = {
      ...deps,
      messenger: {
        ...messenger,
        send: async (chat, message) => {
          calls += 1;
          if (calls === 2) {
            tg.failNext(1, {
              status: 429,
              method: 'sendMessage',
              body: telegramError(429, 'Too Many Requests: retry after 3', { retry_after: 3 }),
            });
          }
          return messenger.send(chat, message);
        },
      },
    };
    const first = await notifyStaff(flaky, CLINIC, id);
    expect(first).toMatchObject({ result: 'retry', nextAttemptAt: expect.any(Date) });
    expect((await deps.db.get(at.notification(CLINIC, id)))!.telegram).toMatchObject({ state: 'retry' });
    deps.advance(60_000);
    expect(await notifyStaff(flaky, CLINIC, id)).toEqual({ result: 'sent', chats: 2, failed: 0 });
    const texts = sends().map((s) => (s.body as { chat_id: string }).chat_id);
    // Three sends in all: chat A once, chat B refused once then sent.
    expect(texts).toHaveLength(3);
    expect(new Set(texts).size).toBe(2);
  });

  it('gives up, visibly, after its attempts', async () => {
    const id = await handoff();
    for (let i = 0; i < STAFF_DELIVERY_POLICY.maxAttempts + 1; i++) {
      tg.failNext(2, { status: 502, method: 'sendMessage' });
      await notifyStaff(notifyDeps(), CLINIC, id);
      deps.advance(30 * 60_000);
    }
    expect((await deps.db.get(at.notification(CLINIC, id)))!.telegram).toMatchObject({ state: 'failed', dueAt: null });
  });

  it('stays in the dashboard when there is no staff bot, or nobody linked Telegram', async () => {
    const id = await handoff();
    expect(await notifyStaff(deps, CLINIC, id)).toMatchObject({
      result: 'skipped',
      why: expect.stringMatching(/no staff bot/),
    });
    const other = await handoff();
    await deps.db.update(at.member(CLINIC, CLINIC_OWNER), { telegramChatId: null });
    await deps.db.update(at.member(CLINIC, CLINIC_STAFF), { telegramChatId: null });
    expect(await notifyStaff(notifyDeps(), CLINIC, other)).toMatchObject({
      result: 'skipped',
      why: expect.stringMatching(/linked/),
    });
    expect(sends()).toHaveLength(0);
  });
});
