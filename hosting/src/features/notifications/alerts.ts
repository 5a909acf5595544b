/** Alerts shown in the badge and, when new, as browser notifications. Pure. */
export interface Alert {
  /** Stable for one occurrence: a second handoff of the same conversation is a new alert. */
  id: string;
  kind: 'handoff' | 'delivery_failed';
  title: string;
  body: string;
  conversationId: string;
  notificationId?: string;
}

/** Alerts not in `seen`; none on the first load (`seen` null), which is the backlog, not news. */
export function newAlerts(seen: ReadonlySet<string> | null, alerts: Alert[]): Alert[] {
  if (!seen) return [];
  return alerts.filter((a) => !seen.has(a.id));
}
