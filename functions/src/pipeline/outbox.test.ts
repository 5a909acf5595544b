/**
 * The outbox on the in-memory store with a scriptable sender: sends,
 * retries, permanent failures, the service window, ambiguous sends, races.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ProviderError } from '../errors.js';
import { offlineResponder } from '../responders/offline/offline.js';
import { at } from '../store/collections.js';
import { ids } from '../store/ids.js';
import {
  CLINIC,
  CLINIC_PHONE_ID,
  type MemoryDeps,
  fakeSender,
  memoryDeps,
  seedDemo,
  sendersFor,
  whatsappText,
} from '../testing/memory-deps.js';
import { ingestMessage } from './ingest.js';
import { applyStatus } from './statuses.js';
import {
  SENDING_LEASE_MS,
  UNCONFIRMED_WAIT_MS,
  deliverOutboxItem,
  deliverWithShortRetries,
  dueOutboxItems,
} from './outbox.js';
import { loggedOutcome, replyToMessage } from './reply.js';

let deps: MemoryDeps;
beforeEach(async () => {
  deps = memoryDeps();
  await seedDemo(deps);
});

const RETRY = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 60_000 };

/** A customer message answered by the offline responder: its reply waits in the outbox. */
async function queuedReply(text = 'How much is full legs?', options = {}) {
  const inbound = await ingestMessage(deps, CLINIC, whatsappText(text, options));
  const reply = await replyToMessage({ ...deps, responder: offlineResponder }, CLINIC, inbound.messageId);
  if (reply.result !== 'replied') throw new Error(`expected a reply, got ${JSON.stringify(reply)}`);
  return { outboxId: reply.replyMessageId, inbound };
}

function outboxDeps(sender = fakeSender({ windowHours: 24 })) {
  return { deps: { ...deps, senderFor: sendersFor(sender), retry: RETRY }, sender };
}

const item = (id: string) => deps.db.get(at.outboxItem(CLINIC, id));
const message = async (id: string) => deps.db.get(at.message(CLINIC, (await item(id))!.messageId));
const notifications = () => Object.entries(deps.db.dump()).filter(([path]) => path.includes('/notifications/'));
const timeout = () =>
  new ProviderError('whatsapp-meta', 'no answer from the Graph API within 10 s', true, { ambiguous: true });

describe('a reply sent by the function that wrote it', () => {
  async function heldReply() {
    const inbound = await ingestMessage(deps, CLINIC, whatsappText('What are your opening hours?'));
    const reply = await replyToMessage(
      { ...deps, responder: offlineResponder, sendsAtOnce: true },
      CLINIC,
      inbound.messageId,
    );
    if (reply.result !== 'replied' || !reply.held)
      throw new Error(`expected a held reply, got ${JSON.stringify(reply)}`);
    return reply;
  }

  it('is created claimed, sent without a second claim; its trigger then does nothing', async () => {
    const reply = await heldReply();
    expect(await item(reply.replyMessageId)).toMatchObject({ state: 'sending', attempts: 1 });
    // Logged without the item and its conversation (the customer's words stay out of the logs).
    expect(loggedOutcome(reply)).toEqual({
      result: 'replied',
      replyMessageId: reply.replyMessageId,
      handoff: false,
      sendsAtOnce: true,
    });
    const { deps: d, sender } = outboxDeps();
    expect(await deliverOutboxItem(d, CLINIC, reply.replyMessageId, reply.held)).toMatchObject({ result: 'sent' });
    expect(await deliverOutboxItem(d, CLINIC, reply.replyMessageId)).toMatchObject({ result: 'skipped' });
    expect(sender.sent).toHaveLength(1);
    expect(await item(reply.replyMessageId)).toMatchObject({ state: 'sent', dueAt: null });
  });

  it('when that function dies before sending, the trigger leaves it and the sweep sends it once the lease ends', async () => {
    const reply = await heldReply();
    const { deps: d, sender } = outboxDeps();
    expect(await deliverOutboxItem(d, CLINIC, reply.replyMessageId)).toMatchObject({ result: 'skipped' });
    expect(await dueOutboxItems(d)).toEqual([]);
    deps.advance(SENDING_LEASE_MS + 1);
    const due = await dueOutboxItems(d);
    expect(due).toEqual([{ businessId: CLINIC, outboxId: reply.replyMessageId }]);
    expect(await deliverOutboxItem(d, CLINIC, reply.replyMessageId)).toMatchObject({ result: 'sent' });
    expect(sender.sent).toHaveLength(1);
    expect(await item(reply.replyMessageId)).toMatchObject({ state: 'sent', attempts: 2 });
  });
});

