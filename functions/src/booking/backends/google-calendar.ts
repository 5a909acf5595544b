/**
 * The owner's Google Calendar (`@googleapis/calendar`, ≈ 80 ms to import
 * against ≈ 850 ms and 110 MB for `googleapis`; loaded on first use):
 * free/busy takes busy time out of working hours, and each confirmed
 * booking becomes an event, moved on reschedule and removed on cancel.
 *
 * Frontdesk's own events must not come back as busy time (they would block
 * the business twice, and a reschedule would collide with itself). The
 * free/busy query cannot leave out events by a property, so Frontdesk's
 * events are created *transparent* ("show as available"), which free/busy
 * does not count; the owner still sees them, and Frontdesk's slot locks
 * keep its own bookings apart. Each event's id is derived from the
 * appointment's (base32hex), so a retried task updates the event instead
 * of adding a second one, and a private extended property names the
 * appointment for anyone reading the calendar.
 *
 * Access: the refresh token the OAuth connect flow stored (google-oauth.ts).
 * A revoked or expired grant (`invalid_grant`) is a ProviderError that is not
 * retryable: availability falls back to working hours and the owner is told.
 */
import { createHash } from 'node:crypto';
import type { calendar_v3 } from '@googleapis/calendar';
import type { Appointment } from '../../domain/booking/appointment.js';
import { ConfigError, ProviderError } from '../../errors.js';
import type { GoogleConfig } from '../google-oauth.js';
import { googleOAuthClient } from '../google-oauth.js';
import type { BackendContext, BookingBackendAdapter, BookingDetails } from './backend.js';

const PROVIDER = 'google-calendar';

/** Google event ids are 5–1024 characters of base32hex (a–v, 0–9); hex digits are a subset. */
export const eventIdOf = (appointmentId: string) =>
  `fd${createHash('sha256').update(appointmentId).digest('hex').slice(0, 40)}`;

interface GaxiosLike {
  status?: number;
  code?: string | number;
  message: string;
  response?: {
    status?: number;
    data?: unknown;
    headers?: Record<string, string> | { get?(name: string): string | null };
  };
}

function statusOf(err: GaxiosLike): number | undefined {
  const status = err.response?.status ?? err.status ?? (typeof err.code === 'number' ? err.code : undefined);
  return typeof status === 'number' ? status : undefined;
}

/** Google's errors into ours: a revoked grant and refused access will not pass; 429, 5xx and the network may. */
export function mapGoogleError(err: unknown): unknown {
  if (!(err instanceof Error) || err instanceof ProviderError || err instanceof ConfigError) return err;
  const e = err as GaxiosLike;
  const status = statusOf(e);
  const data = e.response?.data as { error?: unknown; error_description?: unknown } | undefined;
  if (data?.error === 'invalid_grant') {
    return new ProviderError(
      PROVIDER,
      'Google refused the stored access (invalid_grant): it was revoked or has expired',
      false,
      {
        status: status ?? 400,
        providerCode: 'invalid_grant',
        cause: err,
      },
    );
  }
  if (status === undefined) {
    return new ProviderError(PROVIDER, `Google Calendar could not be reached (${e.message.slice(0, 200)})`, true, {
      ambiguous: true,
      cause: err,
    });
  }
  const retryable = status === 429 || status >= 500;
  return new ProviderError(PROVIDER, `Google Calendar answered ${status}: ${e.message.slice(0, 200)}`, retryable, {
    status,
    cause: err,
  });
}

