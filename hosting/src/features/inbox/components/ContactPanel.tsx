/**
 * The customer beside the conversation: name (editable), channels,
 * language, what the AI remembers (editable), labels on the conversation,
 * and the team's internal notes.
 */
import { useState, type FormEvent } from 'react';
import { Loading, ErrorState } from '../../../shared/ui/states';
import { fullTime } from '../../../shared/ui/time';
import { useUser } from '../../auth/auth-context';
import { useBusiness } from '../../businesses/business-context';
import { setLabels, type Conversation } from '../api/conversations';
import { addNote, deleteNote, updateContact, useContact, useNotes } from '../api/team-notes';
import { MemoryEditor } from './MemoryEditor';

export function ContactPanel({
  id,
  conversation: c,
  onClose,
}: {
  id: string;
  conversation: Conversation;
  onClose(): void;
}) {
  const { businessId, timeZone, member } = useBusiness();
  const user = useUser();
  const contact = useContact(businessId, c.contactId);
  const notes = useNotes(businessId, c.contactId);
  const [note, setNote] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string>();

  const run = (p: Promise<unknown>) =>
    p.catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));

  const addLabel = (e: FormEvent) => {
    e.preventDefault();
    const l = label.trim().toLowerCase();
    if (!l) return;
    void run(setLabels(businessId, c.id, [...new Set([...(c.labels ?? []), l])]));
    setLabel('');
  };
  const submitNote = (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) return;
    void run(
      addNote(
        businessId,
        { uid: user.uid, name: member.name },
        { contactId: c.contactId, conversationId: c.id, text: note },
      ),
    );
    setNote('');
  };

  return (
    <aside id={id} className="fd-contact" aria-label="Contact" data-testid="contact-panel">
      <header className="fd-contact__header">
        <h3>Contact</h3>
        <button type="button" className="fd-btn fd-btn--ghost fd-btn--small" onClick={onClose}>
          Close
        </button>
      </header>
      {error ? (
        <p className="fd-notice fd-notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {contact.status === 'loading' ? (
        <Loading />
      ) : contact.status === 'error' ? (
        <ErrorState error={contact.error} />
      ) : contact.data ? (
        <dl className="fd-facts">
          <dt>Name</dt>
          <dd>
            <input
              className="fd-input"
              aria-label="Contact name"
              dir="auto"
              defaultValue={contact.data.name ?? ''}
              onBlur={(e) => {
                const name = e.target.value.trim();
                if (name && name !== contact.data?.name) void run(updateContact(businessId, c.contactId, { name }));
              }}
            />
          </dd>
          <dt>Channels</dt>
          <dd>
            {contact.data.identities.map((i) => (
              <bdi key={i} className="fd-pill">
                {i}
              </bdi>
            ))}
          </dd>
          <dt>Language</dt>
          <dd>{contact.data.language ?? 'not known yet'}</dd>
          <dt>First seen</dt>
          <dd>{contact.data.createdAt ? fullTime(contact.data.createdAt.toDate(), timeZone) : '—'}</dd>
        </dl>
      ) : (
        <p className="fd-muted">No contact record.</p>
      )}
      {contact.status === 'ready' && contact.data ? (
        <MemoryEditor
          key={c.contactId}
          businessId={businessId}
          contactId={c.contactId}
          memory={contact.data.memory}
          onError={setError}
        />
      ) : null}
      <section>
        <h4>Labels</h4>
        <div className="fd-chips">
          {(c.labels ?? []).map((l) => (
            <span key={l} className="fd-pill">
              {l}{' '}
              <button
                type="button"
                className="fd-chip-x"
                aria-label={`Remove label ${l}`}
                onClick={() =>
                  void run(
                    setLabels(
                      businessId,
                      c.id,
                      (c.labels ?? []).filter((x) => x !== l),
                    ),
                  )
                }
              >
                ×
              </button>
            </span>
          ))}
        </div>
        <form onSubmit={addLabel} className="fd-inline-form">
          <input
            className="fd-input"
            aria-label="New label"
            placeholder="Add a label"
            value={label}
            maxLength={40}
            onChange={(e) => setLabel(e.target.value)}
          />
          <button className="fd-btn fd-btn--ghost fd-btn--small" type="submit">
            Add
          </button>
        </form>
      </section>
      <section>
        <h4>Internal notes</h4>
        <form onSubmit={submitNote} className="fd-inline-form">
          <textarea
            className="fd-input"
            aria-label="New note"
            dir="auto"
            rows={2}
            maxLength={4000}
            placeholder="Only your team sees notes"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <button className="fd-btn fd-btn--small" type="submit">
            Add note
          </button>
        </form>
        {notes.status === 'ready' ? (
          <ul className="fd-notes">
            {notes.data.map((n) => (
              <li key={n.id}>
                <p dir="auto">{n.text}</p>
                <span className="fd-muted">
                  {n.authorName} · {n.createdAt ? fullTime(n.createdAt.toDate(), timeZone) : 'now'}
                </span>
                {n.authorUid === user.uid ? (
                  <button
                    type="button"
                    className="fd-btn fd-btn--ghost fd-btn--small"
                    onClick={() => void run(deleteNote(businessId, n.id))}
                  >
                    Delete
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : notes.status === 'error' ? (
          <ErrorState error={notes.error} />
        ) : null}
      </section>
    </aside>
  );
}
