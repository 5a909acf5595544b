/**
 * Deployment configuration, as Firebase params: secrets (`defineSecret`,
 * bound per function in triggers/) and settings (`defineString`,
 * `defineInt`). They are declared here, at load, so `firebase deploy` knows
 * them (it asks for any that no `functions/.env*` file sets, offering the
 * default) — and read inside a handler into typed values that are passed
 * down; nothing below the entries reads the environment.
 *
 * How the values reach a function: a param's `value()` is the environment
 * variable of its name. At deploy the CLI writes the resolved values into
 * the functions' environment. The emulator resolves declared params only
 * from `functions/.env`, `.env.<project>` and `.env.local` — it would stop
 * to ask for any other, which hangs a run without a terminal — and passes
 * those files' values over its own environment. So the demo project has its
 * values in `functions/.env.demo-frontdesk` (the local fake vendors the tests
 * and the sandbox run); a `.env.local` overrides them for a local run.
 * Outside a function (scripts, unit tests) an unset param falls back to the
 * default below.
 *
 * Demo secret values for the emulator live in functions/.secret.local (README).
 */
import { defineInt, defineSecret, defineString } from 'firebase-functions/params';
import { DEFAULT_RETRY, type RetryPolicy } from './domain/work-state.js';
import { ConfigError } from './errors.js';
import { log as defaultLog, type Log } from './log.js';
import { VENDOR_APIS, type VendorApi, type VendorUrls } from './vendor/apis.js';

export type { VendorUrls } from './vendor/apis.js';

// ------------------------------------------------------------ secrets

export const META_APP_SECRET = defineSecret('META_APP_SECRET');
export const META_VERIFY_TOKEN = defineSecret('META_VERIFY_TOKEN');
export const INSTAGRAM_APP_SECRET = defineSecret('INSTAGRAM_APP_SECRET');
export const CHAT_SESSION_SECRET = defineSecret('CHAT_SESSION_SECRET');
/**
 * The staff bot (one per deployment, docs/staff-telegram.md): its Bot API
 * token, and the secret Telegram sends back in X-Telegram-Bot-Api-Secret-Token
 * on every update to /webhook/staff-telegram. `off` (or empty) turns the
 * staff bot off: notifications stay in the dashboard.
 */
export const STAFF_TELEGRAM_BOT_TOKEN = defineSecret('STAFF_TELEGRAM_BOT_TOKEN');
export const STAFF_TELEGRAM_WEBHOOK_SECRET = defineSecret('STAFF_TELEGRAM_WEBHOOK_SECRET');

/** The secrets a function may bind, by name (for logging what is set). */
const SECRETS = [
  META_APP_SECRET,
  META_VERIFY_TOKEN,
  INSTAGRAM_APP_SECRET,
  CHAT_SESSION_SECRET,
  STAFF_TELEGRAM_BOT_TOKEN,
  STAFF_TELEGRAM_WEBHOOK_SECRET,
] as const;

interface SecretParam {
  readonly name: string;
  value(): string;
}

/**
 * A secret's value, or undefined when it is bound but empty (not configured
 * yet: the code that needs it says so). A secret the function did not bind
 * is a wiring mistake that would otherwise pass silently as "not set": it is
 * a ConfigError naming the secret — never its value.
 */
export function secretValue(param: SecretParam): string | undefined {
  if (process.env[param.name] === undefined) {
    throw new ConfigError(
      `Secret ${param.name} is not available to this function: bind it in triggers/ (secrets: [...]) and set it ` +
        `(firebase functions:secrets:set ${param.name}, or functions/.secret.local under the emulator).`,
    );
  }
  const value = param.value();
  return value === '' ? undefined : value;
}

const warnedUnbound = new Set<string>();

/**
 * A secret a function may run without (an LLM key: with none, the offline
 * responder answers): undefined when unbound or empty. An unbound one is
 * still made visible — a warning naming it, once per instance — since it is
 * usually a function that should have bound it.
 */
export function optionalSecretValue(param: SecretParam, log: Log = defaultLog): string | undefined {
  if (process.env[param.name] === undefined) {
    if (!warnedUnbound.has(param.name)) {
      warnedUnbound.add(param.name);
      log.warn('secret not bound to this function', {
        param: param.name,
        hint: `bind it in triggers/ (secrets: [...]) if this function should use it`,
      });
    }
    return undefined;
  }
  return secretValue(param);
}

