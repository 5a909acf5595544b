/**
 * One conversation: who owns it (with the AI's countdown), take over and
 * hand back, the messages as they arrive, the reply box and the contact panel.
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { CHANNEL_NAMES } from '../../../shared/ui/channels';
import { ActionError } from '../../../shared/firebase/functions';
import { Empty, ErrorState, Loading } from '../../../shared/ui/states';
import { countdown } from '../../../shared/ui/time';
import { useNow } from '../../../shared/ui/use-now';
import { useBusiness } from '../../businesses/business-context';
import { factsOf, handBack, markRead, takeOver, useConversation, useMessages } from '../api/conversations';
import { aiResumesAtMs, ownerNow } from '../model/inbox';
import { Composer } from './Composer';
import { ContactPanel } from './ContactPanel';
import { MessageBubble } from './MessageBubble';

export function ConversationView({ conversationId, backHref }: { conversationId: string; backHref: string }) {
  const { businessId, quietMinutes, business } = useBusiness();
  const conversation = useConversation(businessId, conversationId);
  const messages = useMessages(businessId, conversationId);
  const now = useNow(1000);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [showContact, setShowContact] = useState(false);
  const end = useRef<HTMLDivElement>(null);

  const unread = conversation.status === 'ready' ? (conversation.data?.unread ?? 0) : 0;
  useEffect(() => {
    // Opening a conversation (or a new message arriving while it is open) marks it read.
    if (unread > 0 && document.visibilityState === 'visible') void markRead(businessId, conversationId).catch(() => {});
  }, [unread, businessId, conversationId]);

  const count = messages.status === 'ready' ? messages.data.length : 0;
  useEffect(() => {
    // Braces matter: Chromium's scrollIntoView now returns a promise, and an effect must return nothing or a cleanup.
    void end.current?.scrollIntoView({ block: 'end' });
  }, [count]);

  if (conversation.status === 'loading') return <Loading />;
  if (conversation.status === 'error') return <ErrorState error={conversation.error} />;
  const c = conversation.data;
  if (!c) return <Empty title="This conversation does not exist.">It may have been removed.</Empty>;

  const facts = factsOf(c);
  const owner = ownerNow(facts, now.getTime(), quietMinutes);
  const resumesAt = aiResumesAtMs(facts, now.getTime(), quietMinutes);

  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
    } catch (err) {
      setError(err instanceof ActionError || err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={`fd-conv${showContact ? ' with-contact' : ''}`}>
      <header className="fd-conv__header">
        <Link href={backHref} className="fd-btn fd-btn--ghost fd-conv__back" aria-label="Back to the inbox">
          ←
        </Link>
        <div className="fd-conv__who">
          <h2>
            <bdi>{c.contactName || c.userId}</bdi>
          </h2>
          <span className="fd-muted">
            {CHANNEL_NAMES[c.channel]} · <bdi>{c.userId}</bdi>
          </span>
        </div>
        <div className="fd-conv__owner" data-testid="owner-state">
          {owner === 'ai' ? (
            <span className="fd-pill fd-pill--ai">AI is answering</span>
          ) : (
            <span className="fd-pill fd-pill--human">
              {c.assignee?.name ?? 'Staff'}{' '}
              {c.handoff?.reason && c.handoff.reason !== 'staff'
                ? `· handed off: ${c.handoff.reason.replace('_', ' ')}`
                : ''}
            </span>
          )}
          {resumesAt !== undefined ? (
            <span
              className="fd-muted"
              data-testid="ai-countdown"
              title={`After ${quietMinutes} minutes without a staff message`}
            >
              AI resumes in {countdown(resumesAt - now.getTime())}
            </span>
          ) : null}
        </div>
        <div className="fd-conv__actions">
          {owner === 'ai' ? (
            <button
              type="button"
              className="fd-btn"
              disabled={busy}
              onClick={() => act(() => takeOver(businessId, c.id))}
            >
              Take over
            </button>
          ) : (
            <button
              type="button"
              className="fd-btn fd-btn--ghost"
              disabled={busy}
              onClick={() => act(() => handBack(businessId, c.id))}
            >
              Hand back to AI
            </button>
          )}
          <button
            type="button"
            className="fd-btn fd-btn--ghost"
            aria-expanded={showContact}
            aria-controls="contact-panel"
            onClick={() => setShowContact(!showContact)}
          >
            Contact
          </button>
        </div>
      </header>
      {c.handoff?.detail && owner === 'human' ? (
        <p className="fd-notice" role="note">
          {c.handoff.detail}
        </p>
      ) : null}
      {error ? (
        <p className="fd-notice fd-notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="fd-conv__body">
        <div className="fd-messages" role="log" aria-live="polite" aria-label="Messages" data-testid="messages">
          {messages.status === 'loading' ? (
            <Loading label="Loading messages…" />
          ) : messages.status === 'error' ? (
            <ErrorState error={messages.error} />
          ) : messages.data.length === 0 ? (
            <Empty title="No messages yet" />
          ) : (
            messages.data.map((m) => <MessageBubble key={m.id} message={m} />)
          )}
          <div ref={end} />
        </div>
        {showContact ? (
          <ContactPanel id="contact-panel" conversation={c} onClose={() => setShowContact(false)} />
        ) : null}
      </div>
      <Composer conversation={facts} channels={business.channels ?? []} />
    </div>
  );
}
