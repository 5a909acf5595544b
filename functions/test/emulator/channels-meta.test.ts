/**
 * The Meta family end to end on the emulators — WhatsApp Cloud API,
 * Messenger, Instagram: a signed inbound through its Hosting path, the reply
 * delivered to the fake Graph API in the documented format, retries,
 * permanent failures, media kept, echoes recorded as staff replies.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphError, startFakeGraphApi, type FakeGraphApi } from '../../src/testing/fake-graph-api.js';
import {
  admin,
  FAKE_GRAPH_PORT,
  LAB,
  LAB_ACCOUNTS,
  labMessages,
  metaMessagingWebhook,
  metaSignature,
  postWebhook,
  resetAndSeed,
  seedLab,
  settledReply,
  storedMessage,
  waitFor,
  notificationAbout,
} from './harness.js';

let graph: FakeGraphApi;
beforeAll(async () => {
  graph = await startFakeGraphApi({ port: FAKE_GRAPH_PORT });
  await resetAndSeed();
  await seedLab(['whatsapp-meta', 'messenger', 'instagram', 'webchat']);
});
afterAll(() => graph.close());
beforeEach(() => graph.reset());

interface Inbound {
  body: string;
  userId: string;
  id: string;
}

interface MetaCase {
  channel: 'whatsapp-meta' | 'messenger' | 'instagram';
  path: string;
  /** The Graph path the reply is POSTed to. */
  sendPath: string;
  text(text: string): Inbound;
  image(mediaId: string): Inbound;
  echo(userId: string, text: string): Inbound;
  echoImage(userId: string, mediaId: string): Inbound;
  /** The documented body for a text reply to `userId`. */
  /** The send of `text` to `userId`, carrying the outbox item's id as its callback data (where the channel echoes it). */
  expectedSend(userId: string, text: string, outboxId: string): unknown;
}

const now = () => Math.floor(Date.now() / 1000);
const psid = () => String(7_000_000_000_000_000 + Math.floor(Math.random() * 1e15));

function whatsapp(message: Record<string, unknown>, from: string, contacts = true): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: LAB_ACCOUNTS['whatsapp-meta'] },
              ...(contacts ? { contacts: [{ profile: { name: 'Kerry Fisher' }, wa_id: from }] } : {}),
              messages: [{ from, timestamp: String(now()), ...message }],
            },
          },
        ],
      },
    ],
  });
}

const messaging = metaMessagingWebhook;

/** A WhatsApp Business app echo (`smb_message_echoes`): a staff reply sent from the phone. */
function whatsappEcho(userId: string, message: Record<string, unknown>): Inbound {
  const id = `wamid.${randomUUID()}`;
  const echo = { from: '15550783881', to: userId, id, timestamp: String(now()), ...message };
  const value = {
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550783881', phone_number_id: LAB_ACCOUNTS['whatsapp-meta'] },
    message_echoes: [echo],
  };
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [{ field: 'smb_message_echoes', value }] }],
  });
  return { userId, id, body };
}

