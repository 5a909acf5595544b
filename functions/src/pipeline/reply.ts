/**
 * The reply pipeline, run by the trigger on every new inbound message (and
 * by the sweep for any the trigger left unfinished): claim the message →
 * check who owns the conversation → build the context → ask the responder →
 * write the reply and its outbox item, re-checking the claim and the owner
 * in the same transaction.
 *
 * Failures: a passing one (an outage) puts the message back with a backoff
 * for the sweep, up to REPLY_WORK's attempts; one that cannot pass (a
 * broken business document, a missing configuration), or the last attempt,
 * fails the message for good and hands the conversation to staff with the
 * reason and a notification. A worker that dies holding the claim is
 * replaced by the sweep when its lease ends; nothing is answered twice.
 */
import { effectiveOwner } from '../domain/ownership.js';
import { appendTurn } from '../domain/conversation.js';
import { type WorkPolicy, afterFailure, processingPhase } from '../domain/work-state.js';
import { ConfigError, FrontdeskError, NotFoundError, ProviderError, StoreError, describeError } from '../errors.js';
import type { ConversationTurn, Responder, ReplyResult } from '../responders/responder.js';
import { at } from '../store/collections.js';
import type { ConversationDoc, MessageDoc } from '../store/documents.js';
import { ids } from '../store/ids.js';
import { type WorkKind, claimWorkItem, newWork, workFields } from '../store/work-item.js';
import { loadBusinessContext, loadBusinessDoc } from './business-context.js';
import type { Deps } from './deps.js';
import { raiseNotification } from './notifications.js';

export const REPLY_POLICY: WorkPolicy = { leaseMs: 2 * 60_000, maxAttempts: 3 };
/** Waits before the sweep tries a failed reply again: 30 s, then 2 min. */
const REPLY_RETRY = { maxAttempts: REPLY_POLICY.maxAttempts, baseDelayMs: 30_000, maxDelayMs: 10 * 60_000 };

export const REPLY_WORK: WorkKind<MessageDoc> = {
  name: 'reply',
  policy: REPLY_POLICY,
  prefix: 'processing.',
  activeState: 'processing',
  view: (m) =>
    m.direction === 'in' && m.processing
      ? {
          phase: processingPhase(m.processing.state),
          state: m.processing.state,
          attempts: m.processing.attempts,
          leaseUntilMs: m.processing.leaseUntil?.getTime(),
          nextAttemptAtMs: m.processing.nextAttemptAt?.getTime(),
          claimToken: m.processing.claimToken,
        }
      : undefined,
};

export interface ReplyDeps extends Deps {
  responder: Responder;
}

export type ReplyOutcome =
  | { result: 'replied'; replyMessageId: string; handoff: boolean }
  | { result: 'skipped'; why: string }
  | { result: 'retry'; why: string; nextAttemptAt: Date }
  | { result: 'failed'; why: string };

export async function replyToMessage(deps: ReplyDeps, businessId: string, messageId: string): Promise<ReplyOutcome> {
  const messageRef = at.message(businessId, messageId);
  let conversation: ConversationDoc | undefined;
  const claim = await claimWorkItem(deps.db, messageRef, REPLY_WORK, deps.now(), {
    // Read with the claim: the conversation carries what the reply needs about the customer.
    check: async (tx, message) => {
      conversation = await tx.get(at.conversation(businessId, message.conversationId));
      return undefined;
    },
  });
  if (!claim.claimed) {
    if (claim.giveUp && claim.doc) {
      const why = 'the reply did not finish after every attempt (the worker stopped or timed out)';
      await giveUp(deps, businessId, messageId, claim.doc, why);
      return { result: 'failed', why };
    }
    return { result: 'skipped', why: claim.why };
  }
  const message = claim.doc;
  if (message.content.type === 'reaction') {
    await finish(deps, businessId, messageId, claim.attempts, 'skipped', 'a reaction needs no reply');
    return { result: 'skipped', why: 'reaction' };
  }

  try {
    if (!conversation) throw new NotFoundError(`conversation ${message.conversationId} is missing`);
    const businessDoc = await loadBusinessDoc(deps, businessId);
    const quiet = businessDoc.settings.handoffQuietMinutes;
    if (ownerAt(conversation, deps.now(), quiet) === 'human') {
      await finish(deps, businessId, messageId, claim.attempts, 'skipped', 'a person owns this conversation');
      return { result: 'skipped', why: 'human owner' };
    }
    const business = await loadBusinessContext(deps, businessId, businessDoc);
    const history: ConversationTurn[] = (conversation.recent ?? [])
      .filter((t) => t.messageId !== messageId && t.at.getTime() <= message.createdAt.getTime())
      .map((t) => ({ author: t.author, text: t.text, at: t.at }));
    const reply = await deps.responder.reply({
      business,
      contact: { name: conversation.contactName ?? undefined, language: conversation.language ?? undefined },
      history,
      message: { text: message.text, type: message.content.type },
      now: deps.now(),
    });
    return await commitReply(deps, businessId, messageId, message, claim.attempts, reply, quiet);
  } catch (err) {
    return recordFailure(deps, businessId, messageId, message, claim.attempts, err);
  }
}

