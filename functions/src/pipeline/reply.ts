/**
 * The reply pipeline, run for a customer's message once its quiet window
 * has passed (pipeline/turn-scheduler.ts; at once without one) and by the
 * sweep for any left unfinished: claim the turn the message leads
 * (pipeline/turn.ts) → who owns the conversation → the flood limit → the
 * business context, the out-of-hours notice, today's spend → ask the
 * responder → write everything in one transaction (pipeline/reply-commit.ts),
 * re-checking the claim and the owner.
 *
 * Failures: a passing one (an outage) puts the message back with a backoff
 * for the sweep, up to REPLY_WORK's attempts; one that cannot pass (a
 * broken business document, a missing configuration), or the last attempt,
 * fails the turn for good and hands the conversation to staff with the
 * reason and a notification. A worker that dies holding the claim is
 * replaced by the sweep when its lease ends; nothing is answered twice.
 */
import type { BookingCustomer, CustomerBooking } from '../domain/booking/assistant.js';
import type { Business } from '../domain/business.js';
import type { BusinessDoc, ContactDoc } from '../store/documents.js';
import { closedNoticeDue, closedNoticeText, withClosedNotice } from '../domain/out-of-hours.js';
import { isOpenAt } from '../domain/hours.js';
import { floodNoticeText, floodStep } from '../domain/rate-limit.js';
import { type WorkPolicy, afterFailure, processingPhase } from '../domain/work-state.js';
import { ConfigError, FrontdeskError, NotFoundError, ProviderError, StoreError, describeError } from '../errors.js';
import type { MediaStore } from '../media/media-store.js';
import type { Responder, ReplyResult } from '../responders/responder.js';
import { at } from '../store/collections.js';
import type { MessageDoc } from '../store/documents.js';
import { type WorkKind, workFields } from '../store/work-item.js';
import { loadBusinessContext } from './business-context.js';
import type { Deps } from './deps.js';
import { RESUME_AI, type RaisedNotification, raiseNotification } from './notifications.js';
import type { HeldOutboxItem } from './outbox.js';
import { commitReply, ownerAt } from './reply-commit.js';
import { buildReplyRequest } from './reply-request.js';
import { type Turn, claimTurn, finishTurn, releaseLock, stillOurs, turnMessages } from './turn.js';
import { localDate, noteBudgetReached, spentToday } from './usage.js';

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
  /** Where stored photos and voice notes are read for the responder (without it, they reach it without bytes). */
  media?: MediaStore | undefined;
  /** When the function running the reply must be done by (its timeout, less a margin for the commit). */
  deadline?: Date | undefined;
  /**
   * The caller sends the reply as soon as it is written (entries/on-outbox.ts
   * `sendNow`): the outbox item is created claimed and returned as `held`,
   * sparing a claim transaction; its trigger and the sweep stay the safety net.
   */
  sendsAtOnce?: boolean | undefined;
  /** The customer's bookings for the responder (`ReplyRequest.booking`); absent: no booking in this deployment. */
  booking?: ((business: Business, customer: BookingCustomer) => CustomerBooking) | undefined;
}

export type ReplyOutcome =
  | { result: 'replied'; replyMessageId: string; handoff: boolean; held?: HeldOutboxItem | undefined }
  | { result: 'skipped'; why: string }
  /** Not this message's turn now: a newer message leads it, or the conversation's previous reply is being written. */
  | { result: 'deferred'; why: string; newer?: string; busyUntil?: Date }
  | { result: 'retry'; why: string; nextAttemptAt: Date }
  | { result: 'failed'; why: string };

/** An outcome as logged: without the held outbox item, which carries the customer's text and conversation. */
export function loggedOutcome(
  outcome: ReplyOutcome | { result: 'scheduled'; inSeconds: number },
): Record<string, unknown> {
  if (!('held' in outcome)) return outcome;
  const { held, ...rest } = outcome;
  return { ...rest, sendsAtOnce: held !== undefined };
}

