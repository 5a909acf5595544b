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
import {
  type Actor,
  type Appointment,
  type AppointmentStatus,
  type ApprovalReason,
  type HistoryEntry,
  type PendingApproval,
  type Refund,
  paidBalance,
} from './appointment.js';
import { termsOf } from './offer.js';
import { bookingApprovalReasons, customerRefund, isLate, reminderTimes, roundMoney } from './policy.js';
import type { BookingSettings } from './settings.js';
import { resourceOfUnit } from './units.js';

interface Placement {
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
  | { type: 'payment_expired'; at: Date }
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

const MINUTE = 60_000;
const refuse = (refusal: Refusal, message: string): TransitionResult => ({ ok: false, refusal, message });

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

/** The appointment in status `to`, with `changes` and a history entry; `pending: undefined` in changes clears it. */
function moved(
  a: Appointment,
  to: AppointmentStatus,
  entry: Pick<HistoryEntry, 'at' | 'event' | 'by'> & Partial<HistoryEntry>,
  changes: Partial<Appointment> = {},
): Appointment {
  const next: Appointment = {
    ...a,
    ...changes,
    status: to,
    updatedAt: entry.at,
    history: [...a.history, { from: a.status, to, ...entry }],
  };
  if ('pending' in changes && changes.pending === undefined) delete next.pending;
  return next;
}

/** Refunds of `amount` spread over the payments not yet refunded, newest first. */
function refundsFor(a: Appointment, amount: number, reason: Refund['reason'], at: Date): Refund[] {
  const out: Refund[] = [];
  let left = roundMoney(amount, a.currency);
  for (const p of [...a.payments].reverse()) {
    if (left <= 0) break;
    const done = a.refunds.filter((r) => r.paymentReference === p.reference).reduce((s, r) => s + r.amount, 0);
    const take = roundMoney(Math.min(left, p.amount - done), a.currency);
    if (take <= 0) continue;
    out.push({ amount: take, at, reason, paymentReference: p.reference });
    left = roundMoney(left - take, a.currency);
  }
  return out;
}

const refundEffects = (refunds: Refund[], currency: string): Effect[] =>
  refunds.map((refund) => ({ type: 'refund', refund, currency }));

function confirmation(a: Appointment, at: Date, policy: LifecyclePolicy): Effect[] {
  return [
    { type: 'set_lock_expiry', keys: a.lockKeys, expiresAt: null },
    { type: 'calendar', op: 'upsert' },
    { type: 'reminders', at: reminderTimes(a.start, policy.booking.reminders.hoursBefore, at) },
    { type: 'notify_customer', notice: 'confirmed' },
    { type: 'notify_staff', notice: 'new_booking' },
  ];
}

/** After approval (or none needed): ask for the deposit, or confirm. */
function afterApproval(
  a: Appointment,
  event: { at: Date; by: Actor; type: string },
  policy: LifecyclePolicy,
): TransitionResult {
  if (a.deposit > paidBalance(a)) {
    const expiresAt = new Date(event.at.getTime() + policy.booking.deposits.paymentMinutes * MINUTE);
    const next = moved(
      a,
      'awaiting_payment',
      { at: event.at, event: event.type, by: event.by },
      { paymentExpiresAt: expiresAt, holdExpiresAt: null, pending: undefined },
    );
    return {
      ok: true,
      appointment: next,
      effects: [
        { type: 'set_lock_expiry', keys: a.lockKeys, expiresAt },
        {
          type: 'request_payment',
          amount: roundMoney(a.deposit - paidBalance(a), a.currency),
          currency: a.currency,
          expiresAt,
        },
        { type: 'notify_customer', notice: 'awaiting_payment' },
      ],
    };
  }
  const next = moved(
    a,
    'confirmed',
    { at: event.at, event: event.type, by: event.by },
    { holdExpiresAt: null, paymentExpiresAt: null, pending: undefined },
  );
  return { ok: true, appointment: next, effects: confirmation(next, event.at, policy) };
}

/** Cancels now: frees the slot, undoes the calendar and reminders, refunds `refund` of the paid deposit. */
function cancelled(
  a: Appointment,
  event: { at: Date; by: Actor; type: string; note?: string | undefined },
  refund: { amount: number; reason: Refund['reason']; needsApproval: boolean },
  notice: CustomerNotice,
): TransitionResult {
  const keys = [...new Set([...a.lockKeys, ...(a.pending?.proposed?.lockKeys ?? [])])];
  const refunds = refund.needsApproval ? [] : refundsFor(a, refund.amount, refund.reason, event.at);
  const pending: PendingApproval | undefined =
    refund.needsApproval && refund.amount > 0
      ? {
          kind: 'refund',
          reasons: ['refund'],
          requestedAt: event.at,
          requestedBy: event.by,
          refundAmount: refund.amount,
        }
      : undefined;
  const hadEvent = a.status === 'confirmed' || a.pending?.returnTo === 'confirmed';
  const next = moved(
    a,
    'cancelled',
    { at: event.at, event: event.type, by: event.by, ...(event.note ? { note: event.note } : {}) },
    { holdExpiresAt: null, paymentExpiresAt: null, refunds: [...a.refunds, ...refunds], pending },
  );
  const effects: Effect[] = [{ type: 'release_locks', keys }];
  if (hadEvent) effects.push({ type: 'calendar', op: 'delete' }, { type: 'reminders', at: [] });
  effects.push(...refundEffects(refunds, a.currency));
  if (pending) effects.push({ type: 'request_approval', kind: 'refund', reasons: ['refund'] });
  effects.push({ type: 'notify_customer', notice: pending ? 'refund_pending' : notice });
  if (hadEvent) effects.push({ type: 'notify_staff', notice: 'cancelled' });
  return { ok: true, appointment: next, effects };
}

function cancel(
  a: Appointment,
  event: Extract<AppointmentEvent, { type: 'cancel' }>,
  policy: LifecyclePolicy,
): TransitionResult {
  if (!['held', 'pending_approval', 'awaiting_payment', 'confirmed'].includes(a.status))
    return refuse('wrong_status', `cannot cancel an appointment that is ${a.status}`);
  const paid = paidBalance(a);
  const byBusiness = event.by !== 'customer';
  if (byBusiness)
    return cancelled(a, event, { amount: paid, reason: 'business_cancelled', needsApproval: false }, 'cancelled');
  if (event.at >= a.start)
    return refuse('started', 'the appointment has started; staff can mark it completed or a no-show');
  const kept = a.status === 'confirmed' || a.pending?.returnTo === 'confirmed';
  if (!kept)
    return cancelled(a, event, { amount: paid, reason: 'customer_cancelled', needsApproval: false }, 'cancelled');

  const { amount } = customerRefund(paid, a.start, event.at, policy.booking.deposits, a.currency);
  const late = isLate(a.start, event.at, policy.booking);
  if (late && policy.booking.approval.insidePolicyWindow) {
    const pending: PendingApproval = {
      kind: 'cancellation',
      reasons: ['inside_policy_window'],
      requestedAt: event.at,
      requestedBy: event.by,
      returnTo: 'confirmed',
      refundAmount: amount,
      ...(a.pending?.proposed ? { proposed: a.pending.proposed } : {}),
    };
    const next = moved(a, 'pending_approval', { at: event.at, event: 'cancel', by: event.by }, { pending });
    const effects: Effect[] = [
      { type: 'request_approval', kind: 'cancellation', reasons: pending.reasons },
      { type: 'notify_customer', notice: 'change_pending' },
    ];
    return { ok: true, appointment: next, effects };
  }
  return cancelled(
    a,
    event,
    { amount, reason: 'customer_cancelled', needsApproval: policy.booking.approval.refunds },
    'cancelled',
  );
}

function reschedule(
  a: Appointment,
  event: Extract<AppointmentEvent, { type: 'reschedule' }>,
  policy: LifecyclePolicy,
): TransitionResult {
  if (a.status !== 'confirmed' && a.status !== 'awaiting_payment')
    return refuse('wrong_status', `cannot move an appointment that is ${a.status}`);
  if (event.to.start <= event.at) return refuse('in_the_past', 'the new time has already started');
  if (event.by === 'customer' && event.at >= a.start) return refuse('started', 'the appointment has started');
  const reasons: ApprovalReason[] = [];
  if (event.by === 'customer') {
    if (policy.booking.approval.insidePolicyWindow && isLate(a.start, event.at, policy.booking))
      reasons.push('inside_policy_window');
    const forNewTime = bookingApprovalReasons({ start: event.to.start, price: a.price }, event.at, policy.timezone, {
      ...policy.booking.approval,
      allBookings: false,
      aboveAmount: undefined,
    });
    reasons.push(...forNewTime);
  }
  if (reasons.length > 0) {
    const pending: PendingApproval = {
      kind: 'reschedule',
      reasons,
      requestedAt: event.at,
      requestedBy: event.by,
      returnTo: a.status,
      proposed: event.to,
    };
    const next = moved(a, 'pending_approval', { at: event.at, event: 'reschedule', by: event.by }, { pending });
    return {
      ok: true,
      appointment: next,
      effects: [
        { type: 'request_approval', kind: 'reschedule', reasons },
        { type: 'notify_customer', notice: 'change_pending' },
      ],
    };
  }
  return applyMove(a, event.to, { at: event.at, by: event.by, type: 'reschedule' }, a.status, policy);
}

function applyMove(
  a: Appointment,
  to: Placement,
  event: { at: Date; by: Actor; type: string },
  status: AppointmentStatus,
  policy: LifecyclePolicy,
): TransitionResult {
  const reused = new Set(to.lockKeys);
  const resourceId = to.units.map(resourceOfUnit).find((r) => r !== undefined);
  const { resourceId: _old, ...rest } = a;
  const base: Appointment = { ...rest, ...(resourceId ? { resourceId } : {}) };
  const next = moved(
    base,
    status,
    { at: event.at, event: event.type, by: event.by, previous: { start: a.start, end: a.end } },
    { start: to.start, end: to.end, units: to.units, lockKeys: to.lockKeys, pending: undefined },
  );
  const confirmed = status === 'confirmed';
  const effects: Effect[] = [{ type: 'release_locks', keys: a.lockKeys.filter((k) => !reused.has(k)) }];
  if (confirmed)
    effects.push(
      { type: 'calendar', op: 'upsert' },
      { type: 'reminders', at: reminderTimes(to.start, policy.booking.reminders.hoursBefore, event.at) },
    );
  effects.push({ type: 'notify_customer', notice: 'rescheduled' });
  if (confirmed) effects.push({ type: 'notify_staff', notice: 'rescheduled' });
  return { ok: true, appointment: next, effects };
}

function approve(
  a: Appointment,
  event: Extract<AppointmentEvent, { type: 'approve' }>,
  policy: LifecyclePolicy,
): TransitionResult {
  const pending = a.pending;
  if (!pending) return refuse('nothing_pending', 'nothing waits for approval');
  switch (pending.kind) {
    case 'booking':
      return afterApproval(a, event, policy);
    case 'cancellation':
      return cancelled(
        a,
        { ...event, type: 'approve' },
        { amount: pending.refundAmount ?? 0, reason: 'customer_cancelled', needsApproval: false },
        'cancelled',
      );
    case 'reschedule':
      return pending.proposed
        ? applyMove(a, pending.proposed, event, pending.returnTo ?? 'confirmed', policy)
        : refuse('nothing_pending', 'the reschedule has no new time');
    case 'refund': {
      const refunds = refundsFor(a, pending.refundAmount ?? 0, 'customer_cancelled', event.at);
      const next = moved(
        a,
        a.status,
        { at: event.at, event: 'approve', by: event.by },
        {
          refunds: [...a.refunds, ...refunds],
          pending: undefined,
        },
      );
      return { ok: true, appointment: next, effects: refundEffects(refunds, a.currency) };
    }
  }
}

function decline(a: Appointment, event: Extract<AppointmentEvent, { type: 'decline' }>): TransitionResult {
  const pending = a.pending;
  if (!pending) return refuse('nothing_pending', 'nothing waits for approval');
  const entry = { at: event.at, event: 'decline', by: event.by, ...(event.note ? { note: event.note } : {}) };
  switch (pending.kind) {
    case 'booking':
      return cancelled(a, event, { amount: paidBalance(a), reason: 'declined', needsApproval: false }, 'declined');
    case 'cancellation':
    case 'reschedule': {
      const back = pending.returnTo ?? 'confirmed';
      const keep = new Set(a.lockKeys);
      const next = moved(a, back, entry, { pending: undefined });
      return {
        ok: true,
        appointment: next,
        effects: [
          { type: 'release_locks', keys: (pending.proposed?.lockKeys ?? []).filter((k) => !keep.has(k)) },
          { type: 'notify_customer', notice: 'change_declined' },
        ],
      };
    }
    case 'refund':
      return {
        ok: true,
        appointment: moved(a, a.status, entry, { pending: undefined }),
        effects: [{ type: 'notify_customer', notice: 'refund_declined' }],
      };
  }
}

function paymentReceived(
  a: Appointment,
  event: Extract<AppointmentEvent, { type: 'payment_received' }>,
  policy: LifecyclePolicy,
): TransitionResult {
  if (a.payments.some((p) => p.reference === event.reference)) return { ok: true, appointment: a, effects: [] };
  const payment = { amount: event.amount, at: event.at, reference: event.reference };
  const withPayment: Appointment = { ...a, payments: [...a.payments, payment] };
  if (a.status === 'awaiting_payment') {
    if (paidBalance(withPayment) < a.deposit) {
      const next = moved(withPayment, a.status, {
        at: event.at,
        event: event.type,
        by: 'customer',
        note: 'part payment',
      });
      return { ok: true, appointment: next, effects: [] };
    }
    return afterApproval(withPayment, { at: event.at, by: 'customer', type: event.type }, policy);
  }
  // Money that arrives for a booking that no longer needs it goes back in full.
  const reason = a.status === 'cancelled' ? 'late_payment' : 'duplicate_payment';
  const refund: Refund = { amount: event.amount, at: event.at, reason, paymentReference: event.reference };
  const next = moved({ ...withPayment, refunds: [...a.refunds, refund] }, a.status, {
    at: event.at,
    event: event.type,
    by: 'customer',
    note: reason,
  });
  return { ok: true, appointment: next, effects: refundEffects([refund], a.currency) };
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
      if (a.paymentExpiresAt !== null && event.at < a.paymentExpiresAt)
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
