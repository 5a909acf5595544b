/**
 * POST /webhook/stripe — the platform's Connect endpoint: one webhook hears
 * the Checkout sessions of every business's connected account.
 *
 * Verify (Stripe-Signature over the raw bytes, with the timestamp
 * tolerance) → parse (zod) → store the event under its id (a redelivery
 * finds it and changes nothing) → handle it → 200. Handling is one booking
 * transaction, so it is done at once; if it fails the event is already
 * stored and the sweep handles it (stripeEventWork). Only a failure to store
 * answers 500, so that Stripe delivers again.
 *
 *   checkout.session.completed (paid), checkout.session.async_payment_succeeded
 *       → payment_received: the booking is confirmed (or a late payment refunded)
 *   checkout.session.expired → payment_expired: the slot is released
 *
 * A session names its business and appointment in its metadata (we set it);
 * the event's connected account must be that business's, so one business's
 * account can never move another's bookings.
 */
import { z } from 'zod';
import { type WorkPolicy, afterFailure } from '../../domain/work-state.js';
import { ConfigError, StoreError, ValidationError, AuthenticationError, describeError } from '../../errors.js';
import { errorBody, json } from '../../http/json.js';
import type { RawRequest, RawResponse } from '../../http/raw-request.js';
import { loadBusinessContext } from '../../pipeline/business-context.js';
import { at, defs } from '../../store/collections.js';
import { group } from '../../store/database.js';
import type { StripeEventDoc } from '../../store/documents.js';
import { type WorkKind, claimWorkItem, newWork, workFields } from '../../store/work-item.js';
import { changeAppointment } from '../changes.js';
import { stripeAccountOf } from '../credentials.js';
import type { BookingDeps } from '../deps.js';
import { runTasks } from '../tasks.js';
import { fromMinor } from './payments.js';
import { STRIPE_SIGNATURE_HEADER, verifyStripeSignature } from './stripe-signature.js';

const HANDLED = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.expired',
]);
const MAX_BODY_BYTES = 512 * 1024;

const Session = z.object({
  id: z.string().min(1).max(255),
  object: z.literal('checkout.session'),
  payment_intent: z.union([z.string(), z.object({ id: z.string() })]).nullish(),
  payment_status: z.string().nullish(),
  amount_total: z.number().int().nonnegative().nullish(),
  currency: z.string().nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
});

const Event = z.object({
  id: z.string().regex(/^evt_[A-Za-z0-9_]{1,250}$/),
  object: z.literal('event'),
  type: z.string().min(1).max(200),
  account: z.string().nullish(),
  created: z.number().int(),
  livemode: z.boolean(),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});

export interface StripeWebhookConfig {
  webhookSecret: string | undefined;
  toleranceSeconds?: number | undefined;
}

export async function handleStripeWebhook(
  deps: BookingDeps,
  config: StripeWebhookConfig,
  request: RawRequest,
): Promise<RawResponse> {
  if (request.method !== 'POST') return errorBody(405, 'method_not_allowed', 'Stripe sends webhooks with POST.');
  if (request.rawBody.length > MAX_BODY_BYTES) return errorBody(413, 'too_large', `Body over ${MAX_BODY_BYTES} bytes.`);
  try {
    verifyStripeSignature(
      request.rawBody,
      request.headers[STRIPE_SIGNATURE_HEADER],
      config.webhookSecret,
      deps.now(),
      config.toleranceSeconds,
    );
  } catch (err) {
    if (err instanceof AuthenticationError) return errorBody(err.httpStatus, err.code, err.message);
    if (err instanceof ConfigError) return errorBody(500, err.code, err.message);
    throw err;
  }
  let event: z.infer<typeof Event>;
  try {
    event = Event.parse(JSON.parse(request.rawBody.toString('utf8')));
  } catch {
    // Authentic but unreadable: Stripe would keep sending it; say why, once.
    deps.log.warn('stripe webhook: unreadable event', { bytes: request.rawBody.length });
    return errorBody(400, 'invalid_event', 'The body is not a Stripe event.');
  }
  if (!HANDLED.has(event.type)) return json(200, { received: true, handled: false });

  const session = Session.safeParse(event.data.object);
  const metadata = session.success ? (session.data.metadata ?? {}) : {};
  const doc: StripeEventDoc = {
    type: event.type,
    account: event.account ?? null,
    businessId: metadata.businessId ?? null,
    appointmentId: metadata.appointmentId ?? null,
    session: session.success
      ? {
          id: session.data.id,
          paymentIntent:
            typeof session.data.payment_intent === 'string'
              ? session.data.payment_intent
              : (session.data.payment_intent?.id ?? null),
          amountTotal: session.data.amount_total ?? null,
          currency: session.data.currency ?? null,
          paymentStatus: session.data.payment_status ?? null,
        }
      : null,
    livemode: event.livemode,
    created: new Date(event.created * 1000),
    state: 'pending',
    receivedAt: deps.now(),
    ...newWork(deps.now()),
  };
  try {
    await deps.db.create(at.stripeEvent(event.id), doc);
  } catch (err) {
    if (!(err instanceof StoreError && err.kind === 'already-exists')) {
      deps.log.error('stripe webhook: could not store the event', { eventId: event.id, error: describeError(err) });
      return errorBody(500, 'store_failed', 'The event could not be stored; Stripe will deliver it again.');
    }
  }
  const outcome = await processStripeEvent(deps, event.id).catch((err: unknown) => {
    // Stored: the sweep takes it from here.
    deps.log.warn('stripe webhook: handling failed, left for the sweep', {
      eventId: event.id,
      error: describeError(err),
    });
    return { result: 'retry' as const, why: describeError(err) };
  });
  return json(200, { received: true, ...outcome });
}

