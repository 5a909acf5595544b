/**
 * Live Firestore data for components: a document or a query, subscribed
 * while the component is mounted, with loading and error states that every
 * page shows (shared/ui/states.tsx).
 */
import { onSnapshot, queryEqual, refEqual, type DocumentReference, type Query } from 'firebase/firestore';
import { useEffect, useRef, useState } from 'react';

export type Live<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: Error };

/** Keeps the previous reference while the new one is equal, so effects do not resubscribe on every render. */
function useStable<T>(value: T | null, equal: (a: T, b: T) => boolean): T | null {
  const ref = useRef(value);
  if (value === null || ref.current === null || !equal(ref.current, value)) ref.current = value;
  return ref.current;
}

export interface WithId {
  /** The document's own `id` field when it has one (services, Q&A: their ids in the profile file), else the document id. */
  id: string;
  /** Always the document id. */
  docId: string;
}

function withId<T>(id: string, data: T): T & WithId {
  const own = (data as { id?: unknown }).id;
  return { ...data, id: typeof own === 'string' ? own : id, docId: id };
}

export function useLiveQuery<T>(query: Query | null): Live<(T & WithId)[]> {
  const stable = useStable(query, queryEqual);
  const [state, setState] = useState<Live<(T & WithId)[]>>({ status: 'loading' });
  useEffect(() => {
    if (!stable) return;
    setState({ status: 'loading' });
    return onSnapshot(
      stable,
      (snap) => setState({ status: 'ready', data: snap.docs.map((d) => withId(d.id, d.data() as T)) }),
      (error) => setState({ status: 'error', error }),
    );
  }, [stable]);
  return state;
}

export function useLiveDoc<T>(ref: DocumentReference | null): Live<(T & WithId) | null> {
  const stable = useStable(ref, refEqual);
  const [state, setState] = useState<Live<(T & WithId) | null>>({ status: 'loading' });
  useEffect(() => {
    if (!stable) return;
    setState({ status: 'loading' });
    return onSnapshot(
      stable,
      (snap) => setState({ status: 'ready', data: snap.exists() ? withId(snap.id, snap.data() as T) : null }),
      (error) => setState({ status: 'error', error }),
    );
  }, [stable]);
  return state;
}
