/**
 * The pipelines called directly against the emulator's Firestore, for the
 * cases a webhook cannot stage: racing workers and retries over time.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { senderFor } from '../../src/channels/registry.js';
import { vendorUrls } from '../../src/config.js';
import { ingestMessage } from '../../src/pipeline/ingest.js';
import { deliverOutboxItem, dueOutboxItems } from '../../src/pipeline/outbox.js';
import { replyToMessage } from '../../src/pipeline/reply.js';
import { offlineResponder } from '../../src/responders/offline/offline.js';
import { startFakeGraphApi, type FakeGraphApi } from '../../src/testing/fake-graph-api.js';
import { admin, CLINIC, CLINIC_PHONE_ID, FAKE_GRAPH_PORT, resetAndSeed, testDeps, waitFor } from './harness.js';

let graph: FakeGraphApi;
beforeAll(async () => {
  graph = await startFakeGraphApi({ port: FAKE_GRAPH_PORT });
  await resetAndSeed();
});
afterAll(() => graph.close());

async function inbound(text: string) {
  const outcome = await ingestMessage(testDeps(), CLINIC, {
    kind: 'message',
    channel: 'whatsapp-meta',
    accountId: CLINIC_PHONE_ID,
    userId: `9715${Math.floor(Math.random() * 1e8)}`,
    providerMessageId: `wamid.${randomUUID()}`,
    timestamp: new Date(),
    content: { type: 'text', text },
  });
  if (outcome.result !== 'created') throw new Error('expected a new message');
  return outcome.messageId;
}

describe('reply pipeline', () => {
  it('racing workers on one message produce one reply', async () => {
    const messageId = await inbound('Do you have female therapists?');
    const deps = { ...testDeps(), responder: offlineResponder };
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => replyToMessage(deps, CLINIC, messageId)));
    // The emulator's own trigger races too; whoever wins, exactly one reply exists.
    expect(outcomes.filter((o) => o.result === 'replied').length).toBeLessThanOrEqual(1);
    const replies = await waitFor(async () => {
      const snap = await admin()
        .collection(`businesses/${CLINIC}/messages`)
        .where('ai.inReplyTo', '==', messageId)
        .get();
      return snap.size ? snap : undefined;
    }, 'a reply');
    await new Promise((r) => setTimeout(r, 1000));
    expect(
      (await admin().collection(`businesses/${CLINIC}/messages`).where('ai.inReplyTo', '==', messageId).get()).size,
    ).toBe(1);
    expect(replies.docs[0]!.get('author')).toBe('ai');
  });

  it('does not answer while a person owns the conversation', async () => {
    const messageId = await inbound('first message');
    const message = await admin().doc(`businesses/${CLINIC}/messages/${messageId}`).get();
    await waitFor(
      async () => ((await message.ref.get()).get('processing.state') === 'done' ? true : undefined),
      'first reply',
    );
    await admin()
      .doc(`businesses/${CLINIC}/conversations/${message.get('conversationId')}`)
      .update({ owner: 'human', lastHumanAt: new Date() });
    const second = await ingestMessage(testDeps(), CLINIC, {
      kind: 'message',
      channel: 'whatsapp-meta',
      accountId: CLINIC_PHONE_ID,
      userId: (
        await admin()
          .doc(`businesses/${CLINIC}/conversations/${message.get('conversationId')}`)
          .get()
      ).get('userId'),
      providerMessageId: `wamid.${randomUUID()}`,
      timestamp: new Date(),
      content: { type: 'text', text: 'are you there?' },
    });
    const ref = admin().doc(`businesses/${CLINIC}/messages/${second.messageId}`);
    const state = await waitFor(async () => {
      const s = (await ref.get()).get('processing.state') as string;
      return s === 'pending' || s === 'processing' ? undefined : s;
    }, 'processing to finish');
    expect(state).toBe('skipped');
  });
});

describe('outbox', () => {
  it('retries a transient failure with backoff and sends exactly once', async () => {
    graph.failNext(2, {
      status: 500,
      body: { error: { message: 'Service temporarily unavailable', type: 'OAuthException', code: 2 } },
    });
    const messageId = await inbound('How long does a session take?');
    const replyId = await waitFor(async () => {
      const m = await admin().doc(`businesses/${CLINIC}/messages/${messageId}`).get();
      return (m.get('processing.replyMessageId') as string | undefined) ?? undefined;
    }, 'the reply');
    const outboxRef = admin().doc(`businesses/${CLINIC}/outbox/${replyId}`);
    await waitFor(async () => ((await outboxRef.get()).get('state') === 'retry' ? true : undefined), 'first failure');

    // The scheduled sweep, run as it would be as time passes.
    let clock = Date.now();
    const deps = {
      ...testDeps(() => new Date(clock)),
      senderFor: (c: Parameters<typeof senderFor>[0]) => senderFor(c, { ...vendorUrls(), graphApi: graph.url }),
    };
    expect(await dueOutboxItems(deps)).not.toContainEqual({ businessId: CLINIC, outboxId: replyId });
    for (let i = 0; i < 3 && (await outboxRef.get()).get('state') !== 'sent'; i++) {
      clock += 60 * 60_000;
      const due = await dueOutboxItems(deps);
      expect(due.map((d) => d.outboxId)).toContain(replyId);
      await deliverOutboxItem(deps, CLINIC, replyId);
    }
    const item = await outboxRef.get();
    expect(item.get('state')).toBe('sent');
    expect(item.get('attempts')).toBe(3);
    const sends = graph.requests.filter(
      (r) => (r.body as { text?: { body?: string } }).text?.body === item.get('text'),
    );
    expect(sends.length).toBe(3); // two failed attempts, one success
    expect(item.get('providerMessageId')).toMatch(/^wamid\./);
    // Delivered once: a further sweep does nothing.
    expect(await deliverOutboxItem(deps, CLINIC, replyId)).toMatchObject({ result: 'skipped' });
  });
});
