/**
 * Fault tests on the emulators: work left behind by a worker that died, a
 * handler that fails, and one that fails every time — recovered by the
 * real sweep (entries/sweep.ts, what the `sweepWork` schedule runs) against
 * the emulator's Firestore and the fake Graph API. The customer gets
 * exactly one reply, or staff are told; nothing is answered twice.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run as sweep } from '../../src/entries/sweep.js';
import { ingestMessage } from '../../src/pipeline/ingest.js';
import { REPLY_POLICY } from '../../src/pipeline/reply.js';
import { startFakeGraphApi, type FakeGraphApi } from '../../src/testing/fake-graph-api.js';
import { admin, CLINIC, CLINIC_PHONE_ID, FAKE_GRAPH_PORT, resetAndSeed, testDeps, waitFor, settle } from './harness.js';

let graph: FakeGraphApi;
beforeAll(async () => {
  graph = await startFakeGraphApi({ port: FAKE_GRAPH_PORT });
  await resetAndSeed();
});
afterAll(() => graph.close());
beforeEach(() => graph.reset());

const messages = () => admin().collection(`businesses/${CLINIC}/messages`);

/** A customer's first message, answered normally: the conversation exists and is the AI's. */
async function customer() {
  const userId = `9715${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;
  const first = await ingestMessage(testDeps(), CLINIC, {
    kind: 'message',
    channel: 'whatsapp-meta',
    accountId: CLINIC_PHONE_ID,
    userId,
    providerMessageId: `wamid.${randomUUID()}`,
    timestamp: new Date(),
    content: { type: 'text', text: 'hello' },
  });
  if (first.result !== 'created') throw new Error('expected a new message');
  await waitFor(async () => {
    const m = await messages().doc(first.messageId).get();
    return m.get('processing.state') === 'done' ? true : undefined;
  }, 'the first reply');
  return { userId, conversationId: first.conversationId };
}

/**
 * A message in the state a worker leaves it in when it dies mid-reply (or
 * fails and is waiting for a retry): written as such, so no trigger answers it.
 */
async function leftBehind(
  who: { userId: string; conversationId: string },
  text: string,
  processing: Record<string, unknown>,
) {
  const ref = messages().doc(`whatsapp-meta-${randomUUID().replaceAll('-', '')}`);
  const past = new Date(Date.now() - 60_000);
  await ref.set({
    conversationId: who.conversationId,
    contactId: (await admin().doc(`businesses/${CLINIC}/conversations/${who.conversationId}`).get()).get('contactId'),
    channel: 'whatsapp-meta',
    direction: 'in',
    author: 'customer',
    content: { type: 'text' },
    text,
    providerMessageId: `wamid.${randomUUID()}`,
    createdAt: past,
    sentAt: past,
    processing: { reason: null, replyMessageId: null, leaseUntil: null, nextAttemptAt: null, ...processing },
  });
  return ref;
}

const sendsOf = (text: string) =>
  graph.requests.filter((r) => JSON.stringify(r.body).includes(JSON.stringify(text).slice(1, -1)));

describe('recovery by the sweep', () => {
  it('a reply worker that died mid-processing: the sweep answers, exactly once', async () => {
    const who = await customer();
    const past = new Date(Date.now() - 1_000);
    const ref = await leftBehind(who, 'How much is full legs?', {
      state: 'processing',
      attempts: 1,
      leaseUntil: past,
      dueAt: past,
    });
    await sweep();
    const replyId = await waitFor(async () => {
      const m = await ref.get();
      return (m.get('processing.replyMessageId') as string | null) ?? undefined;
    }, 'the reply');
    await waitFor(
      async () => ((await messages().doc(replyId).get()).get('delivery.status') === 'sent' ? true : undefined),
      'the send',
    );
    // The trigger, a second sweep: nothing more.
    await sweep();
    await settle(async () => (await messages().where('ai.inReplyTo', '==', ref.id).get()).size);
    expect((await messages().where('ai.inReplyTo', '==', ref.id).get()).size).toBe(1);
    const reply = await messages().doc(replyId).get();
    expect(sendsOf(reply.get('text') as string)).toHaveLength(1);
    expect((await ref.get()).get('processing')).toMatchObject({ state: 'done', attempts: 2, dueAt: null });
  });

  it('a handler that failed on its first attempt is tried again when due, and answers once', async () => {
    const who = await customer();
    const past = new Date(Date.now() - 1_000);
    const ref = await leftBehind(who, 'Where are you located?', {
      state: 'pending',
      attempts: 1,
      reason: 'Error: socket hang up',
      nextAttemptAt: past,
      dueAt: past,
    });
    await sweep();
    await sweep();
    const replies = await waitFor(async () => {
      const found = await messages().where('ai.inReplyTo', '==', ref.id).get();
      return found.size ? found : undefined;
    }, 'the reply');
    expect(replies.size).toBe(1);
    expect((await ref.get()).get('processing.state')).toBe('done');
  });

  it('one whose workers all died: staff are told, once, and nothing is answered', async () => {
    const who = await customer();
    const past = new Date(Date.now() - 1_000);
    const ref = await leftBehind(who, 'are you open on Friday?', {
      state: 'processing',
      attempts: REPLY_POLICY.maxAttempts,
      leaseUntil: past,
      dueAt: past,
    });
    await sweep();
    await sweep();
    expect((await ref.get()).get('processing')).toMatchObject({ state: 'failed', dueAt: null });
    const conversation = await admin().doc(`businesses/${CLINIC}/conversations/${who.conversationId}`).get();
    expect(conversation.get('owner')).toBe('human');
    expect(conversation.get('handoff.reason')).toBe('error');
    const notes = await admin().collection(`businesses/${CLINIC}/notifications`).where('messageId', '==', ref.id).get();
    expect(notes.docs.map((d) => d.get('kind'))).toEqual(['reply_failed']);
    expect((await messages().where('ai.inReplyTo', '==', ref.id).get()).size).toBe(0);
  });
});

describe('a handler that fails every time, through the real trigger', () => {
  it('hands the conversation to staff with the reason and never answers', async () => {
    const who = await customer();
    // An owner's edit broke the business document: no attempt can succeed.
    await admin().doc(`businesses/${CLINIC}`).update({ 'hours.mon': 'always' });
    try {
      const inbound = await ingestMessage(testDeps(), CLINIC, {
        kind: 'message',
        channel: 'whatsapp-meta',
        accountId: CLINIC_PHONE_ID,
        userId: who.userId,
        providerMessageId: `wamid.${randomUUID()}`,
        timestamp: new Date(),
        content: { type: 'text', text: 'hello again' },
      });
      const ref = messages().doc(inbound.messageId);
      const state = await waitFor(async () => {
        const s = (await ref.get()).get('processing.state') as string;
        return s === 'failed' ? s : undefined;
      }, 'the failure');
      expect(state).toBe('failed');
      expect((await ref.get()).get('processing.reason')).toMatch(/hours/);
      await sweep();
      const notes = await admin()
        .collection(`businesses/${CLINIC}/notifications`)
        .where('messageId', '==', inbound.messageId)
        .get();
      expect(notes.docs.map((d) => d.get('kind'))).toEqual(['reply_failed']);
      expect((await messages().where('ai.inReplyTo', '==', inbound.messageId).get()).size).toBe(0);
    } finally {
      await resetAndSeed();
    }
  });
});
