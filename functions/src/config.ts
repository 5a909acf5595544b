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
 * The staff bot (one per deployment, docs/staff-telegram.md): its Bot API
 * token, and the secret Telegram sends back in X-Telegram-Bot-Api-Secret-Token
 * on every update to /webhook/staff-telegram. `off` (or unset) turns the
 * staff bot off: notifications stay in the dashboard.
 */
export const STAFF_TELEGRAM_BOT_TOKEN = defineSecret('STAFF_TELEGRAM_BOT_TOKEN');
export const STAFF_TELEGRAM_WEBHOOK_SECRET = defineSecret('STAFF_TELEGRAM_WEBHOOK_SECRET');

/**
 * Functions that write replies (the message trigger, the turn task, the
 * sweep) run at most this long; a reply must be ready `REPLY_MARGIN_SECONDS`
 * before, to leave time for its commit.
 */
export const REPLY_TIMEOUT_SECONDS = 120;
/** The sweep's own limit (it answers what it finds in parallel). */
export const SWEEP_TIMEOUT_SECONDS = 300;
const REPLY_MARGIN_SECONDS = 15;

/** When a reply started now must be ready by, in a function that runs at most `timeoutSeconds`. */
export function replyDeadline(startedAt: Date, timeoutSeconds = REPLY_TIMEOUT_SECONDS): Date {
  return new Date(startedAt.getTime() + (timeoutSeconds - REPLY_MARGIN_SECONDS) * 1000);
}

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

/** Reads a secret param, treating unset, empty and the placeholder `off` as absent. */
export function optionalSecret(param: { value(): string }): string | undefined {
  const value = secretValue(param)?.trim();
  return value && value.toLowerCase() !== 'off' ? value : undefined;
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
