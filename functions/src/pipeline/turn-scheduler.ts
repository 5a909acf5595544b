/**
 * The quiet window before a reply. When a customer's message arrives, its
 * turn is scheduled to run `settings.conversation.quietSeconds` later; a
 * newer message schedules its own, and the older turn, when it runs, steps
 * aside for it (pipeline/turn.ts). So a burst of messages gets one reply,
 * written once the customer has paused.
 *
 * The TurnScheduler port runs a turn after a delay: Cloud Tasks in
 * production and on the emulators (tasks/cloud-tasks.ts, a task queue
 * function), in memory in unit tests (testing/memory-scheduler.ts). To add
 * one: implement `schedule`, treating a second request with the same key as
 * the same task (a redelivered trigger must not schedule twice).
 *
 * Nothing depends on the scheduler for correctness: a message whose turn
 * was never scheduled or never ran stays pending, and the sweep answers it
 * after the work item's grace period (store/work-item.ts). When scheduling
 * fails, the message is answered at once instead — without the window, but
 * never without an answer.
 */
import { CONVERSATION_DEFAULTS } from '../domain/conversation-settings.js';
import { describeError } from '../errors.js';
import { at } from '../store/collections.js';
import type { ReplyDeps, ReplyOutcome } from './reply.js';
import { replyToMessage } from './reply.js';

export interface TurnTask {
  businessId: string;
  messageId: string;
  /** 0 for the turn a message schedules; 1, 2, … when it waits for the conversation's previous reply. */
  attempt: number;
  /** When it is due (epoch ms). A dispatcher that runs it early is waited out (see `runTurn`). */
  notBefore?: number | undefined;
}

export interface TurnScheduler {
  /** Runs the task in `delaySeconds`; a second call with the same key is the same task ('exists'). */
  schedule(task: TurnTask, delaySeconds: number, key: string): Promise<'scheduled' | 'exists'>;
}

export interface TurnDeps extends ReplyDeps {
  /** Absent: every turn runs at once (no quiet window). */
  scheduler?: TurnScheduler | undefined;
  /** Waits; tests pass their own. */
  sleep?(ms: number): Promise<void>;
}

/** The longest a turn run early waits for its time (a quiet window is at most 30 s). */
export const MAX_EARLY_WAIT_MS = 30_000;

/** How often a turn waiting for the conversation's previous reply looks again, at most. */
export const MAX_BUSY_RETRIES = 8;

export type StartOutcome = { result: 'scheduled'; inSeconds: number } | ReplyOutcome;

/** The task's key: one per message and attempt. */
export const turnKey = (task: TurnTask) => `turn-${task.messageId}${task.attempt ? `-${task.attempt}` : ''}`;

/**
 * Called for every new customer message (by the trigger): schedules its
 * turn after the quiet window, or answers at once when there is none.
 */
export async function startTurn(deps: TurnDeps, businessId: string, messageId: string): Promise<StartOutcome> {
  const message = await deps.db.get(at.message(businessId, messageId));
  if (!message || message.direction !== 'in' || message.processing?.state !== 'pending') {
    return { result: 'skipped', why: 'nothing to answer' };
  }
  if (!deps.scheduler || message.content.type === 'reaction') return replyToMessage(deps, businessId, messageId);
  let quiet: number;
  try {
    const business = await deps.db.get(at.business(businessId));
    quiet = (business?.settings.conversation ?? CONVERSATION_DEFAULTS).quietSeconds;
  } catch {
    // A business document that cannot be read: the reply pipeline says why, visibly, now.
    return replyToMessage(deps, businessId, messageId);
  }
  if (quiet <= 0) return replyToMessage(deps, businessId, messageId);
  const task: TurnTask = { businessId, messageId, attempt: 0, notBefore: deps.now().getTime() + quiet * 1000 };
  try {
    await deps.scheduler.schedule(task, quiet, turnKey(task));
    return { result: 'scheduled', inSeconds: quiet };
  } catch (err) {
    deps.log.warn('turn not scheduled: answering at once', { businessId, messageId, error: describeError(err) });
    return replyToMessage(deps, businessId, messageId);
  }
}

/**
 * Runs a scheduled turn. A task that arrives before it is due waits for
 * its time: Cloud Tasks dispatches on schedule, but the firebase-tools 13
 * emulator runs tasks as soon as they are queued, ignoring their schedule
 * time, and a quiet window that does not wait would answer every message
 * of a burst. When another reply of the conversation is being written, the
 * turn looks again once that reply's lock ends (or sooner), up to
 * MAX_BUSY_RETRIES times; after that the sweep takes it.
 */
export async function runTurn(deps: TurnDeps, task: TurnTask): Promise<ReplyOutcome> {
  const early = (task.notBefore ?? 0) - deps.now().getTime();
  if (early > 0) {
    const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    await sleep(Math.min(early, MAX_EARLY_WAIT_MS));
  }
  const outcome = await replyToMessage(deps, task.businessId, task.messageId);
  if (outcome.result !== 'deferred' || !outcome.busyUntil || !deps.scheduler) return outcome;
  if (task.attempt >= MAX_BUSY_RETRIES) return outcome;
  const wait = Math.ceil((outcome.busyUntil.getTime() - deps.now().getTime()) / 1000);
  // A reply takes seconds; look again soon rather than at the end of the lock's lease.
  const delay = Math.min(Math.max(wait, 1), 2 ** task.attempt);
  const next: TurnTask = { ...task, attempt: task.attempt + 1, notBefore: deps.now().getTime() + delay * 1000 };
  try {
    await deps.scheduler.schedule(next, delay, turnKey(next));
  } catch (err) {
    deps.log.warn('busy turn not rescheduled: the sweep will take it', {
      businessId: task.businessId,
      messageId: task.messageId,
      error: describeError(err),
    });
  }
  return outcome;
}
