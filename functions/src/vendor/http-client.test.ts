import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../errors.js';
import { startFakeHttpServer, type FakeHttpServer } from '../testing/fake-http.js';
import { parseRetryAfter, scrub, transportFailure } from './failure.js';
import { createHttpClient, transportErrorIn, type VendorCall } from './http-client.js';
import { TransportError } from './transport.js';

const SECRET = 'sk_live_provider_secret_123';
const TIMEOUT_MS = 1_000;
const LATE_MS = 1_500;

describe('the vendor HTTP client', () => {
  let server: FakeHttpServer;
  const http = createHttpClient({ timeoutMs: TIMEOUT_MS, downloadTimeoutMs: TIMEOUT_MS });
  const call = (path: string, extra: Partial<VendorCall> = {}): VendorCall => ({
    provider: 'whatsapp-test',
    service: 'the test API',
    url: `${server.url}${path}`,
    headers: { 'x-api-key': SECRET },
    secrets: [SECRET],
    ...extra,
  });
  const failure = async (promise: Promise<unknown>) => {
    const err = await promise.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    return err as ProviderError;
  };

  beforeAll(async () => {
    server = await startFakeHttpServer((request) =>
      request.path === '/big'
        ? { status: 200, bytes: Buffer.alloc(2048, 1), contentType: 'image/png' }
        : { status: 200, json: { ok: true, echo: request.body ?? null } },
    );
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => server.reset());

  it('posts JSON with the headers and returns the parsed answer', async () => {
    expect(await http.json(call('/send', { json: { hello: 'world' } }))).toEqual({
      ok: true,
      echo: { hello: 'world' },
    });
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      headers: { 'x-api-key': SECRET, 'content-type': 'application/json' },
    });
    expect(await http.json(call('/read'))).toEqual({ ok: true, echo: null });
    expect(server.requests[1]).toMatchObject({ method: 'GET' });
  });

  it('decides on the HTTP status when the body says nothing, and keeps Retry-After', async () => {
    server.failNext(1, { status: 429, body: '', headers: { 'retry-after': '12' } });
    expect(await failure(http.json(call('/x')))).toMatchObject({ retryable: true, status: 429, retryAfterMs: 12_000 });
    server.failNext(1, { status: 502, body: '<html>Bad gateway</html>' });
    expect(await failure(http.json(call('/x')))).toMatchObject({ retryable: true, status: 502, ambiguous: false });
    server.failNext(1, { status: 422, body: {} });
    expect(await failure(http.json(call('/x')))).toMatchObject({ retryable: false, status: 422 });
    server.failNext(1, { status: 403, body: {} });
    expect((await failure(http.json(call('/x')))).message).toContain('credentials rejected by the test API');
  });

  it('an explanation overrides the status, and its details are scrubbed and bounded', async () => {
    server.failNext(1, { status: 500, body: { why: `key ${SECRET} ${'x'.repeat(1000)}` } });
    const err = await failure(
      http.json(
        call('/x', {
          explain: (json) => ({
            retryable: false,
            code: 'E42',
            message: 'the test provider refused it',
            details: (json as { why: string }).why,
          }),
        }),
      ),
    );
    expect(err).toMatchObject({ retryable: false, providerCode: 'E42', status: 500 });
    expect(err.message).toMatch(/^whatsapp-test: the test provider refused it \[key \[redacted\] x+…\]$/);
    expect(err.message.length).toBeLessThan(500);
  });

  describe('whether the vendor may have carried out a request that got no answer', () => {
    it('refused: retryable, and certainly not received', async () => {
      const gone = await startFakeHttpServer(() => ({ status: 200, json: {} }));
      await gone.close();
      const err = await failure(http.json({ ...call('/x', { json: { send: 1 } }), url: `${gone.url}/x` }));
      expect(err).toMatchObject({ retryable: true, ambiguous: false });
      expect(err.message).toMatch(/could not reach the test API \(network error ECONNREFUSED\)$/);
    });

    it('no such host: retryable, and certainly not received', async () => {
      const err = await failure(http.json(call('/x', { url: 'http://frontdesk-no-such-host.invalid/x', json: {} })));
      expect(err).toMatchObject({ retryable: true, ambiguous: false });
    });

    it('an answer later than the deadline: the request went out, so a POST is ambiguous', async () => {
      server.slowNext(1, LATE_MS);
      const err = await failure(http.json(call('/send', { json: { text: 'hi' } })));
      expect(err).toMatchObject({ retryable: true, ambiguous: true });
      expect(err.message).toBe(
        'whatsapp-test: no answer from the test API within 1 s: the request had gone out, so it may have been carried out',
      );
      expect(server.requests).toHaveLength(1);
    });

    it('…and a GET is not: repeating it repeats nothing', async () => {
      server.slowNext(1, LATE_MS);
      expect(await failure(http.json(call('/read')))).toMatchObject({ retryable: true, ambiguous: false });
    });

    it('a connection dropped after the request, or in the middle of the answer, is ambiguous', async () => {
      server.breakNext(1, 'before-answer');
      expect(await failure(http.json(call('/send', { json: {} })))).toMatchObject({ retryable: true, ambiguous: true });
      server.breakNext(1, 'mid-answer');
      const midway = await failure(http.json(call('/send', { json: {} })));
      expect(midway).toMatchObject({ retryable: true, ambiguous: true });
      expect(midway.message).toContain('the answer from the test API broke off');
    });

    it('a deadline that passes before the request went out is not ambiguous', async () => {
      const aborted = await http
        .fetch(`${server.url}/send`, { method: 'POST', body: '{}', signal: AbortSignal.abort() })
        .catch((e: unknown) => e);
      expect(aborted).toMatchObject({ sent: false, timedOut: true });
      const err = transportFailure({ provider: 'whatsapp-test', service: 'the test API' }, aborted as TransportError, {
        method: 'POST',
        timeoutMs: TIMEOUT_MS,
      });
      expect(err).toMatchObject({ retryable: true, ambiguous: false });
      expect(err.message).toBe('whatsapp-test: could not reach the test API within 1 s');
      expect(server.requests).toHaveLength(0);
    });
  });

  it('downloads bytes, and refuses more than the cap, declared or streamed', async () => {
    const { data, contentType } = await http.download(call('/big'));
    expect(data).toHaveLength(2048);
    expect(contentType).toBe('image/png');
    expect(await failure(http.download(call('/big', { maxBytes: 1000 })))).toMatchObject({
      retryable: false,
      message: expect.stringContaining('media too large: 0.0 MB (the limit is 0.0 MB)'),
    });
  });

  it('the fetch it gives SDKs fails with a TransportError that says whether the request went out', async () => {
    const ok = await http.fetch(`${server.url}/send`, { method: 'POST', body: '{"a":1}', headers: { 'x-a': '1' } });
    expect(await ok.json()).toEqual({ ok: true, echo: { a: 1 } });
    server.slowNext(1, LATE_MS);
    const late = await http.fetch(`${server.url}/send`, { method: 'POST', body: '{}' }).catch((e: unknown) => e);
    expect(transportErrorIn({ error: late })).toMatchObject({ sent: true, timedOut: true });
    const gone = await startFakeHttpServer(() => ({ status: 200, json: {} }));
    await gone.close();
    const refused = await http.fetch(`${gone.url}/send`, { method: 'POST', body: '{}' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TransportError);
    expect(refused).toMatchObject({ sent: false, code: 'ECONNREFUSED' });
  });
});

describe('failure helpers', () => {
  it('scrub removes every credential, also percent-encoded', () => {
    expect(scrub('a SECRETKEY b SECRETKEY', ['SECRETKEY', undefined, ''])).toBe('a [redacted] b [redacted]');
    expect(scrub('/bot123%3AABC/getMe', ['123:ABC'])).toBe('/bot[redacted]/getMe');
  });

  it('Retry-After in seconds or as an HTTP date', () => {
    expect(parseRetryAfter('30')).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
