/**
 * Shared helpers for the emulator tests: an Admin SDK pointed at the
 * emulators, a clean slate with the demo businesses seeded, signed webhook
 * requests through the Hosting paths, and polling.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { firebaseStaffAccounts, loadProfile, loadSecrets } from '../../src/profile/load.js';
import type { IngestDeps } from '../../src/pipeline/ingest.js';
import { LocalFilesMediaStore } from '../../src/media/local-files.js';
import { FirestoreDatabase } from '../../src/store/firestore.js';

export const PROJECT_ID = 'demo-frontdesk';
export const HOSTING = 'http://127.0.0.1:5000';
export const FAKE_GRAPH_PORT = 4010;
/** Demo values from functions/.secret.local. */
export const DEMO_SECRETS = Object.fromEntries(
  readFileSync(new URL('../../.secret.local', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => /^[A-Z_]+=/.test(l))
    .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
);

export const CLINIC = 'glow-laser-clinic';
export const GROOMER = 'happy-paws-grooming';
export const CLINIC_PHONE_ID = '100000000000001';
export const GROOMER_PHONE_ID = '100000000000002';
export const CLINIC_TOKEN = 'test-clinic-access-token';

process.env.FIREBASE_AUTH_EMULATOR_HOST ??= '127.0.0.1:9099';

export function admin(): Firestore {
  const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  return getFirestore(app);
}

/** The store's port on the emulator's Firestore (what the functions use). */
export function store(): FirestoreDatabase {
  return new FirestoreDatabase(admin());
}

export function testDeps(now: () => Date = () => new Date()): IngestDeps {
  const quiet = () => undefined;
  return {
    db: store(),
    now,
    log: { info: quiet, warn: quiet, error: quiet },
    media: new LocalFilesMediaStore(new URL('../../../.emulators/media-test', import.meta.url).pathname),
  };
}

export function demoProfile(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../demo/${id}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** Wipes the emulator's Firestore. */
export async function clearFirestore(): Promise<void> {
  // Triggers from the previous file may still be writing; the emulator then answers 409: try again.
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(
      `http://${process.env.FIRESTORE_EMULATOR_HOST}/emulator/v1/projects/${PROJECT_ID}/databases/(default)/documents`,
      { method: 'DELETE' },
    );
    if (res.ok) break;
    if (attempt === 20) throw new Error(`could not clear Firestore: ${res.status}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Wipes Firestore and seeds both demo businesses; the clinic gets WhatsApp credentials, the groomer none. */
export async function resetAndSeed(): Promise<void> {
  await clearFirestore();
  const db = admin();
  const auth = getAuth(getApps()[0]);
  await loadProfile(store(), firebaseStaffAccounts(auth), demoProfile(CLINIC));
  await loadProfile(store(), firebaseStaffAccounts(auth), demoProfile(GROOMER));
  await db.doc(`businessSecrets/${CLINIC}`).set({ channels: { 'whatsapp-meta': { accessToken: CLINIC_TOKEN } } });
}

export function metaSignature(body: string, secret = DEMO_SECRETS.META_APP_SECRET!): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export async function postWebhook(
  path: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const res = await fetch(`${HOSTING}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: res.status, body: await res.text() };
}

/** Polls until `probe` returns a value other than undefined. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until nothing changes in `probe`'s answer for `quietMs` (lets triggers finish). */
export async function settle(probe: () => Promise<unknown>, quietMs = 1500, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = JSON.stringify(await probe());
  let since = Date.now();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    const now = JSON.stringify(await probe());
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

export { metaTextWebhook } from '../../src/testing/meta.js';

export function metaStatusWebhook(opts: {
  phoneNumberId: string;
  recipient: string;
  id: string;
  status: string;
}): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: opts.phoneNumberId },
              statuses: [
                {
                  id: opts.id,
                  status: opts.status,
                  timestamp: String(Math.floor(Date.now() / 1000)),
                  recipient_id: opts.recipient,
                  conversation: { id: 'CONVERSATION_ID', origin: { type: 'service' } },
                  pricing: { billable: true, pricing_model: 'PMP', category: 'service' },
                },
              ],
            },
            field: 'messages',
          },
        ],
      },
    ],
  });
}

