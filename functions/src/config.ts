/**
 * Deployment configuration. Secrets and params are declared here with
 * firebase-functions/params, bound to the functions that need them in
 * triggers/, and read inside a handler into a typed object that is passed
 * down — nothing below the triggers reads the environment.
 *
 * Demo values for the emulator live in functions/.secret.local (README).
 */
import { defineSecret } from 'firebase-functions/params';

export const META_APP_SECRET = defineSecret('META_APP_SECRET');
export const META_VERIFY_TOKEN = defineSecret('META_VERIFY_TOKEN');
export const CHAT_SESSION_SECRET = defineSecret('CHAT_SESSION_SECRET');

/**
 * Vendor API base URLs. Production uses the vendors' own; tests and proxies
 * override them with environment variables (the emulator passes its
 * environment through to functions).
 */
export interface VendorUrls {
  graphApi: string;
}

export function vendorUrls(env: NodeJS.ProcessEnv = process.env): VendorUrls {
  return {
    graphApi: env.FRONTDESK_GRAPH_API_URL ?? 'https://graph.facebook.com',
  };
}

/** Reads a secret param, treating "unset" and empty as absent. */
export function secretValue(param: { value(): string }): string | undefined {
  try {
    const v = param.value();
    return v ? v : undefined;
  } catch {
    return undefined;
  }
}
