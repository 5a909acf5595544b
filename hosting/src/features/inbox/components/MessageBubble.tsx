/**
 * One message: its content (text, photo, voice note with transcript,
 * location, …), who wrote it, when (in the business's time zone), its
 * delivery status and failure reason, and for AI replies how it was made.
 */
import { useState } from 'react';
import { fullTime, shortTime } from '../../../shared/ui/time';
import { useBusiness } from '../../businesses/business-context';
import { fetchMedia, type Message } from '../api/conversations';

const STATUS_NAMES: Record<string, string> = {
  queued: 'Sending…',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  failed: 'Not delivered',
  cancelled: 'Not sent',
};

export function MessageBubble({ message: m }: { message: Message }) {
  const { timeZone } = useBusiness();
  const at = m.createdAt?.toDate();
  const who =
    m.author === 'customer'
      ? ''
      : m.author === 'ai'
        ? 'AI'
        : m.author === 'staff'
          ? (m.staff?.name ?? 'Staff')
          : 'System';
  return (
    <article
      className={`fd-msg fd-msg--${m.direction} fd-msg--${m.author}`}
      data-testid="message"
      data-author={m.author}
    >
      {who ? <span className="fd-msg__who">{who}</span> : null}
      <Content message={m} />
      <footer className="fd-msg__meta">
        {at ? (
          <time dateTime={at.toISOString()} title={fullTime(at, timeZone)}>
            {shortTime(at, timeZone)}
          </time>
        ) : null}
        {m.direction === 'out' && m.delivery ? (
          <span className={`fd-status fd-status--${m.delivery.status}`} data-testid="delivery-status">
            {STATUS_NAMES[m.delivery.status] ?? m.delivery.status}
          </span>
        ) : null}
      </footer>
      {m.delivery?.error && (m.delivery.status === 'failed' || m.delivery.status === 'cancelled') ? (
        <p className="fd-msg__error" role="note">
          {m.delivery.error.message}
        </p>
      ) : null}
      {m.ai ? <AiDetails ai={m.ai} /> : null}
    </article>
  );
}

function Content({ message: m }: { message: Message }) {
  const c = m.content;
  switch (c.type) {
    case 'text':
      // Stored once, in the message's `text` (store/documents.ts).
      return (
        <p className="fd-msg__text" dir="auto">
          {m.text}
        </p>
      );
    case 'image':
    case 'sticker':
    case 'video':
    case 'document':
    case 'audio':
      return (
        <>
          <Media message={m} />
          {'caption' in c && c.caption ? (
            <p className="fd-msg__text" dir="auto">
              {c.caption}
            </p>
          ) : null}
          {m.transcript?.text ? (
            <p className="fd-msg__transcript" dir="auto">
              <span className="fd-muted">Transcript: </span>
              {m.transcript.text}
            </p>
          ) : null}
        </>
      );
    case 'location':
      return (
        <p className="fd-msg__text">
          📍{' '}
          <a href={`https://www.google.com/maps?q=${c.latitude},${c.longitude}`} target="_blank" rel="noreferrer">
            {c.name ?? c.address ?? `${c.latitude.toFixed(5)}, ${c.longitude.toFixed(5)}`}
          </a>
        </p>
      );
    case 'interactive':
      return (
        <p className="fd-msg__text" dir="auto">
          ▸ {c.title}
        </p>
      );
    case 'reaction':
      return <p className="fd-msg__text">Reacted {c.emoji}</p>;
    case 'unsupported':
      return <p className="fd-msg__text fd-muted">Unsupported message ({c.summary})</p>;
  }
}

const KIND_NAMES = {
  image: 'photo',
  sticker: 'sticker',
  video: 'video',
  document: 'document',
  audio: 'voice note',
} as const;

