/**
 * Webhook authentication for providers that sign nothing (360dialog,
 * MontyMobile, Qiscus): each business has a random key of ours, which the
 * provider sends in the `X-Frontdesk-Key` header — or, where a provider can
 * only be given a URL, as the last path segment
 * (`/webhook/whatsapp/qiscus/<key>`). Keys are stored hashed for lookup
 * (`webhookKeys/{sha256}`) and compared in constant time.
 */
import { createHash } from 'node:crypto';
import { ConfigError, AuthenticationError } from '../errors.js';
import { header, type RawRequest } from '../http/raw-request.js';
import { secureEqual } from './secure-compare.js';

export const BUSINESS_KEY_HEADER = 'x-frontdesk-key';
/** The header as people write it (register instructions, provider settings). */
export const BUSINESS_KEY_HEADER_NAME = 'X-Frontdesk-Key';
const KEY_SHAPE = /^[A-Za-z0-9_-]{24,128}$/;

/** The key a request presents, from the header or the last path segment after the provider. */
export function presentedBusinessKey(request: RawRequest, provider: string): string | undefined {
  const fromHeader = header(request, BUSINESS_KEY_HEADER)?.trim();
  if (fromHeader) return KEY_SHAPE.test(fromHeader) ? fromHeader : undefined;
  const segments = request.path.split('/').filter(Boolean);
  const i = segments.lastIndexOf(provider);
  const last = i >= 0 ? segments[i + 1] : undefined;
  return last && KEY_SHAPE.test(last) ? last : undefined;
}

export function hashBusinessKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** `verify` for 'business-key' channels: the presented key must equal the business's stored key. */
export function verifyBusinessKey(request: RawRequest, provider: string, stored: string | undefined): void {
  if (!stored) throw new ConfigError(`No webhook key is configured for this ${provider} business.`);
  const presented = presentedBusinessKey(request, provider);
  if (!presented) {
    throw new AuthenticationError(
      `Missing webhook key: configure ${provider} to send the business's key in the X-Frontdesk-Key header (or as the last path segment).`,
    );
  }
  if (!secureEqual(presented, stored)) throw new AuthenticationError(`Invalid webhook key for ${provider}.`);
}
