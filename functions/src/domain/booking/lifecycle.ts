/**
 * The appointment state machine: `createHold`, then `transition(appointment,
 * event, policy)` for every later move. Pure: the result is the next
 * appointment and the *effects* the pipeline must carry out (release locks,
 * ask for a deposit, refund, tell the customer, …), or a refusal that says
 * why. Applying the same event twice is refused or changes nothing, so a
 * redelivered webhook or a button pressed twice is harmless.
 *
 *   hold ─book─▶ pending_approval ─approve─▶ awaiting_payment ─paid─▶ confirmed
 *     │            (approval rules)             (deposit)                │
 *     │                  └────────────── (neither) ───────────────────▶│
 *     └─ hold_expired / payment_expired / decline / cancel ─▶ cancelled   ├─▶ completed
 *                                                                         ├─▶ no_show
 *   confirmed ─reschedule / cancel─▶ (late and approval on) pending_approval ─▶ confirmed | cancelled
 *
 * Locks (locks.ts) are taken in the same transaction as `createHold` and a
 * `reschedule` event (the event carries the new units and keys); every
 * other lock change is an effect.
 */
import type { Service } from '../business.js';
import type { Actor, Appointment, ApprovalReason, PendingApproval, Refund } from './appointment.js';
import {
  MINUTE,
  afterApproval,
  approve,
  cancel,
  cancelled,
  decline,
  moved,
  paymentReceived,
  refuse,
  reschedule,
} from './lifecycle-steps.js';
import { termsOf } from './offer.js';
import { bookingApprovalReasons } from './policy.js';
import type { BookingSettings } from './settings.js';
import { resourceOfUnit } from './units.js';

export interface Placement {
  start: Date;
  end: Date;
  units: string[];
  lockKeys: string[];
}

export type AppointmentEvent =
  | { type: 'book'; at: Date; by: Actor }
  | { type: 'approve'; at: Date; by: Actor; note?: string }
  | { type: 'decline'; at: Date; by: Actor; note?: string }
  | { type: 'payment_received'; at: Date; amount: number; reference: string }
  /** `reported`: the payment provider says the checkout expired (trusted over our clock's skew). */
  | { type: 'payment_expired'; at: Date; reported?: boolean }
  | { type: 'hold_expired'; at: Date }
  | { type: 'reschedule'; at: Date; by: Actor; to: Placement }
  | { type: 'cancel'; at: Date; by: Actor; note?: string }
  | { type: 'complete'; at: Date; by: Actor }
  | { type: 'no_show'; at: Date; by: Actor };

export type CustomerNotice =
  | 'confirmed'
  | 'pending_approval'
  | 'awaiting_payment'
  | 'declined'
  | 'cancelled'
  | 'rescheduled'
  | 'payment_expired'
  | 'change_pending'
  | 'change_declined'
  | 'refund_pending'
  | 'refund_declined';
export type StaffNotice = 'new_booking' | 'cancelled' | 'rescheduled' | 'no_show';

export type Effect =
  /** Set the expiry of the appointment's lock entries (null: keep the slot). */
  | { type: 'set_lock_expiry'; keys: string[]; expiresAt: Date | null }
  | { type: 'release_locks'; keys: string[] }
  | { type: 'request_payment'; amount: number; currency: string; expiresAt: Date }
  | { type: 'request_approval'; kind: PendingApproval['kind']; reasons: ApprovalReason[] }
  | { type: 'refund'; refund: Refund; currency: string }
  | { type: 'calendar'; op: 'upsert' | 'delete' }
  /** Replace the scheduled reminders with these (none: cancel them). */
  | { type: 'reminders'; at: Date[] }
  | { type: 'notify_customer'; notice: CustomerNotice }
  | { type: 'notify_staff'; notice: StaffNotice };

export interface LifecyclePolicy {
  timezone: string;
  booking: Pick<BookingSettings, 'approval' | 'changePolicy' | 'deposits' | 'reminders' | 'holdMinutes'>;
}

export type Refusal =
  | 'wrong_status'
  | 'hold_expired'
  | 'not_expired'
  | 'in_the_past'
  | 'not_started'
  | 'started'
  | 'nothing_pending'
  | 'unknown_variant';

export type TransitionResult =
  { ok: true; appointment: Appointment; effects: Effect[] } | { ok: false; refusal: Refusal; message: string };

export interface HoldInput {
  id: string;
  service: Service;
  variantId?: string | undefined;
  start: Date;
  units: string[];
  lockKeys: string[];
  contactId: string;
  customerName?: string | undefined;
  petId?: string | undefined;
  currency: string;
  source: Appointment['source'];
  conversationId?: string | undefined;
  by: Actor;
  now: Date;
  holdMinutes: number;
}