/** Media is fetched on request (it can be large) through the `staff` callable. */
function Media({ message: m }: { message: Message }) {
  const { businessId } = useBusiness();
  const [state, setState] = useState<
    | { status: 'idle' | 'loading' }
    | { status: 'ready'; url: string; type: string }
    | { status: 'error'; message: string }
  >({ status: 'idle' });
  const kind = m.content.type as keyof typeof KIND_NAMES;
  const name = kind === 'audio' && m.content.type === 'audio' && !m.content.voice ? 'audio' : KIND_NAMES[kind];
  if (m.media?.state === 'failed')
    return (
      <p className="fd-msg__error">
        The {name} could not be kept: {m.media.reason}
      </p>
    );
  if (m.media?.state !== 'stored')
    return <p className="fd-muted">{m.media?.state === 'pending' ? `Fetching the ${name}…` : `A ${name}`}</p>;
  if (state.status === 'ready') {
    if (state.type.startsWith('image/'))
      return <img className="fd-msg__image" src={state.url} alt={`Photo from the customer`} />;
    if (state.type.startsWith('audio/'))
      return <audio className="fd-msg__audio" controls src={state.url} aria-label="Voice note" />;
    if (state.type.startsWith('video/')) return <video className="fd-msg__image" controls src={state.url} />;
    return (
      <a href={state.url} download={m.content.type === 'document' ? (m.content.media.fileName ?? 'document') : 'file'}>
        Download the {name}
      </a>
    );
  }
  return (
    <div>
      <button
        type="button"
        className="fd-btn fd-btn--ghost fd-btn--small"
        disabled={state.status === 'loading'}
        onClick={async () => {
          setState({ status: 'loading' });
          try {
            const media = await fetchMedia(businessId, m.id);
            setState({ status: 'ready', url: media.dataUrl, type: media.contentType });
          } catch (err) {
            setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
          }
        }}
      >
        {state.status === 'loading' ? 'Loading…' : kind === 'audio' ? `▶ Play the ${name}` : `Show the ${name}`} (
        {Math.ceil(m.media.size / 1024)} KB)
      </button>
      {state.status === 'error' ? <p className="fd-msg__error">{state.message}</p> : null}
    </div>
  );
}

function AiDetails({ ai }: { ai: NonNullable<Message['ai']> }) {
  return (
    <details className="fd-msg__ai" data-testid="ai-details">
      <summary>
        {ai.responder} · confidence {Math.round(ai.confidence * 100)}%
        {ai.handoff ? ` · handed off (${ai.handoff.reason.replace('_', ' ')})` : ''}
      </summary>
      <dl>
        <dt>Answered by</dt>
        <dd>{ai.responder}</dd>
        <dt>Confidence</dt>
        <dd>{ai.confidence.toFixed(2)}</dd>
        <dt>Language</dt>
        <dd>
          {ai.language}
          {ai.answerLanguage ? ` (the business's text is in ${ai.answerLanguage})` : ''}
        </dd>
        <dt>Sources</dt>
        <dd>{ai.sources.length ? ai.sources.join(', ') : 'none'}</dd>
        {ai.note ? (
          <>
            <dt>Note</dt>
            <dd>{ai.note}</dd>
          </>
        ) : null}
        {ai.safety ? (
          <>
            <dt>Safety</dt>
            <dd className="fd-msg__error">
              possible emergency ({ai.safety.emergency}): {ai.safety.evidence.join(', ')}
            </dd>
          </>
        ) : null}
        {ai.injection ? (
          <>
            <dt>Instructions in the message</dt>
            <dd>{Array.isArray(ai.injection) ? ai.injection.join(', ') : 'yes'} (treated as text)</dd>
          </>
        ) : null}
        {ai.handoff ? (
          <>
            <dt>Why it handed off</dt>
            <dd>
              {ai.handoff.reason.replace('_', ' ')}
              {ai.handoff.detail ? ` — ${ai.handoff.detail}` : ''}
            </dd>
          </>
        ) : null}
        {ai.toolCalls?.length ? (
          <>
            <dt>Tool calls</dt>
            <dd>
              <ol className="fd-tools">
                {ai.toolCalls.map((t, i) => (
                  <li key={i}>
                    <code>{t.name}</code> <span className="fd-muted">{Math.round(t.durationMs)} ms</span>
                    {t.arguments ? <pre>{t.arguments}</pre> : null}
                    {t.ok ? <span>{t.summary}</span> : <span className="fd-msg__error">{t.summary}</span>}
                  </li>
                ))}
              </ol>
            </dd>
          </>
        ) : null}
      </dl>
    </details>
  );
}
