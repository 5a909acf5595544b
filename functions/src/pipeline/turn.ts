/**
 * A turn: the customer messages one reply answers. The reply pipeline
 * claims the message it was asked about, and in the same transaction
 *
 * - steps aside when a newer unanswered message exists (a burst: that
 *   message's turn answers this one too — domain/turn.ts decides);
 * - waits when another turn of the conversation is being written (the
 *   conversation's reply lock, `replying`, held for the claim's lease), so
 *   the next reply is written knowing the previous one;
 * - otherwise takes the lock and gathers the earlier unanswered messages it
 *   answers with it.
 *
 * Everything that finishes a turn marks all its messages and releases the
 * lock in one transaction (`finishTurn` here, and the reply's commit).
 */
import { type TurnCandidate, decideTurn } from '../domain/turn.js';
import type { ProcessingState } from '../domain/work-state.js';
import { at } from '../store/collections.js';
import type { Transaction, UpdateData } from '../store/database.js';
import type { ConversationDoc, MessageDoc } from '../store/documents.js';
import { type WorkKind, claimWorkItem, workFields } from '../store/work-item.js';
import type { Deps } from './deps.js';

export interface TurnMessage {
  id: string;
  doc: MessageDoc;
}

export interface Turn {
  /** The newest message: the one claimed, whose id the reply's id derives from. */
  leader: TurnMessage;
  /** Earlier unanswered messages answered with it, oldest first. */
  members: TurnMessage[];
  conversation: ConversationDoc | undefined;
  /** The leader's claim (its attempt number): every later write checks it still stands. */
  attempts: number;
}

export type TurnClaim =
  | { claimed: true; turn: Turn }
  | { claimed: false; why: string; doc?: MessageDoc | undefined; giveUp?: true }
  /** A newer unanswered message leads the turn that answers this one. */
  | { claimed: false; why: string; superseded: string }
  /** Another turn of the conversation is being written until `until`. */
  | { claimed: false; why: string; busyUntil: Date };

/** The messages of a turn, oldest first. */
export const turnMessages = (turn: Turn): TurnMessage[] => [...turn.members, turn.leader];

const unfinished = (state: ProcessingState | undefined) => state === 'pending' || state === 'processing';

/**
 * The customer messages that can matter to the decision: every one after
 * the leader, and the ones before it back to the last reply (earlier ones
 * were answered or will lead their own turn). Read in the transaction.
 */
async function candidates(
  tx: Transaction,
  businessId: string,
  conversation: ConversationDoc,
  leaderId: string,
  leader: MessageDoc,
): Promise<{ list: TurnCandidate[]; docs: Map<string, MessageDoc> }> {
  const recent = conversation.recent ?? [];
  const index = recent.findIndex((t) => t.messageId === leaderId);
  let from = index < 0 ? recent.length : index;
  while (from > 0 && recent[from - 1]!.author === 'customer') from -= 1;
  const ids = recent
    .map((t, i) => ({ t, i }))
    .filter(({ t, i }) => t.author === 'customer' && t.messageId !== leaderId && (i >= from || index < 0))
    .map(({ t }) => t.messageId);
  const read = await Promise.all(ids.map((id) => tx.get(at.message(businessId, id))));
  const docs = new Map<string, MessageDoc>();
  ids.forEach((id, i) => read[i] && docs.set(id, read[i]!));
  const candidate = (id: string, doc: MessageDoc | undefined, state?: ProcessingState): TurnCandidate => ({
    messageId: id,
    state: state ?? doc?.processing?.state ?? 'done',
    answerable: doc !== undefined && doc.direction === 'in' && doc.content.type !== 'reaction',
  });
  const list = recent
    .filter((t) => t.author === 'customer' && (t.messageId === leaderId || docs.has(t.messageId)))
    .map((t) =>
      t.messageId === leaderId ? candidate(leaderId, leader, 'pending') : candidate(t.messageId, docs.get(t.messageId)),
    );
  return { list, docs };
}

/**
 * Claims the turn that `messageId` leads (see the top of this file). The
 * claim, the lock and the gathering happen in one transaction, so of any
 * number of workers racing on a conversation's messages, one writes the
 * turn and the others step aside or wait.
 */
