/**
 * Points each of a business's channels at this deployment's webhooks —
 * `npm run channels:register -- BUSINESS_ID --base-url https://HOST`
 * (scripts/register-webhooks.mjs is the command line around this module).
 *
 * - telegram: setWebhook through the Bot API with the business's bot token,
 *   the URL /webhook/telegram/{businessId}, a secret_token (generated and
 *   stored on first use) and the update kinds the adapter reads.
 * - whatsapp-360dialog: POST /v1/configs/webhook with the business's API
 *   key, so 360dialog calls /webhook/whatsapp/360dialog with our key in the
 *   X-Frontdesk-Key header (generated and stored on first use).
 * - whatsapp-montymobile, whatsapp-qiscus: a key is ensured the same way;
 *   their portals are configured by hand, so the URL (and key) to paste are
 *   returned.
 * - whatsapp-meta, messenger, instagram: one webhook per Meta app for the
 *   whole deployment; the callback URL and fields to subscribe are returned.
 *
 * Secrets are read from and written to businessSecrets/{businessId}
 * (`channels.<type>.*`); only a key the person must paste is ever returned.
 * The database is the store's port: Firestore from the script, the in-memory
 * one in tests.
 */
import { randomBytes } from 'node:crypto';
import type { VendorUrls } from '../config.js';
import { FrontdeskError, NotFoundError, ValidationError } from '../errors.js';
import { hashBusinessKey } from '../channels/business-key.js';
import { callProviderJson } from '../channels/provider-http.js';
import { TELEGRAM_ALLOWED_UPDATES } from '../channels/telegram.js';
import { telegramClient, telegramFailure } from '../channels/telegram-send.js';
import { ChannelType } from '../domain/business.js';
import { at } from '../store/collections.js';
import { type Database, collection, doc } from '../store/database.js';

/** Only the channels of the business document are read here (the rest is the responders' business). */
const businesses = collection<{ channels?: unknown }>({
  id: 'businesses',
  read: (data) => data as { channels?: unknown },
});
const businessRef = (businessId: string) => doc(businesses, businessId);

export interface RegisterDeps {
  /** Firestore (the script) or the in-memory database (tests). */
  db: Database;
  fetch: typeof fetch;
  urls: Pick<VendorUrls, 'telegram' | 'dialog360'>;
  /** A new random webhook secret or key (injectable for tests). */
  newSecret?: () => string;
}

export type RegistrationStatus = 'registered' | 'manual' | 'skipped' | 'failed';

export interface ChannelRegistration {
  channel: string;
  accountId: string;
  status: RegistrationStatus;
  /** What to tell the person running the command; no stored secret, only a generated URL or key they must paste. */
  lines: string[];
}

const BUSINESS_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
/** Telegram's rule for secret_token. */
const TELEGRAM_SECRET = /^[A-Za-z0-9_-]{1,256}$/;
/** Our rule for business webhook keys (channels/business-key.ts). */
const BUSINESS_KEY = /^[A-Za-z0-9_-]{24,128}$/;
/** How the business key travels (channels/business-key.ts), as shown to people. */
export const KEY_HEADER = 'X-Frontdesk-Key';

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
  const base = webhookBase(baseUrl);
  const business = await deps.db.get(businessRef(businessId));
  if (!business) throw new NotFoundError(`No business "${businessId}": seed its profile first (npm run seed).`);
  const channels = channelsOf(business);
  if (channels.length === 0) return [];
  const secretsDoc = await deps.db.get(at.businessSecrets(businessId));
  const secrets = recordOf(secretsDoc?.channels);
  const ctx: Context = { deps, businessId, base, newSecret: deps.newSecret ?? randomSecret };

  const results: ChannelRegistration[] = [];
  for (const { type, accountId } of channels) {
    const stored = recordOf(secrets[type]);
    const done = (status: RegistrationStatus, lines: string[]) =>
      results.push({ channel: type, accountId, status, lines });
    try {
      const handler = HANDLERS[type];
      if (!handler) done('skipped', [`${type} needs no webhook.`]);
      else {
        const outcome = await handler(ctx, accountId, stored);
        done(outcome.status, outcome.lines);
      }
    } catch (err) {
      done('failed', [err instanceof FrontdeskError ? err.message : `unexpected error: ${String(err).slice(0, 200)}`]);
    }
  }
  return results;
}

