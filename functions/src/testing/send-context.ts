/**
 * SendContexts for adapter tests: every vendor API at one local fake server,
 * and the vendor HTTP client with a deadline short enough for a test to see
 * it pass (the fakes' `slowNext` answers later than that).
 */
import type { ChannelCredentials, SendContext } from '../channels/channel.js';
import { VENDOR_APIS, type VendorApi } from '../vendor/apis.js';
import { createHttpClient, type HttpClient } from '../vendor/http-client.js';

/** The deadline of TEST_HTTP's calls. */
export const TEST_TIMEOUT_MS = 1_000;
export const TEST_HTTP: HttpClient = createHttpClient({
  timeoutMs: TEST_TIMEOUT_MS,
  downloadTimeoutMs: TEST_TIMEOUT_MS,
});

/** Base URL, every vendor API's URL and the HTTP client, all at `url`. */
export function at(url: string, http: HttpClient = TEST_HTTP): Omit<SendContext, 'credentials'> {
  const baseUrls = Object.fromEntries(Object.keys(VENDOR_APIS).map((api) => [api, url])) as Record<VendorApi, string>;
  return { baseUrl: url, baseUrls, http };
}

export function sendContextAt(credentials: ChannelCredentials, url: string, http?: HttpClient): SendContext {
  return { credentials, ...at(url, http) };
}
