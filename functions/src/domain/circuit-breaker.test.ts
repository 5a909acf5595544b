import { describe, expect, it } from 'vitest';
import {
  type BreakerPolicy,
  type BreakerState,
  CLOSED,
  breakerAllows,
  breakerFailed,
  breakerSucceeded,
} from './circuit-breaker.js';

const policy: BreakerPolicy = {
  failureThreshold: 3,
  failureWindowMs: 60_000,
  cooldownMs: 30_000,
  maxCooldownMs: 100_000,
  trialLeaseMs: 10_000,
};

describe('breakerFailed', () => {
  it.each<[string, BreakerState, number, BreakerState]>([
    ['counts a first failure', CLOSED, 1000, { state: 'closed', failures: 1, lastFailureMs: 1000 }],
    [
      'counts a second failure in the window',
      { state: 'closed', failures: 1, lastFailureMs: 1000 },
      5000,
      { state: 'closed', failures: 2, lastFailureMs: 5000 },
    ],
    [
      'opens at the threshold',
      { state: 'closed', failures: 2, lastFailureMs: 5000 },
      6000,
      { state: 'open', openUntilMs: 36_000, cooldownMs: 30_000 },
    ],
    [
      'starts counting again after a quiet window',
      { state: 'closed', failures: 2, lastFailureMs: 5000 },
      70_000,
      { state: 'closed', failures: 1, lastFailureMs: 70_000 },
    ],
    [
      'reopens a failed trial for twice as long',
      { state: 'half-open', cooldownMs: 30_000, trialUntilMs: 50_000 },
      45_000,
      { state: 'open', openUntilMs: 105_000, cooldownMs: 60_000 },
    ],
    [
      'caps the cool-down',
      { state: 'half-open', cooldownMs: 80_000, trialUntilMs: 50_000 },
      45_000,
      { state: 'open', openUntilMs: 145_000, cooldownMs: 100_000 },
    ],
    [
      'leaves an open breaker as it is on a late failure',
      { state: 'open', openUntilMs: 36_000, cooldownMs: 30_000 },
      7000,
      { state: 'open', openUntilMs: 36_000, cooldownMs: 30_000 },
    ],
  ])('%s', (_, state, now, expected) => {
    expect(breakerFailed(state, now, policy)).toEqual(expected);
  });
});

describe('breakerAllows', () => {
  it.each<[string, BreakerState, number, boolean, BreakerState]>([
    ['lets calls through when closed', CLOSED, 0, true, CLOSED],
    [
      'skips calls while open',
      { state: 'open', openUntilMs: 36_000, cooldownMs: 30_000 },
      20_000,
      false,
      { state: 'open', openUntilMs: 36_000, cooldownMs: 30_000 },
    ],
    [
      'lets one trial through after the cool-down',
      { state: 'open', openUntilMs: 36_000, cooldownMs: 30_000 },
      36_000,
      true,
      { state: 'half-open', cooldownMs: 30_000, trialUntilMs: 46_000 },
    ],
    [
      'skips other calls during the trial',
      { state: 'half-open', cooldownMs: 30_000, trialUntilMs: 46_000 },
      40_000,
      false,
      { state: 'half-open', cooldownMs: 30_000, trialUntilMs: 46_000 },
    ],
    [
      'gives the trial to another call when the first never reported',
      { state: 'half-open', cooldownMs: 30_000, trialUntilMs: 46_000 },
      47_000,
      true,
      { state: 'half-open', cooldownMs: 30_000, trialUntilMs: 57_000 },
    ],
  ])('%s', (_, state, now, allow, next) => {
    const decision = breakerAllows(state, now, policy);
    expect(decision.allow).toBe(allow);
    expect(decision.next).toEqual(next);
  });

  it('closes after a successful trial', () => {
    expect(breakerSucceeded()).toEqual(CLOSED);
  });

  it('runs a whole cycle: three failures open it, the cool-down passes, a trial closes it', () => {
    let state: BreakerState = CLOSED;
    for (const t of [0, 1000, 2000]) state = breakerFailed(state, t, policy);
    expect(breakerAllows(state, 3000, policy).allow).toBe(false);
    const trial = breakerAllows(state, 32_000, policy);
    expect(trial.allow).toBe(true);
    state = trial.next;
    expect(breakerAllows(state, 32_001, policy).allow).toBe(false);
    state = breakerSucceeded();
    expect(breakerAllows(state, 32_002, policy).allow).toBe(true);
  });
});