interface Context {
  deps: RegisterDeps;
  businessId: string;
  base: string;
  newSecret: () => string;
}

type Stored = Record<string, unknown>;
type Outcome = { status: RegistrationStatus; lines: string[] };
type Handler = (ctx: Context, accountId: string, stored: Stored) => Promise<Outcome>;

const META_FIELDS = {
  'whatsapp-meta': { path: '/webhook/whatsapp/meta', product: 'WhatsApp', fields: ['messages'] },
  messenger: {
    path: '/webhook/facebook',
    product: 'Messenger',
    fields: [
      'messages',
      'messaging_postbacks',
      'message_echoes',
      'message_deliveries',
      'message_reads',
      'message_reactions',
    ],
  },
  instagram: {
    path: '/webhook/instagram',
    product: 'Instagram',
    fields: ['messages', 'messaging_postbacks', 'messaging_seen', 'message_reactions'],
  },
} as const;

const metaInstructions =
  (channel: keyof typeof META_FIELDS): Handler =>
  async (ctx, accountId) => {
    const { path, product, fields } = META_FIELDS[channel];
    return {
      status: 'manual',
      lines: [
        `Meta app dashboard → ${product} → Webhooks (once per Meta app, for every business of this deployment):`,
        `  Callback URL: ${ctx.base}${path}`,
        '  Verify token: the value of the META_VERIFY_TOKEN secret of this deployment',
        `  Subscribe to: ${fields.join(', ')}`,
        `  and connect account ${accountId} to the app.`,
      ],
    };
  };

const HANDLERS: Partial<Record<ChannelType, Handler>> = {
  telegram: registerTelegram,
  'whatsapp-360dialog': register360dialog,
  'whatsapp-montymobile': async (ctx, accountId, stored) => {
    const { key, lines } = await ensureBusinessKey(ctx, 'whatsapp-montymobile', stored);
    const url = `${ctx.base}/webhook/whatsapp/montymobile`;
    return {
      status: 'manual',
      lines: [
        `MontyMobile portal, webhook of account ${accountId}:`,
        `  URL: ${url}`,
        `  Header: ${KEY_HEADER}: ${key}`,
        `  (if the portal cannot send headers, use the URL ${url}/${key} instead)`,
        ...lines,
      ],
    };
  },
  'whatsapp-qiscus': async (ctx, accountId, stored) => {
    const { key, lines } = await ensureBusinessKey(ctx, 'whatsapp-qiscus', stored);
    return {
      status: 'manual',
      lines: [
        `Qiscus dashboard, webhook of app ${accountId} (Qiscus cannot send headers, so the key is in the URL):`,
        `  URL: ${ctx.base}/webhook/whatsapp/qiscus/${key}`,
        ...lines,
      ],
    };
  },
  'whatsapp-meta': metaInstructions('whatsapp-meta'),
  messenger: metaInstructions('messenger'),
  instagram: metaInstructions('instagram'),
};

