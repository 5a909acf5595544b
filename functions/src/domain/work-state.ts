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

export interface Claimable<S extends string> {
  state: S;
  attempts: number;
  leaseUntilMs?: number | undefined;
  nextAttemptAtMs?: number | undefined;
}

export type ClaimDecision = { claim: true; leaseUntilMs: number; attempts: number } | { claim: false; why: string };

/** An inbound message may be claimed when pending, or when a processing lease ran out (a crashed worker). */
export function claimInbound(
  current: Claimable<ProcessingState>,
  nowMs: number,
  leaseMs: number,
  maxAttempts = 3,
): ClaimDecision {
  if (current.state === 'processing' && (current.leaseUntilMs ?? 0) > nowMs) {
    return { claim: false, why: 'being processed' };
  }
  if (current.state !== 'pending' && current.state !== 'processing') {
    return { claim: false, why: `already ${current.state}` };
  }
  if (current.attempts >= maxAttempts) return { claim: false, why: 'out of attempts' };
  return { claim: true, leaseUntilMs: nowMs + leaseMs, attempts: current.attempts + 1 };
}

/** An outbox item may be claimed when pending, due for retry, or when a sending lease ran out. */
export function claimOutbox(current: Claimable<OutboxState>, nowMs: number, leaseMs: number): ClaimDecision {
  switch (current.state) {
    case 'pending':
      break;
    case 'retry':
      if ((current.nextAttemptAtMs ?? 0) > nowMs) return { claim: false, why: 'retry not due yet' };
      break;
    case 'sending':
      if ((current.leaseUntilMs ?? 0) > nowMs) return { claim: false, why: 'being sent' };
      break;
    default:
      return { claim: false, why: `already ${current.state}` };
  }
  return { claim: true, leaseUntilMs: nowMs + leaseMs, attempts: current.attempts + 1 };
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
