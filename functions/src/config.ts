/**
 * Deployment configuration. Secrets and params are declared here with
 * firebase-functions/params, bound to the functions that need them in
 * triggers/, and read inside a handler into a typed object that is passed
 * down — nothing below the triggers reads the environment.
 *
 * Demo values for the emulator live in functions/.secret.local (README).
 */
import { defineSecret } from 'firebase-functions/params';
import { DEFAULT_RETRY, type RetryPolicy } from './domain/work-state.js';

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
  dialog360: string;
  montyMobile: string;
  qiscus: string;
  telegram: string;
}

export function vendorUrls(env: NodeJS.ProcessEnv = process.env): VendorUrls {
  return {
    graphApi: env.FRONTDESK_GRAPH_API_URL ?? 'https://graph.facebook.com',
    dialog360: env.FRONTDESK_360DIALOG_API_URL ?? 'https://waba-v2.360dialog.io',
    montyMobile: env.FRONTDESK_MONTYMOBILE_API_URL ?? 'https://whatsapp-notification.montymobile.com',
    qiscus: env.FRONTDESK_QISCUS_API_URL ?? 'https://omnichannel.qiscus.com',
    telegram: env.FRONTDESK_TELEGRAM_API_URL ?? 'https://api.telegram.org',
  };
}

/**
 * Outbox retry policy. The base delay can be shortened by the environment
 * (the emulator tests use 200 ms so a retried send completes in a second).
 */
export function retryPolicy(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  const base = Number(env.FRONTDESK_RETRY_BASE_MS);
  return Number.isFinite(base) && base > 0 ? { ...DEFAULT_RETRY, baseDelayMs: base } : DEFAULT_RETRY;
}

/**
 * Channel diagnostics note a webhook's arrival at most this often per
 * account (a write per minute, not per message). Tests set 0 through
 * FRONTDESK_DIAGNOSTICS_EVERY_MS, as they wipe Firestore between files.
 */
export function webhookNoteEveryMs(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const ms = Number(env.FRONTDESK_DIAGNOSTICS_EVERY_MS);
  return env.FRONTDESK_DIAGNOSTICS_EVERY_MS !== undefined && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
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
