/**
 * A business's own booking system over REST (the laser clinic keeps its
 * schedule in one): it answers availability, and every confirmed booking is
 * created, moved and cancelled there. Configured per business in
 * `settings.booking.backend` (base URL, the path and method of each
 * endpoint, service and resource id mappings, a timeout); the bearer token
 * is in businessSecrets (`clinicApi.token`).
 *
 * The shape Frontdesk speaks (README, "Connecting a clinic's booking
 * system"):
 *   availability  ?serviceId=&from=&to=[&resourceId=]  → { slots: [{ start, resourceId? }] }
 *   create        { reference, serviceId, start, end, resourceId?, customer: { name, phone? }, notes? }
 *                 with Idempotency-Key: reference → { id }
 *   reschedule    { start, end, resourceId? } at {id}
 *   cancel        at {id}; 404 means already gone
 *   errors        { error: { code, message } }; 409 = the time is taken
 */
import { z } from 'zod';
import type { Appointment } from '../../domain/booking/appointment.js';
import type { BookingBackend } from '../../domain/booking/settings.js';
import { ConfigError, ProviderError } from '../../errors.js';
import { type ErrorExplanation, type HttpMethod, createHttpClient } from '../../vendor/http-client.js';
import { type BackendContext, type BookingBackendAdapter, SlotTakenError } from './backend.js';

type ClinicSettings = Extract<BookingBackend, { type: 'clinic-api' }>;
type Endpoint = ClinicSettings['endpoints']['create'];

const PROVIDER = 'clinic-api';
/** The shared vendor client: deadlines, capped answers, errors that say whether a retry can help. */
const http = createHttpClient();
const SERVICE = "the clinic's booking system";

const SlotsAnswer = z.union([
  z.object({ slots: z.array(z.object({ start: z.iso.datetime({ offset: true }), resourceId: z.string().nullish() })) }),
  z.array(z.object({ start: z.iso.datetime({ offset: true }), resourceId: z.string().nullish() })),
]);
const CreatedAnswer = z.object({ id: z.union([z.string().min(1), z.number()]) });

const ErrorBody = z.object({
  error: z.union([z.string(), z.object({ code: z.string().optional(), message: z.string().optional() })]),
});

/** Reads the documented error envelope; 409 is a taken slot whatever it says. */
function explain(json: unknown, status: number): ErrorExplanation {
  const parsed = ErrorBody.safeParse(json);
  const error = parsed.success ? parsed.data.error : undefined;
  const code = typeof error === 'string' ? error : error?.code;
  const message = typeof error === 'string' ? undefined : error?.message;
  if (status === 401 || status === 403)
    return {
      code: code ?? 'unauthorized',
      retryable: false,
      message: `${SERVICE} refused the token (${status})`,
      details: message,
    };
  return { code, details: message };
}

function settingsOf(ctx: BackendContext): ClinicSettings {
  if (ctx.backend.type !== 'clinic-api') throw new ConfigError('this business does not book through a clinic API');
  return ctx.backend;
}

function tokenOf(ctx: BackendContext): string {
  const token = ctx.credentials.clinicApiToken;
  if (!token) throw new ConfigError("no token for the clinic's booking system (businessSecrets clinicApi.token)");
  return token;
}

/** Their service id for ours: "service/variant" first, then the service, then ours as it is. */
export function clinicServiceId(settings: ClinicSettings, serviceId: string, variantId?: string): string {
  return (variantId && settings.serviceIds[`${serviceId}/${variantId}`]) || settings.serviceIds[serviceId] || serviceId;
}

function endpointUrl(settings: ClinicSettings, endpoint: Endpoint, id?: string): string {
  const path = id === undefined ? endpoint.path : endpoint.path.replaceAll('{id}', encodeURIComponent(id));
  return `${settings.baseUrl.replace(/\/+$/, '')}${path}`;
}

