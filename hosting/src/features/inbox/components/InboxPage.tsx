/**
 * The inbox: every conversation across channels, live, those waiting for a
 * person first, with filters; and the selected conversation beside it (on a
 * phone, one or the other).
 */
import { useMemo, useState } from 'react';
import { useParams } from 'wouter';
import type { ChannelType } from '../../../../../functions/src/domain/business';
import { CHANNEL_NAMES } from '../../../shared/ui/channels';
import { Empty, ErrorState, Loading } from '../../../shared/ui/states';
import { useNow } from '../../../shared/ui/use-now';
import { useUser } from '../../auth/auth-context';
import { useBusiness } from '../../businesses/business-context';
import { factsOf, useConversations } from '../api/conversations';
import { applyFilter, labelsIn, needsPerson, VIEWS, type InboxFilter, type InboxView } from '../model/inbox';
import { ConversationList } from './ConversationList';
import { ConversationView } from './ConversationView';

const VIEW_NAMES: Record<InboxView, string> = {
  'needs-person': 'Needs a person',
  mine: 'Mine',
  ai: 'AI',
  all: 'All',
};

export default function InboxPage() {
  const { businessId, timeZone, quietMinutes } = useBusiness();
  const user = useUser();
  const params = useParams<{ conversationId?: string }>();
  const selectedId = params.conversationId;
  const conversations = useConversations(businessId);
  const now = useNow(15_000);
  const [filter, setFilter] = useState<InboxFilter>({ view: 'all' });

  const all = useMemo(() => (conversations.status === 'ready' ? conversations.data : []), [conversations]);
  const byId = useMemo(() => new Map(all.map((c) => [c.id, c])), [all]);
  const facts = useMemo(() => all.map(factsOf), [all]);
  const shown = useMemo(
    () => applyFilter(facts, filter, user.uid, now.getTime(), quietMinutes),
    [facts, filter, user.uid, now, quietMinutes],
  );
  const waitingCount = facts.filter((f) => needsPerson(f, now.getTime(), quietMinutes)).length;
  const labels = labelsIn(facts);
  const channels = (Object.keys(CHANNEL_NAMES) as ChannelType[]).filter((t) => facts.some((f) => f.channel === t));
  // Relative to the business's route nest (wouter).
  const basePath = '/inbox';

  return (
    <div className={`fd-inbox${selectedId ? ' has-selection' : ''}`}>
      <section className="fd-inbox__list" aria-label="Inbox">
        <div className="fd-inbox__filters">
          <div className="fd-segmented" role="group" aria-label="Show">
            {VIEWS.map((v) => (
              <button
                key={v}
                type="button"
                className={filter.view === v ? 'is-active' : ''}
                aria-pressed={filter.view === v}
                onClick={() => setFilter({ ...filter, view: v })}
              >
                {VIEW_NAMES[v]}
                {v === 'needs-person' && waitingCount > 0 ? <span className="fd-count">{waitingCount}</span> : null}
              </button>
            ))}
          </div>
          <div className="fd-inbox__row">
            <label className="fd-visually-hidden" htmlFor="inbox-search">
              Search by name or phone
            </label>
            <input
              id="inbox-search"
              type="search"
              className="fd-input"
              placeholder="Search name or phone"
              value={filter.search ?? ''}
              onChange={(e) => setFilter({ ...filter, search: e.target.value })}
            />
            <label className="fd-visually-hidden" htmlFor="inbox-channel">
              Channel
            </label>
            <select
              id="inbox-channel"
              className="fd-input"
              value={filter.channel ?? ''}
              onChange={(e) =>
                setFilter({ ...filter, channel: (e.target.value || undefined) as ChannelType | undefined })
              }
            >
              <option value="">All channels</option>
              {channels.map((t) => (
                <option key={t} value={t}>
                  {CHANNEL_NAMES[t]}
                </option>
              ))}
            </select>
            {labels.length ? (
              <>
                <label className="fd-visually-hidden" htmlFor="inbox-label">
                  Label
                </label>
                <select
                  id="inbox-label"
                  className="fd-input"
                  value={filter.label ?? ''}
                  onChange={(e) => setFilter({ ...filter, label: e.target.value || undefined })}
                >
                  <option value="">All labels</option>
                  {labels.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </select>
              </>
            ) : null}
          </div>
        </div>
        {conversations.status === 'loading' ? (
          <Loading label="Loading conversations…" />
        ) : conversations.status === 'error' ? (
          <ErrorState error={conversations.error} />
        ) : shown.length === 0 ? (
          <Empty title={all.length === 0 ? 'No conversations yet' : 'Nothing matches'}>
            {all.length === 0
              ? 'When customers write on a connected channel, their conversations appear here as they arrive.'
              : 'Try another filter or search.'}
          </Empty>
        ) : (
          <ConversationList
            items={shown}
            byId={byId}
            selectedId={selectedId}
            nowMs={now.getTime()}
            quietMinutes={quietMinutes}
            timeZone={timeZone}
            basePath={basePath}
          />
        )}
      </section>
      <section className="fd-inbox__detail" aria-label="Conversation">
        {selectedId ? (
          <ConversationView key={selectedId} conversationId={selectedId} backHref={basePath} />
        ) : (
          <Empty title="Pick a conversation">Conversations waiting for a person are at the top of the list.</Empty>
        )}
      </section>
    </div>
  );
}
