/**
 * Slot locks: the documents that make two overlapping holds of the same
 * capacity unit impossible to both commit. Pure planning; the store runs
 * the plan inside one Firestore transaction.
 *
 * The scheme. Time is cut into hour cells on the UTC grid
 * (`LOCK_CELL_MINUTES`). For each capacity unit (units.ts) and cell there is
 * at most one lock document, `businesses/{b}/slotLocks/{unit}_{cell}`, e.g.
 * `r.carlos.1_2026-03-29T08Z`, holding the exact spans (buffers included)
 * of the appointments and holds on that unit in that hour.
 *
 * Why it cannot double-book: if two spans on one unit overlap, they share
 * an instant, and that instant lies in one cell — so both transactions
 * read and write that same document. Firestore serialises transactions
 * that touch a common document: the second one to commit is retried, reads
 * the first one's entry, finds the overlap and refuses. This holds for any
 * span, on or off any grid, in any time zone (the cells are UTC hours,
 * which every zone's local grid maps onto whatever its offset).
 *
 * Why entries carry exact spans rather than "this cell is taken": back to
 * back appointments (10:00–10:45 and 10:45–11:30) share a cell without
 * overlapping, and both must fit. So a cell may be as coarse as we like
 * without refusing anything real; an hour keeps a long groom (3 h + buffers)
 * at four or five documents per unit.
 *
 * Why a constant cell: every writer must compute the same keys for the
 * same instant. A cell size derived from the business's settings would
 * change with them and let an old and a new booking miss each other.
 *
 * Holds expire by time, not only by the sweep: an entry whose `expiresAt`
 * has passed is ignored (and dropped on the next write), so a crashed sweep
 * never keeps a slot from a customer.
 */
import type { TimeSpan } from './slots.js';

export const LOCK_CELL_MINUTES = 60;
const CELL_MS = LOCK_CELL_MINUTES * 60_000;

export interface LockEntry {
  appointmentId: string;
  start: Date;
  end: Date;
  /** When a hold or unpaid booking lets go; null once the appointment keeps its slot. */
  expiresAt: Date | null;
}

/** The cells (UTC hours, `2026-03-29T08Z`) a span touches. */
export function lockCells(span: TimeSpan): string[] {
  const first = Math.floor(span.start.getTime() / CELL_MS);
  const last = Math.ceil(span.end.getTime() / CELL_MS) - 1;
  const cells: string[] = [];
  for (let c = first; c <= last; c++) cells.push(`${new Date(c * CELL_MS).toISOString().slice(0, 13)}Z`);
  return cells;
}

/** The lock document ids for holding `units` over `span`. */
export function lockKeys(units: readonly string[], span: TimeSpan): string[] {
  const cells = lockCells(span);
  return units.flatMap((unit) => cells.map((cell) => `${unit}_${cell}`));
}

export const isLive = (entry: LockEntry, now: Date) => entry.expiresAt === null || entry.expiresAt > now;

const overlapping = (entry: LockEntry, span: TimeSpan) => entry.start < span.end && span.start < entry.end;

/** A lock document's new entries; an empty list means delete the document. */
export interface LockWrite {
  key: string;
  entries: LockEntry[];
}

export type LockPlan =
  { ok: true; units: string[]; keys: string[]; writes: LockWrite[] } | { ok: false; conflicts: string[] };

export interface LockRequest {
  appointmentId: string;
  /** The occupied span: service plus buffers. */
  span: TimeSpan;
  /** Unit combinations to try in order (a slot's `options`). */
  options: readonly (readonly string[])[];
  expiresAt: Date | null;
  now: Date;
}

/** Entries currently in a lock document (undefined or [] when it does not exist). */
export type ReadLock = (key: string) => readonly LockEntry[] | undefined;

/**
 * Every key `planLock` may read for a request: read them all in the
 * transaction first (Firestore wants reads before writes).
 */
export const keysToRead = (request: Pick<LockRequest, 'options' | 'span'>) => [
  ...new Set(request.options.flatMap((units) => lockKeys(units, request.span))),
];

/**
 * Takes the first option whose units are free over the span. Entries of
 * the same appointment never conflict (a reschedule may overlap its old
 * time) and are replaced; expired entries are dropped.
 */
export function planLock(request: LockRequest, read: ReadLock): LockPlan {
  const conflicts = new Set<string>();
  const entry: LockEntry = {
    appointmentId: request.appointmentId,
    start: request.span.start,
    end: request.span.end,
    expiresAt: request.expiresAt,
  };
  for (const units of request.options) {
    const keys = lockKeys(units, request.span);
    const kept = keys.map((key) =>
      (read(key) ?? []).filter((e) => e.appointmentId !== request.appointmentId && isLive(e, request.now)),
    );
    const blocking = kept.flat().filter((e) => overlapping(e, request.span));
    if (blocking.length === 0) {
      return {
        ok: true,
        units: [...units],
        keys,
        writes: keys.map((key, i) => ({ key, entries: [...kept[i]!, entry] })),
      };
    }
    blocking.forEach((e) => conflicts.add(e.appointmentId));
  }
  return { ok: false, conflicts: [...conflicts] };
}

/** Removes an appointment's entries (cancel, expiry, decline) and drops expired ones on the way. */
export function planRelease(appointmentId: string, keys: readonly string[], read: ReadLock, now: Date): LockWrite[] {
  return keys.map((key) => ({
    key,
    entries: (read(key) ?? []).filter((e) => e.appointmentId !== appointmentId && isLive(e, now)),
  }));
}

/** Changes when an appointment's entries expire (a hold becoming unpaid, or kept for good). */
export function planExtend(
  appointmentId: string,
  keys: readonly string[],
  expiresAt: Date | null,
  read: ReadLock,
  now: Date,
): LockWrite[] {
  return keys.map((key) => ({
    key,
    entries: (read(key) ?? [])
      .filter((e) => e.appointmentId === appointmentId || isLive(e, now))
      .map((e) => (e.appointmentId === appointmentId ? { ...e, expiresAt } : e)),
  }));
}

/**
 * Moves an appointment: locks the new span (its own old entries never
 * block it) and releases the old keys the new span does not reuse.
 */
export function planMove(request: LockRequest, oldKeys: readonly string[], read: ReadLock): LockPlan {
  const plan = planLock(request, read);
  if (!plan.ok) return plan;
  const reused = new Set(plan.keys);
  const released = planRelease(
    request.appointmentId,
    oldKeys.filter((k) => !reused.has(k)),
    read,
    request.now,
  );
  return { ...plan, writes: [...plan.writes, ...released] };
}