const EVENT_POLICY: WorkPolicy = { leaseMs: 60_000, maxAttempts: 8 };
const EVENT_RETRY = { maxAttempts: EVENT_POLICY.maxAttempts, baseDelayMs: 30_000, maxDelayMs: 60 * 60_000 };

export const STRIPE_EVENT_WORK: WorkKind<StripeEventDoc> = {
  name: 'stripe-event',
  policy: EVENT_POLICY,
  prefix: '',
  activeState: 'processing',
  view: (e) => ({
    phase:
      e.state === 'pending'
        ? 'pending'
        : e.state === 'processing'
          ? 'active'
          : e.state === 'retry'
            ? 'retry'
            : 'finished',
    state: e.state,
    attempts: e.attempts,
    leaseUntilMs: e.leaseUntil?.getTime(),
    nextAttemptAtMs: e.nextAttemptAt?.getTime(),
  }),
};

export const stripeEventGroup = () => group(defs.stripeEvents);

export type EventOutcome = { result: 'done' | 'ignored' | 'duplicate' | 'retry' | 'failed'; why?: string };

/** Handles a stored event (the webhook right away, the sweep for any left over). */
export async function processStripeEvent(deps: BookingDeps, eventId: string): Promise<EventOutcome> {
  const ref = at.stripeEvent(eventId);
  const claim = await claimWorkItem(deps.db, ref, STRIPE_EVENT_WORK, deps.now());
  if (!claim.claimed) {
    if (claim.giveUp) {
      await settle(deps, eventId, 'failed', 'out of attempts');
      return { result: 'failed', why: 'out of attempts' };
    }
    return { result: 'duplicate', why: claim.why };
  }
  const event = claim.doc;
  try {
    const ignored = await apply(deps, event);
    await settle(deps, eventId, ignored ? 'ignored' : 'done', ignored ?? null);
    return ignored ? { result: 'ignored', why: ignored } : { result: 'done' };
  } catch (err) {
    const why = describeError(err);
    const retryable = !(err instanceof ValidationError || err instanceof ConfigError);
    const next = afterFailure(claim.attempts, retryable, deps.now().getTime(), EVENT_RETRY, undefined, Math.random());
    if (next.state === 'retry') {
      await deps.db.update(ref, {
        ...workFields<StripeEventDoc>('', { state: 'retry', nextAttemptAt: new Date(next.nextAttemptAtMs) }),
        reason: why,
      });
      return { result: 'retry', why };
    }
    await settle(deps, eventId, 'failed', why);
    return { result: 'failed', why };
  }
}

async function settle(deps: BookingDeps, eventId: string, state: 'done' | 'ignored' | 'failed', reason: string | null) {
  await deps.db.update(at.stripeEvent(eventId), {
    ...workFields<StripeEventDoc>('', { state, finished: true }),
    reason,
  });
}

/** Applies the event to its appointment; returns why it was ignored, if it was. */
async function apply(deps: BookingDeps, event: StripeEventDoc): Promise<string | undefined> {
  const { businessId, appointmentId, session } = event;
  if (!businessId || !appointmentId || !session)
    return 'not a Frontdesk deposit (no businessId / appointmentId in its metadata)';
  if (!(await deps.db.get(at.business(businessId)))) return `no business ${businessId}`;
  const account = await stripeAccountOf(deps, businessId);
  if (!account || account !== event.account) {
    deps.log.warn('stripe event from another account', { businessId, account: event.account });
    return `the event's account is not ${businessId}'s`;
  }
  const business = await loadBusinessContext(deps, businessId);
  const paid = event.type !== 'checkout.session.expired';
  if (paid && session.paymentStatus !== 'paid') return `payment status ${session.paymentStatus}`;
  const result = await changeAppointment(deps, business, appointmentId, (_a, now) =>
    paid
      ? {
          type: 'payment_received',
          at: now,
          amount: fromMinor(session.amountTotal ?? 0, (session.currency ?? business.profile.currency).toUpperCase()),
          reference: session.paymentIntent ?? session.id,
        }
      : { type: 'payment_expired', at: now, reported: true },
  );
  if (!result.ok) {
    // An expiry for a booking that was paid or cancelled meanwhile is old news.
    if (result.reason === 'wrong_status' || result.reason === 'not_found') return `${result.reason}: ${result.message}`;
    throw new ValidationError(`stripe event refused: ${result.message}`);
  }
  await runTasks(deps, businessId, result.tasks);
  return undefined;
}
