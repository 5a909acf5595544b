/**
 * The offline responder wrapped with the booking dialogue, against the real
 * booking layer on the in-memory store (real slots, locks, lifecycle,
 * Stripe's real SDK against its fake): a customer books in a few messages,
 * the state kept between them as the pipeline keeps it (the reply's
 * conversation state changes, through JSON); slots come as buttons, or by
 * number; a deposit link comes in the reply; change of mind and leaving;
 * safety stays the responder's; other messages are left to it; a
 * reminder's Confirm is answered.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { customerBooking } from '../booking/ports.js';
import { sendReminder } from '../booking/reminders.js';
import type { Business } from '../domain/business.js';
import { loadBusinessContext } from '../pipeline/business-context.js';
import { ingestMessage } from '../pipeline/ingest.js';
import { at } from '../store/collections.js';
import { type MemoryBookingDeps, memoryBookingDeps, seedBookingSecrets } from '../testing/booking-deps.js';
import { type FakeStripe, startFakeStripe } from '../testing/fake-stripe.js';
import { GROOMER, seedDemo, whatsappText } from '../testing/memory-deps.js';
import { withBookingDialogue } from './booking-dialogue.js';
import { offlineResponder } from './offline/offline.js';
import { responders } from './registry.js';
import type { ConversationState, ReplyRequest, ReplyResult } from './responder.js';

let stripe: FakeStripe;
let deps: MemoryBookingDeps;
let groomer: Business;
let who: { contactId: string; conversationId: string };
let state: Record<string, unknown>;
const responder = withBookingDialogue(offlineResponder);

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
  state = {};
});

let count = 0;
/** One customer message through the responder; its state changes applied through JSON, as the pipeline stores them. */
async function say(text: string, replyId?: string): Promise<ReplyResult> {
  count += 1;
  const request: ReplyRequest = {
    business: groomer,
    contact: {},
    history: [],
    message: { text, type: replyId ? 'interactive' : 'text', replyId },
    now: deps.now(),
    messageId: `m-${count}`,
    conversationState: JSON.parse(JSON.stringify(state)) as ConversationState,
    booking: customerBooking(deps, { business: groomer, ...who, messageId: `m-${count}` }),
  };
  const answer = await responder.reply(request);
  const merged = { ...state, ...answer.conversationState };
  state = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null));
  return answer;
}

const booked = async () => (await deps.db.query(at.appointments(GROOMER))).map((d) => d.data);

