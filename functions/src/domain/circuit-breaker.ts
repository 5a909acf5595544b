/**
 * A circuit breaker as pure state transitions, with the clock passed in.
 *
 * closed     every call goes through; `failureThreshold` failures in a row
 *            (within `failureWindowMs` of each other) open it.
 * open       calls are skipped until `openUntilMs`; a provider that keeps
 *            failing stops costing every customer its timeout.
 * half-open  after the cool-down one trial call goes through; success
 *            closes the breaker, failure opens it again for twice as long
 *            (up to `maxCooldownMs`).
 */

export interface BreakerPolicy {
  failureThreshold: number;
  /** Failures further apart than this do not add up. */
  failureWindowMs: number;
  cooldownMs: number;
  maxCooldownMs: number;
  /** How long a half-open trial may take before another caller may try. */
  trialLeaseMs: number;
}

export const DEFAULT_BREAKER: BreakerPolicy = {
  failureThreshold: 3,
  failureWindowMs: 60_000,
  cooldownMs: 30_000,
  maxCooldownMs: 10 * 60_000,
  trialLeaseMs: 30_000,
};

export type BreakerState =
  | { state: 'closed'; failures: number; lastFailureMs?: number | undefined }
  | { state: 'open'; openUntilMs: number; cooldownMs: number }
  | { state: 'half-open'; cooldownMs: number; trialUntilMs: number };

export const CLOSED: BreakerState = { state: 'closed', failures: 0 };

export type BreakerDecision =
  { allow: true; next: BreakerState } | { allow: false; next: BreakerState; retryInMs: number };

/** Whether a call may go through now, and the state to keep (a trial takes the half-open lease). */
export function breakerAllows(current: BreakerState, nowMs: number, policy = DEFAULT_BREAKER): BreakerDecision {
  switch (current.state) {
    case 'closed':
      return { allow: true, next: current };
    case 'open':
      if (nowMs < current.openUntilMs) return { allow: false, next: current, retryInMs: current.openUntilMs - nowMs };
      return {
        allow: true,
        next: { state: 'half-open', cooldownMs: current.cooldownMs, trialUntilMs: nowMs + policy.trialLeaseMs },
      };
    case 'half-open':
      if (nowMs < current.trialUntilMs) return { allow: false, next: current, retryInMs: current.trialUntilMs - nowMs };
      // The trial never reported back (its process died): let this call be the trial.
      return { allow: true, next: { ...current, trialUntilMs: nowMs + policy.trialLeaseMs } };
  }
}

export function breakerSucceeded(): BreakerState {
  return CLOSED;
}

export function breakerFailed(current: BreakerState, nowMs: number, policy = DEFAULT_BREAKER): BreakerState {
  switch (current.state) {
    case 'closed': {
      const recent = current.lastFailureMs !== undefined && nowMs - current.lastFailureMs <= policy.failureWindowMs;
      const failures = recent ? current.failures + 1 : 1;
      if (failures >= policy.failureThreshold) {
        return { state: 'open', openUntilMs: nowMs + policy.cooldownMs, cooldownMs: policy.cooldownMs };
      }
      return { state: 'closed', failures, lastFailureMs: nowMs };
    }
    case 'half-open': {
      const cooldownMs = Math.min(current.cooldownMs * 2, policy.maxCooldownMs);
      return { state: 'open', openUntilMs: nowMs + cooldownMs, cooldownMs };
    }
    case 'open':
      // A call that started before the breaker opened failed late: it stays open as it is.
      return current;
  }
}
