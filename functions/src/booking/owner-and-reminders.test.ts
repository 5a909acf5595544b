/**
 * The owner in the loop and the reminders, on the in-memory store: an
 * approval notification with Approve / Decline actions, handlers that are
 * idempotent and tell the customer the outcome in their conversation;
 * reminders sent when due (buttons inside WhatsApp's window, the template
 * outside it), skipped for a moved booking, and the customer's Confirm or
 * Cancel from them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Business } from '../domain/business.js';
import { ingestMessage } from '../pipeline/ingest.js';
import { loadBusinessContext } from '../pipeline/business-context.js';
import { at } from '../store/collections.js';
import { type MemoryBookingDeps, memoryBookingDeps } from '../testing/booking-deps.js';
import { GROOMER, seedDemo, whatsappText } from '../testing/memory-deps.js';
import { appointmentActions } from './actions.js';
import { answerReminderReply } from './replies.js';
import { sendReminder } from './reminders.js';
import { BookingSession } from './session.js';

const GROOMER_PHONE_ID = '100000000000002';
/** Thursday 3 December 2026, 10:00 in Austin. */
const THU_10 = new Date('2026-12-03T16:00:00Z');

let deps: MemoryBookingDeps;
let groomer: Business;
let who: { contactId: string; conversationId: string };

beforeEach(async () => {
  deps = memoryBookingDeps({ start: new Date('2026-12-01T15:00:00Z') });
  await seedDemo(deps, GROOMER, (profile) => {
    (profile.settings as { booking: { backend: unknown } }).booking.backend = { type: 'frontdesk' };
  });
  groomer = await loadBusinessContext(deps, GROOMER);
  const inbound = await ingestMessage(
    deps,
    GROOMER,
    whatsappText('I want to book', { accountId: GROOMER_PHONE_ID, timestamp: deps.now(), userName: 'Ana' }),
  );
  if (inbound.result !== 'created') throw new Error('expected a new message');
  const message = (await deps.db.get(at.message(GROOMER, inbound.messageId)))!;
  who = { contactId: message.contactId, conversationId: message.conversationId };
});

const session = () => new BookingSession(deps, { business: groomer, ...who, source: 'dialogue' });

async function booked(start = THU_10, serviceId = 'paw-pad-care') {
  const held = await session().hold({ serviceId, start });
  if (!held.ok) throw new Error(held.message);
  const result = await session().book({ appointmentId: held.appointment.id, customerName: 'Ana Ruiz' });
  if (!result.ok) throw new Error(result.message);
  return result.appointment;
}

