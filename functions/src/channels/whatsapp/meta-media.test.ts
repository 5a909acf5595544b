import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ProviderError, ValidationError } from '../../errors.js';
import { graphError, startFakeGraphApi, type FakeGraphApi } from '../../testing/fake-graph-api.js';
import type { SendContext } from '../channel.js';
import { fetchGraphMedia, GRAPH_MEDIA_MAX_BYTES } from './meta-media.js';
import { at, TEST_TIMEOUT_MS } from '../../testing/send-context.js';

const TOKEN = 'EAAGm0PX4ZCpsBAmedia-test-token';
const MEDIA_ID = '1003383421387256';
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(4096), Buffer.from([0xff, 0xd9])]);

let api: FakeGraphApi;
const context = (overrides: Partial<SendContext> = {}): SendContext => ({
  credentials: { accessToken: TOKEN },
  ...at(api.url),
  ...overrides,
});
const failure = async (promise: Promise<unknown>) => {
  const err = await promise.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ProviderError);
  expect((err as Error).message).not.toContain(TOKEN);
  return err as ProviderError;
};

beforeAll(async () => {
  api = await startFakeGraphApi();
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => api.reset());

describe('fetchGraphMedia: retrieve the media url, then download it', () => {
  it('downloads the bytes with the bearer token on both requests', async () => {
    api.addMedia(MEDIA_ID, JPEG, 'image/jpeg');
    const media = await fetchGraphMedia({ providerMediaId: MEDIA_ID, mimeType: 'image/jpeg' }, context());
    expect(media.mimeType).toBe('image/jpeg');
    expect(Buffer.compare(media.data, JPEG)).toBe(0);
    expect(api.requests.map((r) => [r.method, r.path])).toEqual([
      ['GET', `/v21.0/${MEDIA_ID}`],
      ['GET', `/media-download/${MEDIA_ID}`],
    ]);
    for (const request of api.requests) expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('keeps a voice note type with its codec, and is binary safe', async () => {
    const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    api.addMedia('voice-1', every, 'audio/ogg; codecs=opus');
    const media = await fetchGraphMedia({ providerMediaId: 'voice-1' }, context());
    expect(media.mimeType).toBe('audio/ogg; codecs=opus');
    expect([...media.data]).toEqual([...every]);
  });

  it('takes the type from the download, then from the webhook, when Meta gives none', async () => {
    api.failNext(1, { status: 200, path: `/v21.0/${MEDIA_ID}`, body: { url: api.mediaDownloadUrl(MEDIA_ID) } });
    api.addMedia(MEDIA_ID, JPEG, 'image/png');
    expect((await fetchGraphMedia({ providerMediaId: MEDIA_ID }, context())).mimeType).toBe('image/png');

    api.failNext(1, { status: 200, path: `/v21.0/${MEDIA_ID}`, body: { url: api.mediaDownloadUrl(MEDIA_ID) } });
    api.addMedia(MEDIA_ID, JPEG, 'application/octet-stream');
    const media = await fetchGraphMedia({ providerMediaId: MEDIA_ID, mimeType: 'image/webp' }, context());
    expect(media.mimeType).toBe('image/webp');
  });

  it('downloads a url given in the webhook directly when there is no media id', async () => {
    api.addMedia('by-url', JPEG, 'image/jpeg');
    const media = await fetchGraphMedia({ url: api.mediaDownloadUrl('by-url') }, context());
    expect(media.data.length).toBe(JPEG.length);
    expect(api.requests.map((r) => r.path)).toEqual(['/media-download/by-url']);
  });

  it('a media id is sent path-encoded', async () => {
    await failure(fetchGraphMedia({ providerMediaId: '../12/messages?x=1' }, context()));
    expect(api.requests[0]?.path).toBe('/v21.0/..%2F12%2Fmessages%3Fx%3D1');
  });
});

describe('fetchGraphMedia: failures say whether a retry can help', () => {
  it('without a token it is a ConfigError and nothing is requested', async () => {
    api.addMedia(MEDIA_ID, JPEG, 'image/jpeg');
    const err = await fetchGraphMedia({ providerMediaId: MEDIA_ID }, context({ credentials: {} })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConfigError);
    expect(api.requests).toHaveLength(0);
  });

  it('a reference with neither id nor url is a ValidationError', async () => {
    const err = await fetchGraphMedia({ mimeType: 'image/jpeg' }, context()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
  });

  it('an unknown or expired media id (Graph code 100) is not retryable', async () => {
    const err = await failure(fetchGraphMedia({ providerMediaId: 'gone-for-good' }, context()));
    expect(err).toMatchObject({ retryable: false, status: 400, providerCode: '100' });
    expect(err.message).toContain('media not found');
  });

  it('a 404 on the media url or on the download is not retryable', async () => {
    api.addMedia(MEDIA_ID, JPEG, 'image/jpeg');
    api.failNext(1, { status: 404, path: `/v21.0/${MEDIA_ID}`, body: '' });
    expect(await failure(fetchGraphMedia({ providerMediaId: MEDIA_ID }, context()))).toMatchObject({
      retryable: false,
      status: 404,
    });
    api.failNext(1, { status: 404, path: /^\/media-download\//, body: 'Not Found' });
    const err = await failure(fetchGraphMedia({ providerMediaId: MEDIA_ID }, context()));
    expect(err).toMatchObject({ retryable: false, status: 404 });
    expect(err.message).toContain('expired or deleted');
  });

  it.each([
    ['the media url', `/v21.0/${MEDIA_ID}`, 500],
    ['the media url', `/v21.0/${MEDIA_ID}`, 429],
    ['the download', `/media-download/${MEDIA_ID}`, 503],
    ['the download', `/media-download/${MEDIA_ID}`, 429],
  ])('%s answering %i is retryable', async (_, path, status) => {
    api.addMedia(MEDIA_ID, JPEG, 'image/jpeg');
    api.failNext(1, { status, path, body: '<html>busy</html>' });
    expect(await failure(fetchGraphMedia({ providerMediaId: MEDIA_ID }, context()))).toMatchObject({
      retryable: true,
      status,
    });
  });

  it('Graph rate limits are retryable, a rejected token is not, and the token never shows', async () => {
    api.failNext(1, { status: 400, body: graphError(4, '(#4) Application request limit reached') });
    expect(await failure(fetchGraphMedia({ providerMediaId: MEDIA_ID }, context()))).toMatchObject({
      retryable: true,
      providerCode: '4',
    });
    api.failNext(1, { status: 401, body: graphError(190, `Error validating access token: ${TOKEN} has expired`) });
    const err = await failure(fetchGraphMedia({ providerMediaId: MEDIA_ID }, context()));
    expect(err).toMatchObject({ retryable: false, providerCode: '190' });
    expect(err.message).toContain('[redacted]');
  });

  it('an unreachable Graph API is retryable', async () => {
    const gone = await startFakeGraphApi();
    await gone.close();
    const err = await failure(fetchGraphMedia({ providerMediaId: MEDIA_ID }, context(at(gone.url))));
    expect(err.retryable).toBe(true);
  });

  it('a time-out is retryable, and a lookup (GET) that timed out is not ambiguous', async () => {
    api.addMedia(MEDIA_ID, Buffer.from('bytes'), 'image/jpeg');
    api.slowNext(1, TEST_TIMEOUT_MS + 500);
    const err = await failure(fetchGraphMedia({ providerMediaId: MEDIA_ID }, context()));
    expect(err).toMatchObject({ retryable: true, ambiguous: false, message: expect.stringContaining('within 1 s') });
  });

  it('an answer without a url is an unexpected answer, not retryable', async () => {
    api.failNext(1, { status: 200, body: { messaging_product: 'whatsapp', id: MEDIA_ID } });
    const err = await failure(fetchGraphMedia({ providerMediaId: MEDIA_ID }, context()));
    expect(err).toMatchObject({ retryable: false, message: expect.stringContaining('no media url') });
  });

  it.each(['file:///etc/passwd', 'http://lookaside.example/media?id=1', 'not a url'])(
    'refuses to send the token to %s',
    async (url) => {
      api.failNext(1, { status: 200, body: { url, mime_type: 'image/jpeg', id: MEDIA_ID } });
      const err = await failure(fetchGraphMedia({ providerMediaId: MEDIA_ID }, context()));
      expect(err.retryable).toBe(false);
      expect(api.requests).toHaveLength(1);
    },
  );
});

describe('fetchGraphMedia: size limits', () => {
  it('the default cap is 25 MB', () => {
    expect(GRAPH_MEDIA_MAX_BYTES).toBe(25 * 1024 * 1024);
  });

  it('refuses media whose declared size is over the cap without downloading it', async () => {
    api.addMedia(MEDIA_ID, JPEG, 'image/jpeg', { fileSize: GRAPH_MEDIA_MAX_BYTES + 1 });
    const err = await failure(fetchGraphMedia({ providerMediaId: MEDIA_ID }, context()));
    expect(err).toMatchObject({ retryable: false, message: expect.stringContaining('too large') });
    expect(api.requests).toHaveLength(1);
  });

  it('refuses a download whose Content-Length is over the cap', async () => {
    api.addMedia(MEDIA_ID, JPEG, 'image/jpeg', { fileSize: null });
    const err = await failure(fetchGraphMedia({ providerMediaId: MEDIA_ID }, context(), { maxBytes: 1000 }));
    expect(err).toMatchObject({ retryable: false, message: expect.stringContaining('too large') });
  });

  it('stops reading a download that passes the cap when no size was announced', async () => {
    api.addMedia(MEDIA_ID, randomBytes(200_000), 'video/mp4', { fileSize: null, chunked: true });
    const err = await failure(fetchGraphMedia({ providerMediaId: MEDIA_ID }, context(), { maxBytes: 50_000 }));
    expect(err).toMatchObject({ retryable: false, message: expect.stringContaining('too large: at least') });
  });

  it('accepts media exactly at the cap', async () => {
    api.addMedia(MEDIA_ID, JPEG, 'image/jpeg', { chunked: true });
    const media = await fetchGraphMedia({ providerMediaId: MEDIA_ID }, context(), { maxBytes: JPEG.length });
    expect(media.data.length).toBe(JPEG.length);
  });
});
