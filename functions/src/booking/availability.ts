/**
 * Availability = working hours and closures ∩ the backend's free time ∩ no
 * Frontdesk appointment or live hold (the slot locks) — or, for a business
 * whose own booking system is the record, that system's start times.
 *
 * A calendar that cannot be asked (its access was revoked, it is down)
 * falls back to working hours: the owner is told in the diagnostics, and a
 * customer still gets real times (locks keep Frontdesk's own bookings
 * apart). A clinic system that cannot be asked fails the request instead:
 * offering times its schedule may refuse would be worse than a person.
 */
import { type Slot, availableSlots } from '../domain/booking/slots.js';
import type { Business } from '../domain/business.js';
import { addDays, zonedInstant } from '../domain/hours.js';
import { ProviderError } from '../errors.js';
import { occupancy } from '../store/booking.js';
import type { BackendAvailability, BackendContext } from './backends/backend.js';
import { credentialsOf } from './credentials.js';
import type { BookingDeps } from './deps.js';
import { noteIntegration, raiseAccessLost } from './diagnostics.js';
import { unitsOfResource } from '../domain/booking/units.js';

export interface SlotRequest {
  serviceId: string;
  variantId?: string | undefined;
  /** Local dates, inclusive. */
  from: string;
  to: string;
  resourceId?: string | undefined;
  limit?: number | undefined;
  /** An appointment being moved: its own time does not block the new one. */
  ignoreAppointment?: string | undefined;
}

const integrationOf = (type: string): 'google-calendar' | 'clinic-api' =>
  type === 'google-calendar' ? 'google-calendar' : 'clinic-api';

/** Whether a failure means the access itself is gone (not a passing outage). */
export function accessLost(err: unknown): boolean {
  return (
    err instanceof ProviderError &&
    !err.retryable &&
    (err.status === 401 || err.status === 403 || err.providerCode === 'invalid_grant')
  );
}

export async function backendContext(deps: BookingDeps, business: Business): Promise<BackendContext> {
  return {
    business,
    backend: business.settings.booking.backend,
    credentials: await credentialsOf(deps, business.id),
    now: deps.now(),
  };
}

async function askBackend(
  deps: BookingDeps,
  business: Business,
  request: SlotRequest,
  range: { from: Date; to: Date },
): Promise<BackendAvailability> {
  const settings = business.settings.booking.backend;
  const adapter = deps.backendFor(settings.type);
  if (settings.type === 'frontdesk') return { kind: 'hours' };
  const account = settings.type === 'google-calendar' ? settings.calendarId : new URL(settings.baseUrl).host;
  try {
    const answer = await adapter.availability(await backendContext(deps, business), {
      serviceId: request.serviceId,
      variantId: request.variantId,
      ...range,
    });
    await noteIntegration(deps, business.id, integrationOf(settings.type), account, { ok: true });
    return answer;
  } catch (err) {
    await noteIntegration(deps, business.id, integrationOf(settings.type), account, { ok: false, error: err });
    if (accessLost(err)) {
      await raiseAccessLost(
        deps,
        business.id,
        integrationOf(settings.type),
        `${settings.type === 'google-calendar' ? 'Google Calendar' : "The clinic's booking system"} refused Frontdesk's access: ${
          err instanceof Error ? err.message : String(err)
        }. Reconnect it; until then ${adapter.authoritative ? 'customers cannot book' : 'only working hours are used'}.`,
      );
    }
    if (adapter.authoritative) throw err;
    deps.log.warn('calendar unavailable, using working hours', { businessId: business.id, error: String(err) });
    return { kind: 'hours', reason: err instanceof Error ? err.message : String(err) };
  }
}

export async function findSlots(deps: BookingDeps, business: Business, request: SlotRequest): Promise<Slot[]> {
  const service = business.services.find((s) => s.id === request.serviceId && s.active);
  if (!service) return [];
  const tz = business.profile.timezone;
  const now = deps.now();
  // The instants the local dates cover, with a day's margin for buffers and time zones.
  const from = zonedInstant(addDays(request.from, -1), 0, tz);
  const to = zonedInstant(addDays(request.to, 2), 0, tz);
  const [occupied, backend] = await Promise.all([
    occupancy(deps.db, business.id, from, to, now, request.ignoreAppointment),
    askBackend(deps, business, request, {
      from: zonedInstant(request.from, 0, tz),
      to: zonedInstant(addDays(request.to, 1), 0, tz),
    }),
  ]);
  const slots = availableSlots({
    timezone: tz,
    hours: business.hours,
    holidays: business.holidays,
    booking: business.settings.booking,
    service,
    variantId: request.variantId,
    from: request.from,
    to: request.to,
    now,
    busy: backend.kind === 'busy' ? backend.busy : [],
    occupied,
    resourceId: request.resourceId,
    // The clinic's starts narrow the list afterwards, so the limit applies then.
    limit: backend.kind === 'starts' ? undefined : request.limit,
  });
  if (backend.kind !== 'starts') return slots;
  return narrowToStarts(slots, backend.starts, business).slice(0, request.limit);
}

/** Keeps the slots the clinic's system offers too, with only the rooms or staff it names for them. */
function narrowToStarts(slots: Slot[], starts: { start: Date; resourceId?: string | undefined }[], business: Business) {
  const byStart = new Map<number, Set<string | undefined>>();
  for (const s of starts) {
    const set = byStart.get(s.start.getTime()) ?? new Set();
    set.add(s.resourceId);
    byStart.set(s.start.getTime(), set);
  }
  const resources = business.settings.booking.resources;
  return slots.flatMap((slot) => {
    const named = byStart.get(slot.start.getTime());
    if (!named) return [];
    if (named.has(undefined)) return [slot];
    const units = new Set(resources.filter((r) => named.has(r.id)).flatMap((r) => unitsOfResource(r)));
    const options = slot.options.filter((option) => option.some((u) => units.has(u)));
    return options.length ? [{ ...slot, options }] : [];
  });
}

/** The slot starting at `start` (ISO), freshly computed: what a hold or a move locks. */
export async function slotAt(
  deps: BookingDeps,
  business: Business,
  request: Omit<SlotRequest, 'from' | 'to' | 'limit'> & { start: Date },
): Promise<Slot | undefined> {
  const tz = business.profile.timezone;
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(request.start);
  const slots = await findSlots(deps, business, { ...request, from: day, to: day });
  return slots.find((s) => s.start.getTime() === request.start.getTime());
}
