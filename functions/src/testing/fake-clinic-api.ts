/**
 * A local fake of a clinic's own booking system, speaking the REST shape
 * Frontdesk documents (README, "Connecting a clinic's booking system") on
 * whatever paths a business configures (`settings.booking.backend.endpoints`):
 * bearer token, its own schedule (rooms, a grid of start times, bookings
 * made at its front desk), Idempotency-Key on create, 409 for a taken time,
 * and errors as `{ error: { code, message } }`.
 */
import { randomBytes } from 'node:crypto';
import { type FakeAnswer, type FakeHttpServer, type RecordedRequest, startFakeHttpServer } from './fake-http.js';

export const FAKE_CLINIC_TOKEN = 'fake-clinic-bearer-token-0123456789';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export interface ClinicEndpoints {
  services: { method: Method; path: string };
  availability: { method: Method; path: string };
  create: { method: Method; path: string };
  reschedule: { method: Method; path: string };
  cancel: { method: Method; path: string };
}

export interface ClinicBooking {
  id: string;
  reference: string | null;
  serviceId: string;
  start: string;
  end: string;
  resourceId: string;
  customer: { name: string; phone?: string };
  status: 'booked' | 'cancelled';
  source: 'frontdesk' | 'front-desk';
}

export interface FakeClinic {
  readonly url: string;
  readonly server: FakeHttpServer;
  readonly bookings: ClinicBooking[];
  /** A booking made at the clinic's own front desk (not through Frontdesk). */
  bookAtDesk(serviceId: string, start: Date, minutes: number, resourceId: string): ClinicBooking;
  close(): Promise<void>;
}

export interface FakeClinicOptions {
  port?: number;
  /** The API's path prefix (the business's baseUrl path, e.g. /v2). */
  prefix?: string;
  endpoints: ClinicEndpoints;
  services: { id: string; minutes: number }[];
  rooms: string[];
  /** Start times the clinic's schedule has, as minutes after midnight UTC (its own grid). */
  startsUtcMinutes: number[];
}

function fail(status: number, code: string, message: string): FakeAnswer {
  return { status, json: { error: { code, message } } };
}

export async function startFakeClinic(options: FakeClinicOptions): Promise<FakeClinic> {
  const bookings: ClinicBooking[] = [];
  const byKey = new Map<string, ClinicBooking>();
  const prefix = options.prefix ?? '';

  const live = () => bookings.filter((b) => b.status === 'booked');
  const overlaps = (room: string, start: Date, end: Date, except?: string) =>
    live().some((b) => b.id !== except && b.resourceId === room && new Date(b.start) < end && start < new Date(b.end));

  function matches(request: RecordedRequest, endpoint: { method: Method; path: string }): string | undefined | false {
    if (request.method !== endpoint.method) return false;
    const pattern = new RegExp(
      `^${prefix}${endpoint.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{id}', '([^/]+)')}$`,
    );
    const found = pattern.exec(request.path);
    if (!found) return false;
    return found[1] ? decodeURIComponent(found[1]) : undefined;
  }

  function route(request: RecordedRequest): FakeAnswer {
    if (request.headers.authorization !== `Bearer ${FAKE_CLINIC_TOKEN}`)
      return fail(401, 'unauthorized', 'invalid token');
    const e = options.endpoints;
    const input = {
      ...(request.query as Record<string, unknown>),
      ...((request.body as Record<string, unknown> | undefined) ?? {}),
    };
    if (matches(request, e.services) !== false) {
      return {
        status: 200,
        json: { services: options.services.map((s) => ({ id: s.id, durationMinutes: s.minutes })) },
      };
    }
    if (matches(request, e.availability) !== false) {
      const service = options.services.find((s) => s.id === input.serviceId);
      if (!service) return fail(422, 'unknown_service', `no service ${String(input.serviceId)}`);
      const from = new Date(String(input.from));
      const to = new Date(String(input.to));
      if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()))
        return fail(422, 'invalid_range', 'from and to must be ISO times');
      const slots: { start: string; resourceId: string }[] = [];
      for (
        let day = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
        day < to.getTime();
        day += 86_400_000
      ) {
        for (const minutes of options.startsUtcMinutes) {
          const start = new Date(day + minutes * 60_000);
          const end = new Date(start.getTime() + service.minutes * 60_000);
          if (start < from || start >= to) continue;
          for (const room of options.rooms)
            if (!overlaps(room, start, end)) slots.push({ start: start.toISOString(), resourceId: room });
        }
      }
      return { status: 200, json: { slots } };
    }
    if (matches(request, e.create) !== false) {
      const key = request.headers['idempotency-key'];
      const seen = key ? byKey.get(key) : undefined;
      if (seen) return { status: 200, json: seen };
      const service = options.services.find((s) => s.id === input.serviceId);
      if (!service) return fail(422, 'unknown_service', `no service ${String(input.serviceId)}`);
      const start = new Date(String(input.start));
      const end = new Date(String(input.end ?? start.getTime() + service.minutes * 60_000));
      const customer = input.customer as { name?: string; phone?: string } | undefined;
      if (Number.isNaN(start.getTime()) || !customer?.name)
        return fail(422, 'invalid', 'start and customer.name are required');
      const room =
        typeof input.resourceId === 'string' ? input.resourceId : options.rooms.find((r) => !overlaps(r, start, end));
      if (!room || overlaps(room, start, end)) return fail(409, 'slot_taken', 'that time is already booked');
      const booking: ClinicBooking = {
        id: `BK-${randomBytes(4).toString('hex').toUpperCase()}`,
        reference: typeof input.reference === 'string' ? input.reference : null,
        serviceId: service.id,
        start: start.toISOString(),
        end: end.toISOString(),
        resourceId: room,
        customer: { name: customer.name, ...(customer.phone ? { phone: customer.phone } : {}) },
        status: 'booked',
        source: 'frontdesk',
      };
      bookings.push(booking);
      if (key) byKey.set(key, booking);
      return { status: 201, json: booking };
    }
    for (const [name, endpoint] of [
      ['reschedule', e.reschedule],
      ['cancel', e.cancel],
    ] as const) {
      const id = matches(request, endpoint);
      if (id === false) continue;
      const booking = bookings.find((b) => b.id === id);
      if (!booking || booking.status === 'cancelled') return fail(404, 'not_found', `no booking ${String(id)}`);
      if (name === 'cancel') {
        booking.status = 'cancelled';
        return { status: 200, json: booking };
      }
      const start = new Date(String(input.start));
      const end = new Date(String(input.end));
      const room = typeof input.resourceId === 'string' ? input.resourceId : booking.resourceId;
      if (overlaps(room, start, end, booking.id)) return fail(409, 'slot_taken', 'that time is already booked');
      Object.assign(booking, { start: start.toISOString(), end: end.toISOString(), resourceId: room });
      return { status: 200, json: booking };
    }
    return fail(404, 'not_found', `${request.method} ${request.path}`);
  }

  const server = await startFakeHttpServer(route, options.port ? { port: options.port } : {});
  return {
    url: `${server.url}${prefix}`,
    server,
    bookings,
    bookAtDesk(serviceId, start, minutes, resourceId) {
      const booking: ClinicBooking = {
        id: `BK-${randomBytes(4).toString('hex').toUpperCase()}`,
        reference: null,
        serviceId,
        start: start.toISOString(),
        end: new Date(start.getTime() + minutes * 60_000).toISOString(),
        resourceId,
        customer: { name: 'Walk-in' },
        status: 'booked',
        source: 'front-desk',
      };
      bookings.push(booking);
      return booking;
    },
    close: () => server.close(),
  };
}
