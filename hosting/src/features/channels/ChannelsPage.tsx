/**
 * Connected channels with their diagnostics (businesses/{b}/channelStatus,
 * written by the webhooks and the outbox): when the last webhook arrived,
 * the last send succeeded, and the last error; and how each is set up.
 */
import { collection } from 'firebase/firestore';
import { useMemo } from 'react';
import { db } from '../../shared/firebase/app';
import type { ChannelStatusDoc } from '../../shared/firebase/documents';
import { useLiveQuery } from '../../shared/firebase/live';
import { CHANNEL_NAMES } from '../../shared/ui/channels';
import { Empty, LiveView } from '../../shared/ui/states';
import { fullTime, relative } from '../../shared/ui/time';
import { useBusiness } from '../businesses/business-context';
import { SETUP } from './setup';

export default function ChannelsPage() {
  const { businessId, business, timeZone } = useBusiness();
  const status = useLiveQuery<ChannelStatusDoc>(
    useMemo(() => collection(db, 'businesses', businessId, 'channelStatus'), [businessId]),
  );
  const channels = business.channels ?? [];
  const when = (t: { toDate(): Date } | undefined) =>
    t ? (
      <time dateTime={t.toDate().toISOString()} title={fullTime(t.toDate(), timeZone)}>
        {relative(t.toDate())}
      </time>
    ) : (
      <span className="fd-muted">never</span>
    );
  return (
    <div className="fd-page">
      <h1>Channels</h1>
      {channels.length === 0 ? (
        <Empty title="No channels connected">
          Add channels to the business profile file and seed it (README, “Channels”).
        </Empty>
      ) : (
        <LiveView live={status}>
          {(rows) => (
            <div className="fd-cards-grid" data-testid="channels">
              {channels.map((c) => {
                const s = rows.find((r) => r.id === `${c.type}_${c.accountId}`);
                const failing = s?.lastError && (!s.lastSendAt || s.lastError.at.toMillis() > s.lastSendAt.toMillis());
                return (
                  <article key={`${c.type}/${c.accountId}`} className={`fd-card${failing ? ' is-failing' : ''}`}>
                    <h2>{CHANNEL_NAMES[c.type]}</h2>
                    <p className="fd-muted">
                      {c.displayName ?? c.displayPhoneNumber ?? ''} <code>{c.accountId}</code>
                    </p>
                    <dl className="fd-facts">
                      <dt>Last webhook</dt>
                      <dd>{when(s?.lastWebhookAt)}</dd>
                      <dt>Last successful send</dt>
                      <dd>
                        {when(s?.lastSendAt)}
                        {s?.sends ? ` · ${s.sends} sent` : ''}
                      </dd>
                      <dt>Last error</dt>
                      <dd>
                        {s?.lastError ? (
                          <>
                            {when(s.lastError.at)}: <span className="fd-error-text">{s.lastError.message}</span>
                            {s.failures ? ` · ${s.failures} failed` : ''}
                          </>
                        ) : (
                          <span className="fd-muted">none</span>
                        )}
                      </dd>
                      {c.reengagementTemplate ? (
                        <>
                          <dt>Template after 24 h</dt>
                          <dd>
                            <code>{c.reengagementTemplate.name}</code> ({c.reengagementTemplate.language})
                          </dd>
                        </>
                      ) : null}
                    </dl>
                    <details>
                      <summary>How it is set up</summary>
                      <p>{SETUP[c.type]}</p>
                    </details>
                  </article>
                );
              })}
            </div>
          )}
        </LiveView>
      )}
    </div>
  );
}
