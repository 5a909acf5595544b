/**
 * The media of a message moves through a small state machine kept on the
 * message document (`media` field, see MessageDoc):
 *
 *   (none) → pending (lease) → stored | failed
 *
 * Ingest writes `pending` with an expired lease and no attempts yet, so the
 * sweep finds media whose trigger never ran. Claiming follows the shared
 * work-item rules (`claimWork`): a pending claim whose lease ran out (a
 * crashed or timed-out worker) may be taken over, up to MEDIA_POLICY's
 * attempts in all, and is then failed with the reason.
 */
import type { WorkPolicy, WorkView } from '../domain/work-state.js';

export type MediaStateName = 'pending' | 'stored' | 'failed';

/** Long enough for three downloads with their time-outs and backoff, and an upload. */
export const MEDIA_POLICY: WorkPolicy = { leaseMs: 5 * 60_000, maxAttempts: 3 };

export function mediaView(
  current:
    | {
        state: MediaStateName;
        attempts: number;
        leaseUntilMs?: number | undefined;
        claimToken?: string | null | undefined;
      }
    | undefined,
): WorkView {
  if (current === undefined) return { phase: 'pending', state: 'pending', attempts: 0 };
  if (current.state !== 'pending') return { phase: 'finished', state: current.state, attempts: current.attempts };
  return {
    phase: 'active',
    state: 'pending',
    attempts: current.attempts,
    leaseUntilMs: current.leaseUntilMs,
    claimToken: current.claimToken,
  };
}
