/**
 * Suggested Q&A: questions customers asked that the AI handed to staff,
 * with the answer a person gave (functions/src/pipeline/suggested-qa.ts).
 * An owner accepts one as a new Q&A entry — as it is or edited — or keeps
 * the question as another wording of an entry the business has (the one
 * the AI found closest is offered first: alternate-targets.ts), through the
 * same validated edit as the Q&A editor (the AI uses it on the next
 * message), or dismisses it. Staff see them; only owners decide.
 */
import { collection, orderBy, query, where } from 'firebase/firestore';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { QaEntry } from '../../../../functions/src/domain/business';
import { db } from '../../shared/firebase/app';
import type { SuggestedQaDoc } from '../../shared/firebase/documents';
import { callStaff } from '../../shared/firebase/functions';
import { useLiveQuery, type WithId } from '../../shared/firebase/live';
import { Empty, LiveView } from '../../shared/ui/states';
import { fullTime } from '../../shared/ui/time';
import { useBusiness } from '../businesses/business-context';
import { display } from '../../shared/forms/localized';
import { alternateTargets } from './alternate-targets';
import { useKnowledge, type KnowledgeDoc } from './api';
import { qaIdFor } from './qa-id';

type Suggestion = SuggestedQaDoc & WithId;
type QaDoc = Extract<KnowledgeDoc, { kind: 'qa' }> & WithId;

export default function SuggestionsPage() {
  const { businessId } = useBusiness();
  const knowledge = useKnowledge(businessId);
  const entries = useMemo(() => (knowledge.data ?? []).filter((k): k is QaDoc => k.kind === 'qa'), [knowledge.data]);
  const open = useLiveQuery<SuggestedQaDoc>(
    useMemo(
      () =>
        query(
          collection(db, 'businesses', businessId, 'suggestedQa'),
          where('state', '==', 'open'),
          orderBy('createdAt', 'desc'),
        ),
      [businessId],
    ),
  );
  return (
    <div className="fd-page" data-testid="suggestions">
      <h1>Suggested Q&amp;A</h1>
      <p className="fd-muted">
        Questions the assistant handed to staff, with the answer a person gave. Accept one to teach the assistant.
      </p>
      <LiveView live={open}>
        {(list) =>
          list.length === 0 ? (
            <Empty title="No suggestions">
              When staff answer a question the assistant could not, it is suggested here.
            </Empty>
          ) : (
            <ul className="fd-list">
              {list.map((s) => (
                <SuggestionItem key={s.id} suggestion={s} entries={entries} />
              ))}
            </ul>
          )
        }
      </LiveView>
    </div>
  );
}

function SuggestionItem({ suggestion: s, entries }: { suggestion: Suggestion; entries: readonly QaDoc[] }) {
  const { businessId, business, timeZone, can } = useBusiness();
  const languages = business.profile.languages;
  const [question, setQuestion] = useState(s.question);
  const [answer, setAnswer] = useState(s.answer);
  const label = useCallback((e: QaDoc) => display(e.question, languages), [languages]);
  const targets = useMemo(() => alternateTargets(entries, s, label), [entries, s, label]);
  const [target, setTarget] = useState<string>();
  const chosen = target ?? targets.likely[0]?.id ?? '';
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const owner = can('owner');

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const accept = (e: FormEvent) => {
    e.preventDefault();
    // Checked with the same schema the server uses; the server checks again.
    const qa = QaEntry.safeParse({ id: qaIdFor(question, s.id), question: question.trim(), answer: answer.trim() });
    if (!qa.success) return setError(qa.error.issues.map((i) => i.message).join('; '));
    void run(() => callStaff('acceptSuggestion', { businessId, suggestionId: s.id, qa: qa.data }));
  };
  const keepAsWording = () => {
    const wording = question.replace(/\s+/g, ' ').trim();
    if (!chosen) return setError('Choose the entry this question is another wording of.');
    if (!wording) return setError('Write the question first.');
    void run(() =>
      callStaff('acceptSuggestion', { businessId, suggestionId: s.id, alternateOf: chosen, question: wording }),
    );
  };

  return (
    <li data-testid="suggestion">
      <form className="fd-editor" onSubmit={accept} aria-label="Suggested entry">
        <label>
          Question
          <textarea
            className="fd-input"
            dir="auto"
            rows={2}
            value={question}
            readOnly={!owner}
            onChange={(e) => setQuestion(e.target.value)}
          />
        </label>
        <label>
          Answer
          <textarea
            className="fd-input"
            dir="auto"
            rows={3}
            value={answer}
            readOnly={!owner}
            onChange={(e) => setAnswer(e.target.value)}
          />
        </label>
        <p className="fd-muted">
          Answered by {s.staff.name} · {s.createdAt ? fullTime(s.createdAt.toDate(), timeZone) : ''} · handed off:{' '}
          {s.handoffReason.replace('_', ' ')}
        </p>
        {error ? (
          <p className="fd-notice fd-notice--error" role="alert">
            {error}
          </p>
        ) : null}
        {owner ? (
          <div className="fd-inline-form">
            <button className="fd-btn" type="submit" disabled={busy}>
              Accept as Q&amp;A
            </button>
            <button
              type="button"
              className="fd-btn fd-btn--ghost"
              disabled={busy}
              onClick={() => void run(() => callStaff('dismissSuggestion', { businessId, suggestionId: s.id }))}
            >
              Dismiss
            </button>
          </div>
        ) : null}
        {owner && entries.length > 0 ? (
          <div className="fd-inline-form" data-testid="alternate-of">
            <label>
              Or the same question as
              <select className="fd-input" value={chosen} onChange={(e) => setTarget(e.target.value)}>
                <option value="">Choose an entry…</option>
                {targets.likely.length > 0 ? (
                  <optgroup label="Closest">
                    {targets.likely.map((e) => (
                      <option key={e.id} value={e.id}>
                        {label(e)}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
                <optgroup label={targets.likely.length > 0 ? 'Other entries' : 'Entries'}>
                  {targets.others.map((e) => (
                    <option key={e.id} value={e.id}>
                      {label(e)}
                    </option>
                  ))}
                </optgroup>
              </select>
            </label>
            <button type="button" className="fd-btn fd-btn--ghost" disabled={busy || !chosen} onClick={keepAsWording}>
              Add as another wording
            </button>
          </div>
        ) : null}
        {owner ? null : <p className="fd-muted">An owner decides on suggestions.</p>}
      </form>
    </li>
  );
}
