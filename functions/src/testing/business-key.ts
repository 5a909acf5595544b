/**
 * Webhook requests for 'business-key' channels (360dialog, MontyMobile,
 * Qiscus) in tests: the business's key in the X-Frontdesk-Key header, or as
 * the last path segment for providers that can only be given a URL.
 */
import type { RawRequest } from '../http/raw-request.js';

export const TEST_BUSINESS_KEY = 'fdk_test_4f9c2a7e81b3d6059e1c';
export const OTHER_BUSINESS_KEY = 'fdk_test_other_business_0000';

export interface BusinessKeyRequestOptions {
  /** The provider segment of the path: '360dialog', 'montymobile', 'qiscus'. */
  provider: string;
  /** Defaults to TEST_BUSINESS_KEY. */
  key?: string;
  /** Where the key travels. Default 'header'. */
  via?: 'header' | 'path';
  headers?: Record<string, string>;
}

/** A POST to /webhook/whatsapp/{provider}, carrying the business's key. */
export function businessKeyRequest(body: string | Buffer, options: BusinessKeyRequestOptions): RawRequest {
  const key = options.key ?? TEST_BUSINESS_KEY;
  const request = requestWithoutKey(body, options.provider, options.headers);
  if (options.via === 'path') return { ...request, path: `${request.path}/${key}` };
  request.headers['x-frontdesk-key'] = key;
  return request;
}

/** The same POST without any key. */
export function requestWithoutKey(
  body: string | Buffer,
  provider: string,
  headers: Record<string, string> = {},
): RawRequest {
  return {
    method: 'POST',
    path: `/webhook/whatsapp/${provider}`,
    query: {},
    headers: { 'content-type': 'application/json', ...lowerCased(headers) },
    rawBody: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
  };
}

function lowerCased(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