export async function claimTurn(
  deps: Deps,
  businessId: string,
  messageId: string,
  kind: WorkKind<MessageDoc>,
): Promise<TurnClaim> {
  let conversation: ConversationDoc | undefined;
  let members: TurnMessage[] = [];
  let superseded: string | undefined;
  let busyUntil: Date | undefined;
  const now = deps.now();
  const claim = await claimWorkItem(deps.db, at.message(businessId, messageId), kind, now, {
    check: async (tx, message) => {
      // A transaction may run more than once: each run decides afresh.
      members = [];
      superseded = undefined;
      busyUntil = undefined;
      const conversationRef = at.conversation(businessId, message.conversationId);
      conversation = await tx.get(conversationRef);
      // A reaction is finished at once by the caller; a missing conversation is the caller's error to report.
      if (!conversation || message.content.type === 'reaction') return undefined;
      const { list, docs } = await candidates(tx, businessId, conversation, messageId, message);
      const decision = decideTurn(list, messageId);
      if (!decision.lead) {
        superseded = decision.newer;
        return 'a newer message leads this turn';
      }
      const lock = conversation.replying;
      if (lock && lock.messageId !== messageId && lock.until.getTime() > now.getTime()) {
        busyUntil = lock.until;
        return 'another reply of this conversation is being written';
      }
      members = decision.members.flatMap((id) => {
        const doc = docs.get(id);
        return doc && unfinished(doc.processing?.state) ? [{ id, doc }] : [];
      });
      tx.update(conversationRef, {
        replying: { messageId, until: new Date(now.getTime() + kind.policy.leaseMs) },
      } as UpdateData<ConversationDoc>);
      return undefined;
    },
  });
  if (claim.claimed) {
    return {
      claimed: true,
      turn: { leader: { id: messageId, doc: claim.doc }, members, conversation, attempts: claim.attempts },
    };
  }
  if (superseded) return { claimed: false, why: claim.why, superseded };
  if (busyUntil) return { claimed: false, why: claim.why, busyUntil };
  return { claimed: false, why: claim.why, doc: claim.doc, ...(claim.giveUp ? { giveUp: true as const } : {}) };
}

export const stillOurs = (message: MessageDoc | undefined, attempts: number) =>
  message?.processing?.state === 'processing' && message.processing.attempts === attempts;

/** Releases the conversation's reply lock, if this turn holds it (inside a transaction that read the conversation). */
export function releaseLock(
  tx: Transaction,
  businessId: string,
  conversationId: string,
  conversation: ConversationDoc | undefined,
  leaderId: string,
): void {
  if (conversation?.replying?.messageId === leaderId) {
    tx.update(at.conversation(businessId, conversationId), { replying: null } as UpdateData<ConversationDoc>);
  }
}

/**
 * Finishes every message of the turn with one state and reason, and
 * releases the lock, if the leader's claim still stands (a sweep may have
 * replaced a worker it thought dead). `also` adds writes of its own to the
 * same transaction.
 */
export async function finishTurn(
  deps: Deps,
  businessId: string,
  turn: Turn,
  state: 'skipped' | 'done' | 'failed',
  reason: string,
  also?: (tx: Transaction) => void,
): Promise<boolean> {
  const { leader } = turn;
  const conversationRef = at.conversation(businessId, leader.doc.conversationId);
  return deps.db.transaction(async (tx) => {
    const [current, conversation, ...members] = await Promise.all([
      tx.get(at.message(businessId, leader.id)),
      tx.get(conversationRef),
      ...turn.members.map((m) => tx.get(at.message(businessId, m.id))),
    ]);
    if (!stillOurs(current, turn.attempts)) return false;
    const fields = workFields<MessageDoc>('processing.', { state, reason, finished: true });
    tx.update(at.message(businessId, leader.id), fields);
    turn.members.forEach((m, i) => {
      if (unfinished(members[i]?.processing?.state)) tx.update(at.message(businessId, m.id), fields);
    });
    releaseLock(tx, businessId, leader.doc.conversationId, conversation, leader.id);
    also?.(tx);
    return true;
  });
}