function ownerAt(conversation: ConversationDoc, now: Date, quietMinutes: number) {
  return effectiveOwner(
    {
      owner: conversation.owner,
      lastHumanAtMs: conversation.lastHumanAt?.getTime(),
      handoffAtMs: conversation.handoff?.at.getTime(),
    },
    now.getTime(),
    quietMinutes,
  );
}

/** Finishes the message if our claim still stands (a sweep may have replaced a worker it thought dead). */
async function finish(
  deps: Deps,
  businessId: string,
  messageId: string,
  attempts: number,
  state: 'skipped' | 'done',
  reason: string,
): Promise<void> {
  const ref = at.message(businessId, messageId);
  await deps.db.transaction(async (tx) => {
    if (!stillOurs(await tx.get(ref), attempts)) return;
    tx.update(ref, workFields<MessageDoc>('processing.', { state, reason, finished: true }));
  });
}

const stillOurs = (message: MessageDoc | undefined, attempts: number) =>
  message?.processing?.state === 'processing' && message.processing.attempts === attempts;

/**
 * Writes the reply, its outbox item, the message's done state and the
 * conversation in one transaction, re-checking the owner. The reply's id
 * is derived from the message's, so if a worker presumed dead and the one
 * that replaced it both get here, the second finds the reply there and
 * writes nothing.
 */
async function commitReply(
  deps: ReplyDeps,
  businessId: string,
  messageId: string,
  inbound: MessageDoc,
  attempts: number,
  reply: ReplyResult,
  quietMinutes: number,
): Promise<ReplyOutcome> {
  const messageRef = at.message(businessId, messageId);
  const conversationRef = at.conversation(businessId, inbound.conversationId);
  const replyId = ids.replyTo(messageId);

  try {
    return await deps.db.transaction(async (tx): Promise<ReplyOutcome> => {
      const conversation = await tx.get(conversationRef);
      if (!conversation) throw new NotFoundError(`conversation ${inbound.conversationId} is missing`);
      const now = deps.now();
      // Checked again just before anything is written: staff may have taken over meanwhile.
      if (ownerAt(conversation, now, quietMinutes) === 'human') {
        tx.update(
          messageRef,
          workFields<MessageDoc>('processing.', { state: 'skipped', reason: 'a person took over', finished: true }),
        );
        return { result: 'skipped', why: 'human took over' };
      }
      tx.create(at.message(businessId, replyId), replyMessage(inbound, messageId, reply, now));
      tx.create(at.outboxItem(businessId, replyId), {
        messageId: replyId,
        author: 'ai',
        conversationId: inbound.conversationId,
        channel: inbound.channel,
        accountId: conversation.accountId,
        userId: conversation.userId,
        text: reply.text,
        state: 'pending',
        createdAt: now,
        ...newWork(now),
      });
      tx.update(messageRef, {
        ...workFields<MessageDoc>('processing.', { state: 'done', reason: null, finished: true }),
        'processing.replyMessageId': replyId,
      });
      tx.update(conversationRef, {
        lastMessageAt: now,
        lastMessagePreview: reply.text.slice(0, 120),
        recent: appendTurn(conversation.recent ?? [], { author: 'ai', text: reply.text, at: now, messageId: replyId }),
        language: reply.language,
        owner: reply.handoff ? 'human' : 'ai',
        // A handoff hands the conversation to staff; otherwise the AI owns it (resuming after a quiet period).
        handoff: reply.handoff
          ? { ...reply.handoff, at: now }
          : conversation.owner === 'human'
            ? null
            : (conversation.handoff ?? null),
      });
      // The contact remembers the language across channels (a write only when it changed).
      if (conversation.language !== reply.language) {
        tx.merge(at.contact(businessId, inbound.contactId), { language: reply.language });
      }
      if (reply.handoff) {
        raiseNotification(tx, businessId, {
          kind: 'handoff',
          conversationId: inbound.conversationId,
          messageId,
          channel: inbound.channel,
          reason: reply.handoff.detail ? `${reply.handoff.reason}: ${reply.handoff.detail}` : reply.handoff.reason,
          createdAt: now,
        });
      }
      return { result: 'replied', replyMessageId: replyId, handoff: Boolean(reply.handoff) };
    });
  } catch (err) {
    if (err instanceof StoreError && err.kind === 'already-exists') {
      // Our own commit, run again after its answer was lost, or another worker's.
      const current = await deps.db.get(messageRef);
      const ours = current?.processing?.attempts === attempts && current.processing.replyMessageId === replyId;
      if (current?.processing?.state === 'done' && ours) {
        return { result: 'replied', replyMessageId: replyId, handoff: Boolean(reply.handoff) };
      }
      return { result: 'skipped', why: 'another worker took the message over' };
    }
    throw err;
  }
}

