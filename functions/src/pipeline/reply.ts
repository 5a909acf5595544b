/**
 * The reply pipeline, run by the trigger on every new inbound message:
 * claim the message (a transaction, so a redelivered trigger never answers
 * twice) → check who owns the conversation → build the context → ask the
 * responder → write the reply and its outbox item, re-checking the owner in
 * the same transaction.
 */
import { Timestamp, type DocumentReference } from 'firebase-admin/firestore';
import { claimInbound } from '../domain/work-state.js';
import { effectiveOwner } from '../domain/ownership.js';
import { describeError } from '../errors.js';
import type { ConversationTurn, Responder, ReplyResult } from '../responders/responder.js';
import type { ContactDoc, ConversationDoc, MessageDoc, OutboxDoc } from '../store/documents.js';
import { paths } from '../store/paths.js';
import { loadBusinessContext } from './business-context.js';
import type { Deps } from './deps.js';

export const PROCESSING_LEASE_MS = 2 * 60_000;
const HISTORY_TURNS = 12;

export interface ReplyDeps extends Deps {
  responder: Responder;
}

export type ReplyOutcome =
  | { result: 'replied'; replyMessageId: string; handoff: boolean }
  | { result: 'skipped'; why: string }
  | { result: 'failed'; why: string };

export async function replyToMessage(deps: ReplyDeps, businessId: string, messageId: string): Promise<ReplyOutcome> {
  const { db } = deps;
  const messageRef = db.doc(`${paths.messages(businessId)}/${messageId}`) as DocumentReference<MessageDoc>;

  const claim = await db.runTransaction(async (tx) => {
    const snap = await tx.get(messageRef);
    const message = snap.data();
    if (!message?.processing || message.direction !== 'in')
      return { claimed: false as const, why: 'not an inbound message' };
    const decision = claimInbound(
      {
        state: message.processing.state,
        attempts: message.processing.attempts,
        leaseUntilMs: message.processing.leaseUntil?.toMillis(),
      },
      deps.now().getTime(),
      PROCESSING_LEASE_MS,
    );
    if (!decision.claim) return { claimed: false as const, why: decision.why };
    tx.update(messageRef, {
      'processing.state': 'processing',
      'processing.attempts': decision.attempts,
      'processing.leaseUntil': Timestamp.fromMillis(decision.leaseUntilMs),
    });
    return { claimed: true as const, message };
  });
  if (!claim.claimed) return { result: 'skipped', why: claim.why };
  const message = claim.message;
  if (message.content.type === 'reaction') {
    await finish(messageRef, 'skipped', 'a reaction needs no reply');
    return { result: 'skipped', why: 'reaction' };
  }

  const conversationRef = db.doc(
    `${paths.conversations(businessId)}/${message.conversationId}`,
  ) as DocumentReference<ConversationDoc>;
  try {
    const business = await loadBusinessContext(deps, businessId);
    const [conversationSnap, contactSnap, historySnap] = await Promise.all([
      conversationRef.get(),
      db.doc(`${paths.contacts(businessId)}/${message.contactId}`).get(),
      db
        .collection(paths.messages(businessId))
        .where('conversationId', '==', message.conversationId)
        .orderBy('createdAt', 'desc')
        .limit(HISTORY_TURNS + 1)
        .get(),
    ]);
    const conversation = conversationSnap.data();
    if (!conversation) throw new Error('conversation missing');

    const quiet = business.settings.handoffQuietMinutes;
    if (ownerAt(conversation, deps.now(), quiet) === 'human') {
      await finish(messageRef, 'skipped', 'a person owns this conversation');
      return { result: 'skipped', why: 'human owner' };
    }

    const contact = contactSnap.data() as ContactDoc | undefined;
    const history: ConversationTurn[] = historySnap.docs
      .filter((d) => d.id !== messageId)
      .map((d) => d.data() as MessageDoc)
      .filter((m) => m.text)
      .reverse()
      .map((m) => ({ author: m.author, text: m.text, at: m.createdAt.toDate() }));

    const reply = await deps.responder.reply({
      business,
      contact: { name: contact?.name, language: contact?.language },
      history,
      message: { text: message.text, type: message.content.type },
      now: deps.now(),
    });
    return await commitReply(deps, businessId, messageId, message, reply, quiet);
  } catch (err) {
    const why = describeError(err);
    deps.log.error('reply failed', { businessId, messageId, error: why });
    await db.runTransaction(async (tx) => {
      tx.update(messageRef, { 'processing.state': 'failed', 'processing.reason': why, 'processing.leaseUntil': null });
      // Nothing is lost: the conversation goes to staff with the reason.
      tx.update(conversationRef, {
        owner: 'human',
        handoff: { reason: 'error', detail: `The AI could not answer: ${why}`, at: Timestamp.fromDate(deps.now()) },
      });
    });
    return { result: 'failed', why };
  }
}

