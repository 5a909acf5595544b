/**
 * Google Calendar for a business, end to end in memory against the fake of
 * Google's OAuth and Calendar APIs: the connect flow (state checked, used
 * once, PKCE, the refresh token kept server-side), busy time taking slots
 * away, confirmed bookings becoming events that follow moves and
 * cancellations, and a revoked grant falling back to working hours with
 * the owner told.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Business } from '../domain/business.js';
import { loadBusinessContext } from '../pipeline/business-context.js';
import { at } from '../store/collections.js';
import { type MemoryBookingDeps, googleTestConfig, memoryBookingDeps } from '../testing/booking-deps.js';
import { type FakeGoogle, startFakeGoogle } from '../testing/fake-google.js';
import { GROOMER, seedDemo } from '../testing/memory-deps.js';
import { findSlots } from './availability.js';
import { eventIdOf } from './backends/google-calendar.js';
import { handleGoogleCallback, startGoogleConnect } from './google-oauth.js';
import { BookingSession } from './session.js';

let google: FakeGoogle;
let deps: MemoryBookingDeps;
let groomer: Business;

beforeAll(async () => {
  google = await startFakeGoogle();
});
afterAll(() => google.close());

beforeEach(async () => {
  deps = memoryBookingDeps({ googleUrl: google.url });
  await seedDemo(deps, GROOMER);
  groomer = await loadBusinessContext(deps, GROOMER);
});

const config = () => googleTestConfig(google.url);
const callback = (query: Record<string, string>) =>
  handleGoogleCallback(deps, config(), {
    method: 'GET',
    path: '/oauth/google/callback',
    query,
    headers: {},
    rawBody: Buffer.alloc(0),
  });

async function connect() {
  const url = await startGoogleConnect(deps, config(), GROOMER);
  const { code, state } = google.consent(url);
  return { response: await callback({ code, state }), code, state };
}

describe('connecting Google Calendar', () => {
  it('asks for offline access with PKCE and a one-time state, and keeps the refresh token server-side', async () => {
    const url = new URL(await startGoogleConnect(deps, config(), GROOMER));
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: config().clientId,
      redirect_uri: 'https://frontdesk.example.test/oauth/google/callback',
      response_type: 'code',
      access_type: 'offline',
      prompt: 'consent',
      code_challenge_method: 'S256',
      scope: 'https://www.googleapis.com/auth/calendar.events https://www.googleapis.com/auth/calendar.freebusy',
    });
    const { code, state } = google.consent(url.toString());
    const response = await callback({ code, state });
    expect(response.status).toBe(200);
    expect(String(response.body)).toContain('Google Calendar connected');
    const secrets = await deps.db.get(at.businessSecrets(GROOMER));
    expect(secrets?.google?.refreshToken).toMatch(/^1\/\/fake-refresh-/);
    expect(String(response.body)).not.toContain(secrets!.google!.refreshToken!);
    expect(await deps.db.get(at.oauthState(state))).toBeUndefined();
  });

  it('a replayed, forged or expired callback connects nothing', async () => {
    const { code, state } = await connect();
    const before = (await deps.db.get(at.businessSecrets(GROOMER)))!.google!.refreshToken;
    expect((await callback({ code, state })).status).toBe(400);
    expect((await callback({ code: 'x', state: 'forged-state-forged-state-forged' })).status).toBe(400);
    const url = await startGoogleConnect(deps, config(), GROOMER);
    const late = google.consent(url);
    deps.advance(16 * 60_000);
    expect(await callback(late)).toMatchObject({ status: 400, body: expect.stringContaining('expired') });
    expect((await deps.db.get(at.businessSecrets(GROOMER)))!.google!.refreshToken).toBe(before);
    expect((await callback({ state: 'not-even-a-code' })).status).toBe(400);
  });

  it('a code used with another flow’s verifier is refused by Google: nothing is stored', async () => {
    const first = google.consent(await startGoogleConnect(deps, config(), GROOMER));
    const second = google.consent(await startGoogleConnect(deps, config(), GROOMER));
    const response = await callback({ code: first.code, state: second.state });
    expect(response.status).toBe(502);
    expect((await deps.db.get(at.businessSecrets(GROOMER)))?.google).toBeUndefined();
  });

  it('the owner saying no is answered politely, and the state is used up', async () => {
    const { state } = google.consent(await startGoogleConnect(deps, config(), GROOMER));
    expect(await callback({ state, error: 'access_denied' })).toMatchObject({
      status: 200,
      body: expect.stringContaining('access_denied'),
    });
    expect(await deps.db.get(at.oauthState(state))).toBeUndefined();
  });
});

describe('a connected calendar', () => {
  const THURSDAY = '2026-12-03';

  it('busy time on the owner’s calendar takes slots away; a confirmed booking becomes an event that follows the appointment', async () => {
    await connect();
    // The owner's own appointment on Thursday 10:00–12:00 in Austin.
    google.block('primary', new Date('2026-12-03T16:00:00Z'), new Date('2026-12-03T18:00:00Z'));
    const times = (await findSlots(deps, groomer, { serviceId: 'nail-trim', from: THURSDAY, to: THURSDAY })).map(
      (s) => s.time,
    );
    expect(times).toContain('09:30');
    expect(times).not.toContain('10:00');
    expect(times).not.toContain('11:30');
    expect(times).toContain('12:00');

    const session = new BookingSession(deps, { business: groomer, contactId: 'ana', source: 'dialogue' });
    const held = await session.hold({ serviceId: 'nail-trim', start: new Date('2026-12-03T19:00:00Z') });
    if (!held.ok) throw new Error(held.message);
    const booked = await session.book({
      appointmentId: held.appointment.id,
      customerName: 'Ana Ruiz',
      pet: { name: 'Rex' },
    });
    expect(booked).toMatchObject({ ok: true, appointment: { status: 'confirmed' } });
    const eventId = eventIdOf(held.appointment.id);
    expect(google.events.get(`primary\n${eventId}`)).toMatchObject({
      status: 'confirmed',
      summary: 'Nail trim – Ana Ruiz (Rex)',
      start: { dateTime: '2026-12-03T19:00:00.000Z' },
      transparency: 'transparent',
    });
    expect((await deps.db.get(at.appointment(GROOMER, held.appointment.id)))!.external).toEqual({
      backend: 'google-calendar',
      id: eventId,
    });
    // Its own event does not block the slot twice: still exactly one taker for 13:00.
    expect(
      (await findSlots(deps, groomer, { serviceId: 'nail-trim', from: THURSDAY, to: THURSDAY })).filter(
        (s) => s.time === '13:00',
      ),
    ).toHaveLength(1);

    await session.reschedule(held.appointment.id, new Date('2026-12-03T20:00:00Z'));
    expect(google.events.get(`primary\n${eventId}`)!.start.dateTime).toBe('2026-12-03T20:00:00.000Z');
    await session.cancel(held.appointment.id);
    expect(google.events.get(`primary\n${eventId}`)!.status).toBe('cancelled');
  });

  it('a revoked grant: working hours only, the owner told once and shown in the diagnostics, reconnecting clears it', async () => {
    await connect();
    google.block('primary', new Date('2026-12-03T16:00:00Z'), new Date('2026-12-03T18:00:00Z'));
    google.revoke((await deps.db.get(at.businessSecrets(GROOMER)))!.google!.refreshToken!);
    const slots = await findSlots(deps, groomer, { serviceId: 'nail-trim', from: THURSDAY, to: THURSDAY });
    // The calendar cannot be read: its busy time is unknown, so working hours (and Frontdesk's own bookings) decide.
    expect(slots.map((s) => s.time)).toContain('10:00');
    await findSlots(deps, groomer, { serviceId: 'nail-trim', from: THURSDAY, to: THURSDAY });
    const lost = (await deps.db.query(at.notifications(GROOMER))).filter((n) => n.data.kind === 'booking_failed');
    expect(lost).toHaveLength(1);
    expect(lost[0]!.data.reason).toMatch(
      /^Google Calendar refused Frontdesk's access: .*invalid_grant.*only working hours are used/,
    );
    const status = await deps.db.get(at.channelStatus(GROOMER, 'google-calendar_primary'));
    expect(status).toMatchObject({
      channel: 'google-calendar',
      failures: 2,
      lastError: { message: expect.stringContaining('invalid_grant') },
    });

    await connect();
    expect((await deps.db.get(at.notification(GROOMER, 'booking_failed-integration-google-calendar')))!.read).toBe(
      true,
    );
    const again = await findSlots(deps, groomer, { serviceId: 'nail-trim', from: THURSDAY, to: THURSDAY });
    expect(again.map((s) => s.time)).not.toContain('10:00');
  });
});
