/**
 * Every booking backend runs the shared contract against its local fake
 * vendor: Google Calendar through the real @googleapis/calendar and
 * google-auth-library, the clinic API through our client, Frontdesk's own
 * with nothing to call. Then what is particular to each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Business } from '../../domain/business.js';
import { BusinessProfileFile } from '../../profile/schema.js';
import { googleTestConfig } from '../../testing/booking-deps.js';
import { type FakeClinic, FAKE_CLINIC_TOKEN, startFakeClinic } from '../../testing/fake-clinic-api.js';
import { type FakeGoogle, startFakeGoogle } from '../../testing/fake-google.js';
import { CLINIC, GROOMER, demoProfile } from '../../testing/memory-deps.js';
import { SlotTakenError } from './backend.js';
import type { BackendContext } from './backend.js';
import { runBackendContract } from './backend.contract.js';
import { clinicApiBackend, clinicServiceId } from './clinic-api.js';
import { frontdeskBackend } from './frontdesk.js';
import { eventIdOf, googleCalendarBackend } from './google-calendar.js';

function business(id: string, edit?: (profile: Record<string, unknown>) => void): Business {
  const profile = demoProfile(id);
  edit?.(profile);
  const { channels: _c, staff: _s, ...rest } = BusinessProfileFile.parse(profile);
  return rest;
}

const bookingOf = (profile: Record<string, unknown>) =>
  (profile.settings as { booking: Record<string, unknown> }).booking;

let google: FakeGoogle;
let clinic: FakeClinic;

const CLINIC_ENDPOINTS = bookingOf(demoProfile(CLINIC)).backend as {
  endpoints: Parameters<typeof startFakeClinic>[0]['endpoints'];
};

beforeAll(async () => {
  google = await startFakeGoogle();
  clinic = await startFakeClinic({
    prefix: '/v2',
    endpoints: CLINIC_ENDPOINTS.endpoints,
    services: [
      { id: 'LHR-FL-F', minutes: 45 },
      { id: 'CONS-PT', minutes: 15 },
    ],
    rooms: ['R1', 'R2'],
    // 10:00–20:00 in Dubai (UTC+4) on the half hour.
    startsUtcMinutes: Array.from({ length: 20 }, (_, i) => 6 * 60 + i * 30),
  });
});
afterAll(async () => {
  await google.close();
  await clinic.close();
});

runBackendContract('frontdesk', async () => {
  const groomer = business(GROOMER);
  return {
    adapter: frontdeskBackend,
    business: groomer,
    ctx: () => ({ business: groomer, backend: { type: 'frontdesk' }, credentials: {}, now: new Date() }),
    service: { serviceId: 'nail-trim' },
    freeStart: new Date('2026-12-03T16:00:00Z'),
    external: () => [],
    takeAtVendor: () => undefined,
    revoke: () => undefined,
    failNext: () => undefined,
  };
});

/**
 * A day of 2027 no other contract run has used (a random day collided one run in a few hundred: the
 * clinic's desk had taken the time the next run meant to book).
 */
let daysUsed = 0;
const nextDay = () => 4 + daysUsed++;

runBackendContract('google-calendar', async () => {
  const groomer = business(GROOMER);
  const adapter = googleCalendarBackend(googleTestConfig(google.url));
  let refreshToken = google.grant();
  // Each run on its own calendar day, so runs never see each other's events.
  const freeStart = new Date(Date.UTC(2027, 0, nextDay(), 16));
  return {
    adapter,
    business: groomer,
    ctx: (): BackendContext => ({
      business: groomer,
      backend: { type: 'google-calendar', calendarId: 'primary' },
      credentials: { googleRefreshToken: refreshToken },
      now: new Date(),
    }),
    service: { serviceId: 'nail-trim' },
    freeStart,
    external: () =>
      google
        .eventsOn('primary')
        .filter((e) => e.status === 'confirmed')
        .map((e) => ({ start: new Date(e.start.dateTime), end: new Date(e.end.dateTime) })),
    takeAtVendor: (start, minutes) => google.block('primary', start, new Date(start.getTime() + minutes * 60_000)),
    revoke: () => {
      google.revoke(refreshToken);
      refreshToken = refreshToken + '';
    },
    failNext: (status) =>
      google.server.failNext(1, {
        status,
        body: { error: { code: status, message: 'Backend Error', status: 'UNAVAILABLE' } },
      }),
  };
});