function ownerAt(conversation: ConversationDoc, now: Date, quietMinutes: number) {
  return effectiveOwner(
    {
      owner: conversation.owner,
      lastHumanAtMs: conversation.lastHumanAt?.toMillis(),
      handoffAtMs: conversation.handoff?.at.toMillis(),
    },
    now.getTime(),
    quietMinutes,
  );
}

async function finish(ref: DocumentReference<MessageDoc>, state: 'skipped' | 'done', reason: string) {
  await ref.update({ 'processing.state': state, 'processing.reason': reason, 'processing.leaseUntil': null });
}

async function commitReply(
  deps: ReplyDeps,
  businessId: string,
  messageId: string,
  inbound: MessageDoc,
  reply: ReplyResult,
  quietMinutes: number,
): Promise<ReplyOutcome> {
  const { db } = deps;
  const messageRef = db.doc(`${paths.messages(businessId)}/${messageId}`);
  const conversationRef = db.doc(`${paths.conversations(businessId)}/${inbound.conversationId}`);
  const replyRef = db.collection(paths.messages(businessId)).doc();
  const outboxRef = db.doc(`${paths.outbox(businessId)}/${replyRef.id}`);

  return db.runTransaction(async (tx) => {
    const conversation = (await tx.get(conversationRef)).data() as ConversationDoc;
    const now = Timestamp.fromDate(deps.now());
    // Checked again just before anything is written: staff may have taken over meanwhile.
    if (ownerAt(conversation, deps.now(), quietMinutes) === 'human') {
      tx.update(messageRef, {
        'processing.state': 'skipped',
        'processing.reason': 'a person took over',
        'processing.leaseUntil': null,
      });
      return { result: 'skipped', why: 'human took over' } as const;
    }
    const outbound: MessageDoc = {
      conversationId: inbound.conversationId,
      contactId: inbound.contactId,
      channel: inbound.channel,
      direction: 'out',
      author: 'ai',
      content: { type: 'text', text: reply.text },
      text: reply.text,
      providerMessageId: null,
      createdAt: now,
      delivery: { status: 'queued', at: now },
      ai: {
        responder: reply.responder,
        confidence: reply.confidence,
        sources: reply.sources,
        language: reply.language,
        handoff: reply.handoff ?? null,
        inReplyTo: messageId,
      },
    };
    const outbox: OutboxDoc = {
      messageId: replyRef.id,
      author: 'ai',
      conversationId: inbound.conversationId,
      channel: inbound.channel,
      accountId: conversation.accountId,
      userId: conversation.userId,
      text: reply.text,
      state: 'pending',
      attempts: 0,
      createdAt: now,
    };
    tx.create(replyRef, outbound);
    tx.create(outboxRef, outbox);
    tx.update(messageRef, {
      'processing.state': 'done',
      'processing.leaseUntil': null,
      'processing.replyMessageId': replyRef.id,
    });
    tx.update(conversationRef, {
      lastMessageAt: now,
      lastMessagePreview: reply.text.slice(0, 120),
      owner: reply.handoff ? 'human' : 'ai',
      // A handoff hands the conversation to staff; otherwise the AI owns it (resuming after a quiet period).
      handoff: reply.handoff
        ? { ...reply.handoff, at: now }
        : conversation.owner === 'human'
          ? null
          : (conversation.handoff ?? null),
    });
    tx.set(db.doc(`${paths.contacts(businessId)}/${inbound.contactId}`), { language: reply.language }, { merge: true });
    return { result: 'replied', replyMessageId: replyRef.id, handoff: Boolean(reply.handoff) } as const;
  });
}
