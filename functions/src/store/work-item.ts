/**
 * Work items: state machines kept on their documents and moved in
 * transactions. One claim for all of them — an inbound message to answer,
 * media to keep, an outbox item to send, and the holds, payments and
 * reminders that come later — and one way for the sweep to find the ones
 * nobody finished.
 *
 * A kind of work says where its fields live in the document (`prefix`:
 * '' for top-level, 'processing.' or 'media.' inside a map), how its states
 * map to the shared phases (domain/work-state.ts) and what its policy is.
 * Every state change also sets `dueAt`, the time the sweep should look at
 * the item: creation + a grace period while pending, the lease's end while
 * active, the next attempt while waiting to retry, and null once finished —
 * so a single query per kind (`dueAt <= now`) finds everything stuck.
 */
import { randomUUID } from 'node:crypto';
import { type ClaimDecision, type WorkPolicy, type WorkView, claimWork } from '../domain/work-state.js';
import {
  type Database,
  type DocRef,
  FieldOp,
  type GroupRef,
  type Snapshot,
  type Transaction,
  type UpdateData,
} from './database.js';

/** How long a new item may wait for its trigger before the sweep takes it (triggers fire within seconds). */
export const PENDING_GRACE_MS = 2 * 60_000;

export interface WorkKind<T> {
  /** For logs and the sweep's report: 'reply', 'media', 'outbox', … */
  readonly name: string;
  readonly policy: WorkPolicy;
  /** Where the work fields are: '' (top level) or a map's name and a dot ('processing.'). */
  readonly prefix: string;
  /** The state a claim moves the item to. */
  readonly activeState: string;
  /** The item's work state, or undefined when the document carries no such work. */
  view(doc: T): WorkView | undefined;
}

export type Claim<T> =
  | { claimed: true; doc: T; attempts: number; leaseUntil: Date }
  | { claimed: false; why: string; doc?: T | undefined; giveUp?: true };

export interface ClaimOptions<T> {
  /**
   * Runs inside the claim's transaction after the item is read and before
   * anything is written: may read more, and may stop the claim with a
   * reason (writing what that means, as its last step).
   */
  check?(tx: Transaction, doc: T): Promise<string | undefined>;
}

/**
 * Claims a work item in a transaction: of any number of workers racing for
 * it, exactly one gets it. An item whose last attempt's worker died is not
 * claimed but returned with `giveUp`: the caller fails it, visibly.
 */
export async function claimWorkItem<T>(
  db: Database,
  ref: DocRef<T>,
  kind: WorkKind<T>,
  now: Date,
  options: ClaimOptions<T> = {},
): Promise<Claim<T>> {
  // Identifies this claim: if the database runs the transaction again after a commit that did land
  // (its answer was lost or late), the second run finds the claim is its own.
  const token = randomUUID();
  return db.transaction(async (tx): Promise<Claim<T>> => {
    const doc = await tx.get(ref);
    if (!doc) return { claimed: false, why: `no such ${kind.name} item` };
    const view = kind.view(doc);
    if (!view) return { claimed: false, why: `not a ${kind.name} item`, doc };
    if (view.phase === 'active' && view.claimToken === token) {
      return { claimed: true, doc, attempts: view.attempts, leaseUntil: new Date(view.leaseUntilMs ?? now.getTime()) };
    }
    const decision: ClaimDecision = claimWork(view, now.getTime(), kind.policy);
    if (!decision.claim)
      return { claimed: false, why: decision.why, doc, ...(decision.giveUp ? { giveUp: true } : {}) };
    const stopped = await options.check?.(tx, doc);
    if (stopped !== undefined) return { claimed: false, why: stopped, doc };
    const leaseUntil = new Date(decision.leaseUntilMs);
    tx.update(ref, {
      ...workFields(kind.prefix, { state: kind.activeState, attempts: decision.attempts, leaseUntil }),
      [`${kind.prefix}claimToken`]: token,
    });
    return { claimed: true, doc, attempts: decision.attempts, leaseUntil };
  });
}

/**
 * The work fields of a state change, as an update. `dueAt` follows from
 * the rest: the lease while active, the next attempt while waiting, null
 * when finished (pass `finished: true`).
 */
export function workFields<T>(
  prefix: string,
  change: {
    state: string;
    attempts?: number;
    leaseUntil?: Date | null;
    nextAttemptAt?: Date | null;
    dueAt?: Date | null;
    reason?: string | null;
    finished?: boolean;
  },
): UpdateData<T> {
  const fields: Record<string, unknown> = { [`${prefix}state`]: change.state };
  if (change.attempts !== undefined) fields[`${prefix}attempts`] = change.attempts;
  if (change.reason !== undefined) fields[`${prefix}reason`] = change.reason;
  fields[`${prefix}leaseUntil`] = change.leaseUntil ?? null;
  fields[`${prefix}nextAttemptAt`] = change.nextAttemptAt ?? null;
  fields[`${prefix}dueAt`] = change.finished
    ? null
    : (change.dueAt ?? change.leaseUntil ?? change.nextAttemptAt ?? null);
  return fields as UpdateData<T>;
}

/** The work fields of a new item, due for the sweep after the grace period if no trigger claims it. */
export function newWork(now: Date, extra: Record<string, unknown> = {}) {
  return { attempts: 0, dueAt: new Date(now.getTime() + PENDING_GRACE_MS), ...extra };
}

/** Items of a kind the sweep should look at now (due, or abandoned by a dead worker), oldest first. */
export async function dueWorkItems<T>(
  db: Database,
  from: GroupRef<T>,
  prefix: string,
  now: Date,
  limit = 100,
): Promise<Snapshot<T>[]> {
  return db.query(from, {
    where: [[`${prefix}dueAt`, '<=', now]],
    orderBy: [[`${prefix}dueAt`, 'asc']],
    limit,
  });
}

/** Clears a field's value in an update (a FieldOp, re-exported for pipelines). */
export const clear = () => FieldOp.delete();
