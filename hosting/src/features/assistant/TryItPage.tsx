/**
 * "Try it": ask the business's assistant a question, as a customer would,
 * and see the answer with how it was made — the responder, its confidence,
 * the sources, the tool calls and the providers asked — without any
 * channel. Nothing is stored (functions/src/staff/assistant.ts).
 */
import { useState, type FormEvent } from 'react';
import { useBusiness } from '../businesses/business-context';
import { tryIt, type TryItAnswer } from './api';

export default function TryItPage() {
  const { businessId, business } = useBusiness();
  const languages = business.profile.languages ?? [];
  const [question, setQuestion] = useState('');
  const [language, setLanguage] = useState('');
  const [state, setState] = useState<
    { status: 'idle' | 'asking' } | { status: 'done'; answer: TryItAnswer } | { status: 'error'; message: string }
  >({ status: 'idle' });

  const ask = async (e: FormEvent) => {
    e.preventDefault();
    if (!question.trim()) return;
    setState({ status: 'asking' });
    try {
      setState({ status: 'done', answer: await tryIt(businessId, question, language || undefined) });
    } catch (err) {
      setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <div className="fd-page" data-testid="try-it">
      <h1>Try the assistant</h1>
      <p className="fd-muted">
        Ask what a customer might ask. The answer comes from the same assistant and the same business data customers
        get, on no channel; nothing is stored.
      </p>
      <form className="fd-editor" onSubmit={ask} aria-label="Ask the assistant">
        <label>
          Question
          <textarea
            className="fd-input"
            dir="auto"
            rows={2}
            maxLength={2000}
            required
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
          />
        </label>
        {languages.length > 1 ? (
          <label>
            Answer in
            <select className="fd-input" value={language} onChange={(e) => setLanguage(e.target.value)}>
              <option value="">The question’s language</option>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="fd-inline-form">
          <button className="fd-btn" type="submit" disabled={state.status === 'asking' || !question.trim()}>
            {state.status === 'asking' ? 'Asking…' : 'Ask'}
          </button>
        </div>
      </form>
      {state.status === 'error' ? (
        <p className="fd-notice fd-notice--error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === 'done' ? <Answer answer={state.answer} /> : null}
    </div>
  );
}

function Answer({ answer: a }: { answer: TryItAnswer }) {
  return (
    <section className="fd-card" aria-label="Answer" data-testid="try-it-answer">
      <p className="fd-msg__text" dir="auto">
        {a.text}
      </p>
      <dl className="fd-facts">
        <dt>Answered by</dt>
        <dd>
          {a.responder} · confidence {Math.round(a.confidence * 100)}% · {a.language}
        </dd>
        {a.handoff ? (
          <>
            <dt>Would hand off</dt>
            <dd>
              {a.handoff.reason.replace('_', ' ')}
              {a.handoff.detail ? ` — ${a.handoff.detail}` : ''}
            </dd>
          </>
        ) : null}
        {a.note ? (
          <>
            <dt>Note</dt>
            <dd>{a.note}</dd>
          </>
        ) : null}
        <dt>Sources</dt>
        <dd data-testid="try-it-sources">
          {a.sources.length ? (
            <ul className="fd-plain-list">
              {a.sources.map((s) => (
                <li key={s.id}>
                  <span className="fd-muted">{s.kind}:</span> <bdi>{s.title}</bdi>
                </li>
              ))}
            </ul>
          ) : (
            'none'
          )}
        </dd>
        <dt>Tool calls</dt>
        <dd data-testid="try-it-tools">
          {a.toolCalls.length ? (
            <ol className="fd-tools">
              {a.toolCalls.map((t, i) => (
                <li key={i}>
                  <code>{t.name}</code> <span className="fd-muted">{Math.round(t.durationMs)} ms</span>
                  <pre>{t.arguments}</pre>
                  {t.ok ? <span>{t.summary}</span> : <span className="fd-msg__error">{t.summary}</span>}
                </li>
              ))}
            </ol>
          ) : (
            'none'
          )}
        </dd>
        {a.attempts.length ? (
          <>
            <dt>Providers</dt>
            <dd>
              {a.attempts
                .map((p) => `${p.provider} ${p.model}: ${p.outcome}${p.reason ? ` (${p.reason})` : ''}`)
                .join(' · ')}
            </dd>
          </>
        ) : null}
        {a.usage ? (
          <>
            <dt>Cost</dt>
            <dd>
              {a.usage.inputTokens + a.usage.outputTokens} tokens · USD {a.usage.costUsd.toFixed(4)}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
