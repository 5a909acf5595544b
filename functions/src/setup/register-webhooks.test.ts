import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashBusinessKey } from '../channels/business-key.js';
import { TELEGRAM_ALLOWED_UPDATES } from '../channels/telegram/telegram.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { collection, doc } from '../store/database.js';
import { MemoryDatabase } from '../store/memory.js';
import { startFake360dialog, type Fake360dialog } from '../testing/fake-360dialog.js';
import { startFakeGraphApi, type FakeGraphApi } from '../testing/fake-graph-api.js';
import { FAKE_TELEGRAM_BOT, startFakeTelegramApi, type FakeTelegramApi } from '../testing/fake-telegram-api.js';
import { TEST_HTTP } from '../testing/send-context.js';
import { registerWebhooks, type RegisterDeps } from './register-webhooks.js';

type Data = Record<string, unknown>;

/** The in-memory database, seeded with documents by path, and a view of what is in it. */
async function memoryStore(initial: Record<string, Data>) {
  const db = new MemoryDatabase();
  const ref = (path: string) => {
    const segments = path.split('/');
    const id = segments.pop()!;
    const collectionId = segments.pop()!;
    const parent = segments.length ? segments.join('/') : undefined;
    return doc(collection<Data>({ id: collectionId, read: (d) => d as Data }, parent), id);
  };
  for (const [path, data] of Object.entries(initial)) await db.set(ref(path), data);
  const docs = {
    get: (path: string) => db.dump()[path],
    set: (path: string, data: Data) => db.set(ref(path), data),
  };
  return { store: db, docs };
}

const BUSINESS = 'demo-salon';
const BASE = 'https://frontdesk-demo.web.app';
const TOKEN = FAKE_TELEGRAM_BOT.token;
const DIALOG_KEY = 'd360-api-key-of-the-salon';