/** The messages booking sent the customer on its own (not replies), newest last. */
async function systemMessages() {
  const found = await deps.db.query(at.messages(GROOMER), { where: [['author', '==', 'system']] });
  return found.map((m) => m.data).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

describe('approval by the owner', () => {
  it('a same-day booking waits: Approve / Decline actions for the owner, the customer told the outcome once', async () => {
    // 15:00 in Austin is 09:00 local: today's 13:00 is bookable (2 h lead time) and same-day.
    const today = new Date('2026-12-01T19:00:00Z');
    const a = await booked(today);
    expect(a.status).toBe('pending_approval');
    const approval = (await deps.db.query(at.notifications(GROOMER))).find((n) => n.data.kind === 'approval')!;
    expect(approval.data).toMatchObject({
      subject: { kind: 'appointment', id: a.id },
      actions: [
        { id: 'approve', label: 'Approve' },
        { id: 'decline', label: 'Decline' },
      ],
      conversationId: who.conversationId,
    });
    expect(approval.data.reason).toMatch(/^Booking to approve \(same_day\): .*Ana Ruiz/);
    // The dialogue tells the customer it is waiting in its own reply: nothing is sent besides.
    expect(await systemMessages()).toEqual([]);

    const press = {
      businessId: GROOMER,
      subject: { kind: 'appointment', id: a.id },
      actor: { role: 'owner' as const, name: 'Megan' },
    };
    const first = await appointmentActions['approve']!(deps, press);
    expect(first).toMatchObject({ ok: true, text: expect.stringMatching(/^Approved by Megan: .* is confirmed\.$/) });
    const again = await appointmentActions['approve']!(deps, press);
    expect(again).toMatchObject({ ok: true, text: expect.stringMatching(/^Already decided \(approved by owner\)/) });
    const late = await appointmentActions['decline']!(deps, press);
    expect(late.text).toMatch(/^Already decided/);
    expect((await deps.db.get(at.appointment(GROOMER, a.id)))!.status).toBe('confirmed');

    const told = await systemMessages();
    expect(told.map((m) => m.text)).toEqual([
      expect.stringMatching(/^Your Paw .* on Tuesday, December 1 at 13:00 is confirmed/),
    ]);
    const outbox = await deps.db.query(at.outbox(GROOMER));
    expect(outbox.map((o) => o.data)).toMatchObject([{ author: 'system', state: 'pending', channel: 'whatsapp-meta' }]);
  });

  it('declined: the slot is freed and the customer is told', async () => {
    const a = await booked(new Date('2026-12-01T19:00:00Z'));
    const result = await appointmentActions['decline']!(deps, {
      businessId: GROOMER,
      subject: { kind: 'appointment', id: a.id },
      actor: { role: 'staff' },
    });
    expect(result.text).toMatch(/^Declined: .* is cancelled\.$/);
    expect(await deps.db.query(at.slotLocks(GROOMER))).toEqual([]);
    expect((await systemMessages()).map((m) => m.text)).toEqual([
      expect.stringMatching(/^Sorry, the team could not accept/),
    ]);
  });

  it('refuses what is not one of this business’s appointments', async () => {
    const result = await appointmentActions['approve']!(deps, {
      businessId: GROOMER,
      subject: { kind: 'appointment', id: 'someone-elses' },
      actor: { role: 'owner' },
    });
    expect(result).toEqual({ ok: false, text: 'This appointment no longer exists.' });
  });
});

describe('reminders', () => {
  it('outside WhatsApp’s 24-hour window, the reminder goes as the business’s template', async () => {
    const a = await booked();
    deps.advance(new Date('2026-12-02T16:00:00Z').getTime() - deps.now().getTime()); // 24 h before, 25 h after the last message
    const sent = await sendReminder(deps, GROOMER, a.reminderIds[0]!);
    expect(sent.result).toBe('sent');
    const item = (await deps.db.get(at.outboxItem(GROOMER, sent.result === 'sent' ? sent.outboxId : '')))!;
    expect(item.template).toEqual({
      name: 'appointment_reminder',
      language: 'en_US',
      bodyParameters: ['Paw & pad care', 'Thursday, December 3 10:00'],
    });
    // Sent once, however often the sweep comes by.
    expect(await sendReminder(deps, GROOMER, a.reminderIds[0]!)).toMatchObject({
      result: 'skipped',
      why: 'already sent',
    });
  });

  it('inside the window, it is a text with Confirm and Cancel buttons; Confirm is noted', async () => {
    const a = await booked();
    deps.advance(new Date('2026-12-03T14:00:00Z').getTime() - deps.now().getTime()); // 2 h before
    await ingestMessage(
      deps,
      GROOMER,
      whatsappText('see you later!', {
        accountId: GROOMER_PHONE_ID,
        userId: (await deps.db.get(at.conversation(GROOMER, who.conversationId)))!.userId,
        timestamp: deps.now(),
      }),
    );
    const sent = await sendReminder(deps, GROOMER, a.reminderIds[1]!);
    const item = (await deps.db.get(at.outboxItem(GROOMER, sent.result === 'sent' ? sent.outboxId : '')))!;
    expect(item).toMatchObject({
      text: 'Reminder: Paw & pad care on Thursday, December 3 at 10:00. Can you make it?',
      buttons: [
        { id: `apt:confirm:${a.id}`, title: 'Confirm' },
        { id: `apt:cancel:${a.id}`, title: 'Cancel' },
      ],
      template: null,
    });
    const answer = await answerReminderReply(deps, groomer, who, { replyId: `apt:confirm:${a.id}`, text: 'Confirm' });
    expect(answer).toMatchObject({ text: 'Thank you, see you on Thursday, December 3 at 10:00!' });
    expect((await deps.db.get(at.appointment(GROOMER, a.id)))!.attendanceConfirmedAt).toEqual(deps.now());
  });

  it('the template’s Cancel quick reply cancels the customer’s next appointment by the policy', async () => {
    const a = await booked();
    deps.advance(new Date('2026-12-02T16:00:00Z').getTime() - deps.now().getTime());
    // A template quick reply carries only its text.
    const answer = await answerReminderReply(deps, groomer, who, { replyId: 'Cancel', text: 'Cancel' });
    expect(answer).toMatchObject({
      appointmentId: a.id,
      text: 'Your Paw & pad care on Thursday, December 3 at 10:00 is cancelled.',
    });
    expect(await deps.db.query(at.slotLocks(GROOMER))).toEqual([]);
    // Its reminders are gone with it.
    expect(await sendReminder(deps, GROOMER, a.reminderIds[0]!)).toMatchObject({
      result: 'skipped',
      why: 'no such reminder',
    });
    expect(await answerReminderReply(deps, groomer, who, { text: 'thanks' })).toBeUndefined();
  });

  it('a reminder for a moved appointment is not sent', async () => {
    const a = await booked();
    const to = new Date('2026-12-04T16:00:00Z');
    await session().reschedule(a.id, to);
    const moved = (await deps.db.get(at.appointment(GROOMER, a.id)))!;
    expect(moved.start).toEqual(to);
    // The reminder ids are reused for the new times: the first is now due a day later.
    deps.advance(new Date('2026-12-02T16:00:00Z').getTime() - deps.now().getTime());
    expect(await sendReminder(deps, GROOMER, moved.reminderIds[0]!)).toMatchObject({ result: 'not_due' });
  });
});
