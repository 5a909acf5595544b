/** Canned replies and internal notes: written directly (firestore.rules checks author and shape). */
import {
  addDoc,
  collection,
  deleteDoc,
  doc,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { useMemo } from 'react';
import { db } from '../../../shared/firebase/app';
import type { CannedReplyDoc, ContactDoc, NoteDoc } from '../../../shared/firebase/documents';
import { useLiveDoc, useLiveQuery } from '../../../shared/firebase/live';

export function useCannedReplies(businessId: string) {
  return useLiveQuery<CannedReplyDoc>(
    useMemo(() => query(collection(db, 'businesses', businessId, 'cannedReplies'), orderBy('title')), [businessId]),
  );
}

export function saveCannedReply(businessId: string, uid: string, reply: { id?: string; title: string; text: string }) {
  const data = { title: reply.title.trim(), text: reply.text.trim(), updatedBy: uid, updatedAt: serverTimestamp() };
  const col = collection(db, 'businesses', businessId, 'cannedReplies');
  return reply.id ? setDoc(doc(col, reply.id), data) : addDoc(col, data);
}

export const deleteCannedReply = (businessId: string, id: string) =>
  deleteDoc(doc(db, 'businesses', businessId, 'cannedReplies', id));

export function useNotes(businessId: string, contactId: string) {
  return useLiveQuery<NoteDoc>(
    useMemo(
      () =>
        query(
          collection(db, 'businesses', businessId, 'notes'),
          where('contactId', '==', contactId),
          orderBy('createdAt', 'desc'),
        ),
      [businessId, contactId],
    ),
  );
}

export function addNote(
  businessId: string,
  author: { uid: string; name: string },
  note: { contactId: string; conversationId: string; text: string },
) {
  return addDoc(collection(db, 'businesses', businessId, 'notes'), {
    contactId: note.contactId,
    conversationId: note.conversationId,
    text: note.text.trim(),
    authorUid: author.uid,
    authorName: author.name,
    createdAt: serverTimestamp(),
  });
}

export const deleteNote = (businessId: string, id: string) => deleteDoc(doc(db, 'businesses', businessId, 'notes', id));

export function useContact(businessId: string, contactId: string) {
  return useLiveDoc<ContactDoc>(
    useMemo(() => doc(db, 'businesses', businessId, 'contacts', contactId), [businessId, contactId]),
  );
}

export const updateContact = (businessId: string, contactId: string, fields: { name?: string; labels?: string[] }) =>
  updateDoc(doc(db, 'businesses', businessId, 'contacts', contactId), fields);
