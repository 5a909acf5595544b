/**
 * Booking's notifications through the staff bot (grammY against the local
 * fake Bot API, on the in-memory store): a new booking reaches the owner
 * and the staff who linked Telegram; an approval reaches the owners with
 * Approve / Decline, and a press on Telegram — through the staff webhook
 * and the notification action registry — decides the appointment once,
 * only for an owner of this business.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Business } from '../domain/business.js';
import { handleStaffWebhook } from '../http/staff-telegram.js';
import { telegramStaffBot } from '../notifiers/telegram-staff-bot.js';
import { loadBusinessContext } from '../pipeline/business-context.js';
import { ingestMessage } from '../pipeline/ingest.js';
import { NotificationActionRegistry } from '../pipeline/notification-actions.js';
import { notifyStaff } from '../pipeline/staff-notify.js';
import { at } from '../store/collections.js';
import { type MemoryBookingDeps, memoryBookingDeps } from '../testing/booking-deps.js';
import { FAKE_TELEGRAM_BOT, type FakeTelegramApi, startFakeTelegramApi } from '../testing/fake-telegram-api.js';
import { GROOMER, seedDemo, whatsappText } from '../testing/memory-deps.js';
import { STAFF_WEBHOOK_SECRET, staffPress, staffRequest, uidOf } from '../testing/staff-bot.js';
import { approvalActionHandler } from './actions.js';
import { BookingSession } from './session.js';

const OWNER_CHAT = 7001;
const CARLOS_CHAT = 7002;

let tg: FakeTelegramApi;
let deps: MemoryBookingDeps;
let groomer: Business;
let who: { contactId: string; conversationId: string };

beforeAll(async () => {
  tg = await startFakeTelegramApi();
});
afterAll(() => tg.close());
beforeEach(async () => {
  tg.reset();
  deps = memoryBookingDeps({ start: new Date('2026-12-01T15:00:00Z') });
  await seedDemo(deps, GROOMER, (profile) => {
    (profile.settings as { booking: { backend: unknown } }).booking.backend = { type: 'frontdesk' };
  });
  await deps.db.update(at.member(GROOMER, uidOf('owner@happy-paws-grooming.example')), {
    telegramChatId: String(OWNER_CHAT),
  });
  await deps.db.update(at.member(GROOMER, uidOf('carlos@happy-paws-grooming.example')), {
    telegramChatId: String(CARLOS_CHAT),
  });
  groomer = await loadBusinessContext(deps, GROOMER);
  const inbound = await ingestMessage(
    deps,
    GROOMER,
    whatsappText('I want to book', { accountId: '100000000000002', timestamp: deps.now(), userName: 'Ana' }),
  );
  if (inbound.result !== 'created') throw new Error('expected a new message');
  const message = (await deps.db.get(at.message(GROOMER, inbound.messageId)))!;
  who = { contactId: message.contactId, conversationId: message.conversationId };
});

const messenger = () => telegramStaffBot(FAKE_TELEGRAM_BOT.token, tg.url);
const actions = () =>
  new NotificationActionRegistry().register(
    'approval',
    approvalActionHandler(() => deps),
  );
const sentTo = (chat: number) =>
  tg.requests
    .filter((r) => r.apiMethod === 'sendMessage' && (r.body as { chat_id: string }).chat_id === String(chat))
    .map((r) => r.body as { text: string; reply_markup?: { inline_keyboard: { callback_data: string }[][] } });

async function book(start: Date) {
  const session = new BookingSession(deps, { business: groomer, ...who, source: 'dialogue' });
  const held = await session.hold({ serviceId: 'paw-pad-care', start });
  if (!held.ok) throw new Error(held.message);
  const result = await session.book({ appointmentId: held.appointment.id, customerName: 'Ana Ruiz' });
  if (!result.ok) throw new Error(result.message);
  return result.appointment;
}

/** Sends every notification of a kind through the staff bot, as the trigger does. */
async function deliver(kind: string) {
  const found = (await deps.db.query(at.notifications(GROOMER))).filter((n) => n.data.kind === kind);
  for (const n of found) await notifyStaff({ ...deps, messenger: messenger() }, GROOMER, n.ref.id);
  return found.map((n) => n.ref.id);
}

/** The staff bot's message about the kind's notification in a chat (as recorded on the notification). */
async function messageIn(kind: string, chat: number): Promise<number> {
  const [n] = (await deps.db.query(at.notifications(GROOMER))).filter((x) => x.data.kind === kind);
  return n!.data.telegram!.deliveries!.find((d) => d.chatId === String(chat))!.messageId;
}

/** A press on Telegram, through the staff webhook; `fromId` is who pressed (default: the chat's owner). */
async function press(chat: number, data: string, fromId = chat) {
  const response = await handleStaffWebhook(
    { ...deps, webhookSecret: STAFF_WEBHOOK_SECRET, actions: actions() },
    staffRequest(staffPress(chat, await messageIn('approval', chat), data, fromId)),
  );
  return (response.body as { text?: string }).text ?? '';
}

describe('booking on the staff bot', () => {
  it('a new booking reaches the owner and the linked staff, naming the customer and the time', async () => {
    await book(new Date('2026-12-03T16:00:00Z'));
    expect(await deliver('booking')).toHaveLength(1);
    for (const chat of [OWNER_CHAT, CARLOS_CHAT]) {
      const [message] = sentTo(chat);
      expect(message!.text).toMatch(/Booking.*Happy Paws/s);
      expect(message!.text).toMatch(/Ana Ruiz/);
    }
  });

  it('an approval goes to the owner only, with Approve / Decline; the first press decides, once', async () => {
    // Same day: the groomer's approval rules hold it for the owner.
    const a = await book(new Date('2026-12-01T19:00:00Z'));
    expect(a.status).toBe('pending_approval');
    await deliver('approval');
    expect(sentTo(CARLOS_CHAT)).toEqual([]);
    const [message] = sentTo(OWNER_CHAT);
    expect(message!.reply_markup!.inline_keyboard.flat().map((b) => b.callback_data)).toEqual([
      'a:approve',
      'a:decline',
    ]);
    expect(await press(OWNER_CHAT, 'a:approve')).toMatch(/^Approved by .*: .* is confirmed\.$/);
    expect((await deps.db.get(at.appointment(GROOMER, a.id)))!.status).toBe('confirmed');
    expect(await press(OWNER_CHAT, 'a:decline')).toMatch(/^Already done by .*: Approve\./);
    expect((await deps.db.get(at.appointment(GROOMER, a.id)))!.status).toBe('confirmed');
  });

  it('a press from someone else than the owner’s chat changes nothing', async () => {
    const a = await book(new Date('2026-12-01T19:00:00Z'));
    await deliver('approval');
    expect(await press(OWNER_CHAT, 'a:approve', CARLOS_CHAT)).not.toMatch(/Approved/);
    expect((await deps.db.get(at.appointment(GROOMER, a.id)))!.status).toBe('pending_approval');
  });
});
