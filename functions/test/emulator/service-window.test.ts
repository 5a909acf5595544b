/**
 * WhatsApp's 24-hour customer-service window on the emulators: a reply to a
 * message the customer sent more than 24 hours ago (a webhook delivered
 * late) is refused before any attempt — or sent as the business's
 * re-engagement template when it has one.
 */
import { randomUUID } from 'node:crypto';
import { getApps } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { firebaseStaffAccounts, loadProfile } from '../../src/profile/load.js';
import { startFakeGraphApi, type FakeGraphApi } from '../../src/testing/fake-graph-api.js';
import {
  demoProfile,
  FAKE_GRAPH_PORT,
  GROOMER,
  LAB,
  LAB_ACCOUNTS,
  metaSignature,
  postWebhook,
  resetAndSeed,
  seedLab,
  settledReply,
  store,
  notificationAbout,
} from './harness.js';

let graph: FakeGraphApi;
beforeAll(async () => {
  graph = await startFakeGraphApi({ port: FAKE_GRAPH_PORT });
  await resetAndSeed();
  await seedLab(['whatsapp-meta', 'webchat']);
});
afterAll(() => graph.close());
beforeEach(() => graph.reset());

const SEND_PATH = `/v21.0/${LAB_ACCOUNTS['whatsapp-meta']}/messages`;

function lateMessage(text: string, hoursAgo: number) {
  const from = `1555${Math.floor(Math.random() * 1e7)}`;
  const id = `wamid.${randomUUID()}`;
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '1',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: LAB_ACCOUNTS['whatsapp-meta'] },
              contacts: [{ profile: { name: 'Late Larry' }, wa_id: from }],
              messages: [
                {
                  from,
                  id,
                  timestamp: String(Math.floor(Date.now() / 1000 - hoursAgo * 3600)),
                  type: 'text',
                  text: { body: text },
                },
              ],
            },
          },
        ],
      },
    ],
  });
  return { body, from, id };
}

const post = (body: string) =>
  postWebhook('/webhook/whatsapp/meta', body, { 'x-hub-signature-256': metaSignature(body) });

describe('WhatsApp 24-hour window', () => {
  it('refuses a free-form reply outside the window before attempting it, with a clear reason for staff', async () => {
    const late = lateMessage('Are you open on Sunday?', 25);
    await post(late.body);
    const reply = await settledReply(LAB, late.id);
    expect(reply.get('delivery.status')).toBe('failed');
    expect(reply.get('delivery.error.message')).toMatch(/24-hour window only approved templates may be sent/);
    expect(graph.requests.filter((r) => r.path === SEND_PATH)).toHaveLength(0);
    const notification = await notificationAbout(LAB, reply.id);
    expect(notification.get('reason')).toMatch(/24-hour/);
  });

  it('sends a reply inside the window as it is', async () => {
    const recent = lateMessage('Are you open on Sunday?', 23);
    await post(recent.body);
    const reply = await settledReply(LAB, recent.id);
    expect(reply.get('delivery.status')).toBe('sent');
    expect(graph.requests.find((r) => r.path === SEND_PATH)?.body).toMatchObject({ type: 'text' });
  });

  it('sends the business’s re-engagement template outside the window when it has one', async () => {
    const profile = structuredClone(demoProfile(GROOMER));
    profile.id = LAB;
    profile.channels = [
      {
        type: 'whatsapp-meta',
        accountId: LAB_ACCOUNTS['whatsapp-meta'],
        reengagementTemplate: { name: 'reply_after_window', language: 'en_US' },
      },
      { type: 'webchat', accountId: LAB_ACCOUNTS.webchat },
    ];
    await loadProfile(store(), firebaseStaffAccounts(getAuth(getApps()[0])), profile);

    const late = lateMessage('Can I bring two dogs?', 30);
    await post(late.body);
    const reply = await settledReply(LAB, late.id);
    expect(reply.get('delivery.status')).toBe('sent');
    const send = graph.requests.find((r) => r.path === SEND_PATH);
    expect(send?.body).toMatchObject({
      to: late.from,
      type: 'template',
      template: {
        name: 'reply_after_window',
        language: { code: 'en_US' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: reply.get('text') }] }],
      },
    });
  });
});
