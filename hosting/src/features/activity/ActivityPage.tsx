/**
 * What went wrong: notifications from the functions (sends that failed for
 * good) and this business's dead letters — authentic input that could not
 * be used, kept with the reason.
 */
import { collection, limit, orderBy, query } from 'firebase/firestore';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { db } from '../../shared/firebase/app';
import type { DeadLetterDoc, NotificationDoc } from '../../shared/firebase/documents';
import { useLiveQuery } from '../../shared/firebase/live';
import { CHANNEL_NAMES } from '../../shared/ui/channels';
import { Empty, LiveView } from '../../shared/ui/states';
import { fullTime } from '../../shared/ui/time';
import { useBusiness } from '../businesses/business-context';
import { NOTIFICATION_TITLES } from '../notifications/alerts';
import { markNotificationRead } from '../notifications/notifications';

export default function ActivityPage() {
  const { businessId, timeZone } = useBusiness();
  const notifications = useLiveQuery<NotificationDoc>(
    useMemo(
      () => query(collection(db, 'businesses', businessId, 'notifications'), orderBy('createdAt', 'desc'), limit(100)),
      [businessId],
    ),
  );
  const deadLetters = useLiveQuery<DeadLetterDoc>(
    useMemo(
      () => query(collection(db, 'businesses', businessId, 'deadLetters'), orderBy('receivedAt', 'desc'), limit(100)),
      [businessId],
    ),
  );
  return (
    <div className="fd-page">
      <h1>Alerts & dead letters</h1>
      <section aria-labelledby="notif-title">
        <h2 id="notif-title">Notifications</h2>
        <LiveView live={notifications}>
          {(list) =>
            list.length === 0 ? (
              <Empty title="No notifications" />
            ) : (
              <ul className="fd-list">
                {list.map((n) => (
                  <li key={n.id} className={n.read ? 'is-muted' : ''}>
                    <strong>{NOTIFICATION_TITLES[n.kind]}</strong>
                    {n.channel ? ` (${CHANNEL_NAMES[n.channel]})` : ''} — {n.reason}{' '}
                    <span className="fd-muted">{fullTime(n.createdAt.toDate(), timeZone)}</span>{' '}
                    {n.conversationId ? <Link href={`/inbox/${n.conversationId}`}>Open the conversation</Link> : null}{' '}
                    {n.read ? null : (
                      <button
                        type="button"
                        className="fd-btn fd-btn--ghost fd-btn--small"
                        onClick={() => void markNotificationRead(businessId, n.id)}
                      >
                        Mark read
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        </LiveView>
      </section>
      <section aria-labelledby="dl-title">
        <h2 id="dl-title">Dead letters</h2>
        <p className="fd-muted">
          Deliveries from a provider that were authentic but could not be used. Nothing is dropped silently.
        </p>
        <LiveView live={deadLetters}>
          {(list) =>
            list.length === 0 ? (
              <Empty title="No dead letters" />
            ) : (
              <ul className="fd-list">
                {list.map((d) => (
                  <li key={d.id}>
                    <strong>{d.source}</strong>: {d.reason}{' '}
                    <span className="fd-muted">{fullTime(d.receivedAt.toDate(), timeZone)}</span>
                    <details>
                      <summary>Payload</summary>
                      <pre className="fd-pre">{d.payload.slice(0, 4000)}</pre>
                    </details>
                  </li>
                ))}
              </ul>
            )
          }
        </LiveView>
      </section>
    </div>
  );
}
