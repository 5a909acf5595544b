/**
 * WhatsApp through the BSPs — 360dialog, MontyMobile, Qiscus — end to end on
 * the emulators: our per-business webhook key (header, or path segment for
 * Qiscus), the provider's inbound format, the reply delivered to the
 * provider's fake API in its documented format, retries and failures.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeHttpServer } from '../../src/testing/fake-http.js';
import { startFake360dialog, type Fake360dialog } from '../../src/testing/fake-360dialog.js';
import { startFakeMontyMobile } from '../../src/testing/fake-montymobile.js';
import { startFakeQiscus } from '../../src/testing/fake-qiscus.js';
import {
  admin,
  LAB,
  LAB_ACCOUNTS,
  LAB_SECRETS,
  labMessages,
  postWebhook,
  resetAndSeed,
  seedLab,
  settledReply,
  storedMessage,
  waitFor,
} from './harness.js';

let dialog360: Fake360dialog;
let monty: FakeHttpServer;
let qiscus: FakeHttpServer;
beforeAll(async () => {
  [dialog360, monty, qiscus] = await Promise.all([
    startFake360dialog({ port: 4011 }),
    startFakeMontyMobile({ port: 4012 }),
    startFakeQiscus({ port: 4013 }),
  ]);
  await resetAndSeed();
  await seedLab(['whatsapp-360dialog', 'whatsapp-montymobile', 'whatsapp-qiscus', 'webchat']);
});
afterAll(() => Promise.all([dialog360.close(), monty.close(), qiscus.close()]));
beforeEach(() => [dialog360, monty, qiscus].forEach((f) => f.reset()));

type Bsp = 'whatsapp-360dialog' | 'whatsapp-montymobile' | 'whatsapp-qiscus';

function cloudValue(account: string, from: string, message: Record<string, unknown>) {
  return {
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550783882', phone_number_id: account },
    contacts: [{ profile: { name: 'Nadia Karam' }, wa_id: from }],
    messages: [{ from, timestamp: String(Math.floor(Date.now() / 1000)), ...message }],
  };
}

interface BspCase {
  channel: Bsp;
  fake: () => FakeHttpServer;
  /** The Hosting path and headers that carry our key. */
  request(key: string): { path: string; headers: Record<string, string> };
  body(from: string, message: Record<string, unknown>): string;
  sendPath: string;
  checkSend(send: { headers: Record<string, string | undefined>; body: unknown }, to: string, text: string): void;
}

const cases: BspCase[] = [
  {
    channel: 'whatsapp-360dialog',
    fake: () => dialog360,
    request: (key) => ({ path: '/webhook/whatsapp/360dialog', headers: { 'x-frontdesk-key': key } }),
    body: (from, message) =>
      JSON.stringify({
        object: 'whatsapp_business_account',
        entry: [
          {
            id: '1',
            changes: [{ field: 'messages', value: cloudValue(LAB_ACCOUNTS['whatsapp-360dialog'], from, message) }],
          },
        ],
      }),
    sendPath: '/messages',
    checkSend: (send, to, text) => {
      expect(send.headers['d360-api-key']).toBe(LAB_SECRETS['whatsapp-360dialog'].apiKey);
      expect(send.body).toMatchObject({ messaging_product: 'whatsapp', to, type: 'text', text: { body: text } });
    },
  },
  {
    channel: 'whatsapp-montymobile',
    fake: () => monty,
    request: (key) => ({ path: '/webhook/whatsapp/montymobile', headers: { 'x-frontdesk-key': key } }),
    body: (from, message) =>
      JSON.stringify({
        object: 'whatsapp_business_account',
        entry: [
          {
            id: '1',
            changes: [{ field: 'messages', value: cloudValue(LAB_ACCOUNTS['whatsapp-montymobile'], from, message) }],
          },
        ],
      }),
    sendPath: '/api/v2/WhatsappApi/send-session',
    checkSend: (send, to, text) => {
      expect(send.headers['api-key']).toBe(LAB_SECRETS['whatsapp-montymobile'].apiKey);
      expect(send.headers.tenant).toBe(LAB_SECRETS['whatsapp-montymobile'].tenantId);
      expect(send.body).toMatchObject({ to, type: 'TEXT', source: '15550783882', text: { body: text } });
    },
  },
  {
    channel: 'whatsapp-qiscus',
    fake: () => qiscus,
    request: (key) => ({ path: `/webhook/whatsapp/qiscus/${key}`, headers: {} }),
    body: (from, message) =>
      JSON.stringify({
        app_code: LAB_SECRETS['whatsapp-qiscus'].appId,
        channel_id: Number(LAB_ACCOUNTS['whatsapp-qiscus']),
        ...cloudValue('261428051534702', from, message),
      }),
    sendPath: `/whatsapp/v1/${LAB_SECRETS['whatsapp-qiscus'].appId}/${LAB_ACCOUNTS['whatsapp-qiscus']}/messages`,
    checkSend: (send, to, text) => {
      expect(send.headers['qiscus-app-id']).toBe(LAB_SECRETS['whatsapp-qiscus'].appId);
      expect(send.headers['qiscus-secret-key']).toBe(LAB_SECRETS['whatsapp-qiscus'].secretKey);
      expect(send.body).toMatchObject({ to, type: 'text', text: { body: text } });
    },
  },
];

