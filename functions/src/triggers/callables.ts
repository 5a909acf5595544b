/**
 * Callable functions for the dashboard. Wiring only: each binds the
 * Firebase callable protocol (ID token verified by the SDK) to its action
 * table, imported on first use. Every action checks membership and role
 * before it runs (team/actions.ts).
 */
import { onCall } from 'firebase-functions/v2/https';

const OPTIONS = { concurrency: 80, timeoutSeconds: 30 };

/** Invites, roles, removing members, accepting an invite. */
export const team = onCall(OPTIONS, async (request) => {
  const [{ serveCall }, { teamActions }, { runtimeDeps }] = await Promise.all([
    import('../team/callable.js'),
    import('../team/team.js'),
    import('../entries/runtime.js'),
  ]);
  return serveCall(teamActions, runtimeDeps(), request);
});

/** Take over, hand back, reply, media, and owners' edits of the business. */
export const staff = onCall(OPTIONS, async (request) => {
  const [{ serveCall }, { staffActions }, { runtimeDeps }] = await Promise.all([
    import('../team/callable.js'),
    import('../staff/staff.js'),
    import('../entries/runtime.js'),
  ]);
  return serveCall(staffActions, runtimeDeps(), request);
});
