/**
 * The sweep: every minute, every kind of work item that is due — waiting
 * for a retry, never picked up by its trigger, or held by a worker whose
 * lease ran out (it crashed or timed out) — is run again through the same
 * handler its trigger uses. The handlers' claims decide: an item someone is
 * still working on is left alone, one that ran out of attempts is failed
 * visibly. A kind added later (holds, payments, reminders) is one more
 * entry in the list the entry passes in.
 */
import { describeError } from '../errors.js';
import type { GroupRef } from '../store/database.js';
import { dueWorkItems } from '../store/work-item.js';
import type { Deps } from './deps.js';

export interface SweptKind<T> {
  name: string;
  from: GroupRef<T>;
  /** Where the work fields are ('' or 'processing.' …), as in the kind's WorkKind. */
  prefix: string;
  run(businessId: string, id: string, doc: T): Promise<unknown>;
}

export interface SweepReport {
  kind: string;
  due: number;
  failed: number;
}

/** A kind of work for the sweep's list (each kind's document type stays checked where it is defined). */
export function sweptKind<T>(kind: SweptKind<T>): SweptKind<unknown> {
  return kind as unknown as SweptKind<unknown>;
}

/** Runs every due item of every kind; one item's failure never stops the others. */
export async function sweep(deps: Deps, kinds: readonly SweptKind<unknown>[], limit = 100): Promise<SweepReport[]> {
  const reports: SweepReport[] = [];
  for (const kind of kinds) {
    const due = await dueWorkItems(deps.db, kind.from, kind.prefix, deps.now(), limit);
    const results = await Promise.allSettled(
      due.map((item) => kind.run(item.ref.path.split('/')[1]!, item.ref.id, item.data)),
    );
    const failed = results.filter((r) => r.status === 'rejected');
    for (const r of failed) deps.log.error('sweep item failed', { kind: kind.name, error: describeError(r.reason) });
    reports.push({ kind: kind.name, due: due.length, failed: failed.length });
  }
  return reports;
}