const customer = () => `9617${Math.floor(1_000_000 + Math.random() * 8_999_999)}`;
const textMessage = (text: string) => ({ id: `wamid.${randomUUID()}`, type: 'text', text: { body: text } });

async function post(c: BspCase, body: string, key: string = LAB_SECRETS[c.channel].webhookKey) {
  const { path, headers } = c.request(key);
  return postWebhook(path, body, headers);
}

describe.each(cases)('$channel end to end', (c) => {
  it('answers a customer and delivers the reply in the provider’s format', async () => {
    const from = customer();
    const message = textMessage('How much is a full groom for a small dog?');
    expect((await post(c, c.body(from, message))).status).toBe(200);
    const reply = await settledReply(LAB, message.id);
    expect(reply.get('delivery.status')).toBe('sent');
    const sends = c.fake().requests.filter((r) => r.method === 'POST' && r.path === c.sendPath);
    expect(sends.length).toBeGreaterThanOrEqual(1);
    c.checkSend(sends[0]!, from, reply.get('text') as string);
  });

  it('refuses a wrong or missing key with 401 and writes nothing', async () => {
    const message = textMessage('hello');
    expect((await post(c, c.body(customer(), message), 'wrong_key_0123456789abcdefghijkl')).status).toBe(401);
    const { path } = c.request('x');
    const bare = path.replace(/\/x$/, '');
    expect((await postWebhook(bare, c.body(customer(), message))).status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect((await labMessages().where('providerMessageId', '==', message.id).get()).size).toBe(0);
  });

  it('retries a send that fails twice with a transient error, and sends it exactly once', async () => {
    c.fake().failNext(2, { status: 503, body: { error: 'temporarily unavailable' } });
    const message = textMessage('Where are you located?');
    await post(c, c.body(customer(), message));
    const reply = await settledReply(LAB, message.id);
    expect(reply.get('delivery.status')).toBe('sent');
    const outbox = await admin().doc(`businesses/${LAB}/outbox/${reply.id}`).get();
    expect(outbox.get('attempts')).toBe(3);
  });

  it('fails a permanent error at once with the reason', async () => {
    c.fake().failNext(1, { status: 401, body: { error: 'invalid api key' } });
    const message = textMessage('Do you groom cats?');
    await post(c, c.body(customer(), message));
    const reply = await settledReply(LAB, message.id);
    expect(reply.get('delivery.status')).toBe('failed');
    expect(reply.get('delivery.error.message')).toBeTruthy();
    expect((await admin().doc(`businesses/${LAB}/outbox/${reply.id}`).get()).get('attempts')).toBe(1);
  });
});

describe('360dialog media', () => {
  it('downloads a voice note through 360dialog and keeps it', async () => {
    const mediaId = `${Date.now()}777`;
    const data = Buffer.from('OggS fake voice note');
    dialog360.addMedia(mediaId, { data, mimeType: 'audio/ogg' });
    const message = {
      id: `wamid.${randomUUID()}`,
      type: 'audio',
      audio: { id: mediaId, mime_type: 'audio/ogg; codecs=opus', voice: true },
    };
    await post(cases[0]!, cases[0]!.body(customer(), message));
    const stored = await storedMessage(LAB, message.id);
    const media = await waitFor(async () => {
      const m = (await stored.ref.get()).get('media') as { state: string; size?: number; reason?: string } | undefined;
      return m && m.state !== 'pending' ? m : undefined;
    }, 'the media step');
    expect(media).toMatchObject({ state: 'stored', size: data.length });
  });
});