describe('outbox', () => {
  it('sends, and records the provider id on the item and the message', async () => {
    const { outboxId } = await queuedReply();
    const { deps: d, sender } = outboxDeps();
    expect(await deliverOutboxItem(d, CLINIC, outboxId)).toEqual({ result: 'sent', providerMessageId: 'wamid.sent-1' });
    expect(sender.sent[0]).toMatchObject({ accountId: CLINIC_PHONE_ID, callbackData: outboxId });
    expect(await item(outboxId)).toMatchObject({ state: 'sent', attempts: 1, dueAt: null, leaseUntil: null });
    expect(await message(outboxId)).toMatchObject({
      providerMessageId: 'wamid.sent-1',
      delivery: { status: 'sent' },
    });
    // Sent once: another trigger or sweep does nothing.
    expect(await deliverOutboxItem(d, CLINIC, outboxId)).toEqual({ result: 'skipped', why: 'already sent' });
    expect(sender.sent).toHaveLength(1);
  });

  it('replies by the route the customer last wrote by (a Qiscus room)', async () => {
    const { outboxId } = await queuedReply('hello', { providerThreadId: 'room-42' });
    const { deps: d, sender } = outboxDeps();
    await deliverOutboxItem(d, CLINIC, outboxId);
    expect(sender.sent[0]).toMatchObject({ providerThreadId: 'room-42' });
  });

  it('applies a status that arrived before the send was recorded', async () => {
    const { outboxId } = await queuedReply();
    await applyStatus(deps, CLINIC, {
      kind: 'status',
      channel: 'whatsapp-meta',
      accountId: CLINIC_PHONE_ID,
      userId: 'x',
      providerMessageId: 'wamid.sent-1',
      status: 'delivered',
      timestamp: deps.now(),
    });
    await deliverOutboxItem(outboxDeps().deps, CLINIC, outboxId);
    expect((await message(outboxId))!.delivery!.status).toBe('delivered');
    expect(await deps.db.get(at.parkedStatus(CLINIC, ids.parkedStatus('whatsapp-meta', 'wamid.sent-1')))).toBe(
      undefined,
    );
  });

  it('cancels an AI reply when a person wrote after it was composed', async () => {
    const { outboxId } = await queuedReply();
    const conversationId = (await item(outboxId))!.conversationId;
    deps.advance(1_000);
    await deps.db.update(at.conversation(CLINIC, conversationId), { owner: 'human', lastHumanAt: deps.now() });
    const { deps: d, sender } = outboxDeps();
    expect(await deliverOutboxItem(d, CLINIC, outboxId)).toMatchObject({ result: 'cancelled' });
    expect(sender.sent).toEqual([]);
    expect((await message(outboxId))!.delivery!.status).toBe('cancelled');
  });

  it('retries a passing failure with backoff, honouring retry-after, and sends once', async () => {
    const { outboxId } = await queuedReply();
    const { deps: d, sender } = outboxDeps();
    sender.failNext(() => new ProviderError('whatsapp-meta', 'rate limited', true, { retryAfterMs: 30_000 }));
    const first = await deliverOutboxItem(d, CLINIC, outboxId);
    expect(first).toMatchObject({ result: 'retry' });
    expect((await item(outboxId))!.nextAttemptAt!.getTime()).toBe(deps.now().getTime() + 30_000);
    expect(await dueOutboxItems(deps)).toEqual([]);
    deps.advance(30_000);
    expect(await dueOutboxItems(deps)).toEqual([{ businessId: CLINIC, outboxId }]);
    expect(await deliverOutboxItem(d, CLINIC, outboxId)).toMatchObject({ result: 'sent' });
    expect(sender.sent).toHaveLength(2);
  });

  it('waits out a short backoff in the same run', async () => {
    const { outboxId } = await queuedReply();
    const { deps: d, sender } = outboxDeps();
    sender.failNext(() => new ProviderError('whatsapp-meta', 'unavailable', true, { status: 503 }));
    const waits: number[] = [];
    const outcome = await deliverWithShortRetries(d, CLINIC, outboxId, 10_000, async (ms) => {
      waits.push(ms);
      deps.advance(ms);
    });
    expect(outcome).toMatchObject({ result: 'sent' });
    expect(waits).toHaveLength(1);
  });

  it('fails a permanent failure at once, on the item and the message, and tells staff once', async () => {
    const { outboxId } = await queuedReply();
    const { deps: d, sender } = outboxDeps();
    sender.failNext(() => new ProviderError('whatsapp-meta', 'invalid recipient', false, { providerCode: '131026' }));
    expect(await deliverOutboxItem(d, CLINIC, outboxId)).toMatchObject({ result: 'failed' });
    expect(await item(outboxId)).toMatchObject({ state: 'failed', lastError: { code: '131026', retryable: false } });
    expect((await message(outboxId))!.delivery).toMatchObject({ status: 'failed', error: { code: '131026' } });
    expect(notifications()).toHaveLength(1);
    expect(notifications()[0]![1]).toMatchObject({ kind: 'delivery_failed', reason: expect.any(String) });
  });

  it('gives up after the last attempt of a failure that keeps passing', async () => {
    const { outboxId } = await queuedReply();
    const { deps: d, sender } = outboxDeps();
    sender.failNext(...Array.from({ length: RETRY.maxAttempts }, () => () => new Error('ECONNRESET')));
    for (let i = 0; i < RETRY.maxAttempts; i++) {
      await deliverOutboxItem(d, CLINIC, outboxId);
      deps.advance(RETRY.maxDelayMs);
    }
    expect(await item(outboxId)).toMatchObject({ state: 'failed', attempts: RETRY.maxAttempts });
    expect(notifications()).toHaveLength(1);
  });

  it('a channel that is not connected fails with a clear reason', async () => {
    const { outboxId } = await queuedReply();
    const { deps: d, sender } = outboxDeps();
    sender.failNext(() => new ConfigError('WhatsApp is not connected for this business'));
    expect(await deliverOutboxItem(d, CLINIC, outboxId)).toEqual({
      result: 'failed',
      reason: 'WhatsApp is not connected for this business',
    });
    expect((await item(outboxId))!.lastError!.code).toBe('not_configured');
  });

  describe('the service window', () => {
    it('refuses a free-form message outside it, with its own reason', async () => {
      const { outboxId } = await queuedReply('hello', { timestamp: new Date('2026-11-29T10:00:00Z') });
      const { deps: d, sender } = outboxDeps();
      const outcome = await deliverOutboxItem(d, CLINIC, outboxId);
      expect(outcome).toMatchObject({ result: 'failed', reason: expect.stringMatching(/24-hour window/) });
      expect((await item(outboxId))!.lastError!.code).toBe('outside_window');
      expect(sender.sent).toEqual([]);
    });

    it('sends the business re-engagement template outside it, where there is one', async () => {
      await seedDemo(deps, CLINIC, (profile) => {
        const channels = profile.channels as { type: string; reengagementTemplate?: unknown }[];
        channels.find((c) => c.type === 'whatsapp-meta')!.reengagementTemplate = { name: 'follow_up', language: 'en' };
      });
      const { outboxId } = await queuedReply('hello', { timestamp: new Date('2026-11-29T10:00:00Z') });
      const { deps: d, sender } = outboxDeps();
      expect(await deliverOutboxItem(d, CLINIC, outboxId)).toMatchObject({ result: 'sent' });
      expect(sender.sent[0]!.template).toMatchObject({ name: 'follow_up', bodyParameters: [expect.any(String)] });
    });
  });

  describe('a send whose answer never came', () => {
    it('waits for the status naming it instead of sending twice, where the provider echoes callback data', async () => {
      const { outboxId } = await queuedReply();
      const { deps: d, sender } = outboxDeps(fakeSender({ windowHours: 24, confirmsByCallback: true }));
      sender.failNext(timeout);
      expect(await deliverOutboxItem(d, CLINIC, outboxId)).toMatchObject({ result: 'unconfirmed' });
      expect(await item(outboxId)).toMatchObject({ state: 'retry', unconfirmed: { attempt: 1 } });
      // The provider did deliver it: its status names our item.
      await applyStatus(deps, CLINIC, {
        kind: 'status',
        channel: 'whatsapp-meta',
        accountId: CLINIC_PHONE_ID,
        userId: 'x',
        providerMessageId: 'wamid.delivered-late',
        status: 'delivered',
        timestamp: deps.now(),
        callbackData: outboxId,
      });
      deps.advance(UNCONFIRMED_WAIT_MS + 1);
      expect(await dueOutboxItems(deps)).toEqual([]);
      expect(await deliverOutboxItem(d, CLINIC, outboxId)).toMatchObject({ result: 'skipped' });
      expect(sender.sent).toHaveLength(1);
      expect(await message(outboxId)).toMatchObject({
        providerMessageId: 'wamid.delivered-late',
        delivery: { status: 'delivered' },
      });
    });

    it('sends again when no status came within the wait', async () => {
      const { outboxId } = await queuedReply();
      const { deps: d, sender } = outboxDeps(fakeSender({ windowHours: 24, confirmsByCallback: true }));
      sender.failNext(timeout);
      await deliverOutboxItem(d, CLINIC, outboxId);
      deps.advance(UNCONFIRMED_WAIT_MS - 1);
      expect(await dueOutboxItems(deps)).toEqual([]);
      deps.advance(2);
      expect(await deliverOutboxItem(d, CLINIC, outboxId)).toMatchObject({ result: 'sent' });
      expect(await item(outboxId)).toMatchObject({ state: 'sent', unconfirmed: null });
      expect(sender.sent).toHaveLength(2);
    });

    it('is retried as usual where the provider gives no way to ask', async () => {
      const { outboxId } = await queuedReply();
      const { deps: d, sender } = outboxDeps(fakeSender({ windowHours: 24, confirmsByCallback: false }));
      sender.failNext(timeout);
      expect(await deliverOutboxItem(d, CLINIC, outboxId)).toMatchObject({ result: 'retry' });
    });
  });

  describe('races', () => {
    it('of many workers racing for one item, one sends', async () => {
      const { outboxId } = await queuedReply();
      const { deps: d, sender } = outboxDeps();
      const outcomes = await Promise.all(Array.from({ length: 6 }, () => deliverOutboxItem(d, CLINIC, outboxId)));
      expect(outcomes.filter((o) => o.result === 'sent')).toHaveLength(1);
      expect(sender.sent).toHaveLength(1);
    });

    it('a sweep takes over a send whose worker died, and the late worker changes nothing', async () => {
      const { outboxId } = await queuedReply();
      const stuck = fakeSender({ windowHours: 24 });
      stuck.hold();
      const slow = deliverOutboxItem({ ...deps, senderFor: sendersFor(stuck), retry: RETRY }, CLINIC, outboxId);
      while (stuck.sent.length === 0) await new Promise((r) => setImmediate(r));
      deps.advance(SENDING_LEASE_MS + 1);
      expect(await dueOutboxItems(deps)).toEqual([{ businessId: CLINIC, outboxId }]);
      const { deps: d } = outboxDeps();
      expect(await deliverOutboxItem(d, CLINIC, outboxId)).toMatchObject({ result: 'sent' });
      stuck.release();
      await slow;
      expect(await item(outboxId)).toMatchObject({ state: 'sent', attempts: 2, providerMessageId: 'wamid.sent-1' });
    });
  });
});