describe('the offline responder with the booking dialogue', () => {
  it('books in a few messages: service and day, a slot from the buttons, name, pet, yes', async () => {
    const first = await say('Hi, I would like to book a nail trim on Thursday');
    expect(first.responder).toBe('offline:booking');
    expect(first.handoff).toBeUndefined();
    // Real free slots of that Thursday, as buttons the channel shows (or numbers, where it cannot).
    const slots = first.buttons!.filter((b) => b.id.startsWith('slot:'));
    expect(slots.length).toBeGreaterThan(1);
    expect(first.conversationState).toMatchObject({ booking: { step: 'time', serviceId: 'nail-trim' } });
    const pick = slots[1]!;
    expect((await say(pick.title, pick.id)).text).toBe('What name should I put the booking under?');
    expect((await say('Ana Ruiz')).text).toBe('What’s your pet’s name?');
    const confirm = await say('Rex');
    expect(confirm.text).toMatch(/^Nail trim on Thursday, December 3 at .* for Rex\. Price: \$20\./);
    expect(confirm.buttons?.map((b) => b.id)).toContain('yes');
    const done = await say('Yes', 'yes');
    expect(done.text).toMatch(/^You’re booked, Ana/);
    expect(done.conversationState).toEqual({ booking: null });
    expect(state).toEqual({});
    const [appointment] = await booked();
    expect(appointment).toMatchObject({
      status: 'confirmed',
      serviceId: 'nail-trim',
      customerName: 'Ana Ruiz',
      conversationId: who.conversationId,
      source: 'dialogue',
      start: new Date(pick.id.slice(5)),
    });
    expect((await deps.db.query(at.pets(GROOMER, who.contactId))).map((p) => p.data.name)).toEqual(['Rex']);
  });

  it('a numbered answer picks the slot at that place (channels that show the choices as a numbered list)', async () => {
    const first = await say('can I book a nail trim on thursday');
    const second = first.buttons![1]!;
    await say('2');
    expect(state).toMatchObject({ booking: { step: 'name', hold: { start: second.id.slice(5) } } });
  });

  it.each([
    ['Spanish', 'quiero reservar un corte de uñas el jueves a las 10', /nombre/i, '2026-12-03T16:00:00.000Z'],
    ['English, a time of day', 'book a nail trim tomorrow at 4pm', /name/i, '2026-12-02T22:00:00.000Z'],
  ])('dates and times as customers write them (%s)', async (_, text, asks, start) => {
    const reply = await say(text);
    expect(reply.text).toMatch(asks);
    expect(state).toMatchObject({ booking: { step: 'name', hold: { start } } });
  });

  it('a deposit: the Checkout link is in the reply that books it', async () => {
    await say('book a full groom for my medium dog on thursday at 10');
    await say('Ana');
    await say('Rex');
    const reply = await say('yes', 'yes');
    const session = [...stripe.sessions.values()][0]!;
    expect(reply.text).toContain(session.url!);
    expect((await booked())[0]).toMatchObject({ status: 'awaiting_payment' });
  });

  it('a change of mind: another day moves the offer and lets the hold go; "cancel" leaves', async () => {
    await say('book a nail trim thursday at 10am');
    const [held] = await booked();
    expect(held!.status).toBe('held');
    // The time asked for stays: Friday at 10 is free, so it is held instead.
    await say('actually, make it friday');
    expect(state).toMatchObject({ booking: { step: 'name', hold: { start: '2026-12-04T16:00:00.000Z' } } });
    expect((await deps.db.get(at.appointment(GROOMER, held!.id)))!.status).not.toBe('held');
    const left = await say('cancel');
    expect(left.responder).toBe('offline:booking');
    expect(state).toEqual({});
    // The next message is the offline responder's again.
    expect((await say('where are you?')).responder).not.toBe('offline:booking');
  });

  it('leaves other messages to the responder, and a button of a lapsed dialogue starts it again', async () => {
    const hours = await say('What are your opening hours?');
    expect(hours.responder).not.toBe('offline:booking');
    expect(hours.conversationState).toBeUndefined();
    const pressed = await say('Nail trim', 'svc:nail-trim');
    expect(pressed.text).toMatch(/Which day suits you for Nail trim/);
  });

  it('an emergency in the middle of a booking is the responder’s to answer, and the dialogue ends', async () => {
    await say('I want to book a bath');
    const out = await say('my dog ate chocolate and is shaking and vomiting');
    expect(out.responder).not.toBe('offline:booking');
    expect(out.handoff).toBeDefined();
    expect(out.conversationState).toEqual({ booking: null });
  });

  it('asking for a person while booking hands over, with the reason', async () => {
    await say('I want to book a bath');
    const out = await say('can I talk to a person please');
    expect(out.handoff).toEqual({ reason: 'requested', detail: 'asked for a person while booking' });
    expect(state).toEqual({});
  });

  it('without booking wired (or off), the responder answers alone', async () => {
    const reply = await offlineResponder.reply({
      business: groomer,
      contact: {},
      history: [],
      message: { text: 'I want to book a bath', type: 'text' },
      now: deps.now(),
    });
    const wrapped = await responder.reply({
      business: groomer,
      contact: {},
      history: [],
      message: { text: 'I want to book a bath', type: 'text' },
      now: deps.now(),
    });
    expect(wrapped).toEqual(reply);
  });

  it('asks the name to book under even when the channel shows one, and not again once the client booked', async () => {
    const ask = await responder.reply({
      business: groomer,
      contact: { name: 'Ana 🐾' },
      history: [],
      message: { text: 'book a nail trim thursday at 10am', type: 'text' },
      now: deps.now(),
      messageId: 'm-display-name',
      booking: customerBooking(deps, { business: groomer, ...who, messageId: 'm-display-name' }),
    });
    expect(ask.text).toBe('What name should I put the booking under?');
    state = { ...ask.conversationState };
    await say('Ana Ruiz');
    await say('Rex');
    await say('yes', 'yes');
    const again = await say('book a nail trim friday at 10am');
    // Not asked the name again: asked which of their pets, Rex on file among the choices.
    expect(again.text).toBe('Which pet is this for?');
    expect(again.buttons?.map((b) => b.title)).toContain('Rex');
  });

  it('around the engine: a dialogue its offline fallback started carries on without it', async () => {
    const asked: string[] = [];
    // The engine's part here: it answers, or (its providers failing) hands the message to its fallback.
    const engine = withBookingDialogue({
      name: 'engine',
      async reply(request) {
        asked.push(request.message.text);
        if (/book/.test(request.message.text)) return responders.offline.reply(request);
        return { text: 'From the model.', language: 'en', confidence: 0.9, sources: [], responder: 'anthropic:test' };
      },
    });
    const turn = async (text: string) => {
      count += 1;
      const reply = await engine.reply({
        business: groomer,
        contact: {},
        history: [],
        message: { text, type: 'text' },
        now: deps.now(),
        messageId: `m-${count}`,
        conversationState: state,
        booking: customerBooking(deps, { business: groomer, ...who, messageId: `m-${count}` }),
      });
      state = Object.fromEntries(
        Object.entries({ ...state, ...reply.conversationState }).filter(([, value]) => value !== null),
      );
      return reply;
    };
    expect((await turn('Do you groom cats?')).responder).toBe('anthropic:test');
    const offer = await turn('can I book a nail trim on thursday');
    expect(offer.responder).toBe('offline:booking');
    expect(state).toMatchObject({ booking: { step: 'time' } });
    expect((await turn('2')).text).toBe('What name should I put the booking under?');
    expect(asked).toEqual(['Do you groom cats?', 'can I book a nail trim on thursday']);
  });

  it('a reminder’s Confirm button is answered, outside any dialogue', async () => {
    await say('book a nail trim thursday at 10am');
    await say('Ana');
    await say('Rex');
    await say('yes', 'yes');
    const [appointment] = await booked();
    deps.advance(new Date('2026-12-02T16:00:00Z').getTime() - deps.now().getTime());
    await sendReminder(deps, GROOMER, appointment!.reminderIds[0]!);
    const answer = await say('Confirm', `apt:confirm:${appointment!.id}`);
    expect(answer).toMatchObject({
      responder: 'offline:booking-reminder',
      text: 'Thank you, see you on Thursday, December 3 at 10:00!',
    });
  });
});
