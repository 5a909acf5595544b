import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../errors.js';
import { startFakeHttpServer, type FakeHttpServer } from '../testing/fake-http.js';
import {
  callProviderJson,
  downloadFromProvider,
  explainGraphError,
  explainOnPremiseErrors,
  pickMimeType,
  scrub,
  type ProviderCall,
} from './provider-http.js';
import { WHATSAPP_ERROR_RULES } from './whatsapp-cloud-outbound.js';

const SECRET = 'sk_live_provider_secret_123';

describe('provider-http', () => {
  let server: FakeHttpServer;
  const call = (path: string, extra: Partial<ProviderCall> = {}): ProviderCall => ({
    provider: 'whatsapp-test',
    service: 'the test API',
    url: `${server.url}${path}`,
    headers: { 'x-api-key': SECRET },
    fetch,
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
    expect(await callProviderJson(call('/send', { body: { hello: 'world' } }))).toEqual({
      ok: true,
      echo: { hello: 'world' },
    });
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      headers: { 'x-api-key': SECRET, 'content-type': 'application/json' },
    });
  });

  it('decides on the HTTP status when the body says nothing, and keeps Retry-After', async () => {
    server.failNext(1, { status: 429, body: '', headers: { 'retry-after': '12' } });
    expect(await failure(callProviderJson(call('/x')))).toMatchObject({
      retryable: true,
      status: 429,
      retryAfterMs: 12_000,
    });
    server.failNext(1, { status: 502, body: '<html>Bad gateway</html>' });
    expect(await failure(callProviderJson(call('/x')))).toMatchObject({ retryable: true, status: 502 });
    server.failNext(1, { status: 422, body: {} });
    expect(await failure(callProviderJson(call('/x')))).toMatchObject({ retryable: false, status: 422 });
    server.failNext(1, { status: 403, body: {} });
    expect((await failure(callProviderJson(call('/x')))).message).toContain('credentials rejected by the test API');
  });

  it('an explanation overrides the status, and its details are scrubbed and bounded', async () => {
    server.failNext(1, { status: 500, body: { why: `key ${SECRET} ${'x'.repeat(1000)}` } });
    const err = await failure(
      callProviderJson(
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

  it('a time-out and an unreachable host are retryable', async () => {
    const timingOut: typeof fetch = async () => {
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    };
    expect(await failure(callProviderJson(call('/x', { fetch: timingOut, timeoutMs: 2000 })))).toMatchObject({
      retryable: true,
      message: expect.stringContaining('within 2 s'),
    });
    expect(await failure(callProviderJson(call('/x', { url: 'http://127.0.0.1:9/x' })))).toMatchObject({
      retryable: true,
      message: expect.stringContaining('could not reach the test API'),
    });
  });

  it('downloads bytes, and refuses more than the cap', async () => {
    const { data, contentType } = await downloadFromProvider(call('/big'));
    expect(data).toHaveLength(2048);
    expect(contentType).toBe('image/png');
    expect(await failure(downloadFromProvider(call('/big'), 1000))).toMatchObject({
      retryable: false,
      message: expect.stringContaining('media too large'),
    });
    // A server that lies about (or omits) Content-Length is stopped while reading.
    const lying: typeof fetch = async () =>
      new Response(new ReadableStream({ start: (c) => (c.enqueue(new Uint8Array(4096)), c.close()) }), { status: 200 });
    expect(await failure(downloadFromProvider(call('/big', { fetch: lying }), 1000))).toMatchObject({
      message: expect.stringContaining('at least'),
    });
  });
});

describe('error bodies', () => {
  it('Graph envelope: channel rules, then the Graph-wide codes', () => {
    expect(
      explainGraphError({ error: { code: 131047, message: '(#131047) Re-engagement message' } }, WHATSAPP_ERROR_RULES),
    ).toMatchObject({
      code: '131047',
      retryable: false,
      details: 'Graph error 131047: (#131047) Re-engagement message',
    });
    expect(explainGraphError({ error: { code: 4, message: 'Too many calls' } })).toMatchObject({ retryable: true });
    expect(explainGraphError({ error: { message: 'Internal error' } })).toMatchObject({ retryable: undefined });
    expect(explainGraphError({ error: 'text' })).toBeUndefined();
  });

  it('On-Premises errors array', () => {
    expect(explainOnPremiseErrors({ errors: [{ code: 1013, title: 'User is not valid' }] })).toEqual({
      code: '1013',
      retryable: undefined,
      message: undefined,
      details: 'error 1013: User is not valid',
    });
    expect(explainOnPremiseErrors({ errors: [] })).toBeUndefined();
  });

  it('scrub and pickMimeType', () => {
    expect(scrub('a SECRETKEY b SECRETKEY', ['SECRETKEY', undefined, ''])).toBe('a [redacted] b [redacted]');
    expect(pickMimeType(undefined, 'application/octet-stream', 'audio/ogg')).toBe('audio/ogg');
    expect(pickMimeType(undefined, ' ')).toBe('application/octet-stream');
  });
});
