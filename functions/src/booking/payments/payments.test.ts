/**
 * Deposits end to end in memory, with the real `stripe` SDK against the
 * local fake of Stripe's API: the deposit link in the same turn as the
 * booking, the signed webhook confirming it (once, however often it is
 * delivered), refunds by policy on cancellation, a lapsed payment releasing
 * the slot and closing the checkout, and every request that must be refused.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Business } from '../../domain/business.js';
import { StoreError } from '../../errors.js';
import { loadBusinessContext } from '../../pipeline/business-context.js';
import { at } from '../../store/collections.js';
import { type MemoryBookingDeps, memoryBookingDeps, seedBookingSecrets } from '../../testing/booking-deps.js';
import {
  FAKE_STRIPE_WEBHOOK_SECRET,
  type FakeStripe,
  type StripeEvent,
  signedStripeEvent,
  startFakeStripe,
} from '../../testing/fake-stripe.js';
import { GROOMER, seedDemo } from '../../testing/memory-deps.js';
import { changeAppointment } from '../changes.js';
import { expireAppointment } from '../expiry.js';
import { dialoguePort } from '../ports.js';
import { BookingSession } from '../session.js';
import { handleStripeWebhook, processStripeEvent } from './stripe-webhook.js';

const ACCOUNT = 'acct_happy_paws';
/** Thursday 3 December 2026, 10:00 in Austin. */
const THU_10 = '2026-12-03T16:00:00.000Z';

let stripe: FakeStripe;
let deps: MemoryBookingDeps;
let groomer: Business;

beforeAll(async () => {
  stripe = await startFakeStripe({ accounts: [ACCOUNT, 'acct_someone_else'], now: () => deps.now() });
});
afterAll(() => stripe.close());

beforeEach(async () => {
  stripe.reset();
  deps = memoryBookingDeps({ stripeUrl: stripe.url });
  await seedDemo(deps, GROOMER, (profile) => {
    (profile.settings as { booking: { backend: unknown } }).booking.backend = { type: 'frontdesk' };
  });
  await seedBookingSecrets(deps, GROOMER, { stripeAccount: ACCOUNT });
  groomer = await loadBusinessContext(deps, GROOMER);
});

const port = (contactId = 'ana') => dialoguePort(deps, { business: groomer, contactId, source: 'dialogue' });

/** Holds and books a medium full groom (deposit $25) on Thursday at 10:00. */
async function bookWithDeposit(contactId = 'ana') {
  const held = await port(contactId).hold({ serviceId: 'full-groom', variantId: 'medium', start: THU_10, contactId });
  if (!held.ok) throw new Error('hold refused');
  const booked = await port(contactId).book({
    appointmentId: held.appointmentId,
    customerName: 'Ana Ruiz',
    pet: { name: 'Rex' },
  });
  return { id: held.appointmentId, booked };
}

const webhook = (event: StripeEvent, options: { secret?: string; at?: Date } = {}) => {
  const signed = signedStripeEvent(event, options.secret, options.at ?? deps.now());
  return handleStripeWebhook(
    deps,
    { webhookSecret: FAKE_STRIPE_WEBHOOK_SECRET },
    {
      method: 'POST',
      path: '/webhook/stripe',
      query: {},
      headers: { 'stripe-signature': signed.header, 'content-type': 'application/json' },
      rawBody: Buffer.from(signed.body),
    },
  );
};

const appointment = (id: string) => deps.db.get(at.appointment(GROOMER, id));

