/**
 * Writes a turn's reply in one transaction, re-checking the leader's claim
 * and the conversation's owner: the reply message (with what staff need to
 * see: tool calls, provider attempts, tokens and cost, grounding,
 * injection), its outbox item (with buttons), every message of the turn
 * done (and a voice note's transcript), the conversation (history, owner,
 * handoff, the lock released, the out-of-hours notice, the responders'
 * state), the contact (language, memory, flood), the day's totals, and the
 * notifications the reply raises.
 *
 * The reply's id is derived from the leader's, so if a worker presumed
 * dead and the one that replaced it both get here, the second finds the
 * claim gone (or the reply there) and writes nothing.
 */
import { applyMemoryPatch, emptyMemory } from '../domain/contact-memory.js';
import { appendTurn } from '../domain/conversation.js';
import { effectiveOwner } from '../domain/ownership.js';
import type { ToldClosed } from '../domain/out-of-hours.js';
import { StoreError, NotFoundError } from '../errors.js';
import { MAX_STATE_BYTES, type ReplyResult } from '../responders/responder.js';
import { at } from '../store/collections.js';
import { FieldOp, type Transaction, type UpdateData } from '../store/database.js';
import {
  type ContactDoc,
  type ConversationDoc,
  MAX_TOOL_ARGUMENTS,
  type MessageDoc,
  type OutboxDoc,
} from '../store/documents.js';
import { ids } from '../store/ids.js';
import { newWork, workFields } from '../store/work-item.js';
import type { Deps } from './deps.js';
import { UnstorableValue, jsonText, storableJson } from './json-value.js';
import { RESUME_AI, type RaisedNotification, raiseNotification } from './notifications.js';
import { type Turn, releaseLock, stillOurs, turnMessages } from './turn.js';
import { addReplyUsage } from './usage.js';

export interface ReplyPlan {
  businessId: string;
  turn: Turn;
  reply: ReplyResult;
  quietMinutes: number;
  timezone: string;
  /** The out-of-hours notice this reply opens with. */
  closedNotice?: ToldClosed | undefined;
  /** A flood starts with this reply (its polite message), or ended with the turn. */
  flood?: 'started' | 'ended' | undefined;
  /** Notifications to raise with the reply besides the handoff's. */
  notify?: RaisedNotification[] | undefined;
}

export type CommitOutcome =
  { result: 'replied'; replyMessageId: string; handoff: boolean } | { result: 'skipped'; why: string };

const STATE_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

