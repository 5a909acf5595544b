/**
 * The staff bot's webhook on the in-memory store: linking a chat with a
 * one-time code, answering a customer by replying to a notification,
 * pressing a notification's buttons — each checked against who sent it,
 * and each safe to deliver twice.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { telegramStaffBot } from '../notifiers/telegram-staff-bot.js';
import { ingestMessage } from '../pipeline/ingest.js';
import { NotificationActionRegistry } from '../pipeline/notification-actions.js';
import { raiseNotification, RESUME_AI } from '../pipeline/notifications.js';
import { replyToMessage } from '../pipeline/reply.js';
import { LINK_CODE_TTL_MS, createStaffLinkCode } from '../pipeline/staff-link.js';
import { notifyStaff } from '../pipeline/staff-notify.js';
import { at } from '../store/collections.js';
import { type FakeTelegramApi, FAKE_TELEGRAM_BOT, startFakeTelegramApi } from '../testing/fake-telegram-api.js';
import { CLINIC, type MemoryDeps, memoryDeps, seedDemo, whatsappText } from '../testing/memory-deps.js';
import {
  CLINIC_OWNER,
  CLINIC_STAFF,
  STAFF_WEBHOOK_SECRET,
  staffPress,
  staffRequest,
  staffText,
} from '../testing/staff-bot.js';
import { type StaffWebhookDeps, handleStaffWebhook } from './staff-telegram.js';

const OWNER_CHAT = 4001;
const STAFF_CHAT = 4002;
const STRANGER_CHAT = 4999;

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
});

const webhookDeps = (extra: Partial<StaffWebhookDeps> = {}): StaffWebhookDeps => ({
  ...deps,
  webhookSecret: STAFF_WEBHOOK_SECRET,
  ...extra,
});
const post = async (update: Record<string, unknown>, extra: Partial<StaffWebhookDeps> = {}) =>
  handleStaffWebhook(webhookDeps(extra), staffRequest(update));
const answerText = (response: { body: unknown }) => (response.body as { text?: string }).text ?? '';

async function link(uid: string, chat: number) {
  const { code } = await createStaffLinkCode(deps, CLINIC, uid);
  return post(staffText(chat, `/start ${code}`));
}

/** A customer handed off to staff, and the staff bot's message about it in each linked chat. */
async function handedOff() {
  const ingested = await ingestMessage(deps, CLINIC, whatsappText('Can a person call me?', { userName: 'Sara' }));
  if (ingested.result !== 'created') throw new Error('expected a new message');
  const { messageId, conversationId } = ingested;
  await replyToMessage(
    {
      ...deps,
      responder: {
        name: 'spy',
        reply: async () => ({
          text: 'Of course, one of our team will reply.',
          language: 'en',
          confidence: 0.3,
          sources: [],
          responder: 'spy',
          handoff: { reason: 'requested' },
        }),
      },
    },
    CLINIC,
    messageId,
  );
  const [notification] = await deps.db.query(at.notifications(CLINIC), { where: [['messageId', '==', messageId]] });
  await notifyStaff(
    { ...deps, messenger: telegramStaffBot(FAKE_TELEGRAM_BOT.token, tg.url) },
    CLINIC,
    notification!.ref.id,
  );
  const sent = (await deps.db.get(at.notification(CLINIC, notification!.ref.id)))!.telegram!.deliveries!;
  const messageIn = (chat: number) => sent.find((d) => d.chatId === String(chat))!.messageId;
  return { conversationId, notificationId: notification!.ref.id, messageIn };
}

describe('the staff bot webhook', () => {
  it('refuses a wrong or missing secret, and answers 404 without a staff bot', async () => {
    expect((await handleStaffWebhook(webhookDeps(), staffRequest(staffText(1, 'hi'), 'wrong'))).status).toBe(401);
    expect((await handleStaffWebhook(webhookDeps(), staffRequest(staffText(1, 'hi'), null))).status).toBe(401);
    expect((await handleStaffWebhook({ ...deps }, staffRequest(staffText(1, 'hi')))).status).toBe(404);
  });

  it('acknowledges what it cannot use, so Telegram stops sending it', async () => {
    const garbage = { ...staffRequest({}), rawBody: Buffer.from('{not json') };
    expect(await handleStaffWebhook(webhookDeps(), garbage)).toEqual({ status: 200, body: {} });
    expect(await post({ edited_message: { message_id: 1 } })).toEqual({ status: 200, body: {} });
  });

  it('explains itself to anyone who writes', async () => {
    const response = await post(staffText(STRANGER_CHAT, 'hello?'));
    expect(response.body).toMatchObject({ method: 'sendMessage', chat_id: String(STRANGER_CHAT), parse_mode: 'HTML' });
    expect(answerText(response)).toMatch(/staff bot/);
  });
});

