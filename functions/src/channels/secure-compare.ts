/**
 * Constant-time comparison for secrets, signatures and tokens, shared by every
 * channel adapter.
 *
 * `crypto.timingSafeEqual` throws when the lengths differ, and checking the
 * lengths first leaks them. So both sides are first reduced to an HMAC under a
 * key random to this process: the digests always have the same length, and
 * comparing them reveals nothing about the inputs.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const comparisonKey = randomBytes(32);

function digest(value: string | Buffer): Buffer {
  return createHmac('sha256', comparisonKey).update(value).digest();
}

/** True when `a` and `b` hold the same bytes (strings as UTF-8), in time independent of where they differ. */
export function secureEqual(a: string | Buffer, b: string | Buffer): boolean {
  return timingSafeEqual(digest(a), digest(b));
}
