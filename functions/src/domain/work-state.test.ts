import { describe, expect, it } from 'vitest';
import { afterFailure, claimWork, nextDeliveryStatus, outboxPhase, processingPhase } from './work-state.js';

const NOW = 1_000_000;

const POLICY = { leaseMs: 60_000, maxAttempts: 3 };

describe('claimWork', () => {
  it.each([
    [{ phase: 'pending', state: 'pending', attempts: 0 }, true, 'a new item is claimed'],
    [{ phase: 'pending', state: 'pending', attempts: 1, nextAttemptAtMs: NOW + 5 }, false, 'a backoff is waited out'],
    [{ phase: 'pending', state: 'pending', attempts: 1, nextAttemptAtMs: NOW }, true, 'a due backoff is claimed'],
    [{ phase: 'active', state: 'processing', attempts: 1, leaseUntilMs: NOW + 1 }, false, 'a live lease blocks'],
    [
      { phase: 'active', state: 'processing', attempts: 1, leaseUntilMs: NOW - 1 },
      true,
      'an expired lease is taken over',
    ],
    [{ phase: 'active', state: 'sending', attempts: 1 }, true, 'an active item without a lease is taken over'],
    [{ phase: 'retry', state: 'retry', attempts: 1, nextAttemptAtMs: NOW + 5 }, false, 'a retry not yet due waits'],
    [{ phase: 'retry', state: 'retry', attempts: 1, nextAttemptAtMs: NOW }, true, 'a due retry is claimed'],
    [{ phase: 'finished', state: 'done', attempts: 1 }, false, 'finished is final'],
    [{ phase: 'finished', state: 'cancelled', attempts: 0 }, false, 'cancelled is final'],
  ] as const)('%o → %s (%s)', (current, claimed, _why) => {
    const decision = claimWork(current, NOW, POLICY);
    expect(decision.claim).toBe(claimed);
    if (decision.claim) {
      expect(decision.leaseUntilMs).toBe(NOW + POLICY.leaseMs);
      expect(decision.attempts).toBe(current.attempts + 1);
    }
  });

  it('gives up, visibly, when a worker died holding the last attempt', () => {
    expect(
      claimWork({ phase: 'active', state: 'processing', attempts: 3, leaseUntilMs: NOW - 1 }, NOW, POLICY),
    ).toEqual({ claim: false, why: 'out of attempts', giveUp: true });
  });

  it('says what state a finished item is in', () => {
    expect(claimWork({ phase: 'finished', state: 'skipped', attempts: 1 }, NOW, POLICY)).toEqual({
      claim: false,
      why: 'already skipped',
    });
  });

  it.each([
    ['pending', 'pending'],
    ['processing', 'active'],
    ['done', 'finished'],
    ['skipped', 'finished'],
    ['failed', 'finished'],
  ] as const)('processing state %s is %s', (state, phase) => {
    expect(processingPhase(state)).toBe(phase);
  });

  it.each([
    ['pending', 'pending'],
    ['sending', 'active'],
    ['retry', 'retry'],
    ['sent', 'finished'],
    ['failed', 'finished'],
    ['cancelled', 'finished'],
  ] as const)('outbox state %s is %s', (state, phase) => {
    expect(outboxPhase(state)).toBe(phase);
  });
});

describe('afterFailure', () => {
  const policy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 5000 };
  it.each([
    [1, true, undefined, { state: 'retry', nextAttemptAtMs: NOW + 1000 }],
    [2, true, undefined, { state: 'retry', nextAttemptAtMs: NOW + 2000 }],
    [3, true, undefined, { state: 'retry', nextAttemptAtMs: NOW + 4000 }],
    [4, true, undefined, { state: 'failed' }],
    [1, false, undefined, { state: 'failed' }],
    [1, true, 30_000, { state: 'retry', nextAttemptAtMs: NOW + 30_000 }],
  ])('attempt %i, retryable %s, retry-after %s', (attempts, retryable, retryAfter, expected) => {
    expect(afterFailure(attempts, retryable, NOW, policy, retryAfter)).toEqual(expected);
  });
  it('caps the delay', () => {
    expect(afterFailure(3, true, NOW, { maxAttempts: 10, baseDelayMs: 1000, maxDelayMs: 3000 })).toEqual({
      state: 'retry',
      nextAttemptAtMs: NOW + 3000,
    });
  });
});

describe('nextDeliveryStatus', () => {
  it.each([
    [undefined, 'sent', true],
    ['queued', 'sent', true],
    ['sent', 'delivered', true],
    ['delivered', 'read', true],
    ['read', 'delivered', false],
    ['delivered', 'sent', false],
    ['read', 'read', false],
    ['sent', 'failed', true],
    ['failed', 'sent', false],
    ['failed', 'read', true],
    ['cancelled', 'sent', false],
  ] as const)('%s + %s → %s', (current, incoming, applies) => {
    expect(nextDeliveryStatus(current, incoming)).toBe(applies);
  });
});