function replyMessage(inbound: MessageDoc, messageId: string, reply: ReplyResult, now: Date): MessageDoc {
  return {
    conversationId: inbound.conversationId,
    contactId: inbound.contactId,
    channel: inbound.channel,
    direction: 'out',
    author: 'ai',
    // Stored once: a text message's text lives in `text`.
    content: { type: 'text' },
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
  } as unknown as MessageDoc;
}

/** A failure that trying again cannot cure: our own refusals, missing setup, data that is not as it must be. */
function isPermanent(err: unknown): boolean {
  if (err instanceof StoreError) return !err.retryable;
  if (err instanceof ProviderError) return !err.retryable;
  return err instanceof ConfigError || err instanceof FrontdeskError;
}

async function recordFailure(
  deps: Deps,
  businessId: string,
  messageId: string,
  message: MessageDoc,
  attempts: number,
  err: unknown,
): Promise<ReplyOutcome> {
  const why = describeError(err);
  const next = isPermanent(err)
    ? ({ state: 'failed' } as const)
    : afterFailure(attempts, true, deps.now().getTime(), REPLY_RETRY, undefined, Math.random());
  if (next.state === 'retry') {
    const ref = at.message(businessId, messageId);
    const nextAttemptAt = new Date(next.nextAttemptAtMs);
    await deps.db.transaction(async (tx) => {
      if (!stillOurs(await tx.get(ref), attempts)) return;
      tx.update(ref, workFields<MessageDoc>('processing.', { state: 'pending', reason: why, nextAttemptAt }));
    });
    deps.log.warn('reply failed, will retry', { businessId, messageId, attempts, error: why });
    return { result: 'retry', why, nextAttemptAt };
  }
  deps.log.error('reply failed', { businessId, messageId, attempts, error: why });
  await giveUp(deps, businessId, messageId, message, why, attempts);
  return { result: 'failed', why };
}

/**
 * Fails the message for good, visibly: the conversation goes to staff with
 * the reason, and they get a notification. Nothing is lost: the customer's
 * message is there for a person to answer.
 */
async function giveUp(
  deps: Deps,
  businessId: string,
  messageId: string,
  message: MessageDoc,
  why: string,
  attempts?: number,
): Promise<void> {
  const ref = at.message(businessId, messageId);
  await deps.db.transaction(async (tx) => {
    const current = await tx.get(ref);
    if (attempts !== undefined ? !stillOurs(current, attempts) : current?.processing?.state !== 'processing') return;
    const now = deps.now();
    tx.update(ref, workFields<MessageDoc>('processing.', { state: 'failed', reason: why, finished: true }));
    tx.update(at.conversation(businessId, message.conversationId), {
      owner: 'human',
      handoff: { reason: 'error', detail: `The AI could not answer: ${why}`, at: now },
    });
    raiseNotification(tx, businessId, {
      kind: 'reply_failed',
      conversationId: message.conversationId,
      messageId,
      channel: message.channel,
      reason: why,
      createdAt: now,
    });
  });
}
