/**
 * A handoff reaching staff on Telegram, and staff answering from there, on
 * the emulators: the owner links their chat to the staff bot with a
 * one-time code (/webhook/staff-telegram through Hosting); the model hands
 * a customer off with its tool; the notification trigger has the staff
 * bot (grammY, against the fake Bot API) tell the owner, naming the
 * customer, the reason and the last messages; the owner replies to that
 * message in Telegram, and the reply reaches the customer on WhatsApp as a
 * staff reply, which makes a person the owner of the conversation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffLinkCode } from '../../../src/pipeline/staff-link.js';
import { admin, DEMO_SECRETS, postWebhook, resetAndSeed, testDeps, waitFor } from '../harness.js';
import {
  type AiBusiness,
  type Fakes,
  inbound,
  newCustomer,
  seedAiBusiness,
  sentReply,
  sentTo,
  startFakes,
  text,
  whatsapp,
} from './ai-harness.js';

const BOT_TOKEN = DEMO_SECRETS.STAFF_TELEGRAM_BOT_TOKEN!;
const OWNER_CHAT = 777_000_111;

let fakes: Fakes;
let clinic: AiBusiness;
beforeAll(async () => {
  fakes = await startFakes();
  fakes.telegram.addBot(BOT_TOKEN, 'frontdesk_staff_bot');
  await resetAndSeed();
  clinic = await seedAiBusiness('staff');
});
afterAll(() => fakes.close());

let updateId = 1;
async function toStaffBot(message: Record<string, unknown>) {
  const body = JSON.stringify({
    update_id: updateId++,
    message: {
      message_id: 9_000 + updateId,
      from: { id: OWNER_CHAT, is_bot: false, first_name: 'Rania' },
      chat: { id: OWNER_CHAT, type: 'private', first_name: 'Rania' },
      date: Math.floor(Date.now() / 1000),
      ...message,
    },
  });
  const res = await postWebhook('/webhook/staff-telegram', body, {
    'x-telegram-bot-api-secret-token': DEMO_SECRETS.STAFF_TELEGRAM_WEBHOOK_SECRET!,
  });
  expect(res.status).toBe(200);
  return JSON.parse(res.body) as { method?: string; text?: string };
}

describe('handoff to staff on Telegram', () => {
  it('refuses updates without the staff bot secret', async () => {
    const res = await postWebhook('/webhook/staff-telegram', JSON.stringify({ update_id: 1 }), {
      'x-telegram-bot-api-secret-token': 'wrong',
    });
    expect(res.status).toBe(401);
  });

  it('reaches the owner, and the owner’s reply in Telegram reaches the customer', async () => {
    // The owner links their chat with a one-time code.
    const owner = (await admin().collection(`businesses/${clinic.id}/members`).where('role', '==', 'owner').get())
      .docs[0]!;
    const { code } = await createStaffLinkCode(testDeps(), clinic.id, owner.id);
    const linked = await toStaffBot({ text: `/start ${code}` });
    expect(linked).toMatchObject({ method: 'sendMessage', text: expect.stringMatching(/Linked/) });
    expect((await owner.ref.get()).get('telegramChatId')).toBe(String(OWNER_CHAT));

    // The model hands the customer off with its tool.
    fakes.claude.script(
      {
        tools: [
          {
            name: 'handoff_to_staff',
            input: { reason: 'requested', detail: 'wants to talk about a burn after her session' },
          },
        ],
      },
      { text: 'I am sorry to hear that. A member of our team will contact you.' },
    );
    const from = newCustomer();
    const wamid = await whatsapp(
      clinic,
      from,
      text('I got a red mark after my session, can I talk to someone?'),
      'Sara',
    );
    const reply = await sentReply(clinic, wamid);
    expect(reply.get('ai.handoff')).toMatchObject({ reason: 'requested' });

    // The staff bot tells the owner.
    const notice = await waitFor(
      async () =>
        fakes.telegram.requests.find(
          (r) =>
            r.apiMethod === 'sendMessage' && String((r.body as { chat_id: unknown }).chat_id) === String(OWNER_CHAT),
        ),
      'the staff bot message',
    );
    const body = notice.body as { text: string; reply_markup?: unknown };
    expect(body.text).toContain('<b>Sara</b> on WhatsApp');
    expect(body.text).toContain('wants to talk about a burn after her session');
    expect(body.text).toContain('I got a red mark after my session, can I talk to someone?');
    expect(body.text).toContain('A member of our team will contact you.');
    expect(body.reply_markup).toEqual({
      inline_keyboard: [[{ text: 'Let the AI answer again', callback_data: 'a:resume-ai' }]],
    });
    const conversationId = (await inbound(clinic, wamid)).get('conversationId') as string;
    const notification = await waitFor(async () => {
      const found = await admin()
        .collection(`businesses/${clinic.id}/notifications`)
        .where('conversationId', '==', conversationId)
        .get();
      const doc = found.docs[0];
      return doc?.get('telegram.state') === 'sent' ? doc : undefined;
    }, 'the notification sent');
    const botMessageId = (notification.get('telegram.deliveries') as { messageId: number }[])[0]!.messageId;

    // The owner replies to it in Telegram.
    const answer = await toStaffBot({
      text: 'Hi Sara, this is Dr. Rania. Please send me a photo of the mark; I will call you in 10 minutes.',
      reply_to_message: { message_id: botMessageId, chat: { id: OWNER_CHAT, type: 'private' }, date: 0 },
    });
    expect(answer.text).toMatch(/Sent to Sara/);
    await waitFor(
      async () => (sentTo(fakes, from).some((t) => t.startsWith('Hi Sara, this is Dr. Rania.')) ? true : undefined),
      'the staff reply on WhatsApp',
    );
    const conversation = await admin().doc(`businesses/${clinic.id}/conversations/${conversationId}`).get();
    expect(conversation.get('owner')).toBe('human');
    const staffMessage = await waitFor(async () => {
      const found = (
        await admin().collection(`businesses/${clinic.id}/messages`).where('author', '==', 'staff').get()
      ).docs.find((d) => d.get('conversationId') === conversationId);
      return found?.get('delivery.status') === 'sent' ? found : undefined;
    }, 'the staff reply recorded as sent');
    expect(staffMessage.get('via')).toBe('telegram');
  });
});
