/**
 * Booking's repositories: appointments as stored (the domain record plus
 * the sweep's `expiry` fields), slot locks read and written inside the
 * transactions that hold, move and release slots, the locks of a time range
 * as occupancy for availability, and a contact's pets and appointments.
 */
import type { Appointment } from '../domain/booking/appointment.js';
import { type LockEntry, type LockWrite, isLive } from '../domain/booking/locks.js';
import type { Occupancy } from '../domain/booking/slots.js';
import { at } from './collections.js';
import type { Database, Transaction, Writer } from './database.js';
import type { AppointmentDoc } from './documents.js';

/** The appointment as stored: when the sweep must look at it follows from its state. */
export function appointmentDoc(
  appointment: Appointment,
  extra: Partial<Pick<AppointmentDoc, 'checkout' | 'reminderIds' | 'attendanceConfirmedAt'>> = {},
): AppointmentDoc {
  return {
    ...appointment,
    expiry: {
      hold: { dueAt: appointment.status === 'held' ? appointment.holdExpiresAt : null },
      payment: { dueAt: appointment.status === 'awaiting_payment' ? appointment.paymentExpiresAt : null },
    },
    reminderIds: extra.reminderIds ?? [],
    ...(extra.checkout !== undefined ? { checkout: extra.checkout } : {}),
    ...(extra.attendanceConfirmedAt ? { attendanceConfirmedAt: extra.attendanceConfirmedAt } : {}),
  };
}

/** The domain record of a stored appointment. */
export function appointmentOf(stored: AppointmentDoc): Appointment {
  const { expiry: _e, checkout: _c, reminderIds: _r, attendanceConfirmedAt: _a, ...appointment } = stored;
  return appointment;
}

/** The cell a lock key names (`r.carlos.1_2026-03-29T08Z` → 2026-03-29T08:00Z) and its unit. */
export function parseLockKey(key: string): { unit: string; cell: Date } {
  const cut = key.lastIndexOf('_');
  return { unit: key.slice(0, cut), cell: new Date(`${key.slice(cut + 1, -1)}:00:00Z`) };
}

/**
 * The lock documents of one transaction: read once (one round trip), changed
 * in memory by the lock plans in order, written once at the end.
 */
export class LockTable {
  private readonly entries = new Map<string, LockEntry[]>();
  private readonly changed = new Set<string>();

  private constructor(private readonly businessId: string) {}

  static async read(tx: Transaction, businessId: string, keys: readonly string[]): Promise<LockTable> {
    const table = new LockTable(businessId);
    const unique = [...new Set(keys)];
    const docs = await tx.getAll(unique.map((k) => at.slotLock(businessId, k)));
    unique.forEach((k, i) => table.entries.set(k, docs[i]?.entries ?? []));
    return table;
  }

  /** A lock plan's reader: undefined for a key this transaction did not read (the plans then read nothing). */
  readonly read = (key: string): readonly LockEntry[] | undefined => this.entries.get(key);

  has(key: string): boolean {
    return this.entries.has(key);
  }

  apply(writes: readonly LockWrite[]): void {
    for (const w of writes) {
      this.entries.set(w.key, w.entries);
      this.changed.add(w.key);
    }
  }

  /** Writes what changed; an empty document is deleted. */
  write(writer: Writer): void {
    for (const key of this.changed) {
      const entries = this.entries.get(key) ?? [];
      const ref = at.slotLock(this.businessId, key);
      if (entries.length === 0) writer.delete(ref);
      else writer.set(ref, { ...parseLockKey(key), entries });
    }
  }
}

/**
 * What is taken between two instants, from the lock documents: each live
 * entry's exact span and the units its appointment holds. The same
 * documents the hold checks, so what availability offers is what a hold
 * accepts (unless someone holds it first).
 */
export async function occupancy(
  db: Database,
  businessId: string,
  from: Date,
  to: Date,
  now: Date,
  /** An appointment being moved: its own entries do not count. */
  ignore?: string,
): Promise<Occupancy[]> {
  // A span that starts before `from` still has a cell inside the range when it reaches into it.
  const locks = await db.query(at.slotLocks(businessId), {
    where: [
      ['cell', '>=', new Date(from.getTime() - 3_600_000)],
      ['cell', '<', to],
    ],
  });
  const byAppointment = new Map<string, { start: Date; end: Date; units: Set<string> }>();
  for (const lock of locks) {
    for (const entry of lock.data.entries) {
      if (!isLive(entry, now) || entry.appointmentId === ignore) continue;
      const found = byAppointment.get(entry.appointmentId);
      if (found) found.units.add(lock.data.unit);
      else
        byAppointment.set(entry.appointmentId, {
          start: entry.start,
          end: entry.end,
          units: new Set([lock.data.unit]),
        });
    }
  }
  return [...byAppointment.values()].map((o) => ({ start: o.start, end: o.end, units: [...o.units] }));
}
