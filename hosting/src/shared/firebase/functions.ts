/**
 * Calls to the `team`, `staff` and `analytics` callables (functions/src/triggers/callables.ts).
 * The Functions SDK is imported on the first call. Errors come back as
 * `ActionError` with the server's message, which is written for people.
 */
import type * as FunctionsSdk from 'firebase/functions';
import { app, emulated, emulatorHost } from './app';

export class ActionError extends Error {
  override readonly name = 'ActionError';
  constructor(
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

// Type-only: the SDK itself is imported on the first call.
let functions: Promise<typeof FunctionsSdk & { instance: FunctionsSdk.Functions }> | undefined;

function load() {
  functions ??= import('firebase/functions').then((mod) => {
    const instance = mod.getFunctions(app, 'us-central1');
    if (emulated) mod.connectFunctionsEmulator(instance, emulatorHost, 5001);
    return { ...mod, instance };
  });
  return functions;
}

function isFunctionsError(err: unknown): err is FunctionsSdk.FunctionsError {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' && err.code.startsWith('functions/');
}

async function call<T>(
  name: 'team' | 'staff' | 'analytics',
  action: string,
  data: Record<string, unknown>,
): Promise<T> {
  const mod = await load();
  try {
    const result = await mod.httpsCallable<Record<string, unknown>, T>(mod.instance, name)({ action, ...data });
    return result.data;
  } catch (err) {
    if (isFunctionsError(err)) {
      const details = err.details as { issues?: { path: string; message: string }[] } | undefined;
      const code = err.code.replace('functions/', '');
      const message =
        code === 'internal' || code === 'unavailable' ? 'The server could not be reached. Try again.' : err.message;
      throw new ActionError(code, message, details?.issues ?? []);
    }
    throw err;
  }
}

export const callTeam = <T = unknown>(action: string, data: Record<string, unknown>) => call<T>('team', action, data);
export const callStaff = <T = unknown>(action: string, data: Record<string, unknown>) => call<T>('staff', action, data);
export const callAnalytics = <T = unknown>(action: string, data: Record<string, unknown>) =>
  call<T>('analytics', action, data);
