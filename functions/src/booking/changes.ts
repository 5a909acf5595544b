/**
 * Hold → book → reschedule → cancel (and approve, decline, payments,
 * expiry): each a Firestore transaction over the appointment and its slot
 * lock documents, so two customers can never get the same slot
 * (docs/booking.md, "Slot locks"). In one transaction:
 *
 *   read the appointment, its conversation and every lock document it
 *   may touch (one round trip) → check the new time's locks (planLock) →
 *   the lifecycle's transition → the locks as the new state says → the
 *   appointment → the effects' writes (tasks, reminders, notifications,
 *   the customer's message).
 *
 * A transaction may run more than once, so nothing here calls a vendor: the
 * tasks it writes do that after the commit (tasks.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Appointment } from '../domain/booking/appointment.js';
import {
  type AppointmentEvent,
  type LifecyclePolicy,
  type Placement,
  type Refusal,
  createHold,
  transition,
} from '../domain/booking/lifecycle.js';
import { type LockRequest, keysToRead, planLock } from '../domain/booking/locks.js';
import type { Slot } from '../domain/booking/slots.js';
import type { Business } from '../domain/business.js';
import { StoreError } from '../errors.js';
import { LockTable, appointmentDoc, appointmentOf } from '../store/booking.js';
import { at } from '../store/collections.js';
import type { AppointmentDoc } from '../store/documents.js';
import type { BookingDeps } from './deps.js';
import { writeEffects } from './effects.js';
import { reconcileLocks } from './lock-state.js';

export const policyOf = (business: Business): LifecyclePolicy => ({
  timezone: business.profile.timezone,
  booking: business.settings.booking,
});

export type ChangeRefusal = Refusal | 'not_found' | 'not_yours' | 'taken';

export type ChangeResult =
  | { ok: true; appointment: AppointmentDoc; tasks: string[]; changed: boolean }
  | { ok: false; reason: ChangeRefusal; message: string; appointment?: AppointmentDoc | undefined };

export interface HoldRequest {
  /** Deterministic when the caller wants a retried hold to find its own (the assistant: per message). */
  appointmentId?: string | undefined;
  serviceId: string;
  variantId?: string | undefined;
  /** The slot, as availability computed it just now. */
  slot: Slot;
  contactId: string;
  conversationId?: string | undefined;
  customerName?: string | undefined;
  source: Appointment['source'];
  by: Appointment['history'][number]['by'];
}

export type HoldResult =
  { ok: true; appointment: AppointmentDoc } | { ok: false; reason: 'taken' | Refusal; message: string };

/** Whether contention outlasted the transaction's retries: for a hold, someone else got there first. */
const contended = (err: unknown) => err instanceof StoreError && err.kind === 'aborted';

export async function holdSlot(deps: BookingDeps, business: Business, request: HoldRequest): Promise<HoldResult> {
  const service = business.services.find((s) => s.id === request.serviceId);
  if (!service) return { ok: false, reason: 'unknown_variant', message: `no service "${request.serviceId}"` };
  const id = request.appointmentId ?? randomUUID();
  const { slot } = request;
  try {
    return await deps.db.transaction(async (tx): Promise<HoldResult> => {
      const now = deps.now();
      const ref = at.appointment(business.id, id);
      const lockRequest: LockRequest = {
        appointmentId: id,
        span: { start: slot.occupiedStart, end: slot.occupiedEnd },
        options: slot.options,
        expiresAt: new Date(now.getTime() + business.settings.booking.holdMinutes * 60_000),
        now,
      };
      const [existing] = await tx.getAll([ref]);
      if (existing) {
        // The same hold asked again (a retried tool call): it stands if it is the same slot and still live.
        const same = existing.start.getTime() === slot.start.getTime() && existing.status === 'held';
        return same
          ? { ok: true, appointment: existing }
          : { ok: false, reason: 'wrong_status', message: `appointment ${id} already exists` };
      }
      const table = await LockTable.read(tx, business.id, keysToRead(lockRequest));
      const plan = planLock(lockRequest, table.read);
      if (!plan.ok) return { ok: false, reason: 'taken', message: 'someone else holds this time' };
      const created = createHold({
        id,
        service,
        variantId: request.variantId,
        start: slot.start,
        units: plan.units,
        lockKeys: plan.keys,
        contactId: request.contactId,
        customerName: request.customerName,
        currency: business.profile.currency,
        source: request.source,
        conversationId: request.conversationId,
        by: request.by,
        now,
        holdMinutes: business.settings.booking.holdMinutes,
      });
      if (!created.ok) return { ok: false, reason: created.refusal, message: created.message };
      table.apply(plan.writes);
      table.write(tx);
      const doc = appointmentDoc(created.appointment);
      tx.create(ref, doc);
      return { ok: true, appointment: doc };
    });
  } catch (err) {
    if (contended(err)) return { ok: false, reason: 'taken', message: 'too many customers at once for this time' };
    throw err;
  }
}

