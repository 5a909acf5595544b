/**
 * Entry of the dashboard's callables (`team`, `staff`): builds the
 * dependencies, runs the action named in the request through its table
 * (team/actions.ts checks sign-in, membership and role first), and turns
 * errors into the HttpsError codes the Firebase JS SDK understands.
 * Messages of our own errors are written for people and are passed on;
 * anything else is logged and reported as an internal error without details.
 */
import { HttpsError, type CallableRequest, type FunctionsErrorCode } from 'firebase-functions/v2/https';
import { FrontdeskError, ValidationError, describeError } from '../errors.js';
import type { Deps } from '../pipeline/deps.js';
import type { Assistant } from '../staff/assistant.js';
import { staffActions } from '../staff/staff.js';
import type { Caller } from '../team/access.js';
import { runAction, type Action } from '../team/actions.js';
import { teamActions } from '../team/team.js';
import { runtimeDeps } from './runtime.js';

const CODES: Record<string, FunctionsErrorCode> = {
  invalid_input: 'invalid-argument',
  not_found: 'not-found',
  unauthenticated: 'unauthenticated',
  permission_denied: 'permission-denied',
  failed_precondition: 'failed-precondition',
};

export function callerOf(request: Pick<CallableRequest, 'auth'>): Caller | undefined {
  const auth = request.auth;
  if (!auth) return undefined;
  const email = typeof auth.token.email === 'string' ? auth.token.email : undefined;
  const name = typeof auth.token.name === 'string' ? auth.token.name : undefined;
  return { uid: auth.uid, email, name };
}

export async function serveCall(
  actions: Readonly<Record<string, Action>>,
  deps: Deps,
  request: Pick<CallableRequest, 'auth' | 'data'>,
): Promise<unknown> {
  try {
    return await runAction(actions, deps, callerOf(request), request.data);
  } catch (err) {
    const code = err instanceof FrontdeskError ? CODES[err.code] : undefined;
    if (err instanceof FrontdeskError && code) {
      const details = err instanceof ValidationError ? { issues: err.issues } : undefined;
      throw new HttpsError(code, err.message, details);
    }
    deps.log.error('dashboard action failed', { error: describeError(err) });
    throw new HttpsError('internal', 'Something went wrong on our side. Try again in a moment.');
  }
}

type Request = Pick<CallableRequest, 'auth' | 'data'>;

export const handleTeam = (request: Request) => serveCall(teamActions, runtimeDeps(), request);
/**
 * The assistant's parts for the dashboard, from this function's keys (the
 * `staff` callable binds the LLM secrets): loaded on first use, so replies
 * and edits never pay for the SDKs.
 */
const assistant: Assistant = {
  responder: async () => (await import('../responders/registry.js')).selectResponder(),
  translator: async (ai) => (await import('../responders/registry.js')).firstModel(ai),
};

/** The booking pipeline with this deployment's vendors, loaded when an appointment action runs. */
const booking = async () => (await import('./booking-runtime.js')).bookingDeps();

export const handleStaff = (request: Request) => serveCall(staffActions(assistant, booking), runtimeDeps(), request);
