/**
 * The inbox's live data: conversations (the most recent ones, plus every
 * one a person owns, however old, so nothing waiting is cut off), one
 * conversation's messages, and the staff actions through the `staff`
 * callable.
 */
import { collection, doc, limit, orderBy, query, updateDoc, where } from 'firebase/firestore';
import { useMemo } from 'react';
import { db } from '../../../shared/firebase/app';
import type { ConversationDoc, MessageDoc } from '../../../shared/firebase/documents';
import { callStaff } from '../../../shared/firebase/functions';
import { useLiveDoc, useLiveQuery, type Live, type WithId } from '../../../shared/firebase/live';
import type { ConversationFacts } from '../model/inbox';

export const RECENT_CONVERSATIONS = 300;
export type Conversation = ConversationDoc & WithId;
export type Message = MessageDoc & WithId;

export function useConversations(businessId: string): Live<Conversation[]> {
  const recent = useLiveQuery<ConversationDoc>(
    useMemo(
      () =>
        query(
          collection(db, 'businesses', businessId, 'conversations'),
          orderBy('lastMessageAt', 'desc'),
          limit(RECENT_CONVERSATIONS),
        ),
      [businessId],
    ),
  );
  const withPeople = useLiveQuery<ConversationDoc>(
    useMemo(
      () =>
        query(
          collection(db, 'businesses', businessId, 'conversations'),
          where('owner', '==', 'human'),
          orderBy('lastMessageAt', 'desc'),
        ),
      [businessId],
    ),
  );
  return useMemo(() => {
    if (recent.status !== 'ready') return recent;
    if (withPeople.status === 'error') return withPeople;
    const byId = new Map(recent.data.map((c) => [c.id, c]));
    for (const c of withPeople.data ?? []) byId.set(c.id, c);
    return { status: 'ready', data: [...byId.values()] };
  }, [recent, withPeople]);
}

export function factsOf(c: Conversation): ConversationFacts {
  return {
    id: c.id,
    channel: c.channel,
    accountId: c.accountId,
    owner: c.owner,
    contactName: c.contactName ?? undefined,
    userId: c.userId,
    handoffAtMs: c.handoff?.at?.toMillis(),
    lastHumanAtMs: c.lastHumanAt?.toMillis(),
    lastInboundAtMs: c.lastInboundAt?.toMillis(),
    lastMessageAtMs: c.lastMessageAt?.toMillis() ?? 0,
    unread: c.unread ?? 0,
    assigneeUid: c.assignee?.uid,
    labels: c.labels ?? [],
  };
}

export const MESSAGE_PAGE = 200;

export function useMessages(businessId: string, conversationId: string): Live<Message[]> {
  const live = useLiveQuery<MessageDoc>(
    useMemo(
      () =>
        query(
          collection(db, 'businesses', businessId, 'messages'),
          where('conversationId', '==', conversationId),
          orderBy('createdAt', 'desc'),
          limit(MESSAGE_PAGE),
        ),
      [businessId, conversationId],
    ),
  );
  return useMemo(() => (live.status === 'ready' ? { status: 'ready', data: [...live.data].reverse() } : live), [live]);
}

export function useConversation(businessId: string, conversationId: string): Live<Conversation | null> {
  return useLiveDoc<ConversationDoc>(
    useMemo(() => doc(db, 'businesses', businessId, 'conversations', conversationId), [businessId, conversationId]),
  );
}

export const markRead = (businessId: string, conversationId: string) =>
  updateDoc(doc(db, 'businesses', businessId, 'conversations', conversationId), { unread: 0 });

export const setLabels = (businessId: string, conversationId: string, labels: string[]) =>
  updateDoc(doc(db, 'businesses', businessId, 'conversations', conversationId), { labels });

export const takeOver = (businessId: string, conversationId: string) =>
  callStaff('takeOver', { businessId, conversationId });
export const handBack = (businessId: string, conversationId: string) =>
  callStaff('handBack', { businessId, conversationId });
export const sendReply = (businessId: string, conversationId: string, text: string) =>
  callStaff<{ messageId: string }>('reply', { businessId, conversationId, text });
export const fetchMedia = (businessId: string, messageId: string) =>
  callStaff<{ dataUrl: string; contentType: string; size: number }>('media', { businessId, messageId });