export function googleCalendarBackend(config: GoogleConfig): BookingBackendAdapter {
  const clients = new Map<string, Promise<calendar_v3.Calendar>>();

  /** One client per refresh token (per business), kept by the process: access tokens are reused until they expire. */
  function api(ctx: BackendContext): Promise<calendar_v3.Calendar> {
    const token = ctx.credentials.googleRefreshToken;
    if (!token) throw new ConfigError('Google Calendar is not connected for this business (no refresh token)');
    let client = clients.get(token);
    if (!client) {
      client = (async () => {
        const [{ calendar }, auth] = await Promise.all([import('@googleapis/calendar'), googleOAuthClient(config)]);
        auth.setCredentials({ refresh_token: token });
        return calendar({
          version: 'v3',
          auth,
          rootUrl: `${config.calendarUrl.replace(/\/+$/, '')}/`,
          retry: false,
          timeout: config.timeoutMs ?? 10_000,
        });
      })();
      clients.set(token, client);
    }
    return client;
  }

  const calendarIdOf = (ctx: BackendContext) =>
    ctx.backend.type === 'google-calendar' ? ctx.backend.calendarId : 'primary';

  function eventBody(ctx: BackendContext, a: Appointment, details: BookingDetails): calendar_v3.Schema$Event {
    const timeZone = ctx.business.profile.timezone;
    const who = [details.customerName, details.petName ? `(${details.petName})` : undefined].filter(Boolean).join(' ');
    return {
      summary: who ? `${details.serviceName} – ${who}` : details.serviceName,
      description: [
        `Booked through Frontdesk (appointment ${a.id}).`,
        details.phone ? `Phone: ${details.phone}` : undefined,
        a.deposit > 0 ? `Deposit: ${a.deposit} ${a.currency}` : undefined,
      ]
        .filter(Boolean)
        .join('\n'),
      start: { dateTime: a.start.toISOString(), timeZone },
      end: { dateTime: a.end.toISOString(), timeZone },
      // Not counted by free/busy: Frontdesk's own bookings are kept apart by its slot locks.
      transparency: 'transparent',
      status: 'confirmed',
      extendedProperties: { private: { frontdeskAppointmentId: a.id, frontdeskBusinessId: ctx.business.id } },
    };
  }

  return {
    type: 'google-calendar',
    authoritative: false,
    mirrors: true,

    async availability(ctx, query) {
      if (!ctx.credentials.googleRefreshToken) return { kind: 'hours', reason: 'Google Calendar is not connected' };
      const calendarId = calendarIdOf(ctx);
      const resources = ctx.business.settings.booking.resources.filter((r) => r.calendarId);
      try {
        const cal = await api(ctx);
        const { data } = await cal.freebusy.query({
          requestBody: {
            timeMin: query.from.toISOString(),
            timeMax: query.to.toISOString(),
            timeZone: 'UTC',
            items: [{ id: calendarId }, ...resources.map((r) => ({ id: r.calendarId! }))],
          },
        });
        const calendars = data.calendars ?? {};
        const own = calendars[calendarId];
        if (!own || own.errors?.length) {
          const reason = own?.errors?.map((e) => e.reason).join(', ') ?? 'missing from the answer';
          throw new ProviderError(PROVIDER, `free/busy for calendar ${calendarId} failed: ${reason}`, false, {
            status: 404,
          });
        }
        const busy = (list: calendar_v3.Schema$TimePeriod[] | undefined, resourceId?: string) =>
          (list ?? []).flatMap((p) =>
            p.start && p.end
              ? [{ start: new Date(p.start), end: new Date(p.end), ...(resourceId ? { resourceId } : {}) }]
              : [],
          );
        return {
          kind: 'busy',
          busy: [
            ...busy(own.busy),
            ...resources.flatMap((r) =>
              calendars[r.calendarId!]?.errors?.length ? [] : busy(calendars[r.calendarId!]?.busy, r.id),
            ),
          ],
        };
      } catch (err) {
        throw mapGoogleError(err);
      }
    },

    async upsert(ctx, appointment, details) {
      const cal = await api(ctx);
      const calendarId = calendarIdOf(ctx);
      const eventId = eventIdOf(appointment.id);
      const requestBody = eventBody(ctx, appointment, details);
      try {
        await cal.events.insert({ calendarId, sendUpdates: 'none', requestBody: { ...requestBody, id: eventId } });
      } catch (err) {
        // The id exists (a retried task, a reschedule, a booking confirmed again): update that event.
        if (statusOf(err as GaxiosLike) !== 409) throw mapGoogleError(err);
        try {
          await cal.events.update({ calendarId, eventId, sendUpdates: 'none', requestBody });
        } catch (again) {
          throw mapGoogleError(again);
        }
      }
      return { id: eventId };
    },

    async remove(ctx, appointment) {
      if (!ctx.credentials.googleRefreshToken) return;
      const cal = await api(ctx);
      try {
        await cal.events.delete({
          calendarId: calendarIdOf(ctx),
          eventId: eventIdOf(appointment.id),
          sendUpdates: 'none',
        });
      } catch (err) {
        const status = statusOf(err as GaxiosLike);
        if (status === 404 || status === 410) return;
        throw mapGoogleError(err);
      }
    },
  };
}
