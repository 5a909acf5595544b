/**
 * Delivery statuses from the providers' webhooks, applied to the outbound
 * messages they are about (see applyStatus).
 */
import type { StatusEvent } from '../domain/message.js';
import { nextDeliveryStatus } from '../domain/work-state.js';
import { at } from '../store/collections.js';
import type { Transaction } from '../store/database.js';
import type { OutboxDoc, ParkedStatusDoc } from '../store/documents.js';
import { ids } from '../store/ids.js';
import { workFields } from '../store/work-item.js';
import type { Deps } from './deps.js';

export type StatusOutcome = 'applied' | 'stale' | 'parked' | 'confirmed';

/** How long a status waits for the send it is about (then Firestore's TTL removes it). */
export const PARKED_STATUS_TTL_MS = 7 * 24 * 3_600_000;

/**
 * Applies a delivery status to the outbound message with that provider id.
 * Statuses only move forward, so repeats and out-of-order callbacks are
 * no-ops. A status that names one of our outbox items (callback data) whose
 * send we never heard back from proves that it went out: the item is
 * recorded as sent, and is not sent again. A status can arrive before the
 * outbox has recorded the provider's id of its send: it is parked, and the
 * outbox applies it when it records the send.
 */
export async function applyStatus(deps: Deps, businessId: string, event: StatusEvent): Promise<StatusOutcome> {
  const now = deps.now();
  return deps.db.transaction(async (tx): Promise<StatusOutcome> => {
    const [found] = await tx.query(at.messages(businessId), {
      where: [['providerMessageId', '==', event.providerMessageId]],
      limit: 1,
    });
    const item = event.callbackData ? await confirmable(tx, businessId, event.callbackData) : undefined;
    if (found) {
      if (!nextDeliveryStatus(found.data.delivery?.status, event.status)) return 'stale';
      tx.update(found.ref, { delivery: { status: event.status, at: event.timestamp, error: event.error ?? null } });
      return 'applied';
    }
    if (item) {
      const messageRef = at.message(businessId, item.messageId);
      tx.update(at.outboxItem(businessId, event.callbackData!), {
        ...workFields<OutboxDoc>('', { state: 'sent', finished: true }),
        sentAt: event.timestamp,
        providerMessageId: event.providerMessageId,
        unconfirmed: null,
        lastError: null,
      });
      tx.update(messageRef, {
        providerMessageId: event.providerMessageId,
        delivery: { status: event.status, at: event.timestamp, error: event.error ?? null },
      });
      return 'confirmed';
    }
    const ref = at.parkedStatus(businessId, ids.parkedStatus(event.channel, event.providerMessageId));
    const parked = await tx.get(ref);
    if (parked && !nextDeliveryStatus(parked.status, event.status)) return 'stale';
    const doc: ParkedStatusDoc = {
      channel: event.channel,
      providerMessageId: event.providerMessageId,
      status: event.status,
      at: event.timestamp,
      error: event.error ?? null,
      reason: 'no message with this provider id yet: waiting for the send to be recorded',
      expireAt: new Date(now.getTime() + PARKED_STATUS_TTL_MS),
    };
    tx.set(ref, doc);
    return 'parked';
  });
}

/** Our outbox item named by a status's callback data, if its send is still unconfirmed. */
async function confirmable(tx: Transaction, businessId: string, outboxId: string) {
  let ref;
  try {
    ref = at.outboxItem(businessId, outboxId);
  } catch {
    return undefined; // not one of our ids
  }
  const item = await tx.get(ref);
  return item?.unconfirmed && item.state !== 'sent' && item.state !== 'cancelled' ? item : undefined;
}
