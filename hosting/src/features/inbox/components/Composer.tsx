/**
 * The reply box. A reply goes out through the outbox like every message;
 * this shows the channel's window first: open (and until when), closed with
 * the approved template the reply will be wrapped in, or closed with no way
 * to send — then sending is disabled and the reason is shown.
 */
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ChannelAccount } from '../../../../../functions/src/domain/business';
import { fullTime } from '../../../shared/ui/time';
import { useNow } from '../../../shared/ui/use-now';
import { useBusiness } from '../../businesses/business-context';
import { sendReply } from '../api/conversations';
import { useCannedReplies } from '../api/team-notes';
import { replyWindow, type ConversationFacts } from '../model/inbox';

export function Composer({ conversation, channels }: { conversation: ConversationFacts; channels: ChannelAccount[] }) {
  const { businessId, timeZone } = useBusiness();
  const now = useNow(30_000);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const canned = useCannedReplies(businessId);
  const window = replyWindow(conversation, channels, now.getTime());
  const blocked = window.kind === 'closed';

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!text.trim() || blocked || sending) return;
    setSending(true);
    setError(undefined);
    try {
      await sendReply(businessId, conversation.id, text);
      setText('');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSending(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends, Shift+Enter starts a new line (as in the messaging apps staff know).
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) void submit();
    if (e.key === 'Enter' && !e.shiftKey) e.preventDefault();
  };

  return (
    <form className="fd-composer" onSubmit={submit} aria-label="Reply">
      <p className={`fd-window fd-window--${window.kind}`} data-testid="reply-window">
        {window.kind === 'open'
          ? `Reply window open until ${fullTime(new Date(window.closesAtMs), timeZone)}.`
          : window.kind === 'template'
            ? `The 24-hour window has closed: your reply will be sent inside the approved template “${window.template.name}” (${window.template.language}).`
            : window.kind === 'closed'
              ? window.reason
              : 'Replies go out as staff; the AI stays quiet while you handle this conversation.'}
      </p>
      {error ? (
        <p className="fd-notice fd-notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="fd-composer__row">
        {canned.status === 'ready' && canned.data.length ? (
          <>
            <label className="fd-visually-hidden" htmlFor="canned">
              Insert a canned reply
            </label>
            <select
              id="canned"
              className="fd-input fd-composer__canned"
              value=""
              onChange={(e) => {
                const reply = canned.data.find((r) => r.id === e.target.value);
                if (reply) setText((t) => (t ? `${t}\n${reply.text}` : reply.text));
              }}
            >
              <option value="">Canned…</option>
              {canned.data.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <label className="fd-visually-hidden" htmlFor="reply-text">
          Your reply
        </label>
        <textarea
          id="reply-text"
          className="fd-input fd-composer__text"
          dir="auto"
          rows={2}
          maxLength={4096}
          placeholder={
            blocked ? 'Cannot send on this channel now' : 'Write a reply… (Enter to send, Shift+Enter for a new line)'
          }
          value={text}
          disabled={blocked}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="fd-btn" disabled={blocked || sending || !text.trim()}>
          {sending ? 'Sending…' : window.kind === 'template' ? 'Send as template' : 'Send'}
        </button>
      </div>
    </form>
  );
}