describe('deposit link', () => {
  it('booking a service with a deposit returns the Checkout link in the same turn', async () => {
    const { id, booked } = await bookWithDeposit();
    expect(booked).toMatchObject({ ok: true, status: 'awaiting_payment' });
    const session = [...stripe.sessions.values()][0]!;
    expect(booked.ok && booked.status === 'awaiting_payment' && booked.paymentUrl).toBe(session.url);
    expect(session).toMatchObject({
      account: ACCOUNT,
      amount_total: 2500,
      currency: 'usd',
      client_reference_id: id,
      metadata: { businessId: GROOMER, appointmentId: id },
    });
    // The groomer gives an hour to pay (paymentMinutes); Stripe's session lives at least that long.
    const a = await appointment(id);
    expect(a?.paymentExpiresAt?.getTime()).toBe(deps.now().getTime() + 60 * 60_000);
    expect(session.expires_at * 1000).toBeGreaterThanOrEqual(a!.paymentExpiresAt!.getTime());
    // The pet is kept on the contact, with its size from the option booked.
    const pets = await deps.db.query(at.pets(GROOMER, 'ana'));
    expect(pets.map((p) => p.data)).toMatchObject([{ name: 'Rex', size: 'medium', species: 'dog' }]);
    // The same book again (a retried turn) gives the same link, and no second session.
    const again = await port().book({ appointmentId: id, customerName: 'Ana Ruiz', pet: { name: 'Rex' } });
    expect(again).toEqual(booked);
    expect(stripe.sessions.size).toBe(1);
  });

  it('without a Stripe account connected, booking fails loudly instead of promising a link', async () => {
    await deps.db.merge(at.businessSecrets(GROOMER), { stripe: { accountId: '' } });
    await expect(bookWithDeposit()).rejects.toThrow(/deposit link could not be made: .*no Stripe account/);
    const failed = await deps.db.query(at.notifications(GROOMER));
    expect(failed.map((n) => n.data.kind)).toContain('booking_failed');
  });
});

describe('the Stripe webhook', () => {
  it('a paid session confirms the booking, once however often Stripe delivers it', async () => {
    const { id } = await bookWithDeposit();
    const session = [...stripe.sessions.values()][0]!;
    const paid = stripe.pay(session.id);
    const first = await webhook(paid);
    expect(first).toMatchObject({ status: 200, body: { received: true, result: 'done' } });
    const a = await appointment(id);
    expect(a).toMatchObject({
      status: 'confirmed',
      payments: [{ amount: 25, reference: stripe.sessions.get(session.id)!.payment_intent }],
    });
    expect(await deps.db.query(at.reminders(GROOMER))).toHaveLength(2);
    const second = await webhook(paid);
    expect(second).toMatchObject({ status: 200, body: { received: true, result: 'duplicate' } });
    expect((await appointment(id))!.history).toHaveLength(a!.history.length);
  });

  it('refuses a bad signature, another secret, a replay outside the tolerance, and an unsigned body — storing nothing', async () => {
    const { id } = await bookWithDeposit();
    const paid = stripe.pay([...stripe.sessions.values()][0]!.id);
    const wrong = await webhook(paid, { secret: 'whsec_not_ours' });
    expect(wrong.status).toBe(401);
    const old = await webhook(paid, { at: new Date(deps.now().getTime() - 10 * 60_000) });
    expect(old).toMatchObject({ status: 401, body: { error: { message: expect.stringMatching(/tolerance/) } } });
    const tampered = signedStripeEvent(paid, FAKE_STRIPE_WEBHOOK_SECRET, deps.now());
    const res = await handleStripeWebhook(
      deps,
      { webhookSecret: FAKE_STRIPE_WEBHOOK_SECRET },
      {
        method: 'POST',
        path: '/webhook/stripe',
        query: {},
        headers: { 'stripe-signature': tampered.header },
        rawBody: Buffer.from(tampered.body.replace('2500', '1')),
      },
    );
    expect(res.status).toBe(401);
    const unsigned = await handleStripeWebhook(
      deps,
      { webhookSecret: FAKE_STRIPE_WEBHOOK_SECRET },
      { method: 'POST', path: '/webhook/stripe', query: {}, headers: {}, rawBody: Buffer.from('{}') },
    );
    expect(unsigned.status).toBe(401);
    expect(await deps.db.get(at.stripeEvent(paid.id))).toBeUndefined();
    expect((await appointment(id))!.status).toBe('awaiting_payment');
  });

  it('an event from another business’s account cannot confirm this booking', async () => {
    const { id } = await bookWithDeposit();
    const paid = stripe.pay([...stripe.sessions.values()][0]!.id);
    const res = await webhook({ ...paid, account: 'acct_someone_else' });
    expect(res).toMatchObject({ status: 200, body: { result: 'ignored' } });
    expect((await appointment(id))!.status).toBe('awaiting_payment');
  });

  it('an expired session releases the slot', async () => {
    const { id } = await bookWithDeposit();
    const expired = stripe.expireNow([...stripe.sessions.values()][0]!.id);
    expect(await webhook(expired)).toMatchObject({ status: 200, body: { result: 'done' } });
    expect(await appointment(id)).toMatchObject({ status: 'cancelled' });
    expect(await deps.db.query(at.slotLocks(GROOMER))).toEqual([]);
  });

  it('an event whose handling failed is stored and handled by the sweep later', async () => {
    const { id } = await bookWithDeposit();
    const paid = stripe.pay([...stripe.sessions.values()][0]!.id);
    deps.db.failNext('read', () => new StoreError('unavailable', 'outage'), { path: /appointments/ });
    const res = await webhook(paid);
    expect(res.status).toBe(200);
    expect((await appointment(id))!.status).toBe('awaiting_payment');
    deps.advance(5 * 60_000);
    expect(await processStripeEvent(deps, paid.id)).toMatchObject({ result: 'done' });
    expect((await appointment(id))!.status).toBe('confirmed');
  });
});

