import { describe, expect, it } from 'vitest';
import { ConfigError, AuthenticationError } from '../errors.js';
import type { RawRequest } from '../http/raw-request.js';
import { hashBusinessKey, presentedBusinessKey, verifyBusinessKey } from './business-key.js';

const KEY = 'k_0123456789abcdefghijklmnop';
const request = (path: string, headers: Record<string, string> = {}): RawRequest => ({
  method: 'POST',
  path,
  query: {},
  headers,
  rawBody: Buffer.from('{}'),
});

describe('business webhook keys', () => {
  it.each([
    ['header', request('/webhook/whatsapp/360dialog', { 'x-frontdesk-key': KEY }), KEY],
    ['path segment', request(`/webhook/whatsapp/qiscus/${KEY}`), KEY],
    ['direct function path', request(`/qiscus/${KEY}`), KEY],
    ['nothing', request('/webhook/whatsapp/qiscus'), undefined],
    ['too short', request('/webhook/whatsapp/qiscus/short'), undefined],
    ['bad characters', request('/webhook/whatsapp/360dialog', { 'x-frontdesk-key': `${KEY}$` }), undefined],
  ])('finds the key in the %s', (_where, req, expected) => {
    const provider = req.path.includes('qiscus') ? 'qiscus' : '360dialog';
    expect(presentedBusinessKey(req, provider)).toBe(expected);
  });

  it('accepts the stored key and rejects others', () => {
    expect(() => verifyBusinessKey(request(`/webhook/whatsapp/qiscus/${KEY}`), 'qiscus', KEY)).not.toThrow();
    expect(() => verifyBusinessKey(request(`/webhook/whatsapp/qiscus/${KEY}x`), 'qiscus', KEY)).toThrow(
      AuthenticationError,
    );
    expect(() => verifyBusinessKey(request('/webhook/whatsapp/qiscus'), 'qiscus', KEY)).toThrow(/Missing webhook key/);
    expect(() => verifyBusinessKey(request(`/webhook/whatsapp/qiscus/${KEY}`), 'qiscus', undefined)).toThrow(
      ConfigError,
    );
  });

  it('hashes keys for lookup', () => {
    expect(hashBusinessKey(KEY)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashBusinessKey(KEY)).not.toBe(hashBusinessKey(`${KEY}x`));
  });
});