runBackendContract('clinic-api', async () => {
  const glow = business(CLINIC, (p) => {
    (bookingOf(p).backend as { baseUrl: string }).baseUrl = clinic.url;
  });
  let token = FAKE_CLINIC_TOKEN;
  // Its own day too: the fake clinic is shared, and a test books its free time at the desk.
  const freeStart = new Date(Date.UTC(2027, 0, nextDay(), 8));
  return {
    adapter: clinicApiBackend,
    business: glow,
    ctx: () => ({
      business: glow,
      backend: glow.settings.booking.backend,
      credentials: { clinicApiToken: token },
      now: new Date(),
    }),
    service: { serviceId: 'full-legs', variantId: 'women' },
    freeStart,
    external: () =>
      clinic.bookings
        .filter((b) => b.status === 'booked' && b.source === 'frontdesk')
        .map((b) => ({ start: new Date(b.start), end: new Date(b.end) })),
    takeAtVendor: (start, minutes) => {
      clinic.bookAtDesk('LHR-FL-F', start, minutes, 'R1');
      clinic.bookAtDesk('LHR-FL-F', start, minutes, 'R2');
    },
    revoke: () => {
      token = 'a-token-the-clinic-revoked';
    },
    failNext: (status) =>
      clinic.server.failNext(1, { status, body: { error: { code: 'unavailable', message: 'down for maintenance' } } }),
  };
});

describe('google calendar', () => {
  const groomer = business(GROOMER);
  const ctx = (refreshToken: string | undefined): BackendContext => ({
    business: groomer,
    backend: { type: 'google-calendar', calendarId: 'primary' },
    credentials: { googleRefreshToken: refreshToken },
    now: new Date(),
  });

  it('its own events are transparent, so free/busy never feeds Frontdesk’s bookings back as busy', async () => {
    const adapter = googleCalendarBackend(googleTestConfig(google.url));
    const token = google.grant();
    const start = new Date('2027-11-02T16:00:00Z');
    const appointmentId = 'own-event-test';
    await adapter.upsert(
      ctx(token),
      { ...sample(groomer, start), id: appointmentId },
      { serviceName: 'Nail trim', customerName: 'Ana', petName: 'Rex' },
    );
    const event = google.events.get(`primary\n${eventIdOf(appointmentId)}`)!;
    expect(event).toMatchObject({
      summary: 'Nail trim – Ana (Rex)',
      transparency: 'transparent',
      start: { dateTime: start.toISOString(), timeZone: 'America/Chicago' },
      extendedProperties: { private: { frontdeskAppointmentId: appointmentId, frontdeskBusinessId: GROOMER } },
    });
    const answer = await adapter.availability(ctx(token), {
      serviceId: 'nail-trim',
      from: new Date('2027-11-02T00:00:00Z'),
      to: new Date('2027-11-03T00:00:00Z'),
    });
    expect(answer).toEqual({ kind: 'busy', busy: [] });
  });

  it('a resource’s own calendar blocks that resource only', async () => {
    const withCalendar = business(GROOMER, (p) => {
      (bookingOf(p).resources as { id: string; calendarId?: string }[])[0]!.calendarId = 'carlos@example.test';
    });
    google.block('carlos@example.test', new Date('2027-11-05T15:00:00Z'), new Date('2027-11-05T17:00:00Z'));
    const adapter = googleCalendarBackend(googleTestConfig(google.url));
    const answer = await adapter.availability(
      { ...ctx(google.grant()), business: withCalendar },
      { serviceId: 'nail-trim', from: new Date('2027-11-05T00:00:00Z'), to: new Date('2027-11-06T00:00:00Z') },
    );
    expect(answer).toEqual({
      kind: 'busy',
      busy: [{ start: new Date('2027-11-05T15:00:00Z'), end: new Date('2027-11-05T17:00:00Z'), resourceId: 'carlos' }],
    });
  });

  it('not connected: working hours only, and no event can be made', async () => {
    const adapter = googleCalendarBackend(googleTestConfig(google.url));
    expect(
      await adapter.availability(ctx(undefined), { serviceId: 'nail-trim', from: new Date(), to: new Date() }),
    ).toMatchObject({ kind: 'hours' });
    await expect(adapter.upsert(ctx(undefined), sample(groomer, new Date()), { serviceName: 'x' })).rejects.toThrow(
      /not connected/,
    );
  });

  it('a revoked grant is invalid_grant, which is not retryable', async () => {
    const adapter = googleCalendarBackend(googleTestConfig(google.url));
    const token = google.grant();
    google.revoke(token);
    const err = await adapter
      .availability(ctx(token), { serviceId: 'nail-trim', from: new Date(), to: new Date(Date.now() + 86_400_000) })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ retryable: false, providerCode: 'invalid_grant' });
  });
});

