/**
 * The booking dialogue as a responder part, against the real booking layer
 * on the in-memory store (real slots, locks, lifecycle, Stripe's real SDK
 * against its fake): a customer books in a few messages, their state kept
 * between messages as JSON; a deposit link comes in the reply; other
 * messages are left alone; a reminder's Confirm is answered.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { customerBooking } from '../booking/ports.js';
import { sendReminder } from '../booking/reminders.js';
import type { DialogueState } from '../domain/booking/dialogue/port.js';
import type { Business } from '../domain/business.js';
import { loadBusinessContext } from '../pipeline/business-context.js';
import { ingestMessage } from '../pipeline/ingest.js';
import { at } from '../store/collections.js';
import { type MemoryBookingDeps, memoryBookingDeps, seedBookingSecrets } from '../testing/booking-deps.js';
import { type FakeStripe, startFakeStripe } from '../testing/fake-stripe.js';
import { GROOMER, seedDemo, whatsappText } from '../testing/memory-deps.js';
import { type BookingDialogueReply, bookingDialogueReply } from './booking-dialogue.js';
import type { ReplyRequest } from './responder.js';

let stripe: FakeStripe;
let deps: MemoryBookingDeps;
let groomer: Business;
let who: { contactId: string; conversationId: string };
let state: DialogueState | undefined;

beforeAll(async () => {
  stripe = await startFakeStripe({ accounts: ['acct_paws'], now: () => deps.now() });
});
afterAll(() => stripe.close());
beforeEach(async () => {
  stripe.reset();
  deps = memoryBookingDeps({ start: new Date('2026-12-01T15:00:00Z'), stripeUrl: stripe.url });
  await seedDemo(deps, GROOMER, (p) => {
    (p.settings as { booking: { backend: unknown } }).booking.backend = { type: 'frontdesk' };
  });
  await seedBookingSecrets(deps, GROOMER, { stripeAccount: 'acct_paws' });
  groomer = await loadBusinessContext(deps, GROOMER);
  const inbound = await ingestMessage(
    deps,
    GROOMER,
    whatsappText('hi', { accountId: '100000000000002', timestamp: deps.now() }),
  );
  if (inbound.result !== 'created') throw new Error('expected a message');
  const message = (await deps.db.get(at.message(GROOMER, inbound.messageId)))!;
  who = { contactId: message.contactId, conversationId: message.conversationId };
  state = undefined;
});

let count = 0;
/** One customer message through the part; the state goes through JSON, as on the conversation. */
async function say(text: string, replyId?: string): Promise<BookingDialogueReply | undefined> {
  count += 1;
  const request: ReplyRequest = {
    business: groomer,
    contact: {},
    history: [],
    message: { text, type: replyId ? 'interactive' : 'text' },
    now: deps.now(),
    messageId: `m-${count}`,
    booking: customerBooking(deps, { business: groomer, ...who, messageId: `m-${count}`, source: 'dialogue' }),
  };
  const answer = await bookingDialogueReply({ request, state, replyId, maxButtons: 3 });
  if (answer) state = answer.state && (JSON.parse(JSON.stringify(answer.state)) as DialogueState);
  return answer;
}

describe('the booking dialogue as a responder part', () => {
  it('books in a few messages: day, time (buttons), name, pet, yes — confirmed in the store', async () => {
    const first = await say('Hi, can I book a nail trim on Thursday at 10am?');
    expect(first?.reply.text).toBe('What name should I put the booking under?');
    expect(first?.reply.responder).toBe('offline:booking');
    expect((await say('Ana Ruiz'))?.reply.text).toBe('What’s your pet’s name?');
    const confirm = await say('Rex');
    expect(confirm?.reply.text).toMatch(/^Nail trim on Thursday, December 3 at 10:00 for Rex\. Price: \$20\./);
    expect(confirm?.buttons?.map((b) => b.id)).toContain('yes');
    const booked = await say('Yes', 'yes');
    expect(booked).toMatchObject({ outcome: 'booked', state: undefined });
    expect(booked?.reply.text).toMatch(/^You’re booked, Ana/);
    const [appointment] = (await deps.db.query(at.appointments(GROOMER))).map((d) => d.data);
    expect(appointment).toMatchObject({
      status: 'confirmed',
      serviceId: 'nail-trim',
      customerName: 'Ana Ruiz',
      conversationId: who.conversationId,
    });
    expect((await deps.db.query(at.pets(GROOMER, who.contactId))).map((p) => p.data.name)).toEqual(['Rex']);
  });

  it('a deposit: the Checkout link is in the reply that books it', async () => {
    await say('book a full groom for my medium dog on thursday at 10');
    await say('Ana');
    await say('Rex');
    const booked = await say('yes', 'yes');
    expect(booked?.outcome).toBe('awaiting_payment');
    const session = [...stripe.sessions.values()][0]!;
    expect(booked?.reply.text).toContain(session.url!);
  });

  it('leaves other messages to the responder, and a button of a lapsed dialogue starts it again', async () => {
    expect(await say('What are your opening hours?')).toBeUndefined();
    expect(await say('thanks')).toBeUndefined();
    const pressed = await say('Nail trim', 'svc:nail-trim');
    expect(pressed?.reply.text).toMatch(/Which day suits you for Nail trim/);
  });

  it('asking for a person while booking hands over, with the reason', async () => {
    await say('I want to book a bath');
    const out = await say('can I talk to a person please');
    expect(out?.reply.handoff).toEqual({ reason: 'requested', detail: 'asked for a person while booking' });
    expect(out?.state).toBeUndefined();
  });

  it('a reminder’s Confirm button is answered, outside any dialogue', async () => {
    await say('nail trim thursday at 10am');
    await say('Ana');
    await say('Rex');
    await say('yes', 'yes');
    const [appointment] = (await deps.db.query(at.appointments(GROOMER))).map((d) => d.data);
    deps.advance(new Date('2026-12-02T16:00:00Z').getTime() - deps.now().getTime());
    await sendReminder(deps, GROOMER, appointment!.reminderIds[0]!);
    const answer = await say('Confirm', `apt:confirm:${appointment!.id}`);
    expect(answer).toMatchObject({
      outcome: 'reminder',
      reply: { text: 'Thank you, see you on Thursday, December 3 at 10:00!' },
    });
  });
});
