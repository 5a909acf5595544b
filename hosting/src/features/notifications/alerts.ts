/** Alerts shown in the badge and, when new, as browser notifications. Pure. */
import type { NotificationKind } from '../../../../functions/src/store/documents';

export const NOTIFICATION_TITLES: Record<NotificationKind, string> = {
  delivery_failed: 'A message was not delivered',
  reply_failed: 'The AI could not answer',
  handoff: 'Handed to a person',
  emergency: 'URGENT: possible emergency',
  rate_limited: 'A customer is flooding the chat',
  budget_exceeded: "Today's AI budget is spent",
  booking: 'Booking',
  approval: 'Waiting for your approval',
  booking_failed: 'A booking step failed',
};

export interface Alert {
  /** Stable for one occurrence: a second handoff of the same conversation is a new alert. */
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** The conversation to open, when the alert is about one (a spent budget is not). */
  conversationId?: string | undefined;
  notificationId?: string;
}

/** Alerts not in `seen`; none on the first load (`seen` null), which is the backlog, not news. */
export function newAlerts(seen: ReadonlySet<string> | null, alerts: Alert[]): Alert[] {
  if (!seen) return [];
  return alerts.filter((a) => !seen.has(a.id));
}
