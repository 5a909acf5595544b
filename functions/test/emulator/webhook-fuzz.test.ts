/**
 * Malformed, truncated, oversized and wrongly-typed bodies on every webhook
 * path, correctly authenticated: never a 500, and nothing half-written —
 * whatever is stored is either a complete message or a dead letter.
 */
import { createHmac } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  admin,
  DEMO_SECRETS,
  LAB,
  LAB_ACCOUNTS,
  LAB_SECRETS,
  metaMessagingWebhook,
  postWebhook,
  resetAndSeed,
  seedLab,
} from './harness.js';

beforeAll(async () => {
  await resetAndSeed();
  await seedLab();
});

const sign = (body: string) =>
  `sha256=${createHmac('sha256', DEMO_SECRETS.META_APP_SECRET!).update(body).digest('hex')}`;

const targets: { name: string; path: string; headers(body: string): Record<string, string>; seed: unknown }[] = [
  {
    name: 'whatsapp/meta',
    path: '/webhook/whatsapp/meta',
    headers: (b) => ({ 'x-hub-signature-256': sign(b) }),
    seed: {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { phone_number_id: LAB_ACCOUNTS['whatsapp-meta'] },
                messages: [
                  { from: '1555', id: 'wamid.x', timestamp: '1700000000', type: 'text', text: { body: 'hi' } },
                ],
              },
            },
          ],
        },
      ],
    },
  },
  {
    name: 'whatsapp/360dialog',
    path: '/webhook/whatsapp/360dialog',
    headers: () => ({ 'x-frontdesk-key': LAB_SECRETS['whatsapp-360dialog'].webhookKey }),
    seed: {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { phone_number_id: LAB_ACCOUNTS['whatsapp-360dialog'] },
                statuses: [{ id: 'wamid.y', status: 'read', timestamp: '1700000000', recipient_id: '1555' }],
              },
            },
          ],
        },
      ],
    },
  },
  {
    name: 'whatsapp/qiscus',
    path: `/webhook/whatsapp/qiscus/${LAB_SECRETS['whatsapp-qiscus'].webhookKey}`,
    headers: () => ({}),
    seed: {
      app_code: 'x',
      channel_id: 4242,
      messaging_product: 'whatsapp',
      metadata: { phone_number_id: '1' },
      messages: [{ from: '62', id: 'wamid.q', timestamp: '1700000000', type: 'text', text: { body: 'halo' } }],
    },
  },
  ...(['messenger', 'instagram'] as const).map((channel) => ({
    name: channel,
    path: channel === 'messenger' ? '/webhook/facebook' : '/webhook/instagram',
    headers: (b: string) => ({ 'x-hub-signature-256': sign(b) }),
    seed: JSON.parse(
      metaMessagingWebhook(channel === 'messenger' ? 'page' : 'instagram', LAB_ACCOUNTS[channel], {
        sender: { id: '9' },
        recipient: { id: LAB_ACCOUNTS[channel] },
        message: { mid: `m_${channel}`, text: 'hi' },
      }),
    ) as unknown,
  })),
  {
    name: 'telegram',
    path: `/webhook/telegram/${LAB}`,
    headers: () => ({ 'x-telegram-bot-api-secret-token': LAB_SECRETS.telegram.webhookSecret }),
    seed: {
      update_id: 1,
      message: {
        message_id: 1,
        from: { id: 5, is_bot: false, first_name: 'A' },
        chat: { id: 5, type: 'private' },
        date: 1700000000,
        text: 'hi',
      },
    },
  },
];

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

const WRONG = [null, 0, -1, 1e308, '', 'x'.repeat(5000), true, [], {}, [[[]]], { $: 1 }];

function mutate(value: unknown, rnd: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => (rnd() < 0.3 ? mutate(v, rnd) : v));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const r = rnd();
      if (r < 0.1) continue; // drop a field
      out[k] = r < 0.3 ? WRONG[Math.floor(rnd() * WRONG.length)] : mutate(v, rnd);
    }
    return out;
  }
  return value;
}

function bodies(seed: unknown, rnd: () => number): string[] {
  const json = JSON.stringify(seed);
  const out = [
    '',
    'null',
    '[]',
    '"just a string"',
    json.slice(0, Math.floor(json.length / 2)),
    JSON.stringify({ ...(seed as object), entry: 'not an array' }),
    JSON.stringify({ padding: 'x'.repeat(1_100_000) }),
  ];
  for (let i = 0; i < 12; i++) out.push(JSON.stringify(mutate(seed, rnd)));
  return out;
}

describe.each(targets)('fuzzing $name', (target) => {
  it('never answers 500 and never writes half a message', async () => {
    const rnd = random(target.name.length * 7919);
    const statuses: number[] = [];
    for (const body of bodies(target.seed, rnd)) {
      // As text/plain so Cloud Functions' own JSON parser does not answer first.
      const res = await postWebhook(target.path, body, { 'content-type': 'text/plain', ...target.headers(body) });
      statuses.push(res.status);
      expect(res.status, `body ${body.slice(0, 200)} → ${res.body.slice(0, 200)}`).not.toBe(500);
    }
    expect(statuses.every((s) => [200, 400, 413].includes(s))).toBe(true);
    const messages = await admin().collection(`businesses/${LAB}/messages`).get();
    for (const m of messages.docs) {
      expect(m.get('conversationId'), m.id).toEqual(expect.any(String));
      expect(m.get('createdAt'), m.id).toBeDefined();
      const conversation = await admin()
        .doc(`businesses/${LAB}/conversations/${m.get('conversationId')}`)
        .get();
      expect(conversation.exists, `conversation of ${m.id}`).toBe(true);
    }
  });
});
