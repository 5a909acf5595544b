/**
 * What staff must know about at once: conversations waiting for a person
 * (handoffs) and notifications the functions write (a send that failed for
 * good). Shown as a badge, and as a browser notification when the tab is in
 * the background and the person allowed it.
 */
import { collection, doc, limit, orderBy, query, updateDoc, where } from 'firebase/firestore';
import { useEffect, useMemo, useRef, useState } from 'react';
import { db } from '../../shared/firebase/app';
import type { NotificationDoc } from '../../shared/firebase/documents';
import { useLiveQuery } from '../../shared/firebase/live';
import { useNow } from '../../shared/ui/use-now';
import { useBusiness } from '../businesses/business-context';
import { factsOf, useConversations } from '../inbox/api/conversations';
import { needsPerson } from '../inbox/model/inbox';
import { newAlerts, NOTIFICATION_TITLES, type Alert } from './alerts';

export function useUnreadNotifications(businessId: string) {
  return useLiveQuery<NotificationDoc>(
    useMemo(
      () =>
        query(
          collection(db, 'businesses', businessId, 'notifications'),
          where('read', '==', false),
          orderBy('createdAt', 'desc'),
          limit(50),
        ),
      [businessId],
    ),
  );
}

export const markNotificationRead = (businessId: string, id: string) =>
  updateDoc(doc(db, 'businesses', businessId, 'notifications', id), { read: true });

/** The alerts of this moment, and browser notifications for new ones while the tab is hidden. */
export function useAlerts(): Alert[] {
  const { businessId, quietMinutes } = useBusiness();
  const conversations = useConversations(businessId);
  const notifications = useUnreadNotifications(businessId);
  const now = useNow(30_000);
  const alerts = useMemo<Alert[]>(() => {
    const list: Alert[] = [];
    if (conversations.status === 'ready') {
      for (const c of conversations.data) {
        if (needsPerson(factsOf(c), now.getTime(), quietMinutes)) {
          list.push({
            id: `handoff:${c.id}:${c.handoff?.at?.toMillis() ?? c.lastInboundAt?.toMillis() ?? 0}`,
            kind: 'handoff',
            title: `${c.contactName || c.userId} needs a person`,
            body: c.handoff?.detail ?? c.lastMessagePreview,
            conversationId: c.id,
          });
        }
      }
    }
    if (notifications.status === 'ready') {
      // Handoffs are shown from the conversations themselves (above), which stop alerting once someone answers.
      for (const n of notifications.data.filter((n) => n.kind !== 'handoff')) {
        list.push({
          id: `notification:${n.id}`,
          kind: n.kind,
          title: NOTIFICATION_TITLES[n.kind],
          body: n.reason,
          conversationId: n.conversationId ?? undefined,
          notificationId: n.id,
        });
      }
    }
    return list;
  }, [conversations, notifications, now, quietMinutes]);

  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    // The first load is the backlog: only alerts that appear after it are announced.
    if (conversations.status !== 'ready' || notifications.status !== 'ready') return;
    const fresh = newAlerts(seen.current, alerts);
    seen.current = new Set(alerts.map((a) => a.id));
    if (
      document.visibilityState === 'hidden' &&
      typeof Notification !== 'undefined' &&
      Notification.permission === 'granted'
    ) {
      for (const a of fresh) {
        const n = new Notification(a.title, { body: a.body, tag: a.id });
        n.onclick = () => {
          window.focus();
          location.assign(
            a.conversationId ? `/b/${businessId}/inbox/${a.conversationId}` : `/b/${businessId}/activity`,
          );
        };
      }
    }
  }, [alerts, conversations.status, notifications.status, businessId]);
  return alerts;
}

export function useNotificationPermission(): [NotificationPermission | 'unsupported', () => void] {
  const supported = typeof Notification !== 'undefined';
  const [permission, setPermission] = useState<NotificationPermission | 'unsupported'>(
    supported ? Notification.permission : 'unsupported',
  );
  return [permission, () => void (supported ? Notification.requestPermission().then(setPermission) : undefined)];
}
