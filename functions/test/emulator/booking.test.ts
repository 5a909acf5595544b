/**
 * Booking on the emulator suite: real Firestore transactions on the slot
 * locks (twenty customers at once, one booking), the Google connect flow and
 * the Stripe webhook through their Hosting rewrites into the functions, the
 * event reaching the fake Google Calendar, a refund through the fake Stripe,
 * a clinic booked through its fake API, a DST-boundary booking, and a
 * reminder leaving as a WhatsApp template outside the 24-hour window.
 *
 * Holds and bookings are made from this process through the booking layer
 * on the emulator's Firestore (as the reply trigger does); what Stripe and
 * Google send back goes through the deployed functions.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSlots } from '../../src/booking/availability.js';
import type { BookingDeps } from '../../src/booking/deps.js';
import { eventIdOf } from '../../src/booking/backends/google-calendar.js';
import { startGoogleConnect } from '../../src/booking/google-oauth.js';
import { sendReminder } from '../../src/booking/reminders.js';
import { BookingSession } from '../../src/booking/session.js';
import type { Business } from '../../src/domain/business.js';
import { addDays, wallClock } from '../../src/domain/hours.js';
import { loadBusinessContext } from '../../src/pipeline/business-context.js';
import { ingestMessage } from '../../src/pipeline/ingest.js';
import { loadProfile, loadSecrets } from '../../src/profile/load.js';
import { at } from '../../src/store/collections.js';
import { type FakeClinic, FAKE_CLINIC_TOKEN, startFakeClinic } from '../../src/testing/fake-clinic-api.js';
import { type FakeGoogle, startFakeGoogle } from '../../src/testing/fake-google.js';
import { startFakeGraphApi, type FakeGraphApi } from '../../src/testing/fake-graph-api.js';
import { type FakeStripe, signedStripeEvent, startFakeStripe } from '../../src/testing/fake-stripe.js';
import { fakeStaffAccounts } from '../../src/testing/memory-deps.js';
import {
  CLINIC,
  DEMO_SECRETS,
  FAKE_GRAPH_PORT,
  GROOMER,
  GROOMER_PHONE_ID,
  HOSTING,
  admin,
  demoProfile,
  resetAndSeed,
  store,
  testDeps,
  waitFor,
} from './harness.js';
import { bookingDeps, GOOGLE_PORT, googleConfig, STRIPE_PORT } from './booking-harness.js';

const CLINIC_PORT = 4017;
const STRIPE_ACCOUNT = 'acct_happy_paws_demo';

let google: FakeGoogle;
let stripe: FakeStripe;
let clinic: FakeClinic;
let graph: FakeGraphApi;
let groomer: Business;

const deps = (now?: () => Date) => bookingDeps({ now, withStripe: true });

const contact = () => `c-${randomUUID().slice(0, 8)}`;

/** The first local day from `fromDays` on with a free slot for the service, and its slots. */
async function freeDay(d: BookingDeps, business: Business, serviceId: string, variantId?: string, fromDays = 2) {
  const today = wallClock(d.now(), business.profile.timezone).date;
  for (let i = fromDays; i < fromDays + 14; i++) {
    const day = addDays(today, i);
    const slots = await findSlots(d, business, { serviceId, variantId, from: day, to: day });
    if (slots.length) return { day, slots };
  }
  throw new Error(`no free day for ${serviceId}`);
}

beforeAll(async () => {
  [google, stripe, graph] = await Promise.all([
    startFakeGoogle({ port: GOOGLE_PORT }),
    startFakeStripe({ port: STRIPE_PORT, accounts: [STRIPE_ACCOUNT] }),
    startFakeGraphApi({ port: FAKE_GRAPH_PORT }),
  ]);
  clinic = await startFakeClinic({
    port: CLINIC_PORT,
    prefix: '/v2',
    endpoints: (
      demoProfile(CLINIC).settings as {
        booking: { backend: { endpoints: Parameters<typeof startFakeClinic>[0]['endpoints'] } };
      }
    ).booking.backend.endpoints,
    services: [{ id: 'CONS-PT', minutes: 15 }],
    rooms: ['R1', 'R2'],
    startsUtcMinutes: Array.from({ length: 20 }, (_, i) => 6 * 60 + i * 30),
  });
  await resetAndSeed();
  await loadSecrets(store(), GROOMER, {
    stripe: { accountId: STRIPE_ACCOUNT },
    channels: { 'whatsapp-meta': { accessToken: 'test-groomer-access-token' } },
  });
  groomer = await loadBusinessContext(deps(), GROOMER);
});
afterAll(async () => {
  await Promise.all([google.close(), stripe.close(), clinic.close(), graph.close()]);
});

