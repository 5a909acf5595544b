/**
 * The whole path on the emulator suite: a signed Meta webhook through the
 * Hosting rewrite → the inbound message → the reply trigger → the outbox
 * trigger → the local fake Graph API receives the send.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGraphApi, type FakeGraphApi } from '../../src/testing/fake-graph-api.js';
import {
  admin,
  CLINIC,
  CLINIC_PHONE_ID,
  CLINIC_TOKEN,
  DEMO_SECRETS,
  FAKE_GRAPH_PORT,
  GROOMER,
  GROOMER_PHONE_ID,
  HOSTING,
  metaSignature,
  metaStatusWebhook,
  metaTextWebhook,
  postWebhook,
  resetAndSeed,
  settle,
  waitFor,
} from './harness.js';

const PATH = '/webhook/whatsapp/meta';
let graph: FakeGraphApi;

beforeAll(async () => {
  graph = await startFakeGraphApi({ port: FAKE_GRAPH_PORT });
  await resetAndSeed();
});
afterAll(async () => {
  await graph.close();
});
beforeEach(() => {
  graph.requests.length = 0;
});

const messages = (businessId: string) => admin().collection(`businesses/${businessId}/messages`);
const newCustomer = () => `9715${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;

async function send(body: string, secret?: string) {
  return postWebhook(PATH, body, { 'x-hub-signature-256': metaSignature(body, secret) });
}

async function replyTo(businessId: string, wamid: string) {
  const inbound = await waitFor(
    async () => (await messages(businessId).where('providerMessageId', '==', wamid).get()).docs[0],
    'inbound message',
  );
  return waitFor(async () => {
    const reply = (await messages(businessId).where('ai.inReplyTo', '==', inbound.id).get()).docs[0];
    const delivery = reply?.get('delivery.status') as string | undefined;
    return reply && delivery !== 'queued' ? reply : undefined;
  }, 'reply delivered');
}

describe('WhatsApp (Meta Cloud API) end to end', () => {
  it('answers a price question from the business data and sends it to the Graph API', async () => {
    const from = newCustomer();
    const wamid = `wamid.${randomUUID()}`;
    const res = await send(
      metaTextWebhook({ phoneNumberId: CLINIC_PHONE_ID, from, id: wamid, text: 'How much is laser for full legs?' }),
    );
    expect(res.status).toBe(200);

    const reply = await replyTo(CLINIC, wamid);
    expect(reply.get('author')).toBe('ai');
    expect(reply.get('text')).toMatch(/AED|د\.إ/);
    expect(reply.get('delivery.status')).toBe('sent');

    const sent = graph.requests.filter((r) => r.path === `/v21.0/${CLINIC_PHONE_ID}/messages`);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers.authorization).toBe(`Bearer ${CLINIC_TOKEN}`);
    expect(sent[0]!.body).toMatchObject({
      messaging_product: 'whatsapp',
      to: from,
      type: 'text',
      text: { body: reply.get('text') },
    });
    expect(reply.get('providerMessageId')).toMatch(/^wamid\./);
  });

  it('answers a delivery received twice only once', async () => {
    const from = newCustomer();
    const wamid = `wamid.${randomUUID()}`;
    const body = metaTextWebhook({
      phoneNumberId: CLINIC_PHONE_ID,
      from,
      id: wamid,
      text: 'What are your opening hours?',
    });
    const [a, b] = await Promise.all([send(body), send(body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await replyTo(CLINIC, wamid);
    expect((await send(body)).status).toBe(200);

    await settle(async () => (await messages(CLINIC).count().get()).data().count);
    const inbound = await messages(CLINIC).where('providerMessageId', '==', wamid).get();
    expect(inbound.size).toBe(1);
    const replies = await messages(CLINIC).where('ai.inReplyTo', '==', inbound.docs[0]!.id).get();
    expect(replies.size).toBe(1);
    expect(graph.requests.filter((r) => (r.body as { to?: string } | undefined)?.to === from)).toHaveLength(1);
  });

  it('rejects a bad signature with 401 and writes nothing', async () => {
    const wamid = `wamid.${randomUUID()}`;
    const body = metaTextWebhook({ phoneNumberId: CLINIC_PHONE_ID, from: newCustomer(), id: wamid, text: 'hello' });
    const before = (await messages(CLINIC).count().get()).data().count;
    const deadBefore = (await admin().collection('deadLetters').count().get()).data().count;

    expect((await send(body, 'not-the-app-secret')).status).toBe(401);
    expect((await postWebhook(PATH, body)).status).toBe(401);
    const tampered = body.replace('hello', 'HELLO');
    expect((await postWebhook(PATH, tampered, { 'x-hub-signature-256': metaSignature(body) })).status).toBe(401);

    await new Promise((r) => setTimeout(r, 500));
    expect((await messages(CLINIC).count().get()).data().count).toBe(before);
    expect((await admin().collection('deadLetters').count().get()).data().count).toBe(deadBefore);
  });

  it('keeps a message for an unknown phone number id as a dead letter and acknowledges it', async () => {
    const wamid = `wamid.${randomUUID()}`;
    const res = await send(
      metaTextWebhook({ phoneNumberId: '999999999999999', from: newCustomer(), id: wamid, text: 'anyone there?' }),
    );
    expect(res.status).toBe(200);
    const dead = await admin().collection('deadLetters').where('accountId', '==', '999999999999999').get();
    expect(dead.size).toBeGreaterThanOrEqual(1);
    expect(dead.docs[0]!.get('reason')).toMatch(/unknown account/);
    expect(dead.docs[0]!.get('payload')).toContain('anyone there?');
  });

  it('acknowledges an authentic body that is not JSON and keeps it, whatever its content type', async () => {
    // Sent as application/json, the platform's body parser would answer 400
    // before our code runs; http/raw-body.ts lets the handler see it.
    for (const contentType of ['application/json', 'text/plain']) {
      const body = `{"object":"whatsapp_business_account","entry":[ ${randomUUID()}`;
      const res = await postWebhook(PATH, body, {
        'content-type': contentType,
        'x-hub-signature-256': metaSignature(body),
      });
      expect(res.status).toBe(200);
      const dead = await admin().collection('deadLetters').where('payload', '==', body).get();
      expect(dead.size).toBe(1);
      expect(dead.docs[0]!.get('reason')).toMatch(/JSON/i);
    }
    // Not signed: refused, nothing kept.
    const forged = '{"object":"whatsapp_business_account","entry":[';
    expect((await postWebhook(PATH, forged, { 'x-hub-signature-256': metaSignature(forged, 'wrong') })).status).toBe(
      401,
    );
  });

  it('records delivery statuses, never moving backwards', async () => {
    const from = newCustomer();
    const wamid = `wamid.${randomUUID()}`;
    await send(metaTextWebhook({ phoneNumberId: CLINIC_PHONE_ID, from, id: wamid, text: 'Where are you located?' }));
    const reply = await replyTo(CLINIC, wamid);
    const sentId = reply.get('providerMessageId') as string;

    for (const status of ['read', 'delivered', 'sent']) {
      const res = await send(
        metaStatusWebhook({ phoneNumberId: CLINIC_PHONE_ID, recipient: from, id: sentId, status }),
      );
      expect(res.status).toBe(200);
    }
    expect((await reply.ref.get()).get('delivery.status')).toBe('read');
  });

  it('keeps a status that arrives before its send is recorded, and applies it when the send is', async () => {
    const from = newCustomer();
    const sentId = `wamid.raced-${randomUUID()}`;
    // The status for our reply arrives first…
    const early = await send(
      metaStatusWebhook({ phoneNumberId: CLINIC_PHONE_ID, recipient: from, id: sentId, status: 'delivered' }),
    );
    expect(early.status).toBe(200);
    expect(JSON.parse(early.body)).toMatchObject({ statuses: 1, deadLetters: 0 });
    // …then the send's response names that id.
    graph.failNext(1, {
      status: 200,
      body: { messaging_product: 'whatsapp', contacts: [{ input: from, wa_id: from }], messages: [{ id: sentId }] },
      path: `/v21.0/${CLINIC_PHONE_ID}/messages`,
    });
    const wamid = `wamid.${randomUUID()}`;
    await send(metaTextWebhook({ phoneNumberId: CLINIC_PHONE_ID, from, id: wamid, text: 'Do you have parking?' }));
    const reply = await replyTo(CLINIC, wamid);
    expect(reply.get('providerMessageId')).toBe(sentId);
    expect(reply.get('delivery.status')).toBe('delivered');
    expect(
      (await admin().collection(`businesses/${CLINIC}/parkedStatuses`).where('providerMessageId', '==', sentId).get())
        .size,
    ).toBe(0);
  });

  it('records a reply it cannot send (no access token) as failed, once, with the reason', async () => {
    const wamid = `wamid.${randomUUID()}`;
    await send(
      metaTextWebhook({ phoneNumberId: GROOMER_PHONE_ID, from: newCustomer(), id: wamid, text: 'Do you groom cats?' }),
    );
    const reply = await replyTo(GROOMER, wamid);
    expect(reply.get('delivery.status')).toBe('failed');
    expect(reply.get('delivery.error.message')).toMatch(/not connected|access token/i);
    const outbox = await admin().doc(`businesses/${GROOMER}/outbox/${reply.id}`).get();
    expect(outbox.get('state')).toBe('failed');
    expect(outbox.get('attempts')).toBe(1);
    expect(graph.requests).toHaveLength(0);
  });

  it('answers Meta’s subscription handshake only with the right verify token', async () => {
    const ok = await fetch(
      `${HOSTING}${PATH}?hub.mode=subscribe&hub.verify_token=${DEMO_SECRETS.META_VERIFY_TOKEN}&hub.challenge=1158201444`,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const bad = await fetch(`${HOSTING}${PATH}?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1158201444`);
    expect(bad.status).toBe(403);
  });
});