/** A business connected to every channel, for the per-channel tests. */
export const LAB = 'channel-lab';
export const LAB_ACCOUNTS = {
  'whatsapp-meta': '200000000000001',
  'whatsapp-360dialog': '200000000000002',
  'whatsapp-montymobile': '200000000000003',
  'whatsapp-qiscus': '4242',
  messenger: '300000000000001',
  instagram: '17841400000000001',
  telegram: 'channel_lab_bot',
  webchat: 'channel-lab',
} as const;
export const LAB_SECRETS = {
  'whatsapp-meta': { accessToken: 'lab-wa-token' },
  'whatsapp-360dialog': { apiKey: 'lab-360-key', webhookKey: 'lab360_key_0123456789abcdefghij' },
  'whatsapp-montymobile': {
    apiKey: 'lab-monty-key',
    tenantId: 'lab-tenant',
    sourceNumber: '15550783882',
    webhookKey: 'labmonty_key_0123456789abcdefgh',
  },
  'whatsapp-qiscus': {
    appId: 'lab-qiscus-app',
    secretKey: 'lab-qiscus-secret',
    webhookKey: 'labqiscus_key_0123456789abcdefg',
  },
  messenger: { accessToken: 'lab-page-token' },
  instagram: { accessToken: 'lab-ig-page-token', pageId: '300000000000001' },
  telegram: { botToken: '123456:lab-bot-token', webhookSecret: 'lab-telegram-secret-token' },
} as const;

export async function seedLab(
  channels: (keyof typeof LAB_ACCOUNTS)[] = Object.keys(LAB_ACCOUNTS) as (keyof typeof LAB_ACCOUNTS)[],
): Promise<void> {
  const profile = structuredClone(demoProfile(GROOMER));
  profile.id = LAB;
  profile.channels = channels.map((type) => ({ type, accountId: LAB_ACCOUNTS[type] }));
  const db = store();
  await loadProfile(db, firebaseStaffAccounts(getAuth(getApps()[0])), profile);
  await loadSecrets(db, LAB, {
    channels: Object.fromEntries(
      channels.filter((c) => c !== 'webchat').map((c) => [c, LAB_SECRETS[c as keyof typeof LAB_SECRETS]]),
    ),
  });
}

export const labMessages = () => admin().collection(`businesses/${LAB}/messages`);

/** The message stored for a provider message id, once it exists. */
export function storedMessage(businessId: string, providerMessageId: string) {
  return waitFor(
    async () =>
      (
        await admin()
          .collection(`businesses/${businessId}/messages`)
          .where('providerMessageId', '==', providerMessageId)
          .get()
      ).docs[0],
    `message ${providerMessageId}`,
  );
}

/** The AI's reply to an inbound message, once its delivery is settled (not queued). */
export async function settledReply(businessId: string, providerMessageId: string) {
  const inbound = await storedMessage(businessId, providerMessageId);
  return waitFor(async () => {
    const reply = (
      await admin().collection(`businesses/${businessId}/messages`).where('ai.inReplyTo', '==', inbound.id).get()
    ).docs[0];
    const status = reply?.get('delivery.status') as string | undefined;
    return reply && status !== 'queued' ? reply : undefined;
  }, 'a settled reply');
}

/** A Messenger Platform webhook body (Messenger: object "page"; Instagram: object "instagram") with one event. */
export function metaMessagingWebhook(
  object: 'page' | 'instagram',
  account: string,
  event: Record<string, unknown>,
): string {
  return JSON.stringify({
    object,
    entry: [{ id: account, time: Date.now(), messaging: [{ timestamp: Date.now(), ...event }] }],
  });
}

/** The notification staff got about a message (the one failed send or handoff it names). */
export async function notificationAbout(businessId: string, messageId: string) {
  const found = await admin()
    .collection(`businesses/${businessId}/notifications`)
    .where('messageId', '==', messageId)
    .limit(1)
    .get();
  if (found.empty) throw new Error(`no notification about ${messageId}`);
  return found.docs[0]!;
}