/**
 * A secret that may be switched off: undefined when unbound, empty or the
 * placeholder `off` (what functions/.secret.local says for a feature the
 * demo runs without; an empty value would send the emulator to Secret
 * Manager, which it cannot reach offline).
 */
export function optionalSecret(param: SecretParam, log: Log = defaultLog): string | undefined {
  const value = optionalSecretValue(param, log)?.trim();
  return value && value.toLowerCase() !== 'off' ? value : undefined;
}

// ------------------------------------------------------------ reply deadlines

/**
 * Functions that write replies (the message trigger, the turn task, the
 * sweep) run at most this long; a reply must be ready REPLY_MARGIN_SECONDS
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

// ------------------------------------------------------------ vendor base URLs

/** One param per vendor API (vendor/apis.ts), defaulting to the vendor's own URL. */
export const VENDOR_URL_PARAMS = Object.fromEntries(
  Object.entries(VENDOR_APIS).map(([api, entry]) => [
    api,
    defineString(entry.param, {
      default: entry.url,
      description: `Base URL of ${entry.label} (a proxy or a local fake in tests)`,
    }),
  ]),
) as Record<VendorApi, ReturnType<typeof defineString>>;

/** Vendor API base URLs, each its param's value or the vendor's own. */
export function vendorUrls(): VendorUrls {
  return Object.fromEntries(
    Object.entries(VENDOR_APIS).map(([api, entry]) => [
      api,
      readString(VENDOR_URL_PARAMS[api as VendorApi]) ?? entry.url,
    ]),
  ) as VendorUrls;
}

// ------------------------------------------------------------ outbox retry policy

export const RETRY_BASE_MS = defineInt('FRONTDESK_RETRY_BASE_MS', {
  default: DEFAULT_RETRY.baseDelayMs,
  description: 'Outbox: wait before the first retry of a failed send, in ms (doubles each attempt)',
});
export const RETRY_MAX_DELAY_MS = defineInt('FRONTDESK_RETRY_MAX_DELAY_MS', {
  default: DEFAULT_RETRY.maxDelayMs,
  description: 'Outbox: longest wait between two attempts of a send, in ms',
});
export const RETRY_MAX_ATTEMPTS = defineInt('FRONTDESK_RETRY_MAX_ATTEMPTS', {
  default: DEFAULT_RETRY.maxAttempts,
  description: 'Outbox: attempts of a send before it fails for good',
});

/** The outbox retry policy: each param's value when it is a positive integer, else the default. */
export function retryPolicy(): RetryPolicy {
  return {
    baseDelayMs: readPositiveInt(RETRY_BASE_MS) ?? DEFAULT_RETRY.baseDelayMs,
    maxDelayMs: readPositiveInt(RETRY_MAX_DELAY_MS) ?? DEFAULT_RETRY.maxDelayMs,
    maxAttempts: readPositiveInt(RETRY_MAX_ATTEMPTS) ?? DEFAULT_RETRY.maxAttempts,
  };
}

// ------------------------------------------------------------ other settings

/**
 * Channel diagnostics note a webhook's arrival at most this often per
 * account (a write per minute, not per message). Tests set 0 through
 * FRONTDESK_DIAGNOSTICS_EVERY_MS, as they wipe Firestore between files.
 */
export function webhookNoteEveryMs(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const ms = Number(env.FRONTDESK_DIAGNOSTICS_EVERY_MS);
  return env.FRONTDESK_DIAGNOSTICS_EVERY_MS !== undefined && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

// ------------------------------------------------------------ what is in effect

/**
 * The configuration in effect, for the log: every setting's value, and of
 * each secret only whether this function has it ("set", "empty", "not
 * bound") — never any part of its value.
 */
export function effectiveConfig(): Record<string, unknown> {
  return {
    vendorUrls: vendorUrls(),
    retry: retryPolicy(),
    // A list of "NAME: state" lines, not an object: log.ts redacts any field named like a secret.
    credentials: SECRETS.map((s) => {
      const raw = process.env[s.name];
      return `${s.name}: ${raw === undefined ? 'not bound' : raw === '' ? 'empty' : 'set'}`;
    }),
  };
}

let logged = false;

/** Logs the configuration in effect once per instance (the first request or trigger run). */
export function logConfigOnce(log: Log): void {
  if (logged) return;
  logged = true;
  log.info('configuration in effect', effectiveConfig());
}

function readString(param: { value(): string }): string | undefined {
  const value = param.value().trim();
  return value === '' ? undefined : value;
}

function readPositiveInt(param: { value(): number }): number | undefined {
  const value = param.value();
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
