/**
 * Lapsed holds and unpaid bookings, for the sweep: an appointment's
 * `expiry.hold.dueAt` / `expiry.payment.dueAt` (set from its state on every
 * write) is when it must be looked at. The slot itself is free from that
 * instant whatever happens here (a lock entry past its expiry counts for
 * nothing); this makes the appointment say so, ends the deposit's checkout,
 * and tells the customer a payment ran out.
 */
import { loadBusinessContext } from '../pipeline/business-context.js';
import { at, defs } from '../store/collections.js';
import { group } from '../store/database.js';
import { changeAppointment } from './changes.js';
import type { BookingDeps } from './deps.js';
import { runTasks } from './tasks.js';

export const appointmentGroup = () => group(defs.appointments);

export async function expireAppointment(
  deps: BookingDeps,
  businessId: string,
  appointmentId: string,
  kind: 'hold' | 'payment',
): Promise<{ result: 'expired' | 'kept'; why?: string }> {
  const stored = await deps.db.get(at.appointment(businessId, appointmentId));
  if (!stored) return { result: 'kept', why: 'gone' };
  const business = await loadBusinessContext(deps, businessId);
  const result = await changeAppointment(deps, business, appointmentId, (_a, now) =>
    kind === 'hold' ? { type: 'hold_expired', at: now } : { type: 'payment_expired', at: now },
  );
  if (!result.ok) return { result: 'kept', why: result.message };
  await runTasks(deps, businessId, result.tasks);
  return { result: 'expired' };
}
