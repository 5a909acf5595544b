import { describe, expect, it } from 'vitest';
import { afterFailure, claimInbound, claimOutbox, nextDeliveryStatus } from './work-state.js';

const NOW = 1_000_000;

describe('claimInbound', () => {
  it.each([
    [{ state: 'pending', attempts: 0 }, true, 'a new message is claimed'],
    [{ state: 'processing', attempts: 1, leaseUntilMs: NOW + 1 }, false, 'a live lease blocks a second worker'],
    [{ state: 'processing', attempts: 1, leaseUntilMs: NOW - 1 }, true, 'an expired lease is taken over'],
    [{ state: 'processing', attempts: 3, leaseUntilMs: NOW - 1 }, false, 'no endless retries'],
    [{ state: 'done', attempts: 1 }, false, 'done is final'],
    [{ state: 'skipped', attempts: 1 }, false, 'skipped is final'],
    [{ state: 'failed', attempts: 1 }, false, 'failed is final'],
  ] as const)('%o → %s (%s)', (current, claimed, _why) => {
    const decision = claimInbound(current, NOW, 60_000);
    expect(decision.claim).toBe(claimed);
    if (decision.claim) {
      expect(decision.leaseUntilMs).toBe(NOW + 60_000);
      expect(decision.attempts).toBe(current.attempts + 1);
    }
  });
});

describe('claimOutbox', () => {
  it.each([
    [{ state: 'pending', attempts: 0 }, true],
    [{ state: 'retry', attempts: 1, nextAttemptAtMs: NOW + 5 }, false],
    [{ state: 'retry', attempts: 1, nextAttemptAtMs: NOW }, true],
    [{ state: 'sending', attempts: 1, leaseUntilMs: NOW + 5 }, false],
    [{ state: 'sending', attempts: 1, leaseUntilMs: NOW - 5 }, true],
    [{ state: 'sent', attempts: 1 }, false],
    [{ state: 'failed', attempts: 1 }, false],
    [{ state: 'cancelled', attempts: 0 }, false],
  ] as const)('%o → %s', (current, claimed) => {
    expect(claimOutbox(current, NOW, 30_000).claim).toBe(claimed);
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
