/**
 * The webhook handler with a real adapter (WhatsApp Cloud API) on the
 * in-memory store: what is stored, what is refused, and what a storage
 * failure turns into.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { whatsappMeta } from '../channels/whatsapp/meta.js';
import { StoreError } from '../errors.js';
import { at } from '../store/collections.js';
import { CLINIC, CLINIC_PHONE_ID, type MemoryDeps, memoryDeps, seedDemo } from '../testing/memory-deps.js';
import {
  TEST_META_APP_SECRET,
  signedMetaRequest,
  unsignedMetaRequest,
  whatsappTextMessage,
  whatsappWebhookBody,
} from '../testing/meta.js';
import { MAX_WEBHOOK_BYTES, handleWebhook } from './webhook.js';

let deps: MemoryDeps;
beforeEach(async () => {
  deps = memoryDeps();
  await seedDemo(deps);
});

const route = { adapter: whatsappMeta, provider: 'meta' };
const secrets = { metaAppSecret: TEST_META_APP_SECRET, metaVerifyToken: 'token' };
let n = 0;

function textMessage(text: string, overrides: { from?: string; id?: string } = {}) {
  n += 1;
  return whatsappTextMessage({
    from: overrides.from ?? `97150${1_000_000 + n}`,
    id: overrides.id ?? `wamid.unit-${n}`,
    text,
    at: deps.now(),
  });
}

const body = (messages: unknown[], phoneNumberId = CLINIC_PHONE_ID, statuses: unknown[] = []) =>
  whatsappWebhookBody({ phoneNumberId, messages, statuses, name: 'Layla' });

const post = (raw: string) => handleWebhook(deps, route, signedMetaRequest(raw), secrets);
const paths = (part: string) => Object.keys(deps.db.dump()).filter((p) => p.includes(part));

describe('webhook handler', () => {
  it('stores a signed delivery and acknowledges it', async () => {
    const res = await post(body([textMessage('hi'), textMessage('and prices?')]));
    expect(res).toMatchObject({ status: 200, body: { received: true, messages: 2, duplicates: 0 } });
    expect(paths('/messages/')).toHaveLength(2);
  });

  it('a redelivery is acknowledged and changes nothing', async () => {
    const raw = body([textMessage('hi')]);
    await post(raw);
    const before = deps.db.dump();
    expect((await post(raw)).body).toMatchObject({ messages: 0, duplicates: 1 });
    expect(deps.db.dump()).toEqual(before);
  });

  it('refuses a bad signature and writes nothing', async () => {
    const before = deps.db.dump();
    const res = await handleWebhook(deps, route, unsignedMetaRequest(body([textMessage('hi')])), secrets);
    expect(res.status).toBe(401);
    expect(deps.db.dump()).toEqual(before);
    const forged = signedMetaRequest(body([textMessage('hi')]), { secret: 'not-the-secret' });
    expect((await handleWebhook(deps, route, forged, secrets)).status).toBe(401);
  });

  it('keeps an authentic body that is not the provider format as a dead letter, and acknowledges it', async () => {
    const res = await post('{"object":"whatsapp_business_account","entry":[');
    expect(res.status).toBe(200);
    const [letter] = await deps.db.query(at.unroutedDeadLetters());
    expect(letter!.data).toMatchObject({ source: 'whatsapp-meta', reason: expect.stringMatching(/JSON/) });
  });

  it('keeps an event for an unknown account as a dead letter', async () => {
    const res = await post(body([textMessage('anyone?')], '999'));
    expect(res.body).toMatchObject({ deadLetters: 1 });
    const [letter] = await deps.db.query(at.unroutedDeadLetters());
    expect(letter!.data.reason).toMatch(/unknown account 999/);
  });

  it('refuses a body over the limit before reading it', async () => {
    const res = await post(`{"pad":"${'x'.repeat(MAX_WEBHOOK_BYTES)}"}`);
    expect(res.status).toBe(413);
  });

  it('answers 503 for a passing storage failure, so the provider retries, and stores it then', async () => {
    const raw = body([textMessage('hi')]);
    deps.db.failNext('commit', () => new StoreError('unavailable', 'outage'));
    const res = await post(raw);
    expect(res.status).toBe(503);
    expect(res.headers).toMatchObject({ 'retry-after': expect.any(String) });
    expect(paths('/messages/')).toEqual([]);
    expect((await post(raw)).body).toMatchObject({ messages: 1 });
  });

  it('turns a message that can never be stored into a dead letter with the reason, and acknowledges', async () => {
    deps.db.failNext('commit', () => new StoreError('invalid-argument', 'refused by the database'), { times: 2 });
    const res = await post(body([textMessage('cannot be stored'), textMessage('fine')]));
    expect(res).toMatchObject({ status: 200, body: { messages: 1, deadLetters: 1 } });
    const [letter] = await deps.db.query(at.deadLetters(CLINIC));
    expect(letter!.data.reason).toMatch(/cannot be stored: store invalid-argument: refused by the database/);
    expect(letter!.data.payload).toContain('cannot be stored');
  });

  it('never answers 500 to hostile but signed input', async () => {
    const hostile = [
      body([textMessage('x'.repeat(200_000))]),
      body([textMessage('hi', { from: '../../businesses/x' })]),
      body([textMessage('hi', { id: '\uD800/..' })]),
      body([textMessage('hi')], 'a/b/../c'),
      body([{ ...textMessage('hi'), text: { body: 12 } }]),
      body([{ ...textMessage('hi'), type: 'bogus' }]),
      '[]',
      'null',
      '',
    ];
    for (const raw of hostile) {
      const res = await post(raw);
      expect([200, 400], raw.slice(0, 60)).toContain(res.status);
    }
  });

  it('records statuses, and parks those that come before their send', async () => {
    const statuses = [{ id: 'wamid.ours', status: 'delivered', timestamp: '1764583200', recipient_id: '971500000000' }];
    const res = await post(body([], CLINIC_PHONE_ID, statuses));
    expect(res.body).toMatchObject({ statuses: 1 });
    expect(paths('/parkedStatuses/')).toHaveLength(1);
  });
});
