/**
 * The moves of the appointment state machine (lifecycle.ts): each takes the
 * appointment and an event and returns the next appointment with its
 * effects, or a refusal. Split from lifecycle.ts, which holds the
 * vocabulary and the dispatcher.
 */
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
import type {
  AppointmentEvent,
  CustomerNotice,
  Effect,
  LifecyclePolicy,
  Placement,
  Refusal,
  TransitionResult,
} from './lifecycle.js';
import { bookingApprovalReasons, customerRefund, isLate, reminderTimes, roundMoney } from './policy.js';
import { resourceOfUnit } from './units.js';

export const MINUTE = 60_000;
export const refuse = (refusal: Refusal, message: string): TransitionResult => ({ ok: false, refusal, message });

/** The appointment in status `to`, with `changes` and a history entry; `pending: undefined` in changes clears it. */
export function moved(
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
export function refundsFor(a: Appointment, amount: number, reason: Refund['reason'], at: Date): Refund[] {
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

export const refundEffects = (refunds: Refund[], currency: string): Effect[] =>
  refunds.map((refund) => ({ type: 'refund', refund, currency }));

export function confirmation(a: Appointment, at: Date, policy: LifecyclePolicy): Effect[] {
  return [
    { type: 'set_lock_expiry', keys: a.lockKeys, expiresAt: null },
    { type: 'calendar', op: 'upsert' },
    { type: 'reminders', at: reminderTimes(a.start, policy.booking.reminders.hoursBefore, at) },
    { type: 'notify_customer', notice: 'confirmed' },
    { type: 'notify_staff', notice: 'new_booking' },
  ];
}

/** After approval (or none needed): ask for the deposit, or confirm. */
export function afterApproval(
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
export function cancelled(
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

export function cancel(
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

export function reschedule(
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

export function applyMove(
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

export function approve(
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

export function decline(a: Appointment, event: Extract<AppointmentEvent, { type: 'decline' }>): TransitionResult {
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

export function paymentReceived(
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