export async function replyToMessage(deps: ReplyDeps, businessId: string, messageId: string): Promise<ReplyOutcome> {
  const claim = await claimTurn(deps, businessId, messageId, REPLY_WORK);
  if (!claim.claimed) {
    if ('superseded' in claim) return { result: 'deferred', why: claim.why, newer: claim.superseded };
    if ('busyUntil' in claim) return { result: 'deferred', why: claim.why, busyUntil: claim.busyUntil };
    if (claim.giveUp && claim.doc) {
      const why = 'the reply did not finish after every attempt (the worker stopped or timed out)';
      await giveUpUnclaimed(deps, businessId, messageId, claim.doc, why);
      return { result: 'failed', why };
    }
    return { result: 'skipped', why: claim.why };
  }
  const turn = claim.turn;
  if (turn.leader.doc.content.type === 'reaction') {
    await finishTurn(deps, businessId, turn, 'skipped', 'a reaction needs no reply');
    return { result: 'skipped', why: 'reaction' };
  }

  let reply: ReplyResult | undefined;
  try {
    const conversation = turn.conversation;
    if (!conversation) throw new NotFoundError(`conversation ${turn.leader.doc.conversationId} is missing`);
    // One round trip for both.
    const [businessDoc, contact] = await loadBusinessAndContact(deps, businessId, turn.leader.doc.contactId);
    const { settings } = businessDoc;
    const quietMinutes = settings.handoffQuietMinutes;
    if (ownerAt(conversation, deps.now(), quietMinutes) === 'human') {
      await finishTurn(deps, businessId, turn, 'skipped', 'a person owns this conversation');
      return { result: 'skipped', why: 'human owner' };
    }
    const flood = floodStep(
      contact?.inboundAt ?? [],
      turn.leader.doc.createdAt,
      settings.conversation.rateLimit,
      Boolean(contact?.flood),
    );
    const { timezone } = businessDoc.profile;
    const plan = { businessId, turn, quietMinutes, timezone, sendsAtOnce: deps.sendsAtOnce };
    if (flood.action === 'silence') {
      await finishTurn(deps, businessId, turn, 'skipped', 'rate limited: the contact is still flooding');
      return { result: 'skipped', why: 'flood' };
    }
    if (flood.action === 'notice') {
      reply = floodReply(conversation.language ?? businessDoc.profile.languages[0] ?? 'en');
      return await commitReply(deps, {
        ...plan,
        reply,
        flood: 'started',
        notify: floodNotification(turn, deps.now()),
      });
    }

    const now = deps.now();
    const business = await loadBusinessContext(deps, businessId, businessDoc);
    const schedule = { timezone, hours: business.hours, holidays: business.holidays };
    const closed = settings.conversation.outOfHoursNotice
      ? closedNoticeDue(now, schedule, conversation.closedNotice)
      : undefined;
    const request = await buildReplyRequest(deps, {
      business,
      turn,
      conversation,
      contact,
      now,
      deadline: deps.deadline,
      // Read only for a responder that has a budget to keep (the engine).
      spentTodayUsd: deps.responder.usesDailySpend ? await spentToday(deps, businessId, timezone, now) : undefined,
      closedNotice: closed ? 'now' : !isOpenAt(now, schedule) && conversation.closedNotice ? 'earlier' : undefined,
    });
    reply = await deps.responder.reply(request);
    if (closed)
      reply = { ...reply, text: withClosedNotice(reply.text, closedNoticeText(closed, now, timezone, reply.language)) };
    const outcome = await commitReply(deps, {
      ...plan,
      reply,
      closedNotice: closed,
      flood: 'floodEnded' in flood ? 'ended' : undefined,
    });
    if (outcome.result === 'replied') await tellOwnerOfBudget(deps, businessDoc, reply, turn);
    return outcome;
  } catch (err) {
    return recordFailure(deps, businessId, turn, err, reply);
  }
}

async function loadBusinessAndContact(
  deps: Deps,
  businessId: string,
  contactId: string,
): Promise<[BusinessDoc, ContactDoc | undefined]> {
  const [business, contact] = await deps.db.getAll<unknown>([
    at.business(businessId),
    at.contact(businessId, contactId),
  ]);
  if (!business) throw new NotFoundError(`No business "${businessId}".`);
  return [business as BusinessDoc, contact as ContactDoc | undefined];
}

function floodReply(language: string): ReplyResult {
  const notice = floodNoticeText(language);
  return { ...notice, confidence: 1, sources: [], responder: 'rate-limit' };
}

function floodNotification(turn: Turn, now: Date): RaisedNotification[] {
  const { doc } = turn.leader;
  return [
    {
      kind: 'rate_limited',
      conversationId: doc.conversationId,
      messageId: turn.leader.id,
      channel: doc.channel,
      reason:
        'The customer sent more messages than the limit allows: they got one polite message, and the AI stays silent until they slow down.',
      createdAt: now,
      subject: { kind: 'conversation', id: doc.conversationId },
      subjectId: `${doc.contactId}-${now.getTime()}`,
    },
  ];
}