async function registerTelegram(ctx: Context, accountId: string, stored: Stored): Promise<Outcome> {
  const botToken = stringOf(stored.botToken);
  if (!botToken) {
    return {
      status: 'failed',
      lines: [
        `No bot token: put it in businessSecrets/${ctx.businessId} as channels.telegram.botToken (npm run seed -- FILE --secrets SECRETS.json).`,
      ],
    };
  }
  const lines: string[] = [];
  let secret = stringOf(stored.webhookSecret);
  if (!secret || !TELEGRAM_SECRET.test(secret)) {
    secret = ctx.newSecret();
    // Stored before Telegram hears of it: if setWebhook fails, running the command again repairs it.
    await storeChannelSecrets(ctx, 'telegram', { webhookSecret: secret });
    lines.push('  (a new webhook secret was generated and stored; not shown)');
  }
  const url = `${ctx.base}/webhook/telegram/${ctx.businessId}`;
  const client = telegramClient(botToken, ctx.deps.urls.telegram, ctx.deps.fetch);
  try {
    const me = await client.api.getMe();
    const expected = accountId.replace(/^@/, '').toLowerCase();
    if (me.username.toLowerCase() !== expected) {
      return {
        status: 'failed',
        lines: [
          `The bot token belongs to @${me.username}, but the profile's telegram account is "${accountId}": fix one of them.`,
          ...lines,
        ],
      };
    }
    await client.api.setWebhook(url, { secret_token: secret, allowed_updates: [...TELEGRAM_ALLOWED_UPDATES] });
  } catch (err) {
    throw telegramFailure(err, client);
  }
  return {
    status: 'registered',
    lines: [
      `Webhook of @${accountId.replace(/^@/, '')} set to ${url}`,
      `  updates: ${TELEGRAM_ALLOWED_UPDATES.join(', ')}`,
      ...lines,
    ],
  };
}

async function register360dialog(ctx: Context, accountId: string, stored: Stored): Promise<Outcome> {
  const apiKey = stringOf(stored.apiKey);
  if (!apiKey) {
    return {
      status: 'failed',
      lines: [`No API key: put it in businessSecrets/${ctx.businessId} as channels.whatsapp-360dialog.apiKey.`],
    };
  }
  const { key, lines } = await ensureBusinessKey(ctx, 'whatsapp-360dialog', stored);
  const url = `${ctx.base}/webhook/whatsapp/360dialog`;
  await callProviderJson({
    provider: 'whatsapp-360dialog',
    service: 'the 360dialog API',
    url: `${ctx.deps.urls.dialog360.replace(/\/+$/, '')}/v1/configs/webhook`,
    headers: { 'D360-API-KEY': apiKey, accept: 'application/json' },
    body: { url, headers: { [KEY_HEADER]: key } },
    fetch: ctx.deps.fetch,
    secrets: [apiKey, key],
  });
  return {
    status: 'registered',
    lines: [`Webhook of ${accountId} set to ${url} (with the business key in the ${KEY_HEADER} header)`, ...lines],
  };
}

/**
 * The business's webhook key for a channel, generated and stored if there is
 * none, and registered under its hash so a webhook presenting it finds the business.
 */
async function ensureBusinessKey(
  ctx: Context,
  channel: ChannelType,
  stored: Stored,
): Promise<{ key: string; lines: string[] }> {
  const lines: string[] = [];
  let key = stringOf(stored.webhookKey);
  if (!key || !BUSINESS_KEY.test(key)) {
    key = ctx.newSecret();
    await storeChannelSecrets(ctx, channel, { webhookKey: key });
    lines.push('  (a new webhook key was generated and stored)');
  }
  const lookup = at.webhookKey(hashBusinessKey(key));
  const existing = await ctx.deps.db.get(lookup);
  if (existing && existing.businessId !== ctx.businessId) {
    throw new ValidationError(
      `This ${channel} webhook key is already registered to another business: generate a new one.`,
    );
  }
  await ctx.deps.db.merge(lookup, { businessId: ctx.businessId, channel });
  return { key, lines };
}

async function storeChannelSecrets(ctx: Context, channel: ChannelType, values: Record<string, string>): Promise<void> {
  await ctx.deps.db.merge(at.businessSecrets(ctx.businessId), { channels: { [channel]: values } });
}

/** The public origin (and optional path prefix) webhooks are served under, without a trailing slash. */
function webhookBase(baseUrl: string): string {
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

function channelsOf(data: Record<string, unknown> | undefined): { type: ChannelType; accountId: string }[] {
  const channels = data?.channels;
  if (!Array.isArray(channels)) return [];
  return channels.flatMap((c: unknown) => {
    const record = recordOf(c);
    const type = ChannelType.safeParse(record.type);
    const accountId = stringOf(record.accountId);
    return type.success && accountId ? [{ type: type.data, accountId }] : [];
  });
}

function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
