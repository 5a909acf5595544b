/**
 * Shared set-up of the conversation engine's emulator tests. They run in
 * their own emulator run (`--project emulator-ai`, emulators.mjs --llm), in
 * which the functions hold keys for the local fake LLM vendors: the real
 * Anthropic and OpenAI SDKs in the functions talk to the fakes this process
 * starts on the ports FAKE_VENDORS names, and each test scripts what the
 * models answer.
 *
 * Each scenario gets its own business (a copy of the demo clinic with its
 * own WhatsApp number and AI settings), so breakers, caches and daily totals
 * of one never touch another.
 */
import { createHash, randomUUID } from 'node:crypto';
import { getApps } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { firebaseStaffAccounts, loadProfile, loadSecrets } from '../../../src/profile/load.js';
import { anthropicVendor, openAiVendor, type Vendor } from '../../../src/responders/llm/vendors.test-helper.js';
import { type FakeAnthropic, startFakeAnthropic } from '../../../src/testing/fake-anthropic.js';
import { type FakeGraphApi, startFakeGraphApi } from '../../../src/testing/fake-graph-api.js';
import { type FakeOpenAi, startFakeOpenAi } from '../../../src/testing/fake-openai.js';
import { type FakeTelegramApi, startFakeTelegramApi } from '../../../src/testing/fake-telegram-api.js';
import { admin, CLINIC, demoProfile, FAKE_GRAPH_PORT, metaSignature, postWebhook, store, waitFor } from '../harness.js';

export const ANTHROPIC_PORT = 4015;
export const OPENAI_PORT = 4016;
export const TELEGRAM_PORT = 4014;

export interface Fakes {
  anthropic: FakeAnthropic;
  openai: FakeOpenAi;
  claude: Vendor;
  gpt: Vendor;
  graph: FakeGraphApi;
  telegram: FakeTelegramApi;
  close(): Promise<void>;
}

export async function startFakes(): Promise<Fakes> {
  const [anthropic, openai, graph, telegram] = await Promise.all([
    startFakeAnthropic({ port: ANTHROPIC_PORT }),
    startFakeOpenAi({ port: OPENAI_PORT }),
    startFakeGraphApi({ port: FAKE_GRAPH_PORT }),
    startFakeTelegramApi({ port: TELEGRAM_PORT }),
  ]);
  return {
    anthropic,
    openai,
    claude: anthropicVendor(anthropic),
    gpt: openAiVendor(openai),
    graph,
    telegram,
    close: async () => {
      await Promise.all([anthropic.close(), openai.close(), graph.close(), telegram.close()]);
    },
  };
}

export interface AiBusiness {
  id: string;
  phoneNumberId: string;
}

/** A copy of a demo business (the clinic by default) under its own id and WhatsApp number, with `settings` merged in. */
export async function seedAiBusiness(
  name: string,
  settings: Record<string, unknown> = {},
  base: string = CLINIC,
): Promise<AiBusiness> {
  const id = `ai-${name}`;
  // Its own number, stable per name: webhook functions cache number → business for their lifetime.
  const phoneNumberId = `5${BigInt(`0x${createHash('sha256').update(id).digest('hex').slice(0, 12)}`)
    .toString()
    .padStart(14, '0')
    .slice(0, 14)}`;
  const profile = structuredClone(demoProfile(base)) as Record<string, unknown> & {
    settings: Record<string, unknown>;
  };
  profile.id = id;
  profile.channels = [{ type: 'whatsapp-meta', accountId: phoneNumberId }];
  // No out-of-hours notice: the replies these tests expect must not depend on the hour they run at.
  profile.settings = {
    ...profile.settings,
    conversation: { quietSeconds: 2, outOfHoursNotice: false },
    ...settings,
  };
  const db = store();
  await loadProfile(db, firebaseStaffAccounts(getAuth(getApps()[0])), profile);
  await loadSecrets(db, id, { channels: { 'whatsapp-meta': { accessToken: `token-${id}` } } });
  return { id, phoneNumberId };
}

export const newCustomer = () => `9715${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;

/** A signed WhatsApp Cloud API delivery of one message, as Meta sends it, through the Hosting path. */
export async function whatsapp(
  business: AiBusiness,
  from: string,
  message: Record<string, unknown>,
  name = 'Layla',
): Promise<string> {
  const id = `wamid.${randomUUID()}`;
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: business.phoneNumberId },
              contacts: [{ profile: { name }, wa_id: from }],
              messages: [{ from, id, timestamp: String(Math.floor(Date.now() / 1000)), ...message }],
            },
          },
        ],
      },
    ],
  });
  const res = await postWebhook('/webhook/whatsapp/meta', body, { 'x-hub-signature-256': metaSignature(body) });
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${res.body}`);
  return id;
}

export const text = (body: string) => ({ type: 'text', text: { body } });

export const messages = (business: AiBusiness) => admin().collection(`businesses/${business.id}/messages`);

export async function inbound(business: AiBusiness, wamid: string): Promise<DocumentSnapshot> {
  return waitFor(async () => (await messages(business).where('providerMessageId', '==', wamid).get()).docs[0], wamid);
}

/** The AI's reply to a customer message (the newest of its turn), once it is sent. */
export async function sentReply(business: AiBusiness, wamid: string, timeoutMs = 40_000): Promise<DocumentSnapshot> {
  const message = await inbound(business, wamid);
  return waitFor(
    async () => {
      const reply = (await messages(business).where('ai.inReplyTo', '==', message.id).get()).docs[0];
      return reply?.get('delivery.status') === 'sent' ? reply : undefined;
    },
    `the reply to ${wamid}`,
    timeoutMs,
  );
}

/** What the fake Graph API was asked to send to a customer. */
export const sentTo = (fakes: Fakes, to: string) =>
  fakes.graph.requests
    .filter((r) => r.method === 'POST' && (r.body as { to?: string } | undefined)?.to === to)
    .map((r) => (r.body as { text?: { body?: string } }).text?.body ?? '');
