import { Link } from 'wouter';
import type { ChannelType } from '../../../../../functions/src/domain/business';
import { CHANNEL_NAMES, CHANNEL_SHORT } from '../../../shared/ui/channels';
import { shortTime } from '../../../shared/ui/time';
import type { Conversation } from '../api/conversations';
import { needsPerson, ownerNow, type ConversationFacts } from '../model/inbox';

export function ConversationList({
  items,
  byId,
  selectedId,
  nowMs,
  quietMinutes,
  timeZone,
  basePath,
}: {
  items: ConversationFacts[];
  byId: Map<string, Conversation>;
  selectedId: string | undefined;
  nowMs: number;
  quietMinutes: number;
  timeZone: string;
  basePath: string;
}) {
  return (
    <ul className="fd-convlist" aria-label="Conversations" data-testid="conversation-list">
      {items.map((facts) => {
        const c = byId.get(facts.id)!;
        const waiting = needsPerson(facts, nowMs, quietMinutes);
        const owner = ownerNow(facts, nowMs, quietMinutes);
        const name = c.contactName || c.userId;
        return (
          <li key={c.id}>
            <Link
              href={`${basePath}/${c.id}`}
              className={`fd-convlist__item${selectedId === c.id ? ' is-selected' : ''}${waiting ? ' is-waiting' : ''}`}
              aria-current={selectedId === c.id ? 'page' : undefined}
              data-testid="conversation-item"
            >
              <span className={`fd-channel fd-channel--${channelFamily(c.channel)}`} title={CHANNEL_NAMES[c.channel]}>
                {CHANNEL_SHORT[c.channel]}
              </span>
              <span className="fd-convlist__main">
                <span className="fd-convlist__top">
                  <bdi className="fd-convlist__name">{name}</bdi>
                  <time className="fd-convlist__time" dateTime={c.lastMessageAt?.toDate().toISOString()}>
                    {c.lastMessageAt ? shortTime(c.lastMessageAt.toDate(), timeZone, new Date(nowMs)) : ''}
                  </time>
                </span>
                <span className="fd-convlist__preview" dir="auto">
                  {c.lastMessagePreview}
                </span>
                <span className="fd-convlist__meta">
                  {waiting ? <span className="fd-pill fd-pill--warn">Needs a person</span> : null}
                  <span className={`fd-pill ${owner === 'ai' ? 'fd-pill--ai' : 'fd-pill--human'}`}>
                    {owner === 'ai' ? 'AI' : (c.assignee?.name ?? 'Staff')}
                  </span>
                  {(c.labels ?? []).map((l) => (
                    <span key={l} className="fd-pill">
                      {l}
                    </span>
                  ))}
                </span>
              </span>
              {c.unread > 0 ? (
                <span className="fd-unread" aria-label={`${c.unread} unread`}>
                  {c.unread}
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export function channelFamily(channel: ChannelType): string {
  return channel.startsWith('whatsapp') ? 'whatsapp' : channel;
}
