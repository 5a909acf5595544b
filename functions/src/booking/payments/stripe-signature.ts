/**
 * Stripe's webhook signature (docs.stripe.com/webhooks#verify-manually):
 *
 *   Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>[,v1=…][,v0=…]
 *
 * The HMAC is over `${t}.${raw body}`, keyed with the endpoint's signing
 * secret (`whsec_…`, used as it is). Several v1 values appear while a secret
 * is being rolled; any one matching is enough; v0 (test mode's old scheme)
 * is ignored. The timestamp is checked against a tolerance (Stripe's
 * libraries default to five minutes) so a captured request cannot be
 * replayed later; the event id is deduplicated downstream.
 *
 * Checked on the raw bytes, in constant time, before anything is parsed.
 */
import { createHmac } from 'node:crypto';
import { secureEqual } from '../../channels/secure-compare.js';
import { ConfigError, AuthenticationError } from '../../errors.js';

export const STRIPE_SIGNATURE_HEADER = 'stripe-signature';
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function stripeSignature(payload: string | Buffer, secret: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(payload).digest('hex');
}

/** Throws unless `header` signs exactly `rawBody` with `secret` within the tolerance of `now`. */
export function verifyStripeSignature(
  rawBody: Buffer,
  header: string | undefined,
  secret: string | undefined,
  now: Date,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): void {
  if (!secret) throw new ConfigError('STRIPE_WEBHOOK_SECRET is not set, so Stripe webhooks cannot be verified');
  if (!header?.trim()) {
    throw new AuthenticationError(
      'Missing Stripe-Signature header: the request was not sent by Stripe, or a proxy stripped it',
    );
  }
  const parts = header.split(',').map((p) => p.trim().split('='));
  const timestamps = parts.filter(([k]) => k === 't').map(([, v]) => v ?? '');
  const signatures = parts.filter(([k, v]) => k === 'v1' && /^[0-9a-f]{64}$/i.test(v ?? '')).map(([, v]) => v!);
  const t = Number(timestamps[0]);
  if (timestamps.length !== 1 || !/^\d{1,12}$/.test(timestamps[0]!) || signatures.length === 0) {
    throw new AuthenticationError('Malformed Stripe-Signature header: expected "t=<timestamp>,v1=<hex signature>"');
  }
  const expected = Buffer.from(stripeSignature(rawBody, secret, t), 'hex');
  if (!signatures.some((s) => secureEqual(Buffer.from(s, 'hex'), expected))) {
    throw new AuthenticationError(
      'Stripe-Signature does not match the body: is STRIPE_WEBHOOK_SECRET the signing secret of this endpoint ' +
        '(the Connect endpoint, for events from connected accounts)? The signature covers the raw bytes.',
    );
  }
  const age = now.getTime() / 1000 - t;
  if (Math.abs(age) > toleranceSeconds) {
    throw new AuthenticationError(
      `Stripe-Signature timestamp is ${Math.round(age)} s from now (tolerance ${toleranceSeconds} s): a replayed request, or a clock that is off`,
    );
  }
}

/** A header as Stripe would send it, for tests and local sandboxes. */
export function signedStripeHeader(payload: string | Buffer, secret: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${stripeSignature(payload, secret, t)}`;
}
