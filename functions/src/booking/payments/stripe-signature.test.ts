/**
 * Stripe's webhook signature, as a table, and checked against the Stripe SDK
 * both ways: a header the SDK makes verifies here, a header made here passes
 * the SDK's own check. Then the webhook handler on fuzzed bodies: an
 * authentic body it cannot read is a 400, never a crash, and nothing is
 * stored for it.
 */
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { AuthenticationError, ConfigError } from '../../errors.js';
import { at } from '../../store/collections.js';
import { memoryBookingDeps } from '../../testing/booking-deps.js';
import { handleStripeWebhook } from './stripe-webhook.js';
import { signedStripeHeader, stripeSignature, verifyStripeSignature } from './stripe-signature.js';

const SECRET = 'whsec_test_secret_for_signatures';
const NOW = new Date('2026-12-01T10:00:00Z');
const T = Math.floor(NOW.getTime() / 1000);
const BODY = Buffer.from('{"id":"evt_1","object":"event"}');
const sig = (t = T, body: string | Buffer = BODY, secret = SECRET) => stripeSignature(body, secret, t);

describe('verifyStripeSignature', () => {
  const cases: [string, string | undefined, 'ok' | RegExp][] = [
    ['one v1', `t=${T},v1=${sig()}`, 'ok'],
    ['spaces after commas', `t=${T}, v1=${sig()}`, 'ok'],
    ['a rolled secret: one of two v1 matches', `t=${T},v1=${'0'.repeat(64)},v1=${sig()}`, 'ok'],
    ['v0 is ignored, v1 decides', `t=${T},v1=${sig()},v0=${'f'.repeat(64)}`, 'ok'],
    ['four minutes old', `t=${T - 240},v1=${sig(T - 240)}`, 'ok'],
    ['only a v0', `t=${T},v0=${sig()}`, /Malformed/],
    ['no timestamp', `v1=${sig()}`, /Malformed/],
    ['two timestamps', `t=${T},t=${T},v1=${sig()}`, /Malformed/],
    ['a timestamp that is not a number', `t=now,v1=${sig()}`, /Malformed/],
    ['a short signature', `t=${T},v1=abc`, /Malformed/],
    ['signed with another secret', `t=${T},v1=${sig(T, BODY, 'whsec_other')}`, /does not match/],
    ['the signature of another body', `t=${T},v1=${sig(T, '{}')}`, /does not match/],
    ['a timestamp changed after signing', `t=${T + 1},v1=${sig()}`, /does not match/],
    ['six minutes old: a replay', `t=${T - 360},v1=${sig(T - 360)}`, /tolerance/],
    ['six minutes ahead', `t=${T + 360},v1=${sig(T + 360)}`, /tolerance/],
    ['no header', undefined, /Missing Stripe-Signature/],
    ['an empty header', '  ', /Missing Stripe-Signature/],
  ];
  it.each(cases)('%s', (_name, header, expected) => {
    const run = () => verifyStripeSignature(BODY, header, SECRET, NOW);
    if (expected === 'ok') expect(run).not.toThrow();
    else {
      expect(run).toThrow(AuthenticationError);
      expect(run).toThrow(expected);
    }
  });

  it('without a configured secret nothing can be verified: a configuration error, not a 401', () => {
    expect(() => verifyStripeSignature(BODY, `t=${T},v1=${sig()}`, undefined, NOW)).toThrow(ConfigError);
  });

  it('agrees with the Stripe SDK both ways', () => {
    const stripe = new Stripe('sk_test_unused');
    const payload = JSON.stringify({ id: 'evt_sdk', object: 'event', type: 'checkout.session.completed' });
    const fromSdk = stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET, timestamp: T });
    expect(() => verifyStripeSignature(Buffer.from(payload), fromSdk, SECRET, NOW)).not.toThrow();
    const ours = signedStripeHeader(payload, SECRET, new Date());
    expect(stripe.webhooks.constructEvent(payload, ours, SECRET)).toMatchObject({ id: 'evt_sdk' });
  });
});

describe('the webhook on fuzzed bodies', () => {
  const deps = memoryBookingDeps({ start: NOW });
  const post = (body: Buffer) =>
    handleStripeWebhook(
      deps,
      { webhookSecret: SECRET },
      {
        method: 'POST',
        path: '/webhook/stripe',
        query: {},
        headers: { 'stripe-signature': signedStripeHeader(body, SECRET, NOW) },
        rawBody: body,
      },
    );

  const bodies = [
    '',
    'not json',
    '[]',
    'null',
    '{"id":"evt_1"}',
    '{"id":"not-an-event-id","object":"event","type":"checkout.session.completed","created":1,"livemode":false,"data":{"object":{}}}',
    '{"id":"evt_2","object":"event","type":"checkout.session.completed","created":"yesterday","livemode":false,"data":{"object":{}}}',
    '{"id":"evt_3","object":"event","type":"checkout.session.completed","created":1,"livemode":false,"data":"x"}',
    '\u0000\u0001\u0002',
    '{"id":"evt_4","object":"event","type":"' +
      'x'.repeat(500) +
      '","created":1,"livemode":false,"data":{"object":{}}}',
  ];

  it.each(bodies.map((b, i) => [i, b]))('authentic but unreadable body %i: 400, nothing stored', async (_i, body) => {
    const res = await post(Buffer.from(body));
    expect(res.status).toBe(400);
  });

  it('random bytes, signed: 400 or an ignored event, never a crash; only events we handle are stored', async () => {
    for (let i = 0; i < 200; i++) {
      const length = Math.floor(Math.random() * 300);
      const bytes = Buffer.from(Array.from({ length }, () => Math.floor(Math.random() * 256)));
      const res = await post(bytes);
      expect([200, 400]).toContain(res.status);
    }
    const other = Buffer.from(
      JSON.stringify({
        id: 'evt_other',
        object: 'event',
        type: 'customer.created',
        created: 1,
        livemode: false,
        data: { object: {} },
      }),
    );
    expect(await post(other)).toMatchObject({ status: 200, body: { handled: false } });
    expect(await deps.db.get(at.stripeEvent('evt_other'))).toBeUndefined();
    // A session without our metadata is stored (it is ours to acknowledge) and ignored, with the reason.
    const foreign = Buffer.from(
      JSON.stringify({
        id: 'evt_foreign',
        object: 'event',
        type: 'checkout.session.completed',
        created: 1,
        livemode: false,
        data: { object: { id: 'cs_1', object: 'checkout.session', payment_status: 'paid', metadata: {} } },
      }),
    );
    expect(await post(foreign)).toMatchObject({ status: 200, body: { result: 'ignored' } });
    expect(await deps.db.get(at.stripeEvent('evt_foreign'))).toMatchObject({
      state: 'ignored',
      reason: expect.stringContaining('metadata'),
    });
  });

  it('answers 405 to anything but POST and 413 to an oversized body', async () => {
    const get = await handleStripeWebhook(
      deps,
      { webhookSecret: SECRET },
      { method: 'GET', path: '/webhook/stripe', query: {}, headers: {}, rawBody: Buffer.alloc(0) },
    );
    expect(get.status).toBe(405);
    const big = await post(Buffer.alloc(600 * 1024, 'a'));
    expect(big.status).toBe(413);
  });
});
