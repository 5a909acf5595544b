/**
 * One circuit breaker per provider model (`anthropic:claude-sonnet-5-5`, see
 * chain.ts), kept in memory for the life of the
 * process (a function instance serves many replies, so a provider that keeps
 * failing is skipped by every reply it serves; each instance learns on its
 * own, which is enough to stop paying the timeout on every message). The
 * transitions are the pure ones in domain/circuit-breaker.ts.
 */
import {
  type BreakerPolicy,
  type BreakerState,
  CLOSED,
  DEFAULT_BREAKER,
  breakerAllows,
  breakerFailed,
  breakerSucceeded,
} from '../../domain/circuit-breaker.js';

export class BreakerBook {
  private readonly states = new Map<string, BreakerState>();

  constructor(readonly policy: BreakerPolicy = DEFAULT_BREAKER) {}

  state(name: string): BreakerState {
    return this.states.get(name) ?? CLOSED;
  }

  /** Whether `name` may be called now; a half-open breaker gives this caller the trial. */
  allows(name: string, nowMs: number): { allow: boolean; retryInMs?: number } {
    const decision = breakerAllows(this.state(name), nowMs, this.policy);
    this.states.set(name, decision.next);
    return decision.allow ? { allow: true } : { allow: false, retryInMs: decision.retryInMs };
  }

  succeeded(name: string): void {
    this.states.set(name, breakerSucceeded());
  }

  failed(name: string, nowMs: number): void {
    this.states.set(name, breakerFailed(this.state(name), nowMs, this.policy));
  }
}
