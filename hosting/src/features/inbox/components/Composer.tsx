/**
 * The reply box. A reply goes out through the outbox like every message;
 * this shows the channel's window first: open (and until when), closed with
 * the approved template the reply will be wrapped in, or closed with no way
 * to send — then sending is disabled and the reason is shown. A reply may
 * be scheduled for a time on the business's clock (the server refuses a
 * time the channel's window will not allow, with the reason), and, where
 * an LLM key is configured, translated into the customer's language first:
 * the translation is shown, and only what is in the box is sent.
 */
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ChannelAccount } from '../../../../../functions/src/domain/business';
import { fullTime, zonedInputValue, zonedTimeToUtc } from '../../../shared/ui/time';
import { useNow } from '../../../shared/ui/use-now';
import { staffLanguage, translate, useTranslationAvailable } from '../../assistant/api';
import { useBusiness } from '../../businesses/business-context';
import { sendReply } from '../api/conversations';
import { useCannedReplies } from '../api/team-notes';
import { replyWindow, type ConversationFacts } from '../model/inbox';

const newKey = () => crypto.randomUUID();

export function Composer({
  conversation,
  channels,
  language,
}: {
  conversation: ConversationFacts;
  channels: ChannelAccount[];
  /** The customer's language, when known. */
  language?: string | undefined;
}) {
  const { businessId, timeZone } = useBusiness();
  const now = useNow(30_000);
  const [text, setText] = useState('');
  // One key per reply: a send retried after an error is recognised by the server, not sent twice.
  const [key, setKey] = useState(newKey);
  const [scheduling, setScheduling] = useState(false);
  const [sendAt, setSendAt] = useState('');
  const [busy, setBusy] = useState<'sending' | 'translating'>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const canned = useCannedReplies(businessId);
  const translation = useTranslationAvailable(businessId);
  const window = replyWindow(conversation, channels, now.getTime());
  const blocked = window.kind === 'closed' && !scheduling;
  const target = language && language !== staffLanguage() ? language : undefined;

  const edit = (next: string) => {
    setText(next);
    setKey(newKey());
  };

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!text.trim() || blocked || busy) return;
    const at = scheduling ? zonedTimeToUtc(sendAt, timeZone) : undefined;
    if (scheduling && !at) return setError('Pick a date and time to send it.');
    setBusy('sending');
    setError(undefined);
    setNotice(undefined);
    try {
      const result = await sendReply(businessId, conversation.id, { text, key, sendAt: at });
      if (result.result === 'scheduled' && at)
        setNotice(
          `Scheduled for ${fullTime(at, timeZone)}${result.asTemplate ? ' (it will go inside the approved template)' : ''}.`,
        );
      edit('');
      setScheduling(false);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(undefined);
    }
  };

  const translateDraft = async () => {
    if (!target || !text.trim()) return;
    setBusy('translating');
    setError(undefined);
    try {
      const result = await translate(businessId, text, target);
      edit(result.text);
      setNotice(`Translated into ${target} — read it over, then send.`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(undefined);
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
      {notice ? (
        <p className="fd-composer__notice" role="status" data-testid="composer-notice">
          {notice}
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
                if (reply) edit(text ? `${text}\n${reply.text}` : reply.text);
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
          onChange={(e) => edit(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="fd-btn" disabled={blocked || Boolean(busy) || !text.trim()}>
          {busy === 'sending'
            ? 'Sending…'
            : scheduling
              ? 'Schedule'
              : window.kind === 'template'
                ? 'Send as template'
                : 'Send'}
        </button>
      </div>
      <div className="fd-composer__tools">
        <button
          type="button"
          className="fd-btn fd-btn--ghost fd-btn--small"
          aria-pressed={scheduling}
          onClick={() => {
            setScheduling(!scheduling);
            if (!sendAt) setSendAt(zonedInputValue(new Date(now.getTime() + 60 * 60_000), timeZone));
          }}
        >
          {scheduling ? 'Send now instead' : 'Schedule…'}
        </button>
        {scheduling ? (
          <label className="fd-composer__when">
            Send at ({timeZone})
            <input
              type="datetime-local"
              className="fd-input"
              value={sendAt}
              min={zonedInputValue(now, timeZone)}
              onChange={(e) => setSendAt(e.target.value)}
            />
          </label>
        ) : null}
        {target ? (
          <button
            type="button"
            className="fd-btn fd-btn--ghost fd-btn--small"
            disabled={!translation || !text.trim() || Boolean(busy)}
            title={translation === false ? 'Translation needs an LLM key for one of the business’s providers.' : ''}
            onClick={() => void translateDraft()}
          >
            {busy === 'translating' ? 'Translating…' : `Translate into ${target}`}
          </button>
        ) : null}
        {target && translation === false ? (
          <span className="fd-muted" data-testid="translation-unavailable">
            Translation unavailable (no LLM key configured).
          </span>
        ) : null}
      </div>
    </form>
  );
}