describe('refunds and lapses', () => {
  async function paidBooking() {
    const { id } = await bookWithDeposit();
    const session = [...stripe.sessions.values()].at(-1)!;
    await webhook(stripe.pay(session.id));
    return { id, intent: stripe.sessions.get(session.id)!.payment_intent! };
  }

  it('a cancellation with a day’s notice refunds the deposit through the refunds API, recorded on the appointment', async () => {
    const { id, intent } = await paidBooking();
    const session = new BookingSession(deps, { business: groomer, contactId: 'ana', source: 'dialogue' });
    const { result, appointment: after } = await session.cancel(id);
    expect(result.ok).toBe(true);
    expect(stripe.refunds).toMatchObject([
      { account: ACCOUNT, payment_intent: intent, amount: 2500, metadata: { appointmentId: id } },
    ]);
    expect(after).toMatchObject({
      status: 'cancelled',
      refunds: [{ amount: 25, reason: 'customer_cancelled', reference: stripe.refunds[0]!.id }],
    });
  });

  it('a late cancellation waits for the owner; approved, it keeps the deposit as the policy says', async () => {
    const { id } = await paidBooking();
    deps.advance(40 * 3_600_000); // 02:00 UTC Thursday: 14 hours before
    const session = new BookingSession(deps, { business: groomer, contactId: 'ana', source: 'dialogue' });
    const { result } = await session.cancel(id);
    expect(result).toMatchObject({
      ok: true,
      appointment: { status: 'pending_approval', pending: { kind: 'cancellation', refundAmount: 0 } },
    });
    const approved = await changeAppointment(deps, groomer, id, (_a, now) => ({
      type: 'approve',
      at: now,
      by: 'owner',
    }));
    expect(approved).toMatchObject({ ok: true, appointment: { status: 'cancelled', refunds: [] } });
    expect(stripe.refunds).toHaveLength(0);
  });

  it('the business cancelling refunds in full', async () => {
    const { id } = await paidBooking();
    deps.advance(30 * 3_600_000);
    const cancelled = await changeAppointment(deps, groomer, id, (_a, now) => ({
      type: 'cancel',
      at: now,
      by: 'staff',
    }));
    expect(cancelled.ok).toBe(true);
    const { runTasks } = await import('../tasks.js');
    await runTasks(deps, GROOMER, cancelled.ok ? cancelled.tasks : []);
    expect(stripe.refunds.map((r) => r.amount)).toEqual([2500]);
  });

  it('an unpaid booking lapses at its payment time: the sweep cancels it and closes the checkout', async () => {
    const { id } = await bookWithDeposit();
    const sessionId = [...stripe.sessions.values()][0]!.id;
    expect(await expireAppointment(deps, GROOMER, id, 'payment')).toMatchObject({ result: 'kept' });
    deps.advance(61 * 60_000);
    expect(await expireAppointment(deps, GROOMER, id, 'payment')).toEqual({ result: 'expired' });
    expect(await appointment(id)).toMatchObject({ status: 'cancelled', expiry: { payment: { dueAt: null } } });
    expect(stripe.sessions.get(sessionId)!.status).toBe('expired');
    // The slot is free for the next customer.
    const next = await port('ben').hold({
      serviceId: 'full-groom',
      variantId: 'medium',
      start: THU_10,
      contactId: 'ben',
    });
    expect(next.ok).toBe(true);
  });
});