/** A new hold: the appointment document written with its locks (expiring at `holdExpiresAt`). */
export function createHold(input: HoldInput): TransitionResult {
  const terms = termsOf(input.service, input.variantId);
  if (!terms) return refuse('unknown_variant', `service ${input.service.id} has no variant "${input.variantId}"`);
  if (input.start <= input.now) return refuse('in_the_past', 'the slot has already started');
  const resourceId = input.units.map(resourceOfUnit).find((r) => r !== undefined);
  const appointment: Appointment = {
    id: input.id,
    serviceId: terms.serviceId,
    ...(terms.variantId ? { variantId: terms.variantId } : {}),
    start: input.start,
    end: new Date(input.start.getTime() + terms.durationMinutes * MINUTE),
    units: input.units,
    lockKeys: input.lockKeys,
    bufferBeforeMinutes: terms.bufferBeforeMinutes,
    bufferAfterMinutes: terms.bufferAfterMinutes,
    ...(resourceId ? { resourceId } : {}),
    contactId: input.contactId,
    ...(input.customerName ? { customerName: input.customerName } : {}),
    ...(input.petId ? { petId: input.petId } : {}),
    price: terms.price,
    deposit: terms.deposit,
    currency: input.currency,
    status: 'held',
    holdExpiresAt: new Date(input.now.getTime() + input.holdMinutes * MINUTE),
    paymentExpiresAt: null,
    payments: [],
    refunds: [],
    source: input.source,
    ...(input.conversationId ? { conversationId: input.conversationId } : {}),
    history: [{ at: input.now, event: 'hold', by: input.by, from: null, to: 'held' }],
    createdAt: input.now,
    updatedAt: input.now,
  };
  return { ok: true, appointment, effects: [] };
}

export function transition(a: Appointment, event: AppointmentEvent, policy: LifecyclePolicy): TransitionResult {
  switch (event.type) {
    case 'book': {
      if (a.status !== 'held') return refuse('wrong_status', `cannot book an appointment that is ${a.status}`);
      if (a.holdExpiresAt !== null && event.at >= a.holdExpiresAt)
        return refuse('hold_expired', 'the hold has expired');
      const reasons = bookingApprovalReasons(a, event.at, policy.timezone, policy.booking.approval);
      if (reasons.length === 0) return afterApproval(a, event, policy);
      const pending: PendingApproval = { kind: 'booking', reasons, requestedAt: event.at, requestedBy: event.by };
      const next = moved(
        a,
        'pending_approval',
        { at: event.at, event: 'book', by: event.by },
        { pending, holdExpiresAt: null },
      );
      return {
        ok: true,
        appointment: next,
        effects: [
          { type: 'set_lock_expiry', keys: a.lockKeys, expiresAt: null },
          { type: 'request_approval', kind: 'booking', reasons },
          { type: 'notify_customer', notice: 'pending_approval' },
        ],
      };
    }
    case 'approve':
      return approve(a, event, policy);
    case 'decline':
      return decline(a, event);
    case 'payment_received':
      return paymentReceived(a, event, policy);
    case 'payment_expired':
      if (a.status !== 'awaiting_payment') return refuse('wrong_status', `no payment is awaited (${a.status})`);
      if (!event.reported && a.paymentExpiresAt !== null && event.at < a.paymentExpiresAt)
        return refuse('not_expired', 'payment time is not over');
      return cancelled(
        a,
        { ...event, by: 'system' },
        { amount: 0, reason: 'declined', needsApproval: false },
        'payment_expired',
      );
    case 'hold_expired': {
      if (a.status !== 'held') return refuse('wrong_status', `not a hold (${a.status})`);
      if (a.holdExpiresAt !== null && event.at < a.holdExpiresAt)
        return refuse('not_expired', 'the hold has not expired');
      const next = moved(a, 'cancelled', { at: event.at, event: event.type, by: 'system' }, { holdExpiresAt: null });
      return { ok: true, appointment: next, effects: [{ type: 'release_locks', keys: a.lockKeys }] };
    }
    case 'reschedule':
      return reschedule(a, event, policy);
    case 'cancel':
      return cancel(a, event, policy);
    case 'complete':
    case 'no_show': {
      if (a.status !== 'confirmed') return refuse('wrong_status', `cannot mark an appointment that is ${a.status}`);
      if (event.at < a.start) return refuse('not_started', 'the appointment has not started');
      const to = event.type === 'complete' ? 'completed' : 'no_show';
      const next = moved(a, to, { at: event.at, event: event.type, by: event.by });
      return {
        ok: true,
        appointment: next,
        effects: event.type === 'no_show' ? [{ type: 'notify_staff', notice: 'no_show' }] : [],
      };
    }
  }
}