export interface ChangeOptions {
  /** The customer hears the outcome in this turn's reply: no separate message. */
  quiet?: boolean | undefined;
  /** Only this contact's appointment may change (the customer's own requests). */
  contactId?: string | undefined;
  /** Set on the appointment with the change (the name to book under, the pet). */
  patch?: Partial<Pick<Appointment, 'customerName' | 'petId'>> | undefined;
}

/**
 * Applies one lifecycle event in a transaction. `move`, for a reschedule,
 * is the new slot: its locks are checked and taken in the same transaction.
 */
export async function changeAppointment(
  deps: BookingDeps,
  business: Business,
  appointmentId: string,
  event: (a: Appointment, now: Date) => AppointmentEvent,
  options: ChangeOptions & { move?: Slot | undefined } = {},
): Promise<ChangeResult> {
  const backend = deps.backendFor(business.settings.booking.backend.type);
  try {
    return await deps.db.transaction(async (tx): Promise<ChangeResult> => {
      const now = deps.now();
      const ref = at.appointment(business.id, appointmentId);
      const stored = await tx.get(ref);
      if (!stored) return { ok: false, reason: 'not_found', message: `no appointment ${appointmentId}` };
      if (options.contactId !== undefined && stored.contactId !== options.contactId) {
        return { ok: false, reason: 'not_yours', message: 'this appointment belongs to someone else' };
      }
      const before = appointmentOf(stored);
      const conversation = before.conversationId
        ? await tx.get(at.conversation(business.id, before.conversationId))
        : undefined;
      const move = options.move;
      const moveRequest: LockRequest | undefined = move && {
        appointmentId,
        span: { start: move.occupiedStart, end: move.occupiedEnd },
        options: move.options,
        expiresAt: before.status === 'awaiting_payment' ? before.paymentExpiresAt : null,
        now,
      };
      const keys = [
        ...before.lockKeys,
        ...(before.pending?.proposed?.lockKeys ?? []),
        ...(moveRequest ? keysToRead(moveRequest) : []),
      ];
      const table = await LockTable.read(tx, business.id, keys);

      let placement: Placement | undefined;
      if (moveRequest && move) {
        const plan = planLock(moveRequest, table.read);
        if (!plan.ok)
          return { ok: false, reason: 'taken', message: 'someone else holds the new time', appointment: stored };
        placement = { start: move.start, end: move.end, units: plan.units, lockKeys: plan.keys };
      }
      const subject = { ...before, ...options.patch };
      const made = event(subject, now);
      const result = transition(
        subject,
        made.type === 'reschedule' && placement ? { ...made, to: placement } : made,
        policyOf(business),
      );
      if (!result.ok) return { ok: false, reason: result.refusal, message: result.message, appointment: stored };
      const after = result.appointment;
      const changed = after !== subject || result.effects.length > 0;
      if (!changed) return { ok: true, appointment: stored, tasks: [], changed: false };

      reconcileLocks(after, table, keys, now);
      table.write(tx);
      const writes = writeEffects(tx, {
        business,
        before,
        after,
        effects: result.effects,
        conversation,
        quiet: options.quiet ?? false,
        mirrors: backend.mirrors,
        openCheckout: stored.checkout && !stored.payments.length ? stored.checkout.sessionId : undefined,
        now,
      });
      const doc = appointmentDoc(after, {
        checkout: stored.checkout,
        reminderIds: writes.reminderIds ?? stored.reminderIds,
        attendanceConfirmedAt: stored.attendanceConfirmedAt,
      });
      tx.set(ref, doc);
      return { ok: true, appointment: doc, tasks: writes.tasks, changed: true };
    });
  } catch (err) {
    if (contended(err) && options.move) {
      return { ok: false, reason: 'taken', message: 'too many customers at once for this time' };
    }
    throw err;
  }
}
