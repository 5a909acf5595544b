/**
 * The businesses the signed-in person belongs to: a collection-group query
 * on their member documents (the rules allow reading your own), live, so an
 * accepted invite or a removal shows at once.
 */
import { collection, collectionGroup, doc, onSnapshot, query, where } from 'firebase/firestore';
import { useEffect, useMemo, useState } from 'react';
import type { Role } from '../../../../functions/src/team/roles';
import { db } from '../../shared/firebase/app';
import type { BusinessDoc, MemberDoc } from '../../shared/firebase/documents';
import { useLiveDoc, useLiveQuery, type Live } from '../../shared/firebase/live';

export interface Membership {
  businessId: string;
  role: Role;
  name: string;
}

export function useMemberships(uid: string): Live<Membership[]> {
  const q = useMemo(() => query(collectionGroup(db, 'members'), where('uid', '==', uid)), [uid]);
  const [state, setState] = useState<Live<Membership[]>>({ status: 'loading' });
  useEffect(
    () =>
      onSnapshot(
        q,
        (snap) =>
          setState({
            status: 'ready',
            data: snap.docs
              .map((d) => ({
                businessId: d.ref.parent.parent?.id ?? '',
                role: (d.get('role') as Role) ?? 'staff',
                name: String(d.get('name') ?? ''),
              }))
              .filter((m) => m.businessId)
              .sort((a, b) => a.businessId.localeCompare(b.businessId)),
          }),
        (error) => setState({ status: 'error', error }),
      ),
    [q],
  );
  return state;
}

export function useBusinessDoc(businessId: string): Live<(BusinessDoc & { id: string }) | null> {
  return useLiveDoc<BusinessDoc>(useMemo(() => doc(db, 'businesses', businessId), [businessId]));
}

export function useOwnMember(businessId: string, uid: string): Live<(MemberDoc & { id: string }) | null> {
  return useLiveDoc<MemberDoc>(useMemo(() => doc(db, 'businesses', businessId, 'members', uid), [businessId, uid]));
}

export function useMembers(businessId: string) {
  return useLiveQuery<MemberDoc>(useMemo(() => collection(db, 'businesses', businessId, 'members'), [businessId]));
}
