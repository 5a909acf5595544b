/**
 * Authenticity checks for every Meta webhook (WhatsApp Cloud API, Messenger,
 * Instagram): the same app secret signs them all and the same hub.challenge
 * handshake subscribes them.
 *
 * - POST: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, keyed
 *   with the app secret>`. Meta signs the bytes it sends (JSON with non-ASCII
 *   escaped as \uXXXX), so only the raw body verifies: never re-serialise.
 *   Meta's signature carries no timestamp, so there is no replay window to
 *   check; duplicates are handled by the provider message id downstream.
 * - GET: `?hub.mode=subscribe&hub.verify_token=<token typed into the App
 *   Dashboard>&hub.challenge=<value to echo back>`.
 */
import { createHmac } from 'node:crypto';
import { ConfigError, ValidationError, AuthenticationError } from '../../errors.js';
import type { RawRequest } from '../../http/raw-request.js';
import { secureEqual } from '../secure-compare.js';

export const META_SIGNATURE_HEADER = 'x-hub-signature-256';

const SIGNATURE_FORMAT = /^sha256=([0-9a-f]{64})$/i;
/** Meta sends an integer; anything outside this set is refused so nothing unexpected is echoed. */
const CHALLENGE_FORMAT = /^[A-Za-z0-9._~-]{1,512}$/;

/** An app secret that may sign a webhook, named for error messages (e.g. META_APP_SECRET). */
export interface SigningSecret {
  name: string;
  value: string | undefined;
}

/**
 * Throws unless `header` is Meta's signature of exactly `rawBody` under
 * `appSecret` — or under one of several secrets (Instagram-login webhooks are
 * signed with the Instagram app secret, Facebook-login ones with the Meta
 * app secret, and one path receives both).
 * ConfigError when none of the secrets is set (nothing can be verified);
 * AuthenticationError (401) naming the likely cause otherwise.
 */
export function verifyMetaSignature(
  rawBody: Buffer,
  header: string | undefined,
  appSecret: string | undefined | readonly SigningSecret[],
): void {
  const candidates: SigningSecret[] =
    typeof appSecret === 'string' || appSecret === undefined
      ? [{ name: 'META_APP_SECRET', value: appSecret }]
      : [...appSecret];
  const secrets = candidates.filter((c): c is { name: string; value: string } => !!c.value);
  const names = candidates.map((c) => c.name).join(' or ');
  if (secrets.length === 0) {
    throw new ConfigError(`${names} is not set, so Meta webhooks cannot be verified`);
  }
  if (header === undefined || header.trim() === '') {
    throw new AuthenticationError(
      'Missing X-Hub-Signature-256 header: the request was not sent by Meta, or a proxy stripped the header',
    );
  }
  const match = SIGNATURE_FORMAT.exec(header.trim());
  if (!match) {
    throw new AuthenticationError('Malformed X-Hub-Signature-256 header: expected "sha256=" followed by 64 hex digits');
  }
  const received = Buffer.from(match[1]!, 'hex');
  // Every candidate is compared (no early exit), so timing says nothing about which one matched.
  let matched = false;
  for (const secret of secrets) {
    const expected = createHmac('sha256', secret.value).update(rawBody).digest();
    matched = secureEqual(received, expected) || matched;
  }
  if (!matched) {
    throw new AuthenticationError(
      `X-Hub-Signature-256 does not match the body: is ${names} the app secret of the Meta app that sends these webhooks? ` +
        'The signature covers the raw bytes, so the body must not be re-serialised before verification.',
    );
  }
}

/**
 * Answers Meta's subscription handshake: returns the `hub.challenge` to echo
 * (as text/plain, status 200) when `hub.mode` is `subscribe` and the token
 * matches; undefined when the request carries no `hub.mode` (not a handshake).
 */
export function metaHandshake(request: RawRequest, verifyToken: string | undefined): string | undefined {
  const mode = request.query['hub.mode'];
  if (mode === undefined) return undefined;
  if (!verifyToken) {
    throw new ConfigError('META_VERIFY_TOKEN is not set, so the Meta webhook subscription cannot be confirmed');
  }
  if (mode !== 'subscribe') {
    throw new AuthenticationError(`Unsupported hub.mode "${mode.slice(0, 40)}": Meta only sends "subscribe"`, 403);
  }
  const token = request.query['hub.verify_token'];
  if (token === undefined || !secureEqual(token, verifyToken)) {
    throw new AuthenticationError(
      'hub.verify_token does not match: is META_VERIFY_TOKEN the Verify Token typed into the Meta App Dashboard?',
      403,
    );
  }
  const challenge = request.query['hub.challenge'];
  if (challenge === undefined || !CHALLENGE_FORMAT.test(challenge)) {
    throw new ValidationError('Missing or malformed hub.challenge in the Meta subscription request');
  }
  return challenge;
}
