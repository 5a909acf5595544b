/**
 * The appointment record: what was booked (service, variant, time,
 * resource), for whom (contact, pet), for how much (price, deposit), where
 * it stands (status) and how it got there (history). Frontdesk keeps one
 * for every booking whatever the backend, as `businesses/{b}/appointments/{id}`.
 *
 * Status:
 * - `held` — a slot reserved for a few minutes while the customer confirms.
 * - `pending_approval` — waits for the owner's Approve / Decline (a booking,
 *   or a late cancellation or reschedule of a confirmed one: `pending` says which).
 * - `awaiting_payment` — waits for the deposit, until `paymentExpiresAt`.
 * - `confirmed`, then `completed` or `no_show`; or `cancelled` at any point.
 *
 * The moves between them are in lifecycle.ts. Dates are Date objects here;
 * the store converts Firestore Timestamps at its edge.
 */
import { z } from 'zod';
import { Money, Slug } from '../primitives.js';
import { occupiedSpan } from './offer.js';
import type { TimeSpan } from './slots.js';

export const APPOINTMENT_STATUSES = [
  'held',
  'pending_approval',
  'awaiting_payment',
  'confirmed',
  'cancelled',
  'completed',
  'no_show',
] as const;
export const AppointmentStatus = z.enum(APPOINTMENT_STATUSES);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

/** Statuses in which the appointment keeps its slot. */
export const HOLDS_SLOT: ReadonlySet<AppointmentStatus> = new Set([
  'held',
  'pending_approval',
  'awaiting_payment',
  'confirmed',
]);

export const Actor = z.enum(['customer', 'staff', 'owner', 'system']);
export type Actor = z.infer<typeof Actor>;

export const APPROVAL_REASONS = ['all_bookings', 'same_day', 'above_amount', 'inside_policy_window', 'refund'] as const;
export const ApprovalReason = z.enum(APPROVAL_REASONS);
export type ApprovalReason = z.infer<typeof ApprovalReason>;

export const Currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code');

/** Where the appointment stands in the time grid: what the locks hold. */
const Placement = z.strictObject({
  start: z.date(),
  end: z.date(),
  /** Capacity units held (units.ts). */
  units: z.array(z.string().min(1)).min(1),
  /** Lock documents holding those units (locks.ts): released on cancel. */
  lockKeys: z.array(z.string().min(1)),
});

/** A change that waits for the owner. */
export const PendingApproval = z.strictObject({
  kind: z.enum(['booking', 'cancellation', 'reschedule', 'refund']),
  reasons: z.array(ApprovalReason).min(1),
  requestedAt: z.date(),
  requestedBy: Actor,
  /** The status to go back to when a cancellation or reschedule is declined. */
  returnTo: AppointmentStatus.optional(),
  /** A reschedule's new time (its locks are already held). */
  proposed: Placement.optional(),
  /** A cancellation's or refund's amount, fixed when the customer asked. */
  refundAmount: Money.optional(),
});
export type PendingApproval = z.infer<typeof PendingApproval>;

export const Payment = z.strictObject({
  amount: Money,
  at: z.date(),
  /** The payment provider's id (Stripe Checkout session or payment intent). */
  reference: z.string().min(1),
});
export type Payment = z.infer<typeof Payment>;

/** A refund decided by the policy; `reference` is set once the provider made it. */
export const Refund = z.strictObject({
  amount: Money,
  at: z.date(),
  reason: z.enum(['customer_cancelled', 'business_cancelled', 'declined', 'late_payment', 'duplicate_payment']),
  /** The payment it returns (Payment.reference). */
  paymentReference: z.string().min(1),
  reference: z.string().min(1).optional(),
});
export type Refund = z.infer<typeof Refund>;

export const HistoryEntry = z.strictObject({
  at: z.date(),
  /** The event type (lifecycle.ts) or "hold". */
  event: z.string().min(1),
  by: Actor,
  from: AppointmentStatus.nullable(),
  to: AppointmentStatus,
  note: z.string().optional(),
  /** A reschedule's previous time. */
  previous: z.strictObject({ start: z.date(), end: z.date() }).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const Appointment = z.strictObject({
  id: z.string().min(1),
  serviceId: Slug,
  variantId: Slug.optional(),
  ...Placement.shape,
  bufferBeforeMinutes: z.number().int().nonnegative(),
  bufferAfterMinutes: z.number().int().nonnegative(),
  /** The resource it is with, where the business lists resources. */
  resourceId: Slug.optional(),
  contactId: z.string().min(1),
  customerName: z.string().min(1).optional(),
  petId: z.string().min(1).optional(),
  price: Money,
  deposit: Money,
  currency: Currency,
  status: AppointmentStatus,
  holdExpiresAt: z.date().nullable(),
  paymentExpiresAt: z.date().nullable(),
  pending: PendingApproval.optional(),
  payments: z.array(Payment).default([]),
  refunds: z.array(Refund).default([]),
  /** The booking backend's id for it (Google Calendar event, clinic system booking). */
  external: z.strictObject({ backend: z.string().min(1), id: z.string().min(1) }).optional(),
  source: z.enum(['dialogue', 'assistant', 'staff', 'api']),
  /** The conversation it was booked in, to answer there. */
  conversationId: z.string().min(1).optional(),
  history: z.array(HistoryEntry).min(1),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Appointment = z.infer<typeof Appointment>;

/** The time an appointment keeps (service plus buffers): what availability and the locks compare. */
export const occupiedBy = (appointment: Appointment): TimeSpan =>
  occupiedSpan(appointment.start, appointment.end, appointment);

/** Whether the appointment still holds its slot at `now` (a lapsed hold or unpaid booking does not). */
export function holdsSlot(appointment: Appointment, now: Date): boolean {
  if (!HOLDS_SLOT.has(appointment.status)) return false;
  if (appointment.status === 'held') return appointment.holdExpiresAt === null || appointment.holdExpiresAt > now;
  if (appointment.status === 'awaiting_payment')
    return appointment.paymentExpiresAt === null || appointment.paymentExpiresAt > now;
  return true;
}

/** Deposit money received and not refunded. */
export function paidBalance(appointment: Pick<Appointment, 'payments' | 'refunds'>): number {
  const paid = appointment.payments.reduce((sum, p) => sum + p.amount, 0);
  const refunded = appointment.refunds.reduce((sum, r) => sum + r.amount, 0);
  return Math.max(0, paid - refunded);
}