const cases: MetaCase[] = [
  {
    channel: 'whatsapp-meta',
    path: '/webhook/whatsapp/meta',
    sendPath: `/v21.0/${LAB_ACCOUNTS['whatsapp-meta']}/messages`,
    text: (text) => {
      const userId = `1555${Math.floor(Math.random() * 1e7)}`;
      const id = `wamid.${randomUUID()}`;
      return { userId, id, body: whatsapp({ id, type: 'text', text: { body: text } }, userId) };
    },
    image: (mediaId) => {
      const userId = `1555${Math.floor(Math.random() * 1e7)}`;
      const id = `wamid.${randomUUID()}`;
      const image = { id: mediaId, mime_type: 'image/jpeg', sha256: 'abc', caption: 'Can you do this cut?' };
      return { userId, id, body: whatsapp({ id, type: 'image', image }, userId) };
    },
    echo: (userId, text) => whatsappEcho(userId, { type: 'text', text: { body: text } }),
    echoImage: (userId, mediaId) =>
      whatsappEcho(userId, { type: 'image', image: { id: mediaId, mime_type: 'image/jpeg' } }),
    expectedSend: (userId, text, outboxId) => ({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: userId,
      biz_opaque_callback_data: outboxId,
      type: 'text',
      text: { preview_url: false, body: text },
    }),
  },
  ...(['messenger', 'instagram'] as const).map((channel): MetaCase => {
    const object = channel === 'messenger' ? 'page' : 'instagram';
    const account = LAB_ACCOUNTS[channel];
    const path = channel === 'messenger' ? '/webhook/facebook' : '/webhook/instagram';
    return {
      channel,
      path,
      sendPath: `/v21.0/${LAB_ACCOUNTS.messenger}/messages`,
      text: (text) => {
        const userId = psid();
        const id = `m_${randomUUID()}`;
        return {
          userId,
          id,
          body: messaging(object, account, {
            sender: { id: userId },
            recipient: { id: account },
            message: { mid: id, text },
          }),
        };
      },
      image: (mediaId) => {
        const url = graph.cdnUrl(mediaId);
        const userId = psid();
        const id = `m_${randomUUID()}`;
        const message = { mid: id, attachments: [{ type: 'image', payload: { url } }] };
        return {
          userId,
          id,
          body: messaging(object, account, { sender: { id: userId }, recipient: { id: account }, message }),
        };
      },
      echoImage: (userId, mediaId) => {
        const id = `m_${randomUUID()}`;
        const attachments = [{ type: 'image', payload: { url: graph.cdnUrl(mediaId) } }];
        const message = { mid: id, is_echo: true, app_id: 263902037430900, attachments };
        return {
          userId,
          id,
          body: messaging(object, account, { sender: { id: account }, recipient: { id: userId }, message }),
        };
      },
      echo: (userId, text) => {
        const id = `m_${randomUUID()}`;
        const message = { mid: id, is_echo: true, app_id: 263902037430900, text };
        return {
          userId,
          id,
          body: messaging(object, account, { sender: { id: account }, recipient: { id: userId }, message }),
        };
      },
      expectedSend: (userId, text, outboxId) => ({
        recipient: { id: userId },
        messaging_type: 'RESPONSE',
        message: channel === 'messenger' ? { text, metadata: `frontdesk:own-send:${outboxId}` } : { text },
      }),
    };
  }),
];

const post = (c: MetaCase, body: string) => postWebhook(c.path, body, { 'x-hub-signature-256': metaSignature(body) });
const sendsTo = (c: MetaCase) => graph.requests.filter((r) => r.method === 'POST' && r.path === c.sendPath);

