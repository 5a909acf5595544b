/**
 * Booking tasks: the vendor calls a booking change implies — a deposit's
 * Checkout session, a refund, the calendar event or the clinic system's
 * booking, ending a checkout. Written in the change's transaction
 * (effects.ts), run right after its commit by whoever made the change, and
 * by the sweep when that did not finish. Each is a work item (claimed in a
 * transaction, leased, retried with backoff, failed visibly) and each vendor
 * call carries the task's id as its idempotency key or its own stable id,
 * so a retry after a timeout never charges, refunds or books twice.
 */
import { noticeLanguage, noticeText } from '../domain/booking/notices.js';
import { type WorkPolicy, afterFailure } from '../domain/work-state.js';
import { ConfigError, ProviderError, describeError } from '../errors.js';
import { loadBusinessContext } from '../pipeline/business-context.js';
import { raiseNotification } from '../pipeline/notifications.js';
import { appointmentOf } from '../store/booking.js';
import { at, defs } from '../store/collections.js';
import { group } from '../store/database.js';
import type { AppointmentDoc, BookingTaskDoc } from '../store/documents.js';
import { type WorkKind, claimWorkItem, workFields } from '../store/work-item.js';
import { SlotTakenError } from './backends/backend.js';
import { backendContext } from './availability.js';
import { changeAppointment } from './changes.js';
import { stripeAccountOf } from './credentials.js';
import { writeCustomerMessage } from './customer-messages.js';
import type { BookingDeps } from './deps.js';
import { noticeValues, serviceName } from './describe.js';
import { noteIntegration } from './diagnostics.js';
import type { StoredTask } from './effects.js';

export const TASK_POLICY: WorkPolicy = { leaseMs: 60_000, maxAttempts: 6 };
const TASK_RETRY = { maxAttempts: TASK_POLICY.maxAttempts, baseDelayMs: 15_000, maxDelayMs: 30 * 60_000 };

export const TASK_WORK: WorkKind<BookingTaskDoc> = {
  name: 'booking-task',
  policy: TASK_POLICY,
  prefix: '',
  activeState: 'running',
  view: (t) => ({
    phase:
      t.state === 'pending' ? 'pending' : t.state === 'running' ? 'active' : t.state === 'retry' ? 'retry' : 'finished',
    state: t.state,
    attempts: t.attempts,
    leaseUntilMs: t.leaseUntil?.getTime(),
    nextAttemptAtMs: t.nextAttemptAt?.getTime(),
  }),
};

export const taskGroup = () => group(defs.bookingTasks);

export type TaskOutcome =
  | { result: 'done'; note?: string }
  | { result: 'retry'; reason: string; nextAttemptAt: Date }
  | { result: 'failed'; reason: string }
  | { result: 'skipped'; why: string };

export async function runBookingTask(deps: BookingDeps, businessId: string, taskId: string): Promise<TaskOutcome> {
  const ref = at.bookingTask(businessId, taskId);
  const claim = await claimWorkItem(deps.db, ref, TASK_WORK, deps.now());
  if (!claim.claimed) {
    if (claim.giveUp && claim.doc) {
      const reason = 'the step did not finish after every attempt (the worker stopped or timed out)';
      await finish(deps, businessId, taskId, claim.doc, { failed: reason });
      return { result: 'failed', reason };
    }
    return { result: 'skipped', why: claim.why };
  }
  const task = claim.doc as StoredTask;
  try {
    const note = await perform(deps, businessId, taskId, task);
    await finish(deps, businessId, taskId, task, { done: note });
    return { result: 'done', ...(note ? { note } : {}) };
  } catch (err) {
    const reason = describeError(err);
    const retryable = err instanceof ProviderError ? err.retryable : !(err instanceof ConfigError);
    const next = afterFailure(claim.attempts, retryable, deps.now().getTime(), TASK_RETRY, undefined, Math.random());
    if (next.state === 'retry') {
      const nextAttemptAt = new Date(next.nextAttemptAtMs);
      await deps.db.transaction(async (tx) => {
        const current = await tx.get(ref);
        if (current?.state !== 'running' || current.attempts !== claim.attempts) return;
        tx.update(ref, {
          ...workFields<BookingTaskDoc>('', { state: 'retry', nextAttemptAt }),
          lastError: { message: reason, retryable: true },
        });
      });
      deps.log.warn('booking task failed, will retry', { businessId, taskId, kind: task.kind, reason });
      return { result: 'retry', reason, nextAttemptAt };
    }
    deps.log.error('booking task failed', { businessId, taskId, kind: task.kind, reason });
    await finish(deps, businessId, taskId, task, { failed: reason });
    return { result: 'failed', reason };
  }
}

