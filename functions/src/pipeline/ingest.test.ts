import { beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../errors.js';
import { at } from '../store/collections.js';
import { MAX_DOCUMENT_BYTES, documentSize } from '../store/database.js';
import { MAX_INLINE_TEXT } from '../store/documents.js';
import { ids } from '../store/ids.js';
import {
  CLINIC,
  CLINIC_PHONE_ID,
  type MemoryDeps,
  memoryDeps,
  seedDemo,
  whatsappText,
} from '../testing/memory-deps.js';
import { ingestMessage, ingestMessages } from './ingest.js';
import { applyStatus } from './statuses.js';

let deps: MemoryDeps;
beforeEach(async () => {
  deps = memoryDeps();
  await seedDemo(deps);
});

const messagePath = (id: string) => `businesses/${CLINIC}/messages/${id}`;

describe('ingest', () => {
  it('stores the message, its conversation and contact, the text once', async () => {
    const event = whatsappText('How much is full legs?');
    const outcome = await ingestMessage(deps, CLINIC, event);
    expect(outcome.result).toBe('created');
    if (outcome.result !== 'created') return;
    const stored = deps.db.dump()[messagePath(outcome.messageId)]!;
    expect(stored.text).toBe('How much is full legs?');
    expect(stored.content).toEqual({ type: 'text' });
    expect(stored.processing).toMatchObject({ state: 'pending', attempts: 0 });
    expect((stored.processing as { dueAt: Date }).dueAt.getTime()).toBeGreaterThan(deps.now().getTime());

    const message = await deps.db.get(at.message(CLINIC, outcome.messageId));
    expect(message!.content).toEqual({ type: 'text', text: 'How much is full legs?' });
    const conversation = await deps.db.get(at.conversation(CLINIC, outcome.conversationId));
    expect(conversation).toMatchObject({
      owner: 'ai',
      unread: 1,
      lastInboundAt: event.timestamp,
      contactName: 'Layla',
      recent: [{ author: 'customer', text: 'How much is full legs?', messageId: outcome.messageId }],
    });
    const contact = await deps.db.get(at.contact(CLINIC, ids.contact('whatsapp-meta', event.userId)));
    expect(contact).toMatchObject({
      name: 'Layla',
      identities: [`whatsapp-meta:${event.userId}`],
      channelNames: { 'whatsapp-meta': 'Layla' },
    });
  });

  it('changes nothing when the provider delivers the same message again', async () => {
    const event = whatsappText('hello');
    await ingestMessage(deps, CLINIC, event);
    const before = deps.db.dump();
    deps.advance(60_000);
    expect(await ingestMessage(deps, CLINIC, event)).toMatchObject({ result: 'duplicate' });
    expect(deps.db.dump()).toEqual(before);
  });

  it('stores a delivery of several messages together, in order, each once', async () => {
    const first = whatsappText('hi');
    const same = { userId: first.userId };
    const events = [first, whatsappText('do you do laser?', same), whatsappText('and prices?', same), first];
    const outcomes = await ingestMessages(deps, CLINIC, events);
    expect(outcomes.map((o) => o.result)).toEqual(['created', 'created', 'created', 'duplicate']);
    const conversation = await deps.db.get(
      at.conversation(CLINIC, ids.conversation('whatsapp-meta', CLINIC_PHONE_ID, first.userId)),
    );
    expect(conversation!.unread).toBe(3);
    expect(conversation!.recent.map((t) => t.text)).toEqual(['hi', 'do you do laser?', 'and prices?']);
  });

  it('keeps fields staff added to a conversation', async () => {
    const event = whatsappText('hi');
    const outcome = await ingestMessage(deps, CLINIC, event);
    if (outcome.result !== 'created') throw new Error('expected created');
    await deps.db.merge(at.conversation(CLINIC, outcome.conversationId), { labels: ['vip'] } as never);
    await ingestMessage(deps, CLINIC, whatsappText('again', { userId: event.userId }));
    expect(deps.db.dump()[`businesses/${CLINIC}/conversations/${outcome.conversationId}`]!.labels).toEqual(['vip']);
  });

  it('records a staff reply echoed from the phone app as a person taking over, never to be answered', async () => {
    const customer = whatsappText('hello');
    await ingestMessage(deps, CLINIC, customer);
    const echo = whatsappText('Hi, this is Sara from the clinic', { userId: customer.userId, echo: true });
    const outcome = await ingestMessage(deps, CLINIC, echo);
    if (outcome.result !== 'created') throw new Error('expected created');
    const stored = await deps.db.get(at.message(CLINIC, outcome.messageId));
    expect(stored).toMatchObject({ direction: 'out', author: 'staff', delivery: { status: 'sent' } });
    expect(stored!.processing).toBeUndefined();
    const conversation = await deps.db.get(at.conversation(CLINIC, outcome.conversationId));
    expect(conversation).toMatchObject({ owner: 'human', unread: 1 });
  });

  it('recognises an echo of our own send by its provider id', async () => {
    const customer = whatsappText('hello');
    const created = await ingestMessage(deps, CLINIC, customer);
    await deps.db.update(at.message(CLINIC, created.messageId), { providerMessageId: 'wamid.ours' });
    const echo = whatsappText('our reply', { userId: customer.userId, echo: true, providerMessageId: 'wamid.ours' });
    expect(await ingestMessage(deps, CLINIC, echo)).toEqual({ result: 'duplicate', messageId: created.messageId });
  });

  it('keeps a text too long for a document whole in the media store', async () => {
    const long = 'Q'.repeat(MAX_INLINE_TEXT * 3);
    const outcome = await ingestMessage(deps, CLINIC, whatsappText(long));
    const stored = deps.db.dump()[messagePath(outcome.messageId)]!;
    expect((stored.text as string).length).toBe(MAX_INLINE_TEXT);
    expect(stored.textOverflow).toMatchObject({ size: long.length });
    const whole = await deps.media.get((stored.textOverflow as { path: string }).path);
    expect(whole!.data.toString('utf8')).toBe(long);
    expect(documentSize(messagePath(outcome.messageId), stored)).toBeLessThan(MAX_DOCUMENT_BYTES / 4);
  });

  it('bounds every other text field of a message', async () => {
    const huge = 'x'.repeat(900_000);
    const outcome = await ingestMessage(
      deps,
      CLINIC,
      whatsappText('', {
        userName: huge,
        content: { type: 'location', latitude: 25.2, longitude: 55.3, name: huge, address: huge },
      }),
    );
    expect(outcome.result).toBe('created');
  });

  it.each(['../../businesses/other', 'a/b', '\uD800', '__name__', 'x'.repeat(2_000)])(
    'stores a customer whose id would be a bad path segment: %j',
    async (userId) => {
      const outcome = await ingestMessage(deps, CLINIC, whatsappText('hi', { userId, providerMessageId: userId }));
      expect(outcome.result).toBe('created');
    },
  );

  it('gives a new web chat contact the language its page asked for', async () => {
    const event = whatsappText('bonjour', { channel: 'webchat', accountId: 'glow-web', languageHint: 'fr' });
    await ingestMessage(deps, CLINIC, event);
    expect(await deps.db.get(at.contact(CLINIC, ids.contact('webchat', event.userId)))).toMatchObject({
      language: 'fr',
    });
  });

  it('throws a passing storage failure, so the provider retries', async () => {
    deps.db.failNext('commit', () => new StoreError('unavailable', 'outage'));
    await expect(ingestMessage(deps, CLINIC, whatsappText('hi'))).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('stores what it can when one message of a delivery can never be stored', async () => {
    // The delivery as a whole, then the first message alone, are refused for good.
    deps.db.failNext('commit', () => new StoreError('invalid-argument', 'refused'), { times: 2 });
    const [a, b] = [whatsappText('first'), whatsappText('second')];
    const outcomes = await ingestMessages(deps, CLINIC, [a, b]);
    expect(outcomes.map((o) => o.result)).toEqual(['failed', 'created']);
  });
});

describe('applyStatus', () => {
  async function sentMessage(providerMessageId: string) {
    const created = await ingestMessage(deps, CLINIC, whatsappText('hello'));
    await deps.db.update(at.message(CLINIC, created.messageId), {
      providerMessageId,
      delivery: { status: 'sent', at: deps.now() },
    });
    return created.messageId;
  }
  const status = (providerMessageId: string, value: 'sent' | 'delivered' | 'read', callbackData?: string) => ({
    kind: 'status' as const,
    channel: 'whatsapp-meta' as const,
    accountId: CLINIC_PHONE_ID,
    userId: '971500000000',
    providerMessageId,
    status: value,
    timestamp: deps.now(),
    callbackData,
  });

  it('moves statuses forward only', async () => {
    const id = await sentMessage('wamid.s1');
    expect(await applyStatus(deps, CLINIC, status('wamid.s1', 'read'))).toBe('applied');
    expect(await applyStatus(deps, CLINIC, status('wamid.s1', 'delivered'))).toBe('stale');
    expect((await deps.db.get(at.message(CLINIC, id)))!.delivery!.status).toBe('read');
  });

  it('parks a status that outruns its send', async () => {
    expect(await applyStatus(deps, CLINIC, status('wamid.early', 'delivered'))).toBe('parked');
    expect(await applyStatus(deps, CLINIC, status('wamid.early', 'sent'))).toBe('stale');
    const parked = await deps.db.get(at.parkedStatus(CLINIC, ids.parkedStatus('whatsapp-meta', 'wamid.early')));
    expect(parked).toMatchObject({ status: 'delivered' });
  });

  it('confirms an unanswered send when a status names our outbox item', async () => {
    const created = await ingestMessage(deps, CLINIC, whatsappText('hi'));
    await deps.db.set(at.outboxItem(CLINIC, 'out-1'), {
      messageId: created.messageId,
      author: 'ai',
      conversationId: 'c',
      channel: 'whatsapp-meta',
      accountId: CLINIC_PHONE_ID,
      userId: '1',
      text: 'reply',
      state: 'retry',
      attempts: 1,
      createdAt: deps.now(),
      unconfirmed: { since: deps.now(), attempt: 1 },
      nextAttemptAt: new Date(deps.now().getTime() + 60_000),
      dueAt: new Date(deps.now().getTime() + 60_000),
    });
    expect(await applyStatus(deps, CLINIC, status('wamid.late', 'sent', 'out-1'))).toBe('confirmed');
    expect(await deps.db.get(at.outboxItem(CLINIC, 'out-1'))).toMatchObject({
      state: 'sent',
      providerMessageId: 'wamid.late',
      unconfirmed: null,
      dueAt: null,
    });
    // Statuses then find the message by its provider id.
    expect(await applyStatus(deps, CLINIC, status('wamid.late', 'read', 'out-1'))).toBe('applied');
    // Callback data that is not one of our ids changes nothing.
    expect(await applyStatus(deps, CLINIC, status('wamid.other', 'sent', '../../x'))).toBe('parked');
  });
});