describe.each(cases)('$channel end to end', (c) => {
  it('answers a customer and delivers the reply in the documented format', async () => {
    const inbound = c.text('What are your opening hours?');
    expect((await post(c, inbound.body)).status).toBe(200);
    const reply = await settledReply(LAB, inbound.id);
    expect(reply.get('delivery.status')).toBe('sent');
    const sends = sendsTo(c);
    expect(sends.length).toBeGreaterThanOrEqual(1);
    expect(sends[0]!.headers.authorization).toMatch(/^Bearer lab-/);
    expect(sends[0]!.body).toEqual(c.expectedSend(inbound.userId, reply.get('text') as string, reply.id));
    // Diagnostics are noted just after the send is recorded: wait for them.
    const status = await waitFor(async () => {
      const snap = await admin().doc(`businesses/${LAB}/channelStatus/${c.channel}_${LAB_ACCOUNTS[c.channel]}`).get();
      return snap.get('lastSendAt') ? snap : undefined;
    }, 'the send noted in the channel diagnostics');
    expect(status.get('lastWebhookAt')).toBeDefined();
  });

  it('retries a send that fails twice with a transient error, and sends it exactly once', async () => {
    graph.failNext(2, { status: 503, body: graphError(2, 'Service temporarily unavailable'), path: c.sendPath });
    const inbound = c.text('Where are you located?');
    await post(c, inbound.body);
    const reply = await settledReply(LAB, inbound.id);
    expect(reply.get('delivery.status')).toBe('sent');
    const outbox = await admin().doc(`businesses/${LAB}/outbox/${reply.id}`).get();
    expect(outbox.get('state')).toBe('sent');
    expect(outbox.get('attempts')).toBe(3);
    expect(sendsTo(c)).toHaveLength(3); // two refused, one accepted
  });

  it('fails a permanent error at once, with the provider’s reason, and tells staff', async () => {
    graph.failNext(1, {
      status: 400,
      body: graphError(190, 'Error validating access token: Session has expired'),
      path: c.sendPath,
    });
    const inbound = c.text('Do you groom cats?');
    await post(c, inbound.body);
    const reply = await settledReply(LAB, inbound.id);
    expect(reply.get('delivery.status')).toBe('failed');
    expect(reply.get('delivery.error.message')).toMatch(/access token/i);
    const outbox = await admin().doc(`businesses/${LAB}/outbox/${reply.id}`).get();
    expect(outbox.get('attempts')).toBe(1);
    const notification = await notificationAbout(LAB, reply.id);
    expect(notification.get('kind')).toBe('delivery_failed');
    expect(notification.get('reason')).toMatch(/access token/i);
    const status = await admin().doc(`businesses/${LAB}/channelStatus/${c.channel}_${LAB_ACCOUNTS[c.channel]}`).get();
    expect(status.get('lastError.message')).toMatch(/access token/i);
  });

  it('downloads a photo from the provider and keeps it in the media store', async () => {
    const mediaId = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
    const bytes = Buffer.from(`\xff\xd8\xff\xe0 fake jpeg ${mediaId}`, 'latin1');
    graph.addMedia(mediaId, bytes, 'image/jpeg');
    const inbound = c.image(mediaId);
    await post(c, inbound.body);
    const message = await storedMessage(LAB, inbound.id);
    const media = await waitFor(async () => {
      const m = (await message.ref.get()).get('media') as { state: string; path: string; size: number } | undefined;
      return m && m.state !== 'pending' ? m : undefined;
    }, 'the media step');
    expect(media).toMatchObject({ state: 'stored', size: bytes.length });
    expect(media.path).toMatch(new RegExp(`^businesses/${LAB}/media/`));
    const dir = process.env.FRONTDESK_MEDIA_DIR!;
    expect(existsSync(join(dir, media.path))).toBe(true);
    // The conversation goes on: the photo is still answered.
    await settledReply(LAB, inbound.id);
  });

  it('keeps the photo of a staff reply sent from outside Frontdesk (an echo)', async () => {
    const mediaId = `${Date.now()}${Math.floor(Math.random() * 1000)}9`;
    graph.addMedia(mediaId, Buffer.from(`\xff\xd8\xff echo ${mediaId}`, 'latin1'), 'image/jpeg');
    const echo = c.echoImage(psid(), mediaId);
    expect((await post(c, echo.body)).status).toBe(200);
    const stored = await storedMessage(LAB, echo.id);
    expect(stored.get('author')).toBe('staff');
    const media = await waitFor(async () => {
      const m = (await stored.ref.get()).get('media') as { state: string } | undefined;
      return m && m.state !== 'pending' ? m : undefined;
    }, 'the media step');
    expect(media).toMatchObject({ state: 'stored' });
  });

  it('records an echo (a staff reply made outside Frontdesk) as a human reply and never answers it', async () => {
    const first = c.text('Hello');
    await post(c, first.body);
    await settledReply(LAB, first.id);
    const echo = c.echo(first.userId, 'Hi, this is Sam from the salon — I will take it from here.');
    expect((await post(c, echo.body)).status).toBe(200);
    const stored = await storedMessage(LAB, echo.id);
    expect(stored.get('author')).toBe('staff');
    expect(stored.get('direction')).toBe('out');
    const conversation = await admin()
      .doc(`businesses/${LAB}/conversations/${stored.get('conversationId')}`)
      .get();
    expect(conversation.get('owner')).toBe('human');
    const next = c.text('Great, thanks');
    const nextBody = next.body.replaceAll(next.userId, first.userId);
    await post(c, nextBody);
    const nextMessage = await storedMessage(LAB, next.id);
    const state = await waitFor(async () => {
      const s = (await nextMessage.ref.get()).get('processing.state') as string;
      return s === 'pending' || s === 'processing' ? undefined : s;
    }, 'the reply pipeline');
    expect(state).toBe('skipped');
    expect((await labMessages().where('ai.inReplyTo', '==', nextMessage.id).get()).size).toBe(0);
  });
});
