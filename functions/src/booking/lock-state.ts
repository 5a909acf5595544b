/**
 * The slot locks an appointment should hold, derived from the appointment
 * itself after every change: its occupied span on its lock keys while it
 * keeps its slot (expiring with the hold or the payment time), and a
 * pending reschedule's new span on the new keys. Writing the locks as a
 * function of the appointment, rather than replaying each lock effect,
 * keeps them right in the corner cases (a move by half an hour shares a
 * cell with the old time; a declined move must give back exactly the new
 * span) and makes a repeated change a no-op.
 */
import { type Appointment, HOLDS_SLOT } from '../domain/booking/appointment.js';
import { type LockEntry, isLive } from '../domain/booking/locks.js';
import { occupiedSpan } from '../domain/booking/offer.js';
import type { LockTable } from '../store/booking.js';

function expiryOf(a: Appointment): Date | null {
  if (a.status === 'held') return a.holdExpiresAt;
  if (a.status === 'awaiting_payment') return a.paymentExpiresAt;
  return null;
}

/** The entries the appointment should have, by lock key. */
export function wantedEntries(a: Appointment): Map<string, LockEntry[]> {
  const wanted = new Map<string, LockEntry[]>();
  const add = (keys: readonly string[], entry: LockEntry) => {
    for (const key of keys) wanted.set(key, [...(wanted.get(key) ?? []), entry]);
  };
  if (HOLDS_SLOT.has(a.status)) {
    add(a.lockKeys, { appointmentId: a.id, ...occupiedSpan(a.start, a.end, a), expiresAt: expiryOf(a) });
  }
  const proposed = a.pending?.proposed;
  if (proposed && HOLDS_SLOT.has(a.status)) {
    add(proposed.lockKeys, {
      appointmentId: a.id,
      ...occupiedSpan(proposed.start, proposed.end, a),
      expiresAt: null,
    });
  }
  return wanted;
}

const same = (a: readonly LockEntry[], b: readonly LockEntry[]) =>
  a.length === b.length &&
  a.every(
    (x, i) =>
      x.appointmentId === b[i]!.appointmentId &&
      x.start.getTime() === b[i]!.start.getTime() &&
      x.end.getTime() === b[i]!.end.getTime() &&
      (x.expiresAt?.getTime() ?? null) === (b[i]!.expiresAt?.getTime() ?? null),
  );

/**
 * Sets the appointment's entries in every lock document of `keys` (all
 * read in this transaction) to what its state says; others' lapsed entries
 * are dropped on the way. Only documents that change are written.
 */
export function reconcileLocks(a: Appointment, table: LockTable, keys: Iterable<string>, now: Date): void {
  const wanted = wantedEntries(a);
  for (const key of new Set([...keys, ...wanted.keys()])) {
    if (!table.has(key)) continue;
    const current = table.read(key) ?? [];
    const next = [...current.filter((e) => e.appointmentId !== a.id && isLive(e, now)), ...(wanted.get(key) ?? [])];
    if (!same(current, next)) table.apply([{ key, entries: next }]);
  }
}