describe('clinic API', () => {
  const glow = () =>
    business(CLINIC, (p) => {
      (bookingOf(p).backend as { baseUrl: string }).baseUrl = clinic.url;
    });
  const ctx = (b: Business): BackendContext => ({
    business: b,
    backend: b.settings.booking.backend,
    credentials: { clinicApiToken: FAKE_CLINIC_TOKEN },
    now: new Date(),
  });

  it('maps our services and rooms to the clinic’s ids, both ways', async () => {
    const b = glow();
    const settings = b.settings.booking.backend;
    if (settings.type !== 'clinic-api') throw new Error('clinic-api expected');
    expect(clinicServiceId(settings, 'full-legs', 'women')).toBe('LHR-FL-F');
    expect(clinicServiceId(settings, 'consultation-patch-test')).toBe('CONS-PT');
    expect(clinicServiceId(settings, 'chin')).toBe('chin');
    clinic.bookAtDesk('LHR-FL-F', new Date('2027-10-04T06:00:00Z'), 45, 'R1');
    const answer = await clinicApiBackend.availability(ctx(b), {
      serviceId: 'full-legs',
      variantId: 'women',
      from: new Date('2027-10-04T06:00:00Z'),
      to: new Date('2027-10-04T07:00:00Z'),
    });
    expect(answer).toEqual({
      kind: 'starts',
      starts: [
        // Room 1 is taken until 06:45 by the desk's booking.
        { start: new Date('2027-10-04T06:00:00Z'), resourceId: 'room-2' },
        { start: new Date('2027-10-04T06:30:00Z'), resourceId: 'room-2' },
      ],
    });
    const request = clinic.server.requests.at(-1)!;
    expect(request).toMatchObject({
      method: 'GET',
      path: '/v2/slots',
      query: { serviceId: 'LHR-FL-F' },
      headers: { authorization: `Bearer ${FAKE_CLINIC_TOKEN}` },
    });
  });

  it('a time the clinic’s desk took meanwhile is SlotTakenError; unknown answers are refused', async () => {
    const b = glow();
    const start = new Date('2027-10-05T07:00:00Z');
    clinic.bookAtDesk('LHR-FL-F', start, 45, 'R1');
    const a = { ...sample(b, start, 'full-legs', 'women'), resourceId: 'room-1' };
    await expect(clinicApiBackend.upsert(ctx(b), a, { serviceName: 'Full legs' })).rejects.toBeInstanceOf(
      SlotTakenError,
    );
    clinic.server.failNext(1, { status: 200, body: { nothing: 'useful' } });
    await expect(
      clinicApiBackend.availability(ctx(b), { serviceId: 'full-legs', from: start, to: start }),
    ).rejects.toThrow(/unexpected shape/);
  });
});

function sample(b: Business, start: Date, serviceId = 'nail-trim', variantId?: string) {
  const service = b.services.find((s) => s.id === serviceId)!;
  const variant = service.variants.find((v) => v.id === variantId);
  const minutes = variant?.durationMinutes ?? service.durationMinutes;
  return {
    id: `sample-${Math.random().toString(36).slice(2)}`,
    serviceId,
    ...(variantId ? { variantId } : {}),
    start,
    end: new Date(start.getTime() + minutes * 60_000),
    units: ['all.1'],
    lockKeys: [],
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    contactId: 'c',
    customerName: 'Sample',
    price: 10,
    deposit: 0,
    currency: b.profile.currency,
    status: 'confirmed' as const,
    holdExpiresAt: null,
    paymentExpiresAt: null,
    payments: [],
    refunds: [],
    source: 'api' as const,
    history: [{ at: start, event: 'hold', by: 'customer' as const, from: null, to: 'confirmed' as const }],
    createdAt: start,
    updatedAt: start,
  };
}