export function ownerAt(conversation: ConversationDoc, now: Date, quietMinutes: number) {
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

export async function commitReply(deps: Deps, plan: ReplyPlan): Promise<CommitOutcome> {
  const { businessId, turn, reply } = plan;
  const leader = turn.leader;
  const conversationId = leader.doc.conversationId;
  const conversationRef = at.conversation(businessId, conversationId);
  const contactRef = at.contact(businessId, leader.doc.contactId);
  const replyId = ids.replyTo(leader.id);
  const messages = turnMessages(turn);
  const stateChanges = responderStateChanges(deps, businessId, reply);

  try {
    return await deps.db.transaction(async (tx): Promise<CommitOutcome> => {
      // The contact is read only to apply memory patches to what is stored now; other changes to it are merged blind.
      const [current, conversation, contact, ...members] = await Promise.all([
        tx.get(at.message(businessId, leader.id)),
        tx.get(conversationRef),
        reply.memory?.length ? tx.get(contactRef) : undefined,
        ...turn.members.map((m) => tx.get(at.message(businessId, m.id))),
      ]);
      // Our own commit, run again after its answer was lost: it did land.
      if (
        current?.processing?.state === 'done' &&
        current.processing.replyMessageId === replyId &&
        current.processing.attempts === turn.attempts
      ) {
        return { result: 'replied', replyMessageId: replyId, handoff: Boolean(reply.handoff) };
      }
      if (!stillOurs(current, turn.attempts)) return { result: 'skipped', why: 'another worker took the message over' };
      if (!conversation) throw new NotFoundError(`conversation ${conversationId} is missing`);
      const now = deps.now();
      const answered = [...turn.members.filter((_, i) => unfinished(members[i])), leader];
      // Checked again just before anything is written: staff may have taken over meanwhile.
      if (ownerAt(conversation, now, plan.quietMinutes) === 'human') {
        const fields = workFields<MessageDoc>('processing.', {
          state: 'skipped',
          reason: 'a person took over',
          finished: true,
        });
        for (const m of answered) tx.update(at.message(businessId, m.id), fields);
        releaseLock(tx, businessId, conversationId, conversation, leader.id);
        return { result: 'skipped', why: 'human took over' };
      }

      tx.create(
        at.message(businessId, replyId),
        replyMessage(
          plan,
          answered.map((m) => m.id),
          now,
        ),
      );
      tx.create(at.outboxItem(businessId, replyId), outboxItem(plan, conversation, now));
      const done = {
        ...workFields<MessageDoc>('processing.', { state: 'done', reason: null, finished: true }),
        'processing.replyMessageId': replyId,
      };
      const voiceNote = reply.transcript && messages.find((m) => m.doc.content.type === 'audio' && !m.doc.transcript);
      for (const m of answered) {
        const transcript =
          voiceNote?.id === m.id && reply.transcript
            ? { transcript: { ...reply.transcript, language: reply.transcript.language ?? null, at: now } }
            : {};
        tx.update(at.message(businessId, m.id), { ...done, ...transcript });
      }
      tx.update(conversationRef, conversationChanges(plan, conversation, replyId, stateChanges, now));
      const contactChanges = contactUpdate(plan, conversation, contact, now);
      if (contactChanges) tx.merge(contactRef, contactChanges);
      addReplyUsage(tx, businessId, plan.timezone, reply, now);
      raiseAll(tx, plan, now);
      return { result: 'replied', replyMessageId: replyId, handoff: Boolean(reply.handoff) };
    });
  } catch (err) {
    if (err instanceof StoreError && err.kind === 'already-exists') {
      return { result: 'skipped', why: 'another worker took the message over' };
    }
    throw err;
  }
}

const unfinished = (m: MessageDoc | undefined) =>
  m?.processing?.state === 'pending' || m?.processing?.state === 'processing';

function replyMessage(plan: ReplyPlan, answers: string[], now: Date): MessageDoc {
  const { reply, turn } = plan;
  return {
    conversationId: turn.leader.doc.conversationId,
    contactId: turn.leader.doc.contactId,
    channel: turn.leader.doc.channel,
    direction: 'out',
    author: 'ai',
    // Stored once: a text message's text lives in `text`.
    content: { type: 'text' },
    text: reply.text,
    providerMessageId: null,
    createdAt: now,
    delivery: { status: 'queued', at: now },
    buttons: reply.buttons?.length ? reply.buttons : null,
    ai: {
      responder: reply.responder,
      confidence: reply.confidence,
      sources: reply.sources,
      language: reply.language,
      handoff: reply.handoff ?? null,
      inReplyTo: turn.leader.id,
      answers,
      usage: reply.usage ?? null,
      toolCalls: reply.toolCalls?.map((c) => ({ ...c, arguments: jsonText(c.arguments, MAX_TOOL_ARGUMENTS) })) ?? null,
      attempts: reply.attempts ?? null,
      grounding: reply.grounding ?? null,
      injection: reply.injection ?? null,
      intent: reply.intent ?? null,
      safety: reply.safety ?? null,
      answerLanguage: reply.answerLanguage ?? null,
      note: reply.note?.slice(0, 1_000) ?? null,
      approvals: reply.approvals?.map((a) => ({ tool: a.tool, input: jsonText(a.input, MAX_TOOL_ARGUMENTS) })) ?? null,
      closedNotice: plan.closedNotice ? true : null,
    },
  } as unknown as MessageDoc;
}

function outboxItem(plan: ReplyPlan, conversation: ConversationDoc, now: Date): OutboxDoc {
  const { reply, turn } = plan;
  return {
    messageId: ids.replyTo(turn.leader.id),
    author: 'ai',
    conversationId: turn.leader.doc.conversationId,
    channel: turn.leader.doc.channel,
    accountId: conversation.accountId,
    userId: conversation.userId,
    text: reply.text,
    buttons: reply.buttons?.length ? reply.buttons : null,
    state: 'pending',
    createdAt: now,
    ...newWork(now),
  };
}

function conversationChanges(
  plan: ReplyPlan,
  conversation: ConversationDoc,
  replyId: string,
  stateChanges: Record<string, unknown>,
  now: Date,
): UpdateData<ConversationDoc> {
  const { reply } = plan;
  return {
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
    replying: null,
    ...(plan.closedNotice ? { closedNotice: { opensAt: plan.closedNotice.opensAt, at: now } } : {}),
    ...stateChanges,
  } as UpdateData<ConversationDoc>;
}

/** The responders' state changes as dotted updates; a value that cannot be stored is left out (and logged). */
function responderStateChanges(deps: Deps, businessId: string, reply: ReplyResult): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(reply.conversationState ?? {})) {
    if (!STATE_KEY.test(key)) {
      deps.log.warn('conversation state not stored: bad key', { businessId, key: key.slice(0, 60) });
      continue;
    }
    if (value === null || value === undefined) {
      changes[`responderState.${key}`] = FieldOp.delete();
      continue;
    }
    try {
      changes[`responderState.${key}`] = storableJson(value, MAX_STATE_BYTES);
    } catch (err) {
      if (!(err instanceof UnstorableValue)) throw err;
      deps.log.warn('conversation state not stored', { businessId, key, why: err.message });
    }
  }
  return changes;
}

function contactUpdate(
  plan: ReplyPlan,
  conversation: ConversationDoc,
  contact: ContactDoc | undefined,
  now: Date,
): Partial<ContactDoc> | undefined {
  const { reply } = plan;
  const changes: Partial<ContactDoc> = {};
  // The contact remembers the language across channels (a write only when it changed).
  if (conversation.language !== reply.language) changes.language = reply.language;
  if (reply.memory?.length) {
    changes.memory = reply.memory.reduce(applyMemoryPatch, contact?.memory ?? emptyMemory());
  }
  if (plan.flood === 'started') changes.flood = { since: now, noticeAt: now };
  if (plan.flood === 'ended') changes.flood = null;
  return Object.keys(changes).length ? changes : undefined;
}

function raiseAll(tx: Transaction, plan: ReplyPlan, now: Date): void {
  const { reply, turn, businessId } = plan;
  const leader = turn.leader;
  if (reply.handoff) {
    raiseNotification(tx, businessId, {
      // A possible emergency is its own, urgent kind: staff see it first, on every linked chat.
      kind: reply.handoff.reason === 'emergency' ? 'emergency' : 'handoff',
      conversationId: leader.doc.conversationId,
      messageId: leader.id,
      channel: leader.doc.channel,
      reason: reply.handoff.detail ? `${reply.handoff.reason}: ${reply.handoff.detail}` : reply.handoff.reason,
      createdAt: now,
      subject: { kind: 'conversation', id: leader.doc.conversationId },
      actions: [RESUME_AI],
    });
  }
  for (const notification of plan.notify ?? []) raiseNotification(tx, businessId, notification);
}
