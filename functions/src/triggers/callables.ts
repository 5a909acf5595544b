/**
 * Callable functions for the dashboard. Wiring only: each binds the
 * Firebase callable protocol (ID token verified by the SDK) to its entry,
 * imported on first use. Every action checks membership and role before it
 * runs (team/actions.ts).
 */
import { onCall } from 'firebase-functions/v2/https';

const OPTIONS = { concurrency: 80, timeoutSeconds: 30 };

/** Invites, roles, removing members, accepting an invite. */
export const team = onCall(OPTIONS, async (request) => {
  const { handleTeam } = await import('../entries/callables.js');
  return handleTeam(request);
});

/** Take over, hand back, reply, media, and owners' edits of the business. */
export const staff = onCall(OPTIONS, async (request) => {
  const { handleStaff } = await import('../entries/callables.js');
  return handleStaff(request);
});
