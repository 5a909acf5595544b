/**
 * The state machines that work items move through, as pure functions of the
 * current state and the time. The pipelines apply them inside Firestore
 * transactions, so two trigger deliveries can never both win a claim.
 */
import type { DeliveryStatus } from './message.js';

/**
 * Processing of an inbound message by the reply pipeline:
 * pending → processing (lease) → done | skipped | failed.
 */
export type ProcessingState = 'pending' | 'processing' | 'done' | 'skipped' | 'failed';

/** Delivery of one outbound message: pending → sending (lease) → sent | retry → … | failed | cancelled. */
export type OutboxState = 'pending' | 'sending' | 'retry' | 'sent' | 'failed' | 'cancelled';

/**
 * Every work item (an inbound message to answer, media to keep, an outbox
 * item to send, and later holds, payments, reminders) is seen by the claim
 * rules through the same view, whatever its states are called:
 * - pending: waiting for a worker (maybe not before `nextAttemptAtMs`)
 * - active: a worker holds it until `leaseUntilMs`; after that it is
 *   presumed dead (crashed, timed out) and the item may be taken over
 * - retry: failed, to be tried again from `nextAttemptAtMs`
 * - finished: done, skipped, failed for good, cancelled
 */
export interface WorkView {
  phase: 'pending' | 'active' | 'retry' | 'finished';
  /** The state's own name, for the reason given when nothing is claimed. */
  state: string;
  attempts: number;
  leaseUntilMs?: number | undefined;
  nextAttemptAtMs?: number | undefined;
  /** Who holds the current claim (a token each claim writes). */
  claimToken?: string | null | undefined;
}

export interface WorkPolicy {
  /** How long a claim holds before the item is presumed abandoned. */
  leaseMs: number;
  /** Claims in all; when a worker died holding the last one, the item is given up (visibly). */
  maxAttempts: number;
}

export type ClaimDecision =
  { claim: true; leaseUntilMs: number; attempts: number } | { claim: false; why: string; giveUp?: true };

/**
 * Whether a worker may claim the item now. Pure: the store applies the
 * decision inside a transaction, so of two workers racing (a redelivered
 * trigger, a sweep, a second instance) exactly one wins.
 */
export function claimWork(current: WorkView, nowMs: number, policy: WorkPolicy): ClaimDecision {
  switch (current.phase) {
    case 'finished':
      return { claim: false, why: `already ${current.state}` };
    case 'active':
      if ((current.leaseUntilMs ?? 0) > nowMs) return { claim: false, why: 'being worked on' };
      break;
    case 'pending':
    case 'retry':
      if ((current.nextAttemptAtMs ?? 0) > nowMs) return { claim: false, why: 'not due yet' };
      break;
  }
  if (current.attempts >= policy.maxAttempts) return { claim: false, why: 'out of attempts', giveUp: true };
  return { claim: true, leaseUntilMs: nowMs + policy.leaseMs, attempts: current.attempts + 1 };
}

/** The phase of an inbound message's processing state. */
export function processingPhase(state: ProcessingState): WorkView['phase'] {
  return state === 'pending' ? 'pending' : state === 'processing' ? 'active' : 'finished';
}

/** The phase of an outbox item's state. */
export function outboxPhase(state: OutboxState): WorkView['phase'] {
  return state === 'pending' ? 'pending' : state === 'sending' ? 'active' : state === 'retry' ? 'retry' : 'finished';
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000 };

/**
 * After a failed attempt: retry later (exponential backoff, or the provider's
 * retry-after when it gave one) or give up. `jitter` in [0, 1) spreads retries.
 */
export function afterFailure(
  attempts: number,
  retryable: boolean,
  nowMs: number,
  policy: RetryPolicy = DEFAULT_RETRY,
  retryAfterMs?: number,
  jitter = 0,
): { state: 'retry'; nextAttemptAtMs: number } | { state: 'failed' } {
  if (!retryable || attempts >= policy.maxAttempts) return { state: 'failed' };
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempts - 1));
  const delay = Math.max(retryAfterMs ?? 0, Math.round(backoff * (1 + jitter * 0.25)));
  return { state: 'retry', nextAttemptAtMs: nowMs + delay };
}

const STATUS_RANK: Record<DeliveryStatus, number> = { queued: 0, sent: 1, delivered: 2, read: 3, failed: 4 };

/**
 * Delivery statuses only move forward (queued → sent → delivered → read), so
 * out-of-order and repeated provider callbacks are harmless. A failure is
 * final, but a later "delivered"/"read" proves it was not, so it may follow.
 */
export function nextDeliveryStatus(
  current: DeliveryStatus | 'cancelled' | undefined,
  incoming: DeliveryStatus,
): boolean {
  if (current === undefined) return true;
  if (current === 'cancelled') return false;
  if (current === 'failed') return incoming === 'delivered' || incoming === 'read';
  return STATUS_RANK[incoming] > STATUS_RANK[current];
}