async function finish(
  deps: BookingDeps,
  businessId: string,
  taskId: string,
  task: BookingTaskDoc,
  outcome: { done?: string | undefined; failed?: string },
) {
  const ref = at.bookingTask(businessId, taskId);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const current = await tx.get(ref);
    if (current?.state !== 'running') return;
    if (outcome.failed === undefined) {
      tx.update(ref, {
        ...workFields<BookingTaskDoc>('', { state: 'done', finished: true }),
        doneAt: now,
        lastError: null,
      });
      return;
    }
    tx.update(ref, {
      ...workFields<BookingTaskDoc>('', { state: 'failed', finished: true }),
      lastError: { message: outcome.failed, retryable: false },
    });
    // Staff see every booking step that failed for good, with the reason: they take it from there.
    raiseNotification(tx, businessId, {
      kind: 'booking_failed',
      reason: `${TASK_TITLES[task.kind]} failed for appointment ${task.appointmentId}: ${outcome.failed}`,
      subject: { kind: 'appointment', id: task.appointmentId },
      subjectId: `task-${taskId}`,
      createdAt: now,
    });
  });
}

const TASK_TITLES: Record<BookingTaskDoc['kind'], string> = {
  payment: 'The deposit link',
  refund: 'A refund',
  calendar: 'The calendar',
  expire_checkout: 'Closing the deposit link',
};

/** Does the task's vendor call; returns a note for the log, or throws. */
async function perform(
  deps: BookingDeps,
  businessId: string,
  taskId: string,
  task: StoredTask,
): Promise<string | undefined> {
  const stored = await deps.db.get(at.appointment(businessId, task.appointmentId));
  if (!stored) return 'the appointment is gone';
  switch (task.kind) {
    case 'payment':
      return createCheckout(deps, businessId, taskId, task, stored);
    case 'refund':
      return refund(deps, businessId, taskId, task, stored);
    case 'calendar':
      return mirror(deps, businessId, task, stored);
    case 'expire_checkout': {
      if (!deps.payments) return 'no payment provider';
      const account = stored.checkout?.account ?? (await stripeAccountOf(deps, businessId));
      if (!account) return 'no payment account';
      await deps.payments.expireCheckout({ account, sessionId: task.sessionId });
      return undefined;
    }
  }
}

function paymentsOrFail(deps: BookingDeps) {
  if (!deps.payments)
    throw new ConfigError('deposits need a payment provider, and this deployment has none (STRIPE_SECRET_KEY)');
  return deps.payments;
}

async function accountOrFail(deps: BookingDeps, businessId: string): Promise<string> {
  const account = await stripeAccountOf(deps, businessId);
  if (!account)
    throw new ConfigError(`business ${businessId} has no Stripe account connected (businessSecrets stripe.accountId)`);
  return account;
}

async function createCheckout(
  deps: BookingDeps,
  businessId: string,
  taskId: string,
  task: Extract<StoredTask, { kind: 'payment' }>,
  stored: AppointmentDoc,
): Promise<string | undefined> {
  if (stored.status !== 'awaiting_payment') return `no deposit awaited (${stored.status})`;
  if (stored.checkout && stored.checkout.expiresAt > deps.now()) return 'a checkout is already open';
  const payments = paymentsOrFail(deps);
  const account = await accountOrFail(deps, businessId);
  const business = await loadBusinessContext(deps, businessId);
  const a = appointmentOf(stored);
  const language = business.profile.languages[0] ?? 'en';
  const back = business.profile.website ?? deps.publicUrl;
  const checkout = await payments.createCheckout({
    account,
    businessId,
    appointmentId: a.id,
    amount: task.amount,
    currency: task.currency,
    description: `${business.profile.name}: ${serviceName(business, a, language)}`,
    expiresAt: task.expiresAt,
    successUrl: back,
    cancelUrl: back,
    locale: language,
    idempotencyKey: taskId,
  });
  await deps.db.transaction(async (tx) => {
    const current = await tx.get(at.appointment(businessId, a.id));
    if (!current || current.status !== 'awaiting_payment') return;
    const conversation =
      task.notify && current.conversationId
        ? await tx.get(at.conversation(businessId, current.conversationId))
        : undefined;
    tx.update(at.appointment(businessId, a.id), {
      checkout: {
        sessionId: checkout.sessionId,
        url: checkout.url,
        amount: task.amount,
        expiresAt: checkout.expiresAt,
        account,
      },
    });
    if (conversation && current.conversationId) {
      const lang = noticeLanguage(conversation.language, business.profile.languages);
      const text = noticeText(
        'awaiting_payment',
        lang,
        noticeValues(business, appointmentOf(current), lang, {
          url: checkout.url,
          until: current.paymentExpiresAt ?? undefined,
        }),
      );
      writeCustomerMessage(
        tx,
        businessId,
        current.conversationId,
        conversation,
        `${taskId}-link`,
        { text },
        deps.now(),
      );
    }
  });
  return undefined;
}

