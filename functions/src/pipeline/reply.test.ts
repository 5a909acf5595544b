/**
 * The reply pipeline on the in-memory store: every branch, and the races the
 * emulator cannot show (it runs triggers one at a time).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../errors.js';
import { offlineResponder } from '../responders/offline/offline.js';
import type { Responder, ReplyRequest, ReplyResult } from '../responders/responder.js';
import { at, defs } from '../store/collections.js';
import { group } from '../store/database.js';
import { dueWorkItems } from '../store/work-item.js';
import { CLINIC, type MemoryDeps, memoryDeps, seedDemo, whatsappText } from '../testing/memory-deps.js';
import { ingestMessage } from './ingest.js';
import { REPLY_POLICY, replyToMessage } from './reply.js';

let deps: MemoryDeps;
beforeEach(async () => {
  deps = memoryDeps();
  await seedDemo(deps);
});

async function inbound(text: string, options = {}) {
  const outcome = await ingestMessage(deps, CLINIC, whatsappText(text, options));
  if (outcome.result !== 'created') throw new Error('expected a new message');
  return outcome;
}

const withResponder = (responder: Responder) => ({ ...deps, responder });

async function repliesTo(messageId: string) {
  const all = await deps.db.query(at.messages(CLINIC), { where: [['ai.inReplyTo', '==', messageId]] });
  return all.map((d) => d.data);
}
const outboxItems = () => deps.db.query(at.outbox(CLINIC));
const notifications = async () => Object.entries(deps.db.dump()).filter(([path]) => path.includes('/notifications/'));

/** A responder that answers when the test lets it, to hold a worker mid-reply. */
function heldResponder(answer: Partial<ReplyResult> = {}) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  const responder: Responder = {
    name: 'held',
    async reply(request: ReplyRequest): Promise<ReplyResult> {
      calls += 1;
      await gate;
      return {
        text: `answer to ${request.message.text}`,
        language: 'en',
        confidence: 0.9,
        sources: [],
        responder: 'held',
        ...answer,
      };
    },
  };
  return { responder, release: () => release(), calls: () => calls };
}

function failingResponder(error: () => Error, times = Infinity): Responder & { calls: number } {
  const responder = {
    name: 'failing',
    calls: 0,
    async reply(request: ReplyRequest) {
      responder.calls += 1;
      if (responder.calls <= times) throw error();
      return offlineResponder.reply(request);
    },
  };
  return responder;
}

