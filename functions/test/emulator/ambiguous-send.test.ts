/**
 * A provider that answers slower than the client waits: the Graph API
 * accepts the send at once (the customer gets it) but answers after the
 * functions' 10 s deadline. Before, the outbox retried and the customer got
 * the message twice. Now the send is recorded as unconfirmed, and the status
 * webhook that names our outbox item (biz_opaque_callback_data) records it
 * as sent — it is never sent again.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as sweep } from '../../src/entries/sweep.js';
import { startFakeGraphApi, type FakeGraphApi } from '../../src/testing/fake-graph-api.js';
import { whatsappStatusWebhook } from '../../src/testing/meta.js';
import {
  admin,
  CLINIC,
  CLINIC_PHONE_ID,
  FAKE_GRAPH_PORT,
  metaSignature,
  metaTextWebhook,
  postWebhook,
  resetAndSeed,
  waitFor,
} from './harness.js';

let graph: FakeGraphApi;
beforeAll(async () => {
  graph = await startFakeGraphApi({ port: FAKE_GRAPH_PORT });
  await resetAndSeed();
});
afterAll(() => graph.close());

const PATH = '/webhook/whatsapp/meta';
const post = (body: string) => postWebhook(PATH, body, { 'x-hub-signature-256': metaSignature(body) });

describe('a send whose answer comes after the deadline', () => {
  it('is confirmed by its status and reaches the customer exactly once', { timeout: 120_000 }, async () => {
    const from = `9715${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;
    graph.slowNext(1, 12_000);
    const wamid = `wamid.${randomUUID()}`;
    expect(
      (await post(metaTextWebhook({ phoneNumberId: CLINIC_PHONE_ID, from, id: wamid, text: 'Where are you located?' })))
        .status,
    ).toBe(200);

    const outbox = admin().collection(`businesses/${CLINIC}/outbox`);
    const item = await waitFor(
      async () => {
        const found = await outbox.where('userId', '==', from).get();
        const doc = found.docs[0];
        return doc?.get('unconfirmed') ? doc : undefined;
      },
      'the send to time out, unconfirmed',
      60_000,
    );
    expect(item.get('state')).toBe('retry');
    const sent = graph.sent.filter((s) => s.to === from);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.callbackData).toBe(item.id);

    // Meta's status for the message names our outbox item.
    const status = whatsappStatusWebhook({ ...sent[0]!, status: 'delivered' });
    expect((await post(status)).status).toBe(200);
    const confirmed = await waitFor(async () => {
      const doc = await item.ref.get();
      return doc.get('state') === 'sent' ? doc : undefined;
    }, 'the status to confirm the send');
    expect(confirmed.get('providerMessageId')).toBe(sent[0]!.wamid);
    const message = await admin()
      .doc(`businesses/${CLINIC}/messages/${confirmed.get('messageId')}`)
      .get();
    expect(message.get('delivery.status')).toBe('delivered');

    // Nothing sends it again: not the sweep, not later.
    await sweep();
    await new Promise((r) => setTimeout(r, 2_000));
    expect(graph.sent.filter((s) => s.to === from)).toHaveLength(1);
  });
});
