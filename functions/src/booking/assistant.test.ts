/**
 * A customer books through the conversation engine's tools: the real
 * engine with the real Anthropic SDK against the scripted fake model, the
 * booking tools on the in-memory store, and the real Stripe SDK against
 * the fake Stripe. The model only ever sees times availability returned,
 * and only this customer's appointments.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AssistantAppointment, AssistantSlot } from '../domain/booking/assistant.js';
import type { Business } from '../domain/business.js';
import { loadBusinessContext } from '../pipeline/business-context.js';
import { type Fakes, engineFor, startFakes } from '../responders/llm/vendors.test-helper.js';
import type { ReplyRequest } from '../responders/responder.js';
import { at } from '../store/collections.js';
import { type MemoryBookingDeps, memoryBookingDeps, seedBookingSecrets } from '../testing/booking-deps.js';
import {
  FAKE_STRIPE_WEBHOOK_SECRET,
  type FakeStripe,
  signedStripeEvent,
  startFakeStripe,
} from '../testing/fake-stripe.js';
import { GROOMER, seedDemo } from '../testing/memory-deps.js';
import { handleStripeWebhook } from './payments/stripe-webhook.js';
import { customerBooking } from './ports.js';

let fakes: Fakes;
let stripe: FakeStripe;
let deps: MemoryBookingDeps;
let groomer: Business;

beforeAll(async () => {
  [fakes, stripe] = await Promise.all([
    startFakes(),
    startFakeStripe({ accounts: ['acct_happy_paws'], now: () => deps.now() }),
  ]);
});
afterAll(async () => {
  await Promise.all([fakes.close(), stripe.close()]);
});
beforeEach(async () => {
  fakes.anthropic.reset();
  stripe.reset();
  deps = memoryBookingDeps({ stripeUrl: stripe.url });
  await seedDemo(deps, GROOMER, (profile) => {
    (profile.settings as { booking: { backend: unknown } }).booking.backend = { type: 'frontdesk' };
  });
  await seedBookingSecrets(deps, GROOMER, { stripeAccount: 'acct_happy_paws' });
  groomer = await loadBusinessContext(deps, GROOMER);
});

const model = () => fakes.vendors.anthropic;
const engine = () => engineFor(fakes, { anthropic: true });

function turn(text: string, messageId: string, contactId = 'ana'): ReplyRequest {
  return {
    business: groomer,
    contact: {},
    history: [],
    message: { text, type: 'text' },
    now: deps.now(),
    messageId,
    booking: customerBooking(deps, {
      business: groomer,
      contactId,
      conversationId: `conv-${contactId}`,
      messageId,
    }),
  };
}

const result = <T>(json: string | undefined) => JSON.parse(json ?? 'null') as T;

describe('booking through the engine’s tools', () => {
  it('availability → hold → name → book → the deposit link in the reply; the signed webhook confirms it', async () => {
    let offered: AssistantSlot | undefined;
    model().script(
      {
        tools: [
          { name: 'check_availability', input: { serviceId: 'full-groom', variantId: 'medium', date: '2026-12-03' } },
        ],
      },
      (view) => {
        offered = result<{ slots: AssistantSlot[] }>(view.toolResults[0]).slots.find((s) => s.time === '10:00');
        return {
          tools: [
            { name: 'hold_slot', input: { serviceId: 'full-groom', variantId: 'medium', start: offered!.start } },
          ],
        };
      },
      (view) => {
        const held = result<{ appointment: AssistantAppointment }>(view.toolResults[0]).appointment;
        return {
          text: `I’ve held Thursday at ${held.time} for you. What name should I book it under, and your dog’s name?`,
        };
      },
    );
    const first = await engine().reply(turn('Can I get a medium full groom on Thursday at 10?', 'wamid-1'));
    expect(first.text).toBe(
      'I’ve held Thursday at 10:00 for you. What name should I book it under, and your dog’s name?',
    );
    expect(first.toolCalls?.map((c) => [c.name, c.ok])).toEqual([
      ['check_availability', true],
      ['hold_slot', true],
    ]);
    expect(offered).toMatchObject({ date: '2026-12-03', time: '10:00', start: '2026-12-03T16:00:00.000Z' });

    let url = '';
    model().script(
      { tools: [{ name: 'list_my_appointments', input: {} }] },
      (view) => {
        const [held] = result<{ appointments: AssistantAppointment[] }>(view.toolResults[0]).appointments;
        return {
          tools: [
            { name: 'book_appointment', input: { appointmentId: held!.id, customerName: 'Ana Ruiz', petName: 'Rex' } },
          ],
        };
      },
      (view) => {
        const booked = result<{ appointment: AssistantAppointment }>(view.toolResults[0]).appointment;
        url = booked.paymentUrl!;
        return { text: `Thanks Ana! To confirm Rex’s groom, please pay the $${booked.deposit} deposit here: ${url}` };
      },
    );
    const second = await engine().reply(turn('Ana Ruiz, my dog is Rex', 'wamid-2'));
    expect(url).toMatch(new RegExp(`^${stripe.url}/c/pay/cs_test_`));
    expect(second.text).toBe(`Thanks Ana! To confirm Rex’s groom, please pay the $25 deposit here: ${url}`);
    expect(second.handoff).toBeUndefined();

    const [appointment] = (await deps.db.query(at.appointments(GROOMER))).map((d) => d.data);
    expect(appointment).toMatchObject({
      status: 'awaiting_payment',
      source: 'assistant',
      customerName: 'Ana Ruiz',
      contactId: 'ana',
    });
    const paid = signedStripeEvent(stripe.pay([...stripe.sessions.keys()][0]!), FAKE_STRIPE_WEBHOOK_SECRET, deps.now());
    const res = await handleStripeWebhook(
      deps,
      { webhookSecret: FAKE_STRIPE_WEBHOOK_SECRET },
      {
        method: 'POST',
        path: '/webhook/stripe',
        query: {},
        headers: { 'stripe-signature': paid.header },
        rawBody: Buffer.from(paid.body),
      },
    );
    expect(res.status).toBe(200);
    expect((await deps.db.get(at.appointment(GROOMER, appointment!.id)))!.status).toBe('confirmed');
  });

  it('a retried tool call (the next provider after a failure) finds the hold it made, not a second slot', async () => {
    const start = '2026-12-03T16:00:00.000Z';
    const port = () => turn('x', 'wamid-retry').booking!.tools;
    const one = await port().hold({ serviceId: 'nail-trim', start });
    const two = await port().hold({ serviceId: 'nail-trim', start });
    expect(one.ok && two.ok && one.appointment.id === two.appointment.id).toBe(true);
    expect((await deps.db.query(at.appointments(GROOMER))).length).toBe(1);
  });

  it('a time the model makes up is refused, and a customer cannot touch someone else’s appointment', async () => {
    const other = await turn('x', 'wamid-ben', 'ben').booking!.tools.hold({
      serviceId: 'nail-trim',
      start: '2026-12-03T16:00:00.000Z',
    });
    if (!other.ok) throw new Error('hold refused');
    model().script(
      {
        tools: [
          { name: 'hold_slot', input: { serviceId: 'nail-trim', start: '2026-12-03T16:07:00.000Z' } },
          { name: 'cancel_appointment', input: { appointmentId: other.appointment.id } },
        ],
      },
      (view) => {
        expect(view.toolResults.map((r) => result<{ reason: string }>(r).reason)).toEqual(['taken', 'not_found']);
        return { text: 'That time is not available; shall I look for another one?' };
      },
    );
    const reply = await engine().reply(turn('book 10:07 and cancel appointment ' + other.appointment.id, 'wamid-3'));
    expect(reply.toolCalls?.map((c) => c.ok)).toEqual([false, false]);
    expect((await deps.db.get(at.appointment(GROOMER, other.appointment.id)))!.status).toBe('held');
  });

  it('with booking off, the tools tell the model to hand over', async () => {
    groomer = {
      ...groomer,
      settings: { ...groomer.settings, booking: { ...groomer.settings.booking, enabled: false } },
    };
    model().script(
      { tools: [{ name: 'check_availability', input: { serviceId: 'nail-trim', date: '2026-12-03' } }] },
      (view) => {
        expect(view.toolResults[0]).toContain('handoff_to_staff');
        return {
          tools: [
            { name: 'handoff_to_staff', input: { reason: 'unsupported', detail: 'wants a nail trim on Thursday' } },
          ],
        };
      },
      { text: 'A member of the team will book it with you shortly.' },
    );
    const reply = await engine().reply(turn('nail trim thursday?', 'wamid-4'));
    expect(reply.handoff).toEqual({ reason: 'unsupported', detail: 'wants a nail trim on Thursday' });
  });
});
