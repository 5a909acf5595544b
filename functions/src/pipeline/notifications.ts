/**
 * Things staff must know about (a handoff, a reply that failed, a send
 * that could not be delivered, a flood, the day's LLM budget spent), in
 * businesses/{b}/notifications. One notification per kind and subject:
 * written in the same transaction as what it reports, under a deterministic
 * id, so a retried step never notifies twice.
 *
 * Each one is also a work item for the staff bot (`telegram`, see
 * pipeline/staff-notify.ts): pending when raised, sent by the trigger on
 * its creation, or by the sweep if the trigger never ran. Raising the same
 * notification again merges into it: what was already sent to whom is kept,
 * so nobody is told twice.
 */
import { at } from '../store/collections.js';
import type { Writer } from '../store/database.js';
import type { NotificationAction, NotificationDoc } from '../store/documents.js';
import { ids } from '../store/ids.js';
import { newWork } from '../store/work-item.js';

export type RaisedNotification = Omit<NotificationDoc, 'read' | 'telegram' | 'resolution'> & {
  /** What the id is derived from (default: the message id). */
  subjectId?: string;
};

/** The built-in action that gives a conversation back to the AI (pipeline/notification-actions.ts). */
export const RESUME_AI: NotificationAction = { id: 'resume-ai', label: 'Let the AI answer again' };

export function raiseNotification(writer: Writer, businessId: string, notification: RaisedNotification): string {
  const { subjectId, ...rest } = notification;
  const key = subjectId ?? notification.messageId ?? notification.subject?.id;
  if (!key) throw new Error(`notification ${notification.kind} has nothing to be keyed by`);
  const id = ids.notification(notification.kind, key);
  writer.merge(at.notification(businessId, id), {
    ...rest,
    reason: rest.reason.slice(0, 2_000),
    read: false,
    telegram: { state: 'pending', reason: null, leaseUntil: null, nextAttemptAt: null, ...newWork(rest.createdAt) },
  });
  return id;
}
