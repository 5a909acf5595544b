import { describe, expect, it } from 'vitest';
import { claimWork } from '../domain/work-state.js';
import { MEDIA_POLICY, mediaView } from './media-state.js';

const NOW = 1_750_000_000_000;
const LEASE = MEDIA_POLICY.leaseMs;

describe('claiming media', () => {
  it.each([
    ['nothing yet', undefined, { claim: true, attempts: 1, leaseUntilMs: NOW + LEASE }],
    [
      'queued by ingest (expired lease, no attempt yet)',
      { state: 'pending', attempts: 0, leaseUntilMs: NOW - 1 },
      { claim: true, attempts: 1, leaseUntilMs: NOW + LEASE },
    ],
    [
      'pending, lease running',
      { state: 'pending', attempts: 1, leaseUntilMs: NOW + 1 },
      { claim: false, why: 'being worked on' },
    ],
    [
      'pending, lease ran out',
      { state: 'pending', attempts: 1, leaseUntilMs: NOW },
      { claim: true, attempts: 2, leaseUntilMs: NOW + LEASE },
    ],
    [
      'pending, lease ran out, out of attempts',
      { state: 'pending', attempts: MEDIA_POLICY.maxAttempts, leaseUntilMs: NOW - 1 },
      { claim: false, why: 'out of attempts', giveUp: true },
    ],
    [
      'pending without a lease',
      { state: 'pending', attempts: 1 },
      { claim: true, attempts: 2, leaseUntilMs: NOW + LEASE },
    ],
    ['stored', { state: 'stored', attempts: 1 }, { claim: false, why: 'already stored' }],
    ['failed', { state: 'failed', attempts: 1 }, { claim: false, why: 'already failed' }],
    [
      'stored with a stale lease',
      { state: 'stored', attempts: 1, leaseUntilMs: NOW + 1 },
      { claim: false, why: 'already stored' },
    ],
  ] as const)('%s', (_, current, decision) => {
    expect(claimWork(mediaView(current), NOW, MEDIA_POLICY)).toEqual(decision);
  });
});
