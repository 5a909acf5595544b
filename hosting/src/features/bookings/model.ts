/**
 * The calendar's arithmetic, pure: the days a view shows (in the business's
 * time zone), which column an appointment goes in (by staff/resource where
 * the business has them), and how its status and money read for staff.
 */
import type { AppointmentStatus } from '../../../../functions/src/domain/booking/appointment';
import { addDays } from '../../../../functions/src/domain/clock';
import { dayIn, zonedTimeToUtc } from '../../shared/ui/time';

export { addDays };

export type View = 'day' | 'week';

/** The local days a view starting at `day` covers: one, or Monday to Sunday of its week. */
export function daysOf(view: View, day: string): string[] {
  if (view === 'day') return [day];
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  const monday = addDays(day, -weekday);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The instants a list of local days spans in `timeZone`: [from, to). */
export function rangeOf(days: readonly string[], timeZone: string): { from: Date; to: Date } {
  const first = days[0] ?? '1970-01-01';
  const last = days[days.length - 1] ?? first;
  return {
    from: zonedTimeToUtc(`${first}T00:00`, timeZone) ?? new Date(0),
    to: zonedTimeToUtc(`${addDays(last, 1)}T00:00`, timeZone) ?? new Date(0),
  };
}

export interface Placed {
  start: Date;
  resourceId?: string | null | undefined;
}

export interface Column<T> {
  key: string;
  title: string;
  items: T[];
}

/**
 * Columns for a view: a day with resources shows one column per resource
 * (plus "Anyone" for appointments without one); a week shows one column
 * per day. Items sorted by start.
 */
export function columnsFor<T extends Placed>(
  view: View,
  days: readonly string[],
  items: readonly T[],
  timeZone: string,
  resources: readonly { id: string; name: string }[],
): Column<T>[] {
  const sorted = [...items].sort((a, b) => a.start.getTime() - b.start.getTime());
  if (view === 'day' && resources.length > 0) {
    const known = new Set(resources.map((r) => r.id));
    const columns = resources.map((r) => ({
      key: r.id,
      title: r.name,
      items: sorted.filter((a) => a.resourceId === r.id),
    }));
    const other = sorted.filter((a) => !a.resourceId || !known.has(a.resourceId));
    return other.length ? [...columns, { key: '', title: 'Anyone', items: other }] : columns;
  }
  return days.map((day) => ({
    key: day,
    title: day,
    items: sorted.filter((a) => dayIn(a.start, timeZone) === day),
  }));
}

export const STATUS_LABELS: Record<AppointmentStatus, string> = {
  held: 'Held',
  pending_approval: 'Waiting for approval',
  awaiting_payment: 'Waiting for deposit',
  confirmed: 'Confirmed',
  cancelled: 'Cancelled',
  completed: 'Completed',
  no_show: 'No-show',
};

/** Whether the appointment still has a time worth moving or cancelling. */
export const isActive = (status: AppointmentStatus) =>
  status === 'held' || status === 'pending_approval' || status === 'awaiting_payment' || status === 'confirmed';

/**
 * Whether staff can record how the appointment went (Completed / No-show):
 * a confirmed appointment once it has started, as the lifecycle allows
 * (functions/src/domain/booking/lifecycle.ts, `complete` and `no_show`).
 */
export const canRecordOutcome = (a: { status: AppointmentStatus; start: Date }, now: Date) =>
  a.status === 'confirmed' && a.start.getTime() <= now.getTime();

export function money(amount: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
}

/** The deposit and payment state in a few words: "Deposit $25 paid", "Deposit $25 due", "No deposit". */
export function paymentState(a: {
  deposit: number;
  currency: string;
  status: AppointmentStatus;
  payments: readonly { amount: number }[];
  refunds?: readonly { amount: number }[] | undefined;
}): string {
  const paid = a.payments.reduce((s, p) => s + p.amount, 0);
  const refunded = (a.refunds ?? []).reduce((s, r) => s + r.amount, 0);
  if (refunded > 0) return `${money(refunded, a.currency)} refunded`;
  if (paid > 0) return `Deposit ${money(paid, a.currency)} paid`;
  if (a.deposit <= 0) return 'No deposit';
  return a.status === 'cancelled'
    ? `Deposit ${money(a.deposit, a.currency)} not paid`
    : `Deposit ${money(a.deposit, a.currency)} due`;
}