describe('reply pipeline', () => {
  it('answers, writing the reply, its outbox item, the history and the contact language together', async () => {
    const { messageId, conversationId } = await inbound('How much is full legs?');
    const outcome = await replyToMessage(withResponder(offlineResponder), CLINIC, messageId);
    expect(outcome).toMatchObject({ result: 'replied', handoff: false });
    const [reply] = await repliesTo(messageId);
    expect(reply).toMatchObject({ author: 'ai', direction: 'out', delivery: { status: 'queued' } });
    expect(reply!.text).toMatch(/AED/);
    const [item] = await outboxItems();
    expect(item!.data).toMatchObject({ state: 'pending', text: reply!.text, attempts: 0 });
    expect(item!.data.dueAt).toBeInstanceOf(Date);
    const message = await deps.db.get(at.message(CLINIC, messageId));
    expect(message!.processing).toMatchObject({ state: 'done', dueAt: null, leaseUntil: null });
    const conversation = await deps.db.get(at.conversation(CLINIC, conversationId));
    expect(conversation!.recent.map((t) => t.author)).toEqual(['customer', 'ai']);
  });

  it('gives the responder the conversation so far, without the message itself', async () => {
    const first = await inbound('hello');
    await replyToMessage(withResponder(offlineResponder), CLINIC, first.messageId);
    const user = (await deps.db.get(at.conversation(CLINIC, first.conversationId)))!.userId;
    const second = await inbound('and your address?', { userId: user });
    let seen: ReplyRequest | undefined;
    await replyToMessage(
      withResponder({ name: 'spy', reply: async (r) => ((seen = r), offlineResponder.reply(r)) }),
      CLINIC,
      second.messageId,
    );
    expect(seen!.history.map((t) => [t.author, t.text])).toEqual([
      ['customer', 'hello'],
      ['ai', expect.any(String)],
    ]);
    expect(seen!.contact).toMatchObject({ name: 'Layla', language: 'en' });
  });

  it('does not answer while a person owns the conversation', async () => {
    const { messageId, conversationId } = await inbound('hi');
    await deps.db.update(at.conversation(CLINIC, conversationId), { owner: 'human', lastHumanAt: deps.now() });
    expect(await replyToMessage(withResponder(offlineResponder), CLINIC, messageId)).toEqual({
      result: 'skipped',
      why: 'human owner',
    });
    expect(await outboxItems()).toEqual([]);
    expect((await deps.db.get(at.message(CLINIC, messageId)))!.processing!.state).toBe('skipped');
  });

  it('answers again once the quiet period after the last staff message has passed', async () => {
    const { messageId, conversationId } = await inbound('hi');
    await deps.db.update(at.conversation(CLINIC, conversationId), { owner: 'human', lastHumanAt: deps.now() });
    deps.advance(31 * 60_000);
    expect(await replyToMessage(withResponder(offlineResponder), CLINIC, messageId)).toMatchObject({
      result: 'replied',
    });
  });

  it('drops the answer when staff take over while it is being written', async () => {
    const { messageId, conversationId } = await inbound('hi');
    const held = heldResponder();
    const running = replyToMessage(withResponder(held.responder), CLINIC, messageId);
    while (held.calls() === 0) await new Promise((r) => setImmediate(r));
    await deps.db.update(at.conversation(CLINIC, conversationId), { owner: 'human', lastHumanAt: deps.now() });
    held.release();
    expect(await running).toEqual({ result: 'skipped', why: 'human took over' });
    expect(await outboxItems()).toEqual([]);
  });

  it('a trigger redelivered while the first run is still going does nothing', async () => {
    const { messageId } = await inbound('hi');
    const held = heldResponder();
    const first = replyToMessage(withResponder(held.responder), CLINIC, messageId);
    while (held.calls() === 0) await new Promise((r) => setImmediate(r));
    expect(await replyToMessage(withResponder(held.responder), CLINIC, messageId)).toEqual({
      result: 'skipped',
      why: 'being worked on',
    });
    held.release();
    expect(await first).toMatchObject({ result: 'replied' });
    expect(await repliesTo(messageId)).toHaveLength(1);
  });

  it('of many workers claiming one message at once, exactly one answers', async () => {
    const { messageId } = await inbound('Do you have female therapists?');
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => replyToMessage(withResponder(offlineResponder), CLINIC, messageId)),
    );
    expect(outcomes.filter((o) => o.result === 'replied')).toHaveLength(1);
    expect(await repliesTo(messageId)).toHaveLength(1);
    expect(await outboxItems()).toHaveLength(1);
  });

  it('a sweep that takes over a worker presumed dead wins, and the slow worker writes nothing', async () => {
    const { messageId } = await inbound('hi');
    const slow = heldResponder({ text: 'slow answer' });
    const first = replyToMessage(withResponder(slow.responder), CLINIC, messageId);
    while (slow.calls() === 0) await new Promise((r) => setImmediate(r));
    deps.advance(REPLY_POLICY.leaseMs + 1);
    const due = await dueWorkItems(deps.db, group(defs.messages), 'processing.', deps.now());
    expect(due.map((d) => d.ref.id)).toContain(messageId);
    expect(await replyToMessage(withResponder(offlineResponder), CLINIC, messageId)).toMatchObject({
      result: 'replied',
    });
    slow.release();
    expect(await first).toEqual({ result: 'skipped', why: 'another worker took the message over' });
    const replies = await repliesTo(messageId);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).not.toBe('slow answer');
  });

  it('a passing failure is retried by the sweep after a backoff, and answered once', async () => {
    const { messageId } = await inbound('How much is full legs?');
    const responder = failingResponder(() => new Error('socket hang up'), 1);
    const first = await replyToMessage(withResponder(responder), CLINIC, messageId);
    expect(first).toMatchObject({ result: 'retry' });
    expect((await deps.db.get(at.message(CLINIC, messageId)))!.processing).toMatchObject({
      state: 'pending',
      reason: 'Error: socket hang up',
    });
    // Not before the backoff.
    expect(await replyToMessage(withResponder(responder), CLINIC, messageId)).toMatchObject({ result: 'skipped' });
    deps.advance(5 * 60_000);
    const due = await dueWorkItems(deps.db, group(defs.messages), 'processing.', deps.now());
    expect(due.map((d) => d.ref.id)).toEqual([messageId]);
    expect(await replyToMessage(withResponder(responder), CLINIC, messageId)).toMatchObject({ result: 'replied' });
    expect(await repliesTo(messageId)).toHaveLength(1);
    expect(await notifications()).toEqual([]);
  });

  it('one that always fails is handed to staff with the reason, once, and never answered', async () => {
    const { messageId, conversationId } = await inbound('hello?');
    const responder = failingResponder(() => new Error('model exploded'));
    for (let i = 0; i < REPLY_POLICY.maxAttempts + 2; i++) {
      await replyToMessage(withResponder(responder), CLINIC, messageId);
      deps.advance(15 * 60_000);
    }
    expect(responder.calls).toBe(REPLY_POLICY.maxAttempts);
    expect((await deps.db.get(at.message(CLINIC, messageId)))!.processing).toMatchObject({
      state: 'failed',
      dueAt: null,
    });
    expect(await deps.db.get(at.conversation(CLINIC, conversationId))).toMatchObject({
      owner: 'human',
      handoff: { reason: 'error', detail: expect.stringContaining('model exploded') },
    });
    const notes = await notifications();
    expect(notes).toHaveLength(1);
    expect(notes[0]![1]).toMatchObject({ kind: 'reply_failed', messageId, read: false });
    expect(await repliesTo(messageId)).toEqual([]);
  });

  it('fails at once, visibly, when the business document is broken (a retry cannot cure it)', async () => {
    const { messageId } = await inbound('hi');
    await deps.db.update(at.business(CLINIC), { hours: { mon: 'always' } } as never);
    const outcome = await replyToMessage(withResponder(offlineResponder), CLINIC, messageId);
    expect(outcome).toMatchObject({ result: 'failed', why: expect.stringMatching(/hours/) });
    expect(await notifications()).toHaveLength(1);
  });

  it('retries when the store has an outage', async () => {
    const { messageId } = await inbound('hi');
    deps.db.failNext('read', () => new StoreError('unavailable', 'outage'), { path: /^businesses\/[^/]+$/ });
    expect(await replyToMessage(withResponder(offlineResponder), CLINIC, messageId)).toMatchObject({
      result: 'retry',
    });
  });

  it('gives up, visibly, on a message whose workers all died', async () => {
    const { messageId } = await inbound('hi');
    const never: Responder = { name: 'never', reply: () => new Promise<ReplyResult>(() => undefined) };
    for (let i = 0; i < REPLY_POLICY.maxAttempts; i++) {
      void replyToMessage(withResponder(never), CLINIC, messageId);
      await new Promise((r) => setTimeout(r, 5));
      deps.advance(REPLY_POLICY.leaseMs + 1);
    }
    expect(await replyToMessage(withResponder(offlineResponder), CLINIC, messageId)).toMatchObject({
      result: 'failed',
    });
    expect((await deps.db.get(at.message(CLINIC, messageId)))!.processing!.state).toBe('failed');
    expect((await notifications())[0]![1]).toMatchObject({ kind: 'reply_failed' });
  });

  it('needs no reply for a reaction', async () => {
    const { messageId } = await inbound('', {
      content: { type: 'reaction', emoji: '👍', toProviderMessageId: 'wamid.x' },
    });
    expect(await replyToMessage(withResponder(offlineResponder), CLINIC, messageId)).toMatchObject({
      result: 'skipped',
    });
  });

  it('a handoff gives the conversation to staff and tells them', async () => {
    const { messageId, conversationId } = await inbound('I want to speak to a manager, this is unacceptable');
    const outcome = await replyToMessage(withResponder(offlineResponder), CLINIC, messageId);
    expect(outcome).toMatchObject({ result: 'replied', handoff: true });
    expect((await deps.db.get(at.conversation(CLINIC, conversationId)))!.owner).toBe('human');
    expect((await notifications())[0]![1]).toMatchObject({ kind: 'handoff' });
  });
});

describe('a claim whose commit landed but whose answer was lost', () => {
  it('is recognised as its own when the transaction runs again, and the message is answered once', async () => {
    const { messageId } = await inbound('How much is full legs?');
    deps.db.failNext('commit', () => new StoreError('unavailable', 'answer lost'), {
      afterApply: true,
      path: /\/messages\//,
    });
    expect(await replyToMessage(withResponder(offlineResponder), CLINIC, messageId)).toMatchObject({
      result: 'replied',
    });
    expect(await repliesTo(messageId)).toHaveLength(1);
    expect((await deps.db.get(at.message(CLINIC, messageId)))!.processing).toMatchObject({
      state: 'done',
      attempts: 1,
    });
  });
});
