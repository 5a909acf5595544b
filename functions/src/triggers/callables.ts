/**
 * Callable functions for the dashboard. Wiring only: each binds the
 * Firebase callable protocol (ID token verified by the SDK) to its entry,
 * imported on first use. Every action checks membership and role before it
 * runs (team/actions.ts).
 */
import { onCall } from 'firebase-functions/v2/https';
import { BOOKING_SECRETS } from '../booking/secrets.js';
import { LLM_SECRETS } from '../responders/llm/secrets.js';

const OPTIONS = { concurrency: 80, timeoutSeconds: 30 };

/** Invites, roles, removing members, accepting an invite. */
export const team = onCall(OPTIONS, async (request) => {
  const { handleTeam } = await import('../entries/callables.js');
  return handleTeam(request);
});

/**
 * Take over, hand back, assign, reply (now or scheduled), media, owners' edits of the business,
 * suggested Q&A; the try-it panel and translation use the LLM keys; appointments (create, move,
 * cancel, approve) book through the booking pipeline, which takes deposits and writes calendars.
 */
export const staff = onCall({ ...OPTIONS, secrets: [...LLM_SECRETS, ...BOOKING_SECRETS] }, async (request) => {
  const { handleStaff } = await import('../entries/callables.js');
  return handleStaff(request);
});

/** Owners recompute a past day's metrics. */
export const analytics = onCall(OPTIONS, async (request) => {
  const { handleAnalytics } = await import('../entries/analytics.js');
  return handleAnalytics(request);
});
