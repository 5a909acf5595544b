/**
 * Authentic input we could not use is kept, never dropped: with the reason,
 * under its business when we know it, else in the server-only top-level
 * collection. Staff see the business's dead letters in the dashboard.
 */
import { Timestamp } from 'firebase-admin/firestore';
import type { DeadLetterDoc } from '../store/documents.js';
import { paths } from '../store/paths.js';
import type { Deps } from './deps.js';

const MAX_PAYLOAD = 200_000;

export async function keepDeadLetter(
  deps: Deps,
  letter: { source: string; reason: string; payload: unknown; businessId?: string | null; accountId?: string | null },
): Promise<string> {
  const raw = typeof letter.payload === 'string' ? letter.payload : JSON.stringify(letter.payload);
  const doc: DeadLetterDoc = {
    source: letter.source,
    reason: letter.reason,
    payload:
      raw.length > MAX_PAYLOAD ? `${raw.slice(0, MAX_PAYLOAD)}…[truncated ${raw.length - MAX_PAYLOAD} chars]` : raw,
    accountId: letter.accountId ?? null,
    receivedAt: Timestamp.fromDate(deps.now()),
  };
  const collection = letter.businessId ? paths.deadLetters(letter.businessId) : paths.deadLetters_unrouted;
  const ref = await deps.db.collection(collection).add(doc);
  deps.log.warn('dead letter kept', {
    source: letter.source,
    reason: letter.reason,
    id: ref.id,
    businessId: letter.businessId,
  });
  return ref.id;
}
