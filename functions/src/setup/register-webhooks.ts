/**
 * `npm run channels:register`: points each channel of a business at this
 * deployment's webhooks. What that means is each adapter's own
 * (`ChannelAdapter.register`, in its folder); this module runs it for every
 * channel in the business's profile, with what it needs:
 * - the business's stored channel credentials (businessSecrets/{businessId},
 *   `channels.<type>.*`), and a way to store new ones (a generated Telegram
 *   secret);
 * - the business's webhook key for 'business-key' channels, generated on
 *   first use, stored, and registered under its hash (webhookKeys/{sha256})
 *   so a webhook presenting it finds the business;
 * - the vendor base URLs and the vendor HTTP client.
 *
 * Only a key the person must paste is ever shown; no stored secret is. The
 * database is the store's port: Firestore from the script, the in-memory one
 * in tests.
 */
import { randomBytes } from 'node:crypto';
import type { ChannelCredentials, RegistrationContext, RegistrationStatus } from '../channels/channel.js';
import { adapterFor, sendContext } from '../channels/registry.js';
import { hashBusinessKey } from '../channels/business-key.js';
import { ChannelType } from '../domain/business.js';
import { FrontdeskError, NotFoundError, ValidationError } from '../errors.js';
import { at } from '../store/collections.js';
import { collection, doc, type Database } from '../store/database.js';
import type { VendorUrls } from '../vendor/apis.js';
import { createHttpClient, type HttpClient } from '../vendor/http-client.js';

/** Only the channels of the business document are read here (the rest is the responders' business). */
const businesses = collection<{ channels?: unknown }>({
  id: 'businesses',
  read: (data) => data as { channels?: unknown },
});
const businessRef = (businessId: string) => doc(businesses, businessId);

export interface RegisterDeps {
  /** Firestore (the script) or the in-memory database (tests). */
  db: Database;
  urls: Partial<VendorUrls>;
  /** The vendor HTTP client (default: a new one). */
  http?: HttpClient;
  /** A new random webhook secret or key (injectable for tests). */
  newSecret?: () => string;
}

export type { RegistrationStatus } from '../channels/channel.js';

export interface ChannelRegistration {
  channel: string;
  accountId: string;
  status: RegistrationStatus;
  /** What to tell the person running the command; no stored secret, only a generated URL or key they must paste. */
  lines: string[];
}

const BUSINESS_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
/** Our rule for business webhook keys (channels/shared/business-key.ts). */
const BUSINESS_KEY = /^[A-Za-z0-9_-]{24,128}$/;

/**
 * Hex: Telegram and our key rule allow it, and 360dialog documents trouble
 * with underscores in webhook settings, which base64url would produce.
 */
const randomSecret = (): string => randomBytes(32).toString('hex');

export async function registerWebhooks(
  deps: RegisterDeps,
  businessId: string,
  baseUrl: string,
): Promise<ChannelRegistration[]> {
  if (!BUSINESS_ID.test(businessId)) throw new ValidationError(`"${businessId}" is not a business id`);
  const webhookBase = webhookBaseOf(baseUrl);
  const business = await deps.db.get(businessRef(businessId));
  if (!business) throw new NotFoundError(`No business "${businessId}": seed its profile first (npm run seed).`);
  const channels = channelsOf(business);
  if (channels.length === 0) return [];
  const secretsDoc = await deps.db.get(at.businessSecrets(businessId));
  const secrets = recordOf(secretsDoc?.channels);
  const http = deps.http ?? createHttpClient();
  const newSecret = deps.newSecret ?? randomSecret;

  const results: ChannelRegistration[] = [];
  for (const { type, accountId } of channels) {
    const done = (status: RegistrationStatus, lines: string[]) =>
      results.push({ channel: type, accountId, status, lines });
    const adapter = adapterFor(type);
    if (!adapter?.register) {
      done('skipped', [`${type} needs no webhook.`]);
      continue;
    }
    const credentials = credentialsOf(secrets[type]);
    const context: RegistrationContext = {
      ...sendContext(adapter, credentials, deps.urls, http),
      businessId,
      accountId,
      webhookBase,
      newSecret,
      storeSecrets: (values) => storeChannelSecrets(deps.db, businessId, type, values),
      businessKey: () => ensureBusinessKey(deps.db, { businessId, channel: type, credentials, newSecret }),
    };
    try {
      const outcome = await adapter.register(context);
      done(outcome.status, outcome.lines);
    } catch (err) {
      done('failed', [err instanceof FrontdeskError ? err.message : `unexpected error: ${String(err).slice(0, 200)}`]);
    }
  }
  return results;
}

/**
 * The business's webhook key for a channel, generated and stored if there is
 * none, and registered under its hash so a webhook presenting it finds the business.
 */
async function ensureBusinessKey(
  db: Database,
  target: { businessId: string; channel: ChannelType; credentials: ChannelCredentials; newSecret: () => string },
): Promise<{ key: string; generated: boolean }> {
  let key = target.credentials.webhookKey;
  let generated = false;
  if (!key || !BUSINESS_KEY.test(key)) {
    key = target.newSecret();
    generated = true;
    await storeChannelSecrets(db, target.businessId, target.channel, { webhookKey: key });
    target.credentials.webhookKey = key;
  }
  const lookup = at.webhookKey(hashBusinessKey(key));
  const existing = await db.get(lookup);
  if (existing && existing.businessId !== target.businessId) {
    throw new ValidationError(
      `This ${target.channel} webhook key is already registered to another business: generate a new one.`,
    );
  }
  await db.merge(lookup, { businessId: target.businessId, channel: target.channel });
  return { key, generated };
}

async function storeChannelSecrets(
  db: Database,
  businessId: string,
  channel: ChannelType,
  values: Record<string, string>,
): Promise<void> {
  await db.merge(at.businessSecrets(businessId), { channels: { [channel]: values } });
}

/** The public origin (and optional path prefix) webhooks are served under, without a trailing slash. */
function webhookBaseOf(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ValidationError(`--base-url "${baseUrl}" is not a URL (expected e.g. https://your-project.web.app)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ValidationError(`--base-url must be an https:// URL, not ${url.protocol}`);
  }
  if (url.search || url.hash) throw new ValidationError('--base-url must not have a query or fragment');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function channelsOf(data: { channels?: unknown } | undefined): { type: ChannelType; accountId: string }[] {
  const channels = data?.channels;
  if (!Array.isArray(channels)) return [];
  return channels.flatMap((c: unknown) => {
    const record = recordOf(c);
    const type = ChannelType.safeParse(record.type);
    const accountId = stringOf(record.accountId);
    return type.success && accountId ? [{ type: type.data, accountId }] : [];
  });
}

/** Stored credentials as strings (what adapters read); anything else is left out. */
function credentialsOf(value: unknown): ChannelCredentials {
  return Object.fromEntries(
    Object.entries(recordOf(value)).flatMap(([k, v]) => (stringOf(v) ? [[k, stringOf(v)]] : [])),
  ) as ChannelCredentials;
}

function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
