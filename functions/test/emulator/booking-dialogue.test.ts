/**
 * A customer books on WhatsApp through the offline booking dialogue, end to
 * end on the emulators: signed webhooks into the deployed functions, the
 * reply trigger (no LLM key: the offline responder with the dialogue), the
 * replies at the fake Graph API — the day's real slots as interactive
 * choices, then the customer's press of one of them, name, pet, the
 * confirm button — and the booking: confirmed in Firestore, its event on
 * the fake Google Calendar, and the owner told on the fake Telegram by
 * the staff bot. Then a booking that waits for the owner: Approve pressed
 * on Telegram (/webhook/staff-telegram through Hosting, the action
 * registry with booking's handler) confirms it, once.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSlots } from '../../src/booking/availability.js';
import { eventIdOf } from '../../src/booking/backends/google-calendar.js';
import { startGoogleConnect } from '../../src/booking/google-oauth.js';
import { BookingSession } from '../../src/booking/session.js';
import type { Business } from '../../src/domain/business.js';
import { addDays, wallClock } from '../../src/domain/hours.js';
import { loadBusinessContext } from '../../src/pipeline/business-context.js';
import { loadSecrets } from '../../src/profile/load.js';
import { type FakeGoogle, startFakeGoogle } from '../../src/testing/fake-google.js';
import { type FakeGraphApi, startFakeGraphApi } from '../../src/testing/fake-graph-api.js';
import { type FakeTelegramApi, startFakeTelegramApi } from '../../src/testing/fake-telegram-api.js';
import { whatsappWebhookBody, whatsappTextMessage } from '../../src/testing/meta.js';
import {
  DEMO_SECRETS,
  FAKE_GRAPH_PORT,
  GROOMER,
  GROOMER_PHONE_ID,
  admin,
  metaSignature,
  postWebhook,
  resetAndSeed,
  store,
  waitFor,
} from './harness.js';
import { bookingDeps, GOOGLE_PORT, googleConfig } from './booking-harness.js';

const TELEGRAM_PORT = 4014;
const OWNER_CHAT = 555_000_001;
const CUSTOMER = '15125550199';

let google: FakeGoogle;
let graph: FakeGraphApi;
let telegram: FakeTelegramApi;
let groomer: Business;

const deps = () => bookingDeps();

beforeAll(async () => {
  [google, graph, telegram] = await Promise.all([
    startFakeGoogle({ port: GOOGLE_PORT }),
    startFakeGraphApi({ port: FAKE_GRAPH_PORT }),
    startFakeTelegramApi({ port: TELEGRAM_PORT }),
  ]);
  telegram.addBot(DEMO_SECRETS.STAFF_TELEGRAM_BOT_TOKEN!, 'frontdesk_staff_bot');
  await resetAndSeed();
  await loadSecrets(store(), GROOMER, { channels: { 'whatsapp-meta': { accessToken: 'test-groomer-access-token' } } });
  // The owner connected Google Calendar, and linked Telegram to the staff bot.
  const { redirectUri, code, state } = google.consent(await startGoogleConnect(deps(), googleConfig(), GROOMER));
  expect((await fetch(`${redirectUri}?${new URLSearchParams({ code, state })}`)).status).toBe(200);
  const owner = (await admin().collection(`businesses/${GROOMER}/members`).where('role', '==', 'owner').get()).docs[0]!;
  await owner.ref.update({ telegramChatId: String(OWNER_CHAT) });
  groomer = await loadBusinessContext(deps(), GROOMER);
});
afterAll(async () => {
  await Promise.all([google.close(), graph.close(), telegram.close()]);
});

/** A signed WhatsApp webhook from the customer with one message. */
async function customerSends(message: Record<string, unknown>) {
  const body = whatsappWebhookBody({
    phoneNumberId: GROOMER_PHONE_ID,
    from: CUSTOMER,
    name: 'Ana',
    messages: [message],
  });
  const res = await postWebhook('/webhook/whatsapp/meta', body, { 'x-hub-signature-256': metaSignature(body) });
  expect(res.status).toBe(200);
}

const says = (text: string) =>
  customerSends(whatsappTextMessage({ from: CUSTOMER, id: `wamid.${randomUUID()}`, text }));

