/**
 * What staff can do on one message besides reading it: see when a
 * scheduled reply goes and cancel it before then, and read a customer's
 * message in their own language (where an LLM key is configured).
 */
import { useState } from 'react';
import { fullTime } from '../../../shared/ui/time';
import { staffLanguage, translate, useTranslationAvailable } from '../../assistant/api';
import { useBusiness } from '../../businesses/business-context';
import { cancelScheduled, type Message } from '../api/conversations';

export function ScheduledNote({ message: m }: { message: Message }) {
  const { businessId, timeZone } = useBusiness();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const when = m.scheduledFor?.toDate();
  if (!when) return null;
  const pending = m.delivery?.status === 'queued';
  return (
    <p className="fd-msg__scheduled" data-testid="scheduled">
      {pending ? 'Scheduled for' : 'Was scheduled for'} {fullTime(when, timeZone)}
      {pending ? (
        <button
          type="button"
          className="fd-btn fd-btn--ghost fd-btn--small"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(undefined);
            try {
              await cancelScheduled(businessId, m.id);
            } catch (err) {
              setError(err instanceof Error ? err.message : String(err));
            } finally {
              setBusy(false);
            }
          }}
        >
          Cancel
        </button>
      ) : null}
      {error ? <span className="fd-msg__error">{error}</span> : null}
    </p>
  );
}

export function TranslateMessage({ text }: { text: string }) {
  const { businessId } = useBusiness();
  const available = useTranslationAvailable(businessId);
  const [state, setState] = useState<{ status: 'idle' | 'loading' } | { status: 'done' | 'error'; text: string }>({
    status: 'idle',
  });
  if (!available) return null;
  if (state.status === 'done')
    return (
      <p className="fd-msg__translation" dir="auto" data-testid="translation">
        <span className="fd-muted">Translated: </span>
        {state.text}
      </p>
    );
  return (
    <p className="fd-msg__translation">
      <button
        type="button"
        className="fd-btn fd-btn--ghost fd-btn--small"
        disabled={state.status === 'loading'}
        onClick={async () => {
          setState({ status: 'loading' });
          try {
            setState({ status: 'done', text: (await translate(businessId, text, staffLanguage())).text });
          } catch (err) {
            setState({ status: 'error', text: err instanceof Error ? err.message : String(err) });
          }
        }}
      >
        {state.status === 'loading' ? 'Translating…' : `Translate into ${staffLanguage()}`}
      </button>
      {state.status === 'error' ? <span className="fd-msg__error">{state.text}</span> : null}
    </p>
  );
}
