import { collection } from 'firebase/firestore';
import { useMemo } from 'react';
import type { KnowledgeArticle, QaEntry } from '../../../../functions/src/domain/business';
import { db } from '../../shared/firebase/app';
import { callStaff } from '../../shared/firebase/functions';
import { useLiveQuery } from '../../shared/firebase/live';

export type KnowledgeDoc = ({ kind: 'article' } & KnowledgeArticle) | ({ kind: 'qa' } & QaEntry);

export function useKnowledge(businessId: string) {
  return useLiveQuery<KnowledgeDoc>(useMemo(() => collection(db, 'businesses', businessId, 'knowledge'), [businessId]));
}

export const putQa = (businessId: string, qa: QaEntry) => callStaff('putQa', { businessId, qa });
export const putArticle = (businessId: string, article: KnowledgeArticle) =>
  callStaff('putArticle', { businessId, article });
export const deleteKnowledge = (businessId: string, collection: 'qa' | 'article', id: string) =>
  callStaff('deleteItem', { businessId, collection, id });