/** The customer presses a reply button, or picks a row of a list, as WhatsApp reports it. */
const presses = (kind: 'button' | 'list', id: string, title: string) =>
  customerSends({
    from: CUSTOMER,
    id: `wamid.${randomUUID()}`,
    timestamp: String(Math.floor(Date.now() / 1000)),
    type: 'interactive',
    interactive:
      kind === 'button'
        ? { type: 'button_reply', button_reply: { id, title } }
        : { type: 'list_reply', list_reply: { id, title } },
  });

interface SentBody {
  type: string;
  text?: { body: string };
  interactive?: {
    type: 'button' | 'list';
    body: { text: string };
    action: {
      buttons?: { reply: { id: string; title: string } }[];
      sections?: { rows: { id: string; title: string }[] }[];
    };
  };
}

/** The next message the fake Graph API accepted for the customer after `count` of them. */
async function nextReply(count: number): Promise<SentBody> {
  return waitFor(
    async () => {
      const mine = graph.sent.filter((s) => s.to === CUSTOMER);
      return mine.length > count ? (mine[count]!.body as SentBody) : undefined;
    },
    `reply ${count + 1} to the customer`,
    30_000,
  );
}

const textOf = (body: SentBody) => body.text?.body ?? body.interactive?.body.text ?? '';
const choicesOf = (body: SentBody) =>
  body.interactive?.type === 'button'
    ? body.interactive.action.buttons!.map((b) => b.reply)
    : (body.interactive?.action.sections ?? []).flatMap((s) => s.rows);

