/**
 * The media of a message moves through a small state machine kept on the
 * message document (`media` field, see MessageDoc):
 *
 *   (none) → pending (lease) → stored | failed
 *
 * Claiming is decided here, as a pure function of the current state and the
 * time; the pipeline applies the decision inside a Firestore transaction, so
 * two deliveries of the same trigger never download the same media at once.
 * A pending claim whose lease ran out (a crashed or timed-out worker) may be
 * taken over, up to MAX_MEDIA_CLAIMS times in all.
 */

export type MediaStateName = 'pending' | 'stored' | 'failed';

export interface MediaClaimable {
  state: MediaStateName;
  attempts: number;
  leaseUntilMs?: number | undefined;
}

/** Long enough for three downloads with their time-outs and backoff, and an upload. */
export const MEDIA_LEASE_MS = 5 * 60_000;
export const MAX_MEDIA_CLAIMS = 3;

export type MediaClaimDecision =
  { claim: true; attempts: number; leaseUntilMs: number } | { claim: false; why: string; giveUp?: true };

export function claimMedia(
  current: MediaClaimable | undefined,
  nowMs: number,
  leaseMs = MEDIA_LEASE_MS,
  maxClaims = MAX_MEDIA_CLAIMS,
): MediaClaimDecision {
  if (current === undefined) return { claim: true, attempts: 1, leaseUntilMs: nowMs + leaseMs };
  if (current.state === 'stored') return { claim: false, why: 'already stored' };
  if (current.state === 'failed') return { claim: false, why: 'already failed' };
  if ((current.leaseUntilMs ?? 0) > nowMs) return { claim: false, why: 'being stored' };
  // An expired lease: the worker that held it is gone.
  if (current.attempts >= maxClaims) return { claim: false, why: 'out of attempts', giveUp: true };
  return { claim: true, attempts: current.attempts + 1, leaseUntilMs: nowMs + leaseMs };
}
