/**
 * What the AI remembers about the customer (the contact's `memory`, the
 * shape the remember tool writes): staff correct it here and the AI reads
 * it on the customer's next message. Saved whole through the `staff`
 * callable, which validates it with the same schema as the tool.
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { callStaff } from '../../../shared/firebase/functions';
import type { ContactDoc } from '../../../shared/firebase/documents';

type Memory = NonNullable<ContactDoc['memory']>;

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function MemoryEditor({
  businessId,
  contactId,
  memory,
  onError,
}: {
  businessId: string;
  contactId: string;
  memory: Memory | undefined;
  onError(message: string): void;
}) {
  const [gender, setGender] = useState(memory?.gender ?? '');
  const [preferences, setPreferences] = useState((memory?.preferences ?? []).join('\n'));
  const [notes, setNotes] = useState((memory?.notes ?? []).join('\n'));
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setState('saving');
    try {
      const next = {
        ...(memory ?? { pets: [] }),
        gender: gender || undefined,
        preferences: lines(preferences),
        notes: lines(notes),
      };
      await callStaff('updateMemory', { businessId, contactId, memory: JSON.parse(JSON.stringify(next)) as Memory });
      setState('saved');
    } catch (err) {
      setState('idle');
      onError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section data-testid="memory">
      <h4>What the AI remembers</h4>
      <form onSubmit={(e) => void save(e)} className="fd-stack">
        <label>
          Address as
          <select className="fd-input" value={gender} onChange={(e) => setGender(e.target.value as typeof gender)}>
            <option value="">not set</option>
            <option value="feminine">feminine</option>
            <option value="masculine">masculine</option>
          </select>
        </label>
        <label>
          Preferences (one per line)
          <textarea
            className="fd-input"
            dir="auto"
            rows={2}
            aria-label="Preferences"
            value={preferences}
            onChange={(e) => setPreferences(e.target.value)}
          />
        </label>
        <label>
          Notes for the AI (one per line)
          <textarea
            className="fd-input"
            dir="auto"
            rows={2}
            aria-label="Notes for the AI"
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        </label>
        <button className="fd-btn fd-btn--small" type="submit" disabled={state === 'saving'}>
          {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : 'Save memory'}
        </button>
      </form>
      {memory?.pets.length ? (
        <ul className="fd-notes">
          {memory.pets.map((p) => (
            <li key={p.name}>
              <bdi>{p.name}</bdi>
              {[p.species, p.breed, p.size].filter(Boolean).length
                ? ` (${[p.species, p.breed, p.size].filter(Boolean).join(', ')})`
                : ''}
              {p.notes ? <span className="fd-muted"> — {p.notes}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <Link href={`/clients/${contactId}`}>Client page: pets, appointments, conversations</Link>
    </section>
  );
}