/** Over the day's budget the offline responder answered: the owner is told once a day. */
async function tellOwnerOfBudget(deps: Deps, business: BusinessDoc, reply: ReplyResult, turn: Turn): Promise<void> {
  if (!reply.attempts?.some((a) => a.reason === 'over_budget')) return;
  const { timezone } = business.profile;
  const limit = business.settings.ai.dailyBudgetUsd;
  const now = deps.now();
  try {
    await noteBudgetReached(deps, business.id, timezone, limit, now, (writer, date) =>
      raiseNotification(writer, business.id, {
        kind: 'budget_exceeded',
        conversationId: turn.leader.doc.conversationId,
        messageId: turn.leader.id,
        channel: turn.leader.doc.channel,
        reason: `Today's AI budget (USD ${limit}) is spent: the offline responder answers until midnight (${timezone}).`,
        createdAt: now,
        subject: { kind: 'day', id: date },
        subjectId: date,
      }),
    );
  } catch (err) {
    // The reply is written; the owner is told by the next reply over budget.
    deps.log.warn('budget notice not written', {
      businessId: business.id,
      date: localDate(now, timezone),
      error: describeError(err),
    });
  }
}

/** A failure that trying again cannot cure: our own refusals, missing setup, data that is not as it must be. */
function isPermanent(err: unknown): boolean {
  if (err instanceof StoreError) return !err.retryable;
  if (err instanceof ProviderError) return !err.retryable;
  return err instanceof ConfigError || err instanceof FrontdeskError;
}

/** A voice note's transcript made before the failure, kept so the retry does not transcribe it again. */
function transcriptWrite(turn: Turn, reply: ReplyResult | undefined, now: Date) {
  const voiceNote =
    reply?.transcript && turnMessages(turn).find((m) => m.doc.content.type === 'audio' && !m.doc.transcript);
  if (!voiceNote || !reply?.transcript) return undefined;
  return {
    id: voiceNote.id,
    transcript: { ...reply.transcript, language: reply.transcript.language ?? null, at: now },
  };
}

async function recordFailure(
  deps: Deps,
  businessId: string,
  turn: Turn,
  err: unknown,
  reply: ReplyResult | undefined,
): Promise<ReplyOutcome> {
  const why = describeError(err);
  const { leader, attempts } = turn;
  const next = isPermanent(err)
    ? ({ state: 'failed' } as const)
    : afterFailure(attempts, true, deps.now().getTime(), REPLY_RETRY, undefined, Math.random());
  const transcript = transcriptWrite(turn, reply, deps.now());
  if (next.state === 'retry') {
    const ref = at.message(businessId, leader.id);
    const nextAttemptAt = new Date(next.nextAttemptAtMs);
    await deps.db.transaction(async (tx) => {
      const [current, conversation] = await Promise.all([
        tx.get(ref),
        tx.get(at.conversation(businessId, leader.doc.conversationId)),
      ]);
      if (!stillOurs(current, attempts)) return;
      tx.update(ref, workFields<MessageDoc>('processing.', { state: 'pending', reason: why, nextAttemptAt }));
      if (transcript) tx.update(at.message(businessId, transcript.id), { transcript: transcript.transcript });
      releaseLock(tx, businessId, leader.doc.conversationId, conversation, leader.id);
    });
    deps.log.warn('reply failed, will retry', { businessId, messageId: leader.id, attempts, error: why });
    return { result: 'retry', why, nextAttemptAt };
  }
  deps.log.error('reply failed', { businessId, messageId: leader.id, attempts, error: why });
  const now = deps.now();
  await finishTurn(deps, businessId, turn, 'failed', why, (tx) => {
    if (transcript) tx.update(at.message(businessId, transcript.id), { transcript: transcript.transcript });
    handToStaff(tx, businessId, leader.id, leader.doc, why, now);
  });
  return { result: 'failed', why };
}

/**
 * Fails the message for good, visibly: the conversation goes to staff with
 * the reason, and they get a notification. Nothing is lost: the customer's
 * message is there for a person to answer.
 */
function handToStaff(
  tx: Parameters<Parameters<Deps['db']['transaction']>[0]>[0],
  businessId: string,
  messageId: string,
  message: MessageDoc,
  why: string,
  now: Date,
): void {
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
    subject: { kind: 'conversation', id: message.conversationId },
    actions: [RESUME_AI],
  });
}

/** A message whose every worker died holding the claim: failed for good, handed to staff. */
async function giveUpUnclaimed(
  deps: Deps,
  businessId: string,
  messageId: string,
  message: MessageDoc,
  why: string,
): Promise<void> {
  const ref = at.message(businessId, messageId);
  await deps.db.transaction(async (tx) => {
    const [current, conversation] = await Promise.all([
      tx.get(ref),
      tx.get(at.conversation(businessId, message.conversationId)),
    ]);
    if (current?.processing?.state !== 'processing') return;
    tx.update(ref, workFields<MessageDoc>('processing.', { state: 'failed', reason: why, finished: true }));
    releaseLock(tx, businessId, message.conversationId, conversation, messageId);
    handToStaff(tx, businessId, messageId, message, why, deps.now());
  });
}
