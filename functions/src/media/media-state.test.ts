import { describe, expect, it } from 'vitest';
import { claimMedia, MAX_MEDIA_CLAIMS, MEDIA_LEASE_MS } from './media-state.js';

const NOW = 1_750_000_000_000;

describe('claimMedia', () => {
  it.each([
    ['nothing yet', undefined, { claim: true, attempts: 1, leaseUntilMs: NOW + MEDIA_LEASE_MS }],
    [
      'pending, lease running',
      { state: 'pending', attempts: 1, leaseUntilMs: NOW + 1 },
      { claim: false, why: 'being stored' },
    ],
    [
      'pending, lease ran out',
      { state: 'pending', attempts: 1, leaseUntilMs: NOW },
      { claim: true, attempts: 2, leaseUntilMs: NOW + MEDIA_LEASE_MS },
    ],
    [
      'pending, lease ran out, out of attempts',
      { state: 'pending', attempts: MAX_MEDIA_CLAIMS, leaseUntilMs: NOW - 1 },
      { claim: false, why: 'out of attempts', giveUp: true },
    ],
    [
      'pending without a lease',
      { state: 'pending', attempts: 1 },
      { claim: true, attempts: 2, leaseUntilMs: NOW + MEDIA_LEASE_MS },
    ],
    ['stored', { state: 'stored', attempts: 1 }, { claim: false, why: 'already stored' }],
    ['failed', { state: 'failed', attempts: 1 }, { claim: false, why: 'already failed' }],
    [
      'stored with a stale lease',
      { state: 'stored', attempts: 1, leaseUntilMs: NOW + 1 },
      { claim: false, why: 'already stored' },
    ],
  ] as const)('%s', (_, current, decision) => {
    expect(claimMedia(current, NOW)).toEqual(decision);
  });
});