describe('booking on the emulators', () => {
  it('twenty customers booking one slot at once on Firestore: exactly one booking', async () => {
    const d = deps();
    // Paw and pad care is Jess's alone: one place per slot.
    const { slots } = await freeDay(d, groomer, 'paw-pad-care');
    const start = slots[0]!.start;
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const session = new BookingSession(d, { business: groomer, contactId: contact(), source: 'dialogue' });
        const held = await session.hold({ serviceId: 'paw-pad-care', start });
        if (!held.ok) return 'taken';
        const booked = await session.book({ appointmentId: held.appointment.id, customerName: 'Racer' });
        return booked.ok ? booked.appointment.status : booked.reason;
      }),
    );
    expect(outcomes.filter((o) => o === 'confirmed')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'confirmed').every((o) => o === 'taken')).toBe(true);
    const live = (
      await admin().collection(`businesses/${GROOMER}/appointments`).where('start', '==', start).get()
    ).docs.filter((doc) => doc.get('status') !== 'cancelled');
    expect(live).toHaveLength(1);
    const locks = await admin().collection(`businesses/${GROOMER}/slotLocks`).where('cell', '<=', start).get();
    const entries = locks.docs.flatMap((l) => l.get('entries') as { appointmentId: string }[]);
    expect(entries.filter((e) => e.appointmentId === live[0]!.id)).toHaveLength(1);
  });

  it('the owner connects Google Calendar through /oauth/google/callback (Hosting → the function)', async () => {
    const url = await startGoogleConnect(deps(), googleConfig(), GROOMER);
    const { redirectUri, code, state } = google.consent(url);
    expect(redirectUri).toBe(`${HOSTING}/oauth/google/callback`);
    const res = await fetch(`${redirectUri}?${new URLSearchParams({ code, state })}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Google Calendar connected');
    const secrets = (await admin().doc(`businessSecrets/${GROOMER}`).get()).data()!;
    expect(secrets.google.refreshToken).toMatch(/^1\/\/fake-refresh-/);
    // The state was used once: the same link again connects nothing.
    expect((await fetch(`${redirectUri}?${new URLSearchParams({ code, state })}`)).status).toBe(400);
  });

  it('a deposit paid through a signed Stripe webhook confirms the booking, the event reaches Google Calendar, a cancellation refunds it', async () => {
    const d = deps();
    const { slots } = await freeDay(d, groomer, 'full-groom', 'medium', 3);
    const session = new BookingSession(d, { business: groomer, contactId: contact(), source: 'dialogue' });
    const held = await session.hold({ serviceId: 'full-groom', variantId: 'medium', start: slots[0]!.start });
    if (!held.ok) throw new Error(held.message);
    const booked = await session.book({
      appointmentId: held.appointment.id,
      customerName: 'Ana Ruiz',
      pet: { name: 'Rex' },
    });
    expect(booked).toMatchObject({ ok: true, appointment: { status: 'awaiting_payment' } });
    const sessionId = booked.ok ? booked.appointment.checkout!.sessionId : '';
    expect(stripe.sessions.get(sessionId)).toMatchObject({ account: STRIPE_ACCOUNT, amount_total: 2500 });

    const paid = signedStripeEvent(stripe.pay(sessionId), DEMO_SECRETS.STRIPE_WEBHOOK_SECRET);
    const res = await fetch(`${HOSTING}/webhook/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': paid.header },
      body: paid.body,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ received: true, result: 'done' });
    const appointment = admin().doc(`businesses/${GROOMER}/appointments/${held.appointment.id}`);
    expect((await appointment.get()).get('status')).toBe('confirmed');
    const eventId = eventIdOf(held.appointment.id);
    expect(google.events.get(`primary\n${eventId}`)).toMatchObject({
      status: 'confirmed',
      summary: expect.stringMatching(/^Full groom – Medium .* – Ana Ruiz \(Rex\)$/),
      start: { dateTime: slots[0]!.start.toISOString(), timeZone: 'America/Chicago' },
    });
    // Stripe delivers again: nothing changes.
    const again = await fetch(`${HOSTING}/webhook/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': paid.header },
      body: paid.body,
    });
    expect(await again.json()).toMatchObject({ result: 'duplicate' });
    // A forged one is refused before anything is read.
    const forged = await fetch(`${HOSTING}/webhook/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': paid.header },
      body: paid.body.replace('2500', '1'),
    });
    expect(forged.status).toBe(401);

    const cancelled = await session.cancel(held.appointment.id);
    expect(cancelled.appointment).toMatchObject({
      status: 'cancelled',
      refunds: [{ amount: 25, reference: expect.stringMatching(/^re_test_/) }],
    });
    expect(stripe.refunds.map((r) => [r.account, r.amount])).toEqual([[STRIPE_ACCOUNT, 2500]]);
    expect(google.events.get(`primary\n${eventId}`)!.status).toBe('cancelled');
  });

  it('10:00 in Austin on the day clocks spring forward is stored as 15:00 UTC (16:00 UTC the day before)', async () => {
    const d = deps(() => new Date('2027-03-10T12:00:00Z'));
    const session = new BookingSession(d, { business: groomer, contactId: contact(), source: 'dialogue' });
    const saturday = await session.hold({ serviceId: 'teeth-brushing', start: new Date('2027-03-13T16:00:00Z') });
    const sunday = await session.hold({ serviceId: 'teeth-brushing', start: new Date('2027-03-14T15:00:00Z') });
    expect(saturday.ok && sunday.ok).toBe(true);
    const read = async (id: string) =>
      (await admin().doc(`businesses/${GROOMER}/appointments/${id}`).get()).get('start').toDate();
    expect((await read(sunday.ok ? sunday.appointment.id : '')).toISOString()).toBe('2027-03-14T15:00:00.000Z');
    expect((await read(saturday.ok ? saturday.appointment.id : '')).toISOString()).toBe('2027-03-13T16:00:00.000Z');
    // An hour the change skips is never offered: 02:00–03:00 does not exist that night (and the shop is closed anyway).
    expect(wallClock(new Date('2027-03-14T15:00:00Z'), 'America/Chicago').minutes).toBe(600);
  });

  it('a clinic that keeps its schedule in its own system books through its API', async () => {
    const profile = demoProfile(CLINIC);
    profile.id = 'glow-clinic-api';
    profile.channels = [];
    (profile.settings as { booking: { backend: { baseUrl: string } } }).booking.backend.baseUrl = `${clinic.url}`;
    await loadProfile(store(), fakeStaffAccounts, profile);
    await loadSecrets(store(), 'glow-clinic-api', { clinicApi: { token: FAKE_CLINIC_TOKEN } });
    const d = deps();
    const glow = await loadBusinessContext(d, 'glow-clinic-api');
    const { slots } = await freeDay(d, glow, 'consultation-patch-test');
    const session = new BookingSession(d, { business: glow, contactId: contact(), source: 'dialogue' });
    const held = await session.hold({ serviceId: 'consultation-patch-test', start: slots[0]!.start });
    if (!held.ok) throw new Error(held.message);
    const booked = await session.book({ appointmentId: held.appointment.id, customerName: 'Layla' });
    expect(booked).toMatchObject({
      ok: true,
      appointment: { status: 'confirmed', external: { backend: 'clinic-api' } },
    });
    const theirs = clinic.bookings.find((b) => b.reference === held.appointment.id)!;
    expect(theirs).toMatchObject({
      serviceId: 'CONS-PT',
      start: slots[0]!.start.toISOString(),
      customer: { name: 'Layla' },
      status: 'booked',
    });
    expect(booked.ok && booked.appointment.external?.id).toBe(theirs.id);
    // Its slots come from the clinic's system: the room it booked is no longer offered at that time for both rooms.
    const after = await findSlots(d, glow, {
      serviceId: 'consultation-patch-test',
      from: slots[0]!.date,
      to: slots[0]!.date,
    });
    const same = after.find((s) => s.start.getTime() === slots[0]!.start.getTime());
    expect(same?.options.flat().filter((u) => u.startsWith('r.'))).toHaveLength(1);
  });

  it('a reminder outside WhatsApp’s 24-hour window goes out as the business’s template', async () => {
    const d = deps();
    const userId = `1512555${Math.floor(1000 + Math.random() * 8999)}`;
    // The customer last wrote 30 hours ago.
    const inbound = await ingestMessage({ ...d, media: testDeps().media }, GROOMER, {
      kind: 'message',
      channel: 'whatsapp-meta',
      accountId: GROOMER_PHONE_ID,
      userId,
      userName: 'Ana',
      providerMessageId: `wamid.${randomUUID()}`,
      timestamp: new Date(Date.now() - 30 * 3_600_000),
      content: { type: 'text', text: 'Hi!' },
    });
    if (inbound.result !== 'created') throw new Error('expected a new message');
    const message = (await d.db.get(at.message(GROOMER, inbound.messageId)))!;
    const { slots } = await freeDay(d, groomer, 'nail-trim', undefined, 3);
    const session = new BookingSession(d, {
      business: groomer,
      contactId: message.contactId,
      conversationId: message.conversationId,
      source: 'dialogue',
    });
    const held = await session.hold({ serviceId: 'nail-trim', start: slots[0]!.start });
    if (!held.ok) throw new Error(held.message);
    const booked = await session.book({ appointmentId: held.appointment.id, customerName: 'Ana' });
    if (!booked.ok) throw new Error(booked.message);
    const [first] = booked.appointment.reminderIds;
    const reminder = (await d.db.get(at.reminder(GROOMER, first!)))!;
    // The sweep at the reminder's time.
    const sent = await sendReminder({ ...d, now: () => reminder.at }, GROOMER, first!);
    expect(sent.result).toBe('sent');
    const send = await waitFor(
      async () => graph.sent.find((s) => s.to === userId && (s.body as { type?: string }).type === 'template'),
      'the reminder template at the fake Graph API',
    );
    expect(send.body).toMatchObject({
      type: 'template',
      template: {
        name: 'appointment_reminder',
        language: { code: 'en_US' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Nail trim' },
              { type: 'text', text: expect.stringMatching(/ \d\d:\d\d$/) },
            ],
          },
        ],
      },
    });
  });
});
