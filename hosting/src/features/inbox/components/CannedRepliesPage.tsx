/** The team's canned replies, inserted from the reply box. */
import { useState, type FormEvent } from 'react';
import { Empty, LiveView } from '../../../shared/ui/states';
import { useUser } from '../../auth/auth-context';
import { useBusiness } from '../../businesses/business-context';
import { deleteCannedReply, saveCannedReply, useCannedReplies } from '../api/team-notes';

export default function CannedRepliesPage() {
  const { businessId } = useBusiness();
  const user = useUser();
  const replies = useCannedReplies(businessId);
  const [draft, setDraft] = useState<{ id?: string; title: string; text: string }>({ title: '', text: '' });
  const [error, setError] = useState<string>();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      await saveCannedReply(businessId, user.uid, draft);
      setDraft({ title: '', text: '' });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div className="fd-page">
      <h1>Canned replies</h1>
      <form className="fd-editor" onSubmit={save} aria-label={draft.id ? 'Edit canned reply' : 'New canned reply'}>
        <label>
          Title
          <input
            className="fd-input"
            required
            maxLength={80}
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          />
        </label>
        <label>
          Text
          <textarea
            className="fd-input"
            required
            rows={3}
            maxLength={2000}
            dir="auto"
            value={draft.text}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          />
        </label>
        {error ? (
          <p className="fd-notice fd-notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="fd-inline-form">
          <button className="fd-btn" type="submit">
            {draft.id ? 'Save' : 'Add'}
          </button>
          {draft.id ? (
            <button type="button" className="fd-btn fd-btn--ghost" onClick={() => setDraft({ title: '', text: '' })}>
              Cancel
            </button>
          ) : null}
        </div>
      </form>
      <LiveView live={replies}>
        {(list) =>
          list.length === 0 ? (
            <Empty title="No canned replies yet">Add the answers you type again and again.</Empty>
          ) : (
            <ul className="fd-list">
              {list.map((r) => (
                <li key={r.id}>
                  <strong>{r.title}</strong>
                  <p dir="auto">{r.text}</p>
                  <button
                    type="button"
                    className="fd-btn fd-btn--ghost fd-btn--small"
                    onClick={() => setDraft({ id: r.id, title: r.title, text: r.text })}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="fd-btn fd-btn--ghost fd-btn--small"
                    onClick={() => void deleteCannedReply(businessId, r.id)}
                  >
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </LiveView>
    </div>
  );
}
