/**
 * Things staff must know about (a handoff, a reply that failed, a send
 * that could not be delivered), in businesses/{b}/notifications. One
 * notification per kind and subject: written in the same transaction as
 * what it reports, under a deterministic id, so a retried step never
 * notifies twice.
 */
import { at } from '../store/collections.js';
import type { Writer } from '../store/database.js';
import type { NotificationDoc } from '../store/documents.js';
import { ids } from '../store/ids.js';

export function raiseNotification(
  writer: Writer,
  businessId: string,
  notification: Omit<NotificationDoc, 'read'> & { subjectId?: string },
): string {
  const { subjectId, ...rest } = notification;
  const id = ids.notification(notification.kind, subjectId ?? notification.messageId);
  writer.set(at.notification(businessId, id), { ...rest, reason: rest.reason.slice(0, 2_000), read: false });
  return id;
}
