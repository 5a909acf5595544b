/**
 * A store transaction whose function may refuse. A refusal decided inside a
 * transaction (a used invite, the last owner, a missing conversation) is
 * returned from it and thrown after it, so it reaches the caller as the
 * error it is: the Firestore store reports anything thrown inside a
 * transaction as a StoreError.
 */
import type { FrontdeskError } from '../errors.js';
import type { Database, Transaction } from '../store/database.js';

export class Refusal {
  constructor(readonly error: FrontdeskError) {}
}

export const refuse = (error: FrontdeskError) => new Refusal(error);

export async function transact<R>(db: Database, fn: (tx: Transaction) => Promise<R | Refusal>): Promise<R> {
  const result = await db.transaction(fn);
  if (result instanceof Refusal) throw result.error;
  return result;
}
