/**
 * Authentic input we could not use is kept, never dropped: with the reason,
 * under its business when we know it, else in the server-only top-level
 * collection. Staff see the business's dead letters in the dashboard.
 *
 * The payload is kept inline up to MAX_INLINE_PAYLOAD bytes; a larger one
 * is kept whole in the media store, referenced from the letter.
 */
import type { MediaStore } from '../media/media-store.js';
import { at } from '../store/collections.js';
import { autoId, doc } from '../store/database.js';
import type { DeadLetterDoc } from '../store/documents.js';
import type { Deps } from './deps.js';

export const MAX_INLINE_PAYLOAD = 256 * 1024;

export interface DeadLetter {
  source: string;
  reason: string;
  /** The raw body or the fragment concerned. */
  payload: unknown;
  businessId?: string | null | undefined;
  accountId?: string | null | undefined;
}

export async function keepDeadLetter(deps: Deps & { media?: MediaStore }, letter: DeadLetter): Promise<string> {
  const raw = typeof letter.payload === 'string' ? letter.payload : JSON.stringify(letter.payload);
  const bytes = Buffer.from(raw ?? 'undefined', 'utf8');
  const id = autoId();
  let payload = bytes.toString('utf8');
  let payloadRef: DeadLetterDoc['payloadRef'] = null;
  if (bytes.length > MAX_INLINE_PAYLOAD) {
    const head = bytes.subarray(0, MAX_INLINE_PAYLOAD).toString('utf8');
    payload = `${head}…[${bytes.length - MAX_INLINE_PAYLOAD} more bytes${deps.media ? ' in payloadRef' : ' not kept'}]`;
    if (deps.media) {
      const base = letter.businessId ? `businesses/${letter.businessId}/dead-letters` : 'dead-letters';
      const stored = await deps.media.put(`${base}/${id}/payload.txt`, bytes, 'text/plain; charset=utf-8');
      payloadRef = { path: stored.path, uri: stored.uri, size: stored.size };
    }
  }
  const letterDoc: DeadLetterDoc = {
    source: letter.source,
    reason: letter.reason.slice(0, 2_000),
    payload,
    payloadRef,
    accountId: letter.accountId ? letter.accountId.slice(0, 300) : null,
    receivedAt: deps.now(),
  };
  const collection = letter.businessId ? at.deadLetters(letter.businessId) : at.unroutedDeadLetters();
  await deps.db.create(doc(collection, id), letterDoc);
  deps.log.warn('dead letter kept', {
    source: letter.source,
    reason: letterDoc.reason,
    id,
    businessId: letter.businessId,
  });
  return id;
}