async function call(
  ctx: BackendContext,
  endpoint: Endpoint,
  options: { id?: string; query?: Record<string, string>; body?: unknown; idempotencyKey?: string },
): Promise<unknown> {
  const settings = settingsOf(ctx);
  const token = tokenOf(ctx);
  let url = endpointUrl(settings, endpoint, options.id);
  const method: HttpMethod = endpoint.method;
  let json = options.body;
  if (options.query) {
    // A GET (or DELETE) carries the query in the URL; a POST availability endpoint gets it as JSON.
    if (method === 'GET' || method === 'DELETE') url = `${url}?${new URLSearchParams(options.query).toString()}`;
    else json = { ...options.query, ...(json as object | undefined) };
  }
  return http.json({
    provider: PROVIDER,
    service: SERVICE,
    url,
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
    },
    ...(json !== undefined ? { json } : {}),
    timeoutMs: settings.timeoutMs,
    secrets: [token],
    explain,
  });
}

function mapped(err: unknown): unknown {
  if (err instanceof ProviderError && err.status === 409) {
    return new SlotTakenError(`${SERVICE} says the time is taken`, { cause: err });
  }
  return err;
}

export const clinicApiBackend: BookingBackendAdapter = {
  type: 'clinic-api',
  authoritative: true,
  mirrors: true,

  async availability(ctx, query) {
    const settings = settingsOf(ctx);
    const answer = await call(ctx, settings.endpoints.availability, {
      query: {
        serviceId: clinicServiceId(settings, query.serviceId, query.variantId),
        from: query.from.toISOString(),
        to: query.to.toISOString(),
      },
    });
    const parsed = SlotsAnswer.safeParse(answer);
    if (!parsed.success) {
      throw new ProviderError(PROVIDER, `${SERVICE} answered availability in an unexpected shape`, false);
    }
    const slots = Array.isArray(parsed.data) ? parsed.data : parsed.data.slots;
    const ours = new Map(Object.entries(settings.resourceIds).map(([mine, theirs]) => [theirs, mine]));
    return {
      kind: 'starts',
      starts: slots.map((s) => ({
        start: new Date(s.start),
        // A resource they name that we do not know narrows nothing.
        resourceId: s.resourceId ? ours.get(s.resourceId) : undefined,
      })),
    };
  },

  async upsert(ctx, appointment, details) {
    const settings = settingsOf(ctx);
    const resourceId = appointment.resourceId ? settings.resourceIds[appointment.resourceId] : undefined;
    const when = {
      start: appointment.start.toISOString(),
      end: appointment.end.toISOString(),
      ...(resourceId ? { resourceId } : {}),
    };
    try {
      if (appointment.external?.backend === 'clinic-api') {
        await call(ctx, settings.endpoints.reschedule, { id: appointment.external.id, body: when });
        return { id: appointment.external.id };
      }
      const answer = await call(ctx, settings.endpoints.create, {
        idempotencyKey: appointment.id,
        body: {
          reference: appointment.id,
          serviceId: clinicServiceId(settings, appointment.serviceId, appointment.variantId),
          ...when,
          customer: {
            name: details.customerName ?? appointment.customerName ?? 'Customer',
            ...(details.phone ? { phone: details.phone } : {}),
          },
          ...(details.petName ? { notes: `Pet: ${details.petName}` } : {}),
        },
      });
      const created = CreatedAnswer.safeParse(answer);
      if (!created.success) throw new ProviderError(PROVIDER, `${SERVICE} created a booking without an id`, false);
      return { id: String(created.data.id) };
    } catch (err) {
      throw mapped(err);
    }
  },

  async remove(ctx, appointment: Appointment) {
    if (appointment.external?.backend !== 'clinic-api') return;
    const settings = settingsOf(ctx);
    try {
      await call(ctx, settings.endpoints.cancel, { id: appointment.external.id });
    } catch (err) {
      if (err instanceof ProviderError && (err.status === 404 || err.status === 410)) return;
      throw err;
    }
  },
};