describe('registerWebhooks', () => {
  let telegramApi: FakeTelegramApi;
  let dialog: Fake360dialog;
  let graph: FakeGraphApi;
  let secretCounter: number;

  const setup = async (channels: { type: string; accountId: string }[], secrets: Data = {}) => {
    const { store, docs } = await memoryStore({
      [`businesses/${BUSINESS}`]: { id: BUSINESS, channels },
      ...(Object.keys(secrets).length ? { [`businessSecrets/${BUSINESS}`]: { channels: secrets } } : {}),
    });
    const deps: RegisterDeps = {
      db: store,
      http: TEST_HTTP,
      urls: { telegram: telegramApi.url, dialog360: dialog.url, graphApi: graph.url, instagramApi: graph.url },
      newSecret: () => `generated-secret-${String((secretCounter += 1)).padStart(24, '0')}`,
    };
    const secretsOf = (channel: string) =>
      ((docs.get(`businessSecrets/${BUSINESS}`)?.channels ?? {}) as Data)[channel] as Data;
    return { deps, docs, secretsOf };
  };

  beforeAll(async () => {
    [telegramApi, dialog, graph] = await Promise.all([
      startFakeTelegramApi(),
      startFake360dialog(),
      startFakeGraphApi(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([telegramApi.close(), dialog.close(), graph.close()]);
  });
  beforeEach(() => {
    telegramApi.reset();
    dialog.reset();
    graph.reset();
    secretCounter = 0;
  });

  describe('telegram', () => {
    const channels = [{ type: 'telegram', accountId: FAKE_TELEGRAM_BOT.username }];

    it('sets the webhook with a new secret, stores the secret, and never shows it', async () => {
      const { deps, secretsOf } = await setup(channels, { telegram: { botToken: TOKEN } });
      const [result] = await registerWebhooks(deps, BUSINESS, `${BASE}/`);
      const secret = secretsOf('telegram').webhookSecret as string;
      expect(secret).toMatch(/^[A-Za-z0-9_-]{1,256}$/);
      expect(result).toMatchObject({
        channel: 'telegram',
        accountId: FAKE_TELEGRAM_BOT.username,
        status: 'registered',
      });
      expect(telegramApi.webhooks.get(TOKEN)).toEqual({
        url: `${BASE}/webhook/telegram/${BUSINESS}`,
        secretToken: secret,
        // What the parser reads, reactions and Telegram Business chats included (they must be asked for).
        allowedUpdates: [...TELEGRAM_ALLOWED_UPDATES],
        maxConnections: 40,
      });
      const shown = result!.lines.join('\n');
      expect(shown).toContain(`${BASE}/webhook/telegram/${BUSINESS}`);
      expect(shown).not.toContain(secret);
      expect(shown).not.toContain(TOKEN);
    });

    it('keeps a stored secret, so running it again changes nothing', async () => {
      const { deps, secretsOf } = await setup(channels, {
        telegram: { botToken: TOKEN, webhookSecret: 'kept_secret-1' },
      });
      const [first] = await registerWebhooks(deps, BUSINESS, BASE);
      const [second] = await registerWebhooks(deps, BUSINESS, BASE);
      expect(secretsOf('telegram').webhookSecret).toBe('kept_secret-1');
      expect(telegramApi.webhooks.get(TOKEN)?.secretToken).toBe('kept_secret-1');
      expect(first!.lines.join()).not.toMatch(/generated/);
      expect(second).toEqual(first);
    });

    it('refuses a token of another bot than the profile names, before touching the webhook', async () => {
      const { deps } = await setup([{ type: 'telegram', accountId: 'some_other_bot' }], {
        telegram: { botToken: TOKEN },
      });
      const [result] = await registerWebhooks(deps, BUSINESS, BASE);
      expect(result).toMatchObject({ status: 'failed' });
      expect(result!.lines.join()).toContain(`belongs to @${FAKE_TELEGRAM_BOT.username}`);
      expect(telegramApi.requests.map((r) => r.apiMethod)).toEqual(['getMe']);
    });

    it('without a bot token, or with one Telegram rejects, it fails with the reason and no token', async () => {
      const none = await setup(channels);
      const [missing] = await registerWebhooks(none.deps, BUSINESS, BASE);
      expect(missing).toMatchObject({
        status: 'failed',
        lines: [expect.stringContaining('channels.telegram.botToken')],
      });
      expect(telegramApi.requests).toEqual([]);

      const wrong = '999:not-a-token-telegram-knows';
      const rejected = await setup(channels, { telegram: { botToken: wrong } });
      const [result] = await registerWebhooks(rejected.deps, BUSINESS, BASE);
      expect(result).toMatchObject({ status: 'failed', lines: [expect.stringContaining('bot token rejected')] });
      expect(result!.lines.join()).not.toContain(wrong);
    });
  });

  describe('WhatsApp providers that sign nothing', () => {
    it('360dialog: configures the webhook with the business key in a header, stored and registered by hash', async () => {
      const { deps, docs, secretsOf } = await setup([{ type: 'whatsapp-360dialog', accountId: '971501234567' }], {
        'whatsapp-360dialog': { apiKey: DIALOG_KEY },
      });
      const [result] = await registerWebhooks(deps, BUSINESS, BASE);
      const key = secretsOf('whatsapp-360dialog').webhookKey as string;
      expect(key).toMatch(/^[A-Za-z0-9_-]{24,128}$/);
      expect(result).toMatchObject({ status: 'registered' });
      expect(dialog.requests).toEqual([
        expect.objectContaining({
          method: 'POST',
          path: '/v1/configs/webhook',
          headers: expect.objectContaining({ 'd360-api-key': DIALOG_KEY, 'content-type': 'application/json' }),
          body: { url: `${BASE}/webhook/whatsapp/360dialog`, headers: { 'X-Frontdesk-Key': key } },
        }),
      ]);
      expect(dialog.webhook).toEqual({
        url: `${BASE}/webhook/whatsapp/360dialog`,
        headers: { 'X-Frontdesk-Key': key },
      });
      expect(docs.get(`webhookKeys/${hashBusinessKey(key)}`)).toEqual({
        businessId: BUSINESS,
        channel: 'whatsapp-360dialog',
      });
      const shown = result!.lines.join('\n');
      expect(shown).not.toContain(key);
      expect(shown).not.toContain(DIALOG_KEY);
    });

    it('360dialog: a rejected API key fails with the reason, and no key in it', async () => {
      const { deps } = await setup([{ type: 'whatsapp-360dialog', accountId: '971501234567' }], {
        'whatsapp-360dialog': { apiKey: DIALOG_KEY },
      });
      dialog.failNext(1, { status: 401, body: { meta: { developer_message: `Invalid api key ${DIALOG_KEY}` } } });
      const [result] = await registerWebhooks(deps, BUSINESS, BASE);
      expect(result).toMatchObject({ status: 'failed', lines: [expect.stringContaining('HTTP 401')] });
      expect(result!.lines.join()).not.toContain(DIALOG_KEY);
    });

    it('MontyMobile and Qiscus: a key is kept for good, and the URL to paste is shown', async () => {
      const channels = [
        { type: 'whatsapp-montymobile', accountId: 'mm-salon' },
        { type: 'whatsapp-qiscus', accountId: 'qiscus-app-42' },
      ];
      const { deps, docs, secretsOf } = await setup(channels);
      const [monty, qiscus] = await registerWebhooks(deps, BUSINESS, BASE);
      const montyKey = secretsOf('whatsapp-montymobile').webhookKey as string;
      const qiscusKey = secretsOf('whatsapp-qiscus').webhookKey as string;
      expect(monty).toMatchObject({ status: 'manual' });
      expect(monty!.lines).toContain(`  Header: X-Frontdesk-Key: ${montyKey}`);
      expect(qiscus!.lines).toContain(`  URL: ${BASE}/webhook/whatsapp/qiscus/${qiscusKey}`);
      expect(docs.get(`webhookKeys/${hashBusinessKey(qiscusKey)}`)).toEqual({
        businessId: BUSINESS,
        channel: 'whatsapp-qiscus',
      });

      const again = await registerWebhooks(deps, BUSINESS, BASE);
      expect(secretsOf('whatsapp-qiscus').webhookKey).toBe(qiscusKey);
      expect(again[1]!.lines).toContain(`  URL: ${BASE}/webhook/whatsapp/qiscus/${qiscusKey}`);
    });

    it('refuses a key that is registered to another business', async () => {
      const key = 'k'.repeat(40);
      const { deps, docs } = await setup([{ type: 'whatsapp-qiscus', accountId: 'qiscus-app-42' }], {
        'whatsapp-qiscus': { webhookKey: key },
      });
      await docs.set(`webhookKeys/${hashBusinessKey(key)}`, { businessId: 'someone-else', channel: 'whatsapp-qiscus' });
      const [result] = await registerWebhooks(deps, BUSINESS, BASE);
      expect(result).toMatchObject({ status: 'failed', lines: [expect.stringContaining('another business')] });
    });
  });

  it('Meta channels get the callback URL and fields to subscribe; the web chat needs nothing', async () => {
    const { deps } = await setup([
      { type: 'whatsapp-meta', accountId: '106540352242922' },
      { type: 'messenger', accountId: '1234567890' },
      { type: 'instagram', accountId: '17841400000000000' },
      { type: 'webchat', accountId: 'demo-salon-web' },
    ]);
    const results = await registerWebhooks(deps, BUSINESS, BASE);
    expect(results.map((r) => [r.channel, r.status])).toEqual([
      ['whatsapp-meta', 'manual'],
      ['messenger', 'manual'],
      ['instagram', 'manual'],
      ['webchat', 'skipped'],
    ]);
    const [whatsapp, messenger, instagram] = results.map((r) => r.lines.join('\n'));
    expect(whatsapp).toContain(`Callback URL: ${BASE}/webhook/whatsapp/meta`);
    expect(whatsapp).toContain('META_VERIFY_TOKEN');
    expect(messenger).toContain(`Callback URL: ${BASE}/webhook/facebook`);
    expect(messenger).toContain('messaging_postbacks, message_echoes');
    expect(instagram).toContain(`Callback URL: ${BASE}/webhook/instagram`);
  });

  it('refuses a bad base URL or business id, and a business that was never seeded', async () => {
    const { deps } = await setup([]);
    await expect(registerWebhooks(deps, BUSINESS, 'frontdesk-demo.web.app')).rejects.toThrow(ValidationError);
    await expect(registerWebhooks(deps, BUSINESS, 'ftp://frontdesk-demo.web.app')).rejects.toThrow(ValidationError);
    await expect(registerWebhooks(deps, '../etc', BASE)).rejects.toThrow(ValidationError);
    await expect(registerWebhooks(deps, 'no-such-business', BASE)).rejects.toThrow(NotFoundError);
    expect(await registerWebhooks(deps, BUSINESS, BASE)).toEqual([]);
  });
});