async function refund(
  deps: BookingDeps,
  businessId: string,
  taskId: string,
  task: Extract<StoredTask, { kind: 'refund' }>,
  stored: AppointmentDoc,
): Promise<string | undefined> {
  const owed = stored.refunds[task.refundIndex];
  if (!owed) return 'no such refund';
  if (owed.reference) return 'already refunded';
  const payments = paymentsOrFail(deps);
  const account = stored.checkout?.account ?? (await accountOrFail(deps, businessId));
  const made = await payments.refund({
    account,
    businessId,
    appointmentId: stored.id,
    paymentReference: owed.paymentReference,
    amount: owed.amount,
    currency: stored.currency,
    idempotencyKey: taskId,
  });
  await deps.db.transaction(async (tx) => {
    const ref = at.appointment(businessId, stored.id);
    const current = await tx.get(ref);
    if (!current?.refunds[task.refundIndex] || current.refunds[task.refundIndex]!.reference) return;
    const refunds = current.refunds.map((r, i) => (i === task.refundIndex ? { ...r, reference: made.id } : r));
    tx.update(ref, { refunds });
  });
  return undefined;
}

/** The calendar event or the clinic system's booking follows the appointment. */
async function mirror(
  deps: BookingDeps,
  businessId: string,
  task: Extract<StoredTask, { kind: 'calendar' }>,
  stored: AppointmentDoc,
): Promise<string | undefined> {
  const business = await loadBusinessContext(deps, businessId);
  const settings = business.settings.booking.backend;
  const adapter = deps.backendFor(settings.type);
  const a = appointmentOf(stored);
  const ctx = await backendContext(deps, business);
  const integration = settings.type === 'google-calendar' ? 'google-calendar' : 'clinic-api';
  const account =
    settings.type === 'google-calendar'
      ? settings.calendarId
      : settings.type === 'clinic-api'
        ? new URL(settings.baseUrl).host
        : '';
  // The state now decides, not the state when the task was written: a booking cancelled since is removed.
  const wanted = a.status === 'confirmed' || (a.status === 'pending_approval' && a.pending?.returnTo === 'confirmed');
  try {
    if (task.op === 'delete' || !wanted) {
      await adapter.remove(ctx, a);
      await noteIntegration(deps, businessId, integration, account, { ok: true });
      return task.op === 'delete' ? undefined : `not booked any more (${a.status})`;
    }
    const language = business.profile.languages[0] ?? 'en';
    const pet = a.petId ? await deps.db.get(at.pet(businessId, a.contactId, a.petId)) : undefined;
    const contact = await deps.db.get(at.contact(businessId, a.contactId));
    const made = await adapter.upsert(ctx, a, {
      serviceName: serviceName(business, a, language),
      customerName: a.customerName ?? contact?.client?.name ?? contact?.name ?? undefined,
      petName: pet?.name,
      phone: contact?.client?.phone,
    });
    await noteIntegration(deps, businessId, integration, account, { ok: true });
    if (made && made.id !== a.external?.id) {
      await deps.db.update(at.appointment(businessId, a.id), { external: { backend: settings.type, id: made.id } });
    }
    return undefined;
  } catch (err) {
    await noteIntegration(deps, businessId, integration, account, { ok: false, error: err });
    if (err instanceof SlotTakenError && adapter.authoritative && a.status === 'confirmed' && !a.external) {
      // The business's own system is the record and refused the time: the booking cannot stand.
      const cancelled = await changeAppointment(deps, business, a.id, (_x, now) => ({
        type: 'cancel',
        at: now,
        by: 'system',
        note: "the clinic's booking system refused the time",
      }));
      if (cancelled.ok) await runTasks(deps, businessId, cancelled.tasks);
      return 'refused by the booking system: cancelled';
    }
    throw err;
  }
}

/** Runs the tasks a change wrote, one after the other (a failure is left to the sweep). */
export async function runTasks(
  deps: BookingDeps,
  businessId: string,
  taskIds: readonly string[],
): Promise<TaskOutcome[]> {
  const outcomes: TaskOutcome[] = [];
  for (const id of taskIds) outcomes.push(await runBookingTask(deps, businessId, id));
  return outcomes;
}