describe('the offline booking dialogue on the emulators', () => {
  it('a WhatsApp customer books: slots as choices, a press, name, pet, confirm — in Firestore, Google Calendar and the owner’s Telegram', async () => {
    const d = deps();
    // The first open day at least two days out (the shop closes on Mondays), named as customers do.
    const today = wallClock(d.now(), groomer.profile.timezone).date;
    let day = addDays(today, 2);
    while ((await findSlots(d, groomer, { serviceId: 'nail-trim', from: day, to: day })).length === 0) {
      day = addDays(day, 1);
    }
    const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(`${day}T12:00:00Z`),
    );

    await says(`Hi! I'd like to book a nail trim on ${weekday}`);
    const offer = await nextReply(0);
    expect(offer.type).toBe('interactive');
    const slots = choicesOf(offer).filter((c) => c.id.startsWith('slot:'));
    expect(slots.length).toBeGreaterThan(1);
    const free = await findSlots(d, groomer, { serviceId: 'nail-trim', from: day, to: day });
    const offered = slots.map((s) => s.id.slice(5));
    expect(offered.every((start) => free.some((f) => f.start.toISOString() === start))).toBe(true);

    const pick = slots[1]!;
    await presses(offer.interactive!.type, pick.id, pick.title);
    expect(textOf(await nextReply(1))).toBe('What name should I put the booking under?');
    await says('Ana Ruiz');
    expect(textOf(await nextReply(2))).toBe('What’s your pet’s name?');
    await says('Rex');
    const confirm = await nextReply(3);
    expect(textOf(confirm)).toMatch(/^Nail trim on .* for Rex\. Price: \$20\. Shall I book it\?$/);
    const yes = choicesOf(confirm).find((c) => c.id === 'yes')!;
    await presses(confirm.interactive!.type, yes.id, yes.title);
    expect(textOf(await nextReply(4))).toMatch(/^You’re booked, Ana Ruiz: Nail trim on /);

    const [appointment] = (
      await admin().collection(`businesses/${GROOMER}/appointments`).where('customerName', '==', 'Ana Ruiz').get()
    ).docs;
    expect(appointment!.data()).toMatchObject({ status: 'confirmed', serviceId: 'nail-trim', source: 'dialogue' });
    expect(appointment!.get('start').toDate().toISOString()).toBe(pick.id.slice(5));
    // The conversation keeps no dialogue once it is done.
    const conversation = await admin()
      .doc(`businesses/${GROOMER}/conversations/${appointment!.get('conversationId') as string}`)
      .get();
    expect(conversation.get('responderState.booking')).toBeUndefined();

    const event = await waitFor(
      async () => google.events.get(`primary\n${eventIdOf(appointment!.id)}`),
      'the event on Google Calendar',
    );
    expect(event).toMatchObject({
      status: 'confirmed',
      summary: expect.stringMatching(/Nail trim.*Ana Ruiz \(Rex\)/),
      start: { dateTime: pick.id.slice(5) },
    });
    const told = await waitFor(
      async () =>
        telegram.requests.find(
          (r) => r.apiMethod === 'sendMessage' && (r.body as { chat_id: unknown }).chat_id === String(OWNER_CHAT),
        ),
      'the owner told on Telegram',
    );
    expect((told.body as { text: string }).text).toMatch(/Booking[\s\S]*Ana Ruiz/);
  });

  it('a booking that waits for the owner is approved by a press of Approve on Telegram, once', async () => {
    // Every booking waits for the owner (a new revision: cached business contexts read it again).
    await admin()
      .doc(`businesses/${GROOMER}`)
      .update({ 'settings.booking.approval.allBookings': true, revision: randomUUID() });
    const business = await loadBusinessContext(deps(), GROOMER);
    const d = deps();
    const today = wallClock(d.now(), business.profile.timezone).date;
    let day = addDays(today, 3);
    let free = await findSlots(d, business, { serviceId: 'paw-pad-care', from: day, to: day });
    while (free.length === 0) {
      day = addDays(day, 1);
      free = await findSlots(d, business, { serviceId: 'paw-pad-care', from: day, to: day });
    }
    const session = new BookingSession(d, { business, contactId: `c-${randomUUID()}`, source: 'dialogue' });
    const held = await session.hold({ serviceId: 'paw-pad-care', start: free[0]!.start });
    if (!held.ok) throw new Error(held.message);
    const booked = await session.book({ appointmentId: held.appointment.id, customerName: 'Omar Haddad' });
    expect(booked).toMatchObject({ ok: true, appointment: { status: 'pending_approval' } });

    // The staff bot sends the approval to the owner, with its buttons.
    const approval = await waitFor(async () => {
      const found = await admin()
        .collection(`businesses/${GROOMER}/notifications`)
        .where('subject.id', '==', held.appointment.id)
        .get();
      const doc = found.docs.find((n) => n.get('kind') === 'approval');
      return doc?.get('telegram.state') === 'sent' ? doc : undefined;
    }, 'the approval sent on Telegram');
    const sent = telegram.requests.find(
      (r) =>
        r.apiMethod === 'sendMessage' &&
        (r.body as { text: string }).text.includes('Omar Haddad') &&
        (r.body as { chat_id: unknown }).chat_id === String(OWNER_CHAT),
    )!;
    expect((sent.body as { reply_markup: unknown }).reply_markup).toEqual({
      inline_keyboard: [
        [
          { text: 'Approve', callback_data: 'a:approve' },
          { text: 'Decline', callback_data: 'a:decline' },
        ],
      ],
    });
    const botMessageId = (approval.get('telegram.deliveries') as { messageId: number }[])[0]!.messageId;
    const pressApprove = async (updateId: number) => {
      const res = await postWebhook(
        '/webhook/staff-telegram',
        JSON.stringify({
          update_id: updateId,
          callback_query: {
            id: `cb-${updateId}`,
            from: { id: OWNER_CHAT, is_bot: false, first_name: 'Megan' },
            chat_instance: '1',
            message: { message_id: botMessageId, chat: { id: OWNER_CHAT, type: 'private' }, date: 0 },
            data: 'a:approve',
          },
        }),
        { 'x-telegram-bot-api-secret-token': DEMO_SECRETS.STAFF_TELEGRAM_WEBHOOK_SECRET! },
      );
      expect(res.status).toBe(200);
      return (JSON.parse(res.body) as { text: string }).text;
    };
    expect(await pressApprove(70_001)).toMatch(/^Approved by .*: .*Omar Haddad.* is confirmed\.$/);
    const appointment = admin().doc(`businesses/${GROOMER}/appointments/${held.appointment.id}`);
    expect((await appointment.get()).get('status')).toBe('confirmed');
    expect(await pressApprove(70_002)).toMatch(/^Already done by /);
    expect(
      (await appointment.get()).get('history').filter((h: { event: string }) => h.event === 'approve'),
    ).toHaveLength(1);
    // Confirmed by the function that took the press: its event is on the calendar.
    await waitFor(async () => google.events.get(`primary\n${eventIdOf(held.appointment.id)}`), 'the approved event');
  });
});