describe('linking a chat', () => {
  it('links with a one-time code from the start link, once', async () => {
    const { code } = await createStaffLinkCode(deps, CLINIC, CLINIC_STAFF);
    const response = await post(staffText(STAFF_CHAT, `/start ${code}`));
    expect(answerText(response)).toMatch(/Linked.*Glow Laser Clinic.*Layla Haddad/);
    expect((await deps.db.get(at.member(CLINIC, CLINIC_STAFF)))!.telegramChatId).toBe(String(STAFF_CHAT));
    // The same update again (a redelivery) is fine; the code from another chat is not.
    expect(answerText(await post(staffText(STAFF_CHAT, `/start ${code}`)))).toMatch(/Linked/);
    expect(answerText(await post(staffText(STRANGER_CHAT, `/start ${code}`)))).toMatch(/used already/);
    expect((await deps.db.get(at.member(CLINIC, CLINIC_STAFF)))!.telegramChatId).toBe(String(STAFF_CHAT));
  });

  it('takes the code typed by hand, and refuses unknown and expired codes', async () => {
    const { code } = await createStaffLinkCode(deps, CLINIC, CLINIC_OWNER);
    const typed = `${code.slice(0, 5).toLowerCase()} ${code.slice(5)}`;
    expect(answerText(await post(staffText(OWNER_CHAT, typed)))).toMatch(/Linked/);
    expect(answerText(await post(staffText(STRANGER_CHAT, '/start ABCDEFGHJK')))).toMatch(/don't know this code/);
    const late = await createStaffLinkCode(deps, CLINIC, CLINIC_STAFF);
    deps.advance(LINK_CODE_TTL_MS + 1);
    expect(answerText(await post(staffText(STAFF_CHAT, `/start ${late.code}`)))).toMatch(/expired/);
    expect((await deps.db.get(at.member(CLINIC, CLINIC_STAFF)))!.telegramChatId ?? null).toBeNull();
  });

  it('/unlink stops the bot writing to the chat', async () => {
    await link(CLINIC_STAFF, STAFF_CHAT);
    expect(answerText(await post(staffText(STAFF_CHAT, '/unlink')))).toMatch(/not write to this chat/);
    expect((await deps.db.get(at.member(CLINIC, CLINIC_STAFF)))!.telegramChatId).toBeNull();
  });
});

describe('answering a customer from Telegram', () => {
  beforeEach(async () => {
    await link(CLINIC_OWNER, OWNER_CHAT);
    await link(CLINIC_STAFF, STAFF_CHAT);
  });

  it('a reply to the notification goes to the customer as a staff reply, once', async () => {
    const { conversationId, messageIn } = await handedOff();
    const update = staffText(STAFF_CHAT, 'Hi Sara, this is Layla. I can call you at 4pm.', messageIn(STAFF_CHAT));
    const response = await post(update);
    expect(answerText(response)).toMatch(/Sent to Sara/);
    await post(update);
    const staffMessages = await deps.db.query(at.messages(CLINIC), { where: [['author', '==', 'staff']] });
    expect(staffMessages).toHaveLength(1);
    expect(staffMessages[0]!.data).toMatchObject({
      conversationId,
      direction: 'out',
      text: 'Hi Sara, this is Layla. I can call you at 4pm.',
      staff: { uid: CLINIC_STAFF, name: 'Layla Haddad' },
      via: 'telegram',
      delivery: { status: 'queued' },
    });
    const [item] = (await deps.db.query(at.outbox(CLINIC))).filter((o) => o.data.author === 'staff');
    expect(item!.data).toMatchObject({ state: 'pending', text: 'Hi Sara, this is Layla. I can call you at 4pm.' });
    const conversation = await deps.db.get(at.conversation(CLINIC, conversationId));
    expect(conversation).toMatchObject({ owner: 'human', lastHumanAt: expect.any(Date) });
    expect(conversation!.recent.at(-1)).toMatchObject({ author: 'staff' });
  });

  it('refuses replies to anything but its notifications, and from chats not linked to that business', async () => {
    const { messageIn } = await handedOff();
    expect(answerText(await post(staffText(STAFF_CHAT, 'hello', 99_999)))).toMatch(/can't tell what this answers/);
    await deps.db.update(at.member(CLINIC, CLINIC_STAFF), { telegramChatId: null });
    expect(answerText(await post(staffText(STAFF_CHAT, 'hello', messageIn(STAFF_CHAT))))).toMatch(/no longer linked/);
    expect(await deps.db.query(at.messages(CLINIC), { where: [['author', '==', 'staff']] })).toEqual([]);
  });
});

describe('notification buttons', () => {
  beforeEach(async () => {
    await link(CLINIC_OWNER, OWNER_CHAT);
    await link(CLINIC_STAFF, STAFF_CHAT);
  });

  it('the first press wins and gives the conversation back to the AI; a second says who did it', async () => {
    const { conversationId, notificationId, messageIn } = await handedOff();
    const response = await post(staffPress(OWNER_CHAT, messageIn(OWNER_CHAT), `a:${RESUME_AI.id}`));
    expect(response.body).toMatchObject({ method: 'answerCallbackQuery', text: 'The AI answers Sara again.' });
    expect(await deps.db.get(at.conversation(CLINIC, conversationId))).toMatchObject({ owner: 'ai', handoff: null });
    expect((await deps.db.get(at.notification(CLINIC, notificationId)))!.resolution).toMatchObject({
      actionId: 'resume-ai',
      by: { uid: CLINIC_OWNER, name: 'Dr. Rania Khalil' },
      via: 'telegram',
      state: 'done',
    });
    const again = await post(staffPress(STAFF_CHAT, messageIn(STAFF_CHAT), `a:${RESUME_AI.id}`));
    expect(answerText(again)).toMatch(/^Already done by Dr\. Rania Khalil/);
  });

  it('refuses presses from someone else than the chat, and buttons the notification does not have', async () => {
    const { messageIn } = await handedOff();
    expect(answerText(await post(staffPress(STAFF_CHAT, messageIn(STAFF_CHAT), 'a:resume-ai', STRANGER_CHAT)))).toMatch(
      /own private chat/,
    );
    expect(answerText(await post(staffPress(STAFF_CHAT, messageIn(STAFF_CHAT), 'a:refund-everyone')))).toMatch(
      /does nothing/,
    );
    expect(answerText(await post(staffPress(STAFF_CHAT, messageIn(STAFF_CHAT), 'rm -rf')))).toMatch(/does nothing/);
  });

  it('dispatches to the handler registered for the kind, with roles, and a failed handler can be pressed again', async () => {
    const calls: string[] = [];
    let fail = true;
    const actions = new NotificationActionRegistry().register('delivery_failed', {
      roles: ['owner'],
      async run(ctx) {
        calls.push(`${ctx.actionId} by ${ctx.staff.uid} via ${ctx.via}`);
        if (fail) throw new Error('calendar unavailable');
        return { text: 'Resent.' };
      },
    });
    await deps.db.batch((b) =>
      raiseNotification(b, CLINIC, {
        kind: 'delivery_failed',
        conversationId: null,
        reason: 'a reminder could not be sent',
        createdAt: deps.now(),
        subject: { kind: 'outbox', id: 'o1' },
        subjectId: 'o1',
        actions: [{ id: 'resend', label: 'Send again' }],
      }),
    );
    const [n] = await deps.db.query(at.notifications(CLINIC));
    await notifyStaff({ ...deps, messenger: telegramStaffBot(FAKE_TELEGRAM_BOT.token, tg.url) }, CLINIC, n!.ref.id);
    const deliveries = (await deps.db.get(at.notification(CLINIC, n!.ref.id)))!.telegram!.deliveries!;
    const messageIn = (chat: number) => deliveries.find((d) => d.chatId === String(chat))!.messageId;

    expect(answerText(await post(staffPress(STAFF_CHAT, messageIn(STAFF_CHAT), 'a:resend'), { actions }))).toBe(
      'Only owner can do this.',
    );
    expect(answerText(await post(staffPress(OWNER_CHAT, messageIn(OWNER_CHAT), 'a:resend'), { actions }))).toMatch(
      /did not work/,
    );
    fail = false;
    expect(answerText(await post(staffPress(OWNER_CHAT, messageIn(OWNER_CHAT), 'a:resend'), { actions }))).toBe(
      'Resent.',
    );
    expect(calls).toEqual([`resend by ${CLINIC_OWNER} via telegram`, `resend by ${CLINIC_OWNER} via telegram`]);
  });
});
