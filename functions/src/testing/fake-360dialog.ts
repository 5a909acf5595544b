/**
 * A local fake of 360dialog's Messaging API (waba-v2) for unit and emulator
 * tests. Every request needs the D360-API-KEY header (else 401 with
 * 360dialog's `{ meta: { httpCode, developerMessage, success: false } }`).
 *
 * - POST /messages with a Cloud API body → 200 `{ messaging_product,
 *   contacts, messages: [{ id: 'wamid.…' }] }`; a malformed body → 400 with
 *   a Graph error 100, as the Cloud API answers through 360dialog.
 * - GET /{media-id} for media added with `addMedia` → `{ url, mime_type,
 *   sha256, file_size, id, messaging_product }`, the url on lookaside.fbsbx.com
 *   as Meta hands it out; unknown ids → 404 Graph error 100.
 * - GET /whatsapp_business/attachments/?mid={media-id}&… → the bytes.
 * - POST /v1/configs/webhook `{ url, headers? }` (the webhook setting
 *   `channels:register` makes) → 200 `{ url }`; kept in `webhook`; a URL
 *   that is not https → 400.
 *
 * Media added with `addMedia` survives `reset()`.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  fakeWamid,
  isCloudApiSendBody,
  startFakeHttpServer,
  type FakeAnswer,
  type FakeHttpServer,
  type FakeServerOptions,
  type RecordedRequest,
} from './fake-http.js';

export interface FakeMedia {
  data: Buffer;
  mimeType: string;
}

export interface Fake360dialog extends FakeHttpServer {
  /** Makes `id` retrievable through GET /{id} and the attachments download. */
  addMedia(id: string, media: FakeMedia): void;
  /** The last webhook setting made through POST /v1/configs/webhook. */
  readonly webhook: { url: string; headers?: Record<string, string> | undefined } | undefined;
}

const graphError = (status: number, code: number, message: string): FakeAnswer => ({
  status,
  json: { error: { message, type: 'OAuthException', code, fbtrace_id: `A${randomBytes(8).toString('hex')}` } },
});

export async function startFake360dialog(options: FakeServerOptions = {}): Promise<Fake360dialog> {
  const media = new Map<string, FakeMedia>();
  let webhook: Fake360dialog['webhook'];

  const route = (request: RecordedRequest): FakeAnswer => {
    if (!request.headers['d360-api-key']) {
      return {
        status: 401,
        json: { meta: { httpCode: 401, developerMessage: 'Invalid api_key or token expired', success: false } },
      };
    }
    if (request.method === 'POST' && request.path === '/messages') {
      if (!isCloudApiSendBody(request.body)) return graphError(400, 100, '(#100) Invalid parameter');
      const to = request.body.to;
      return {
        status: 200,
        json: {
          messaging_product: 'whatsapp',
          contacts: [{ input: to, wa_id: to.replace(/\D/g, '') }],
          messages: [{ id: fakeWamid() }],
        },
      };
    }
    if (request.method === 'POST' && request.path === '/v1/configs/webhook') {
      const body = (request.body ?? {}) as { url?: unknown; headers?: unknown };
      if (typeof body.url !== 'string' || !body.url.startsWith('https://')) {
        return {
          status: 400,
          json: { meta: { httpCode: 400, developerMessage: 'Invalid webhook url', success: false } },
        };
      }
      const headers = typeof body.headers === 'object' && body.headers !== null ? body.headers : undefined;
      webhook = { url: body.url, headers: headers as Record<string, string> | undefined };
      return { status: 200, json: { url: body.url } };
    }
    if (request.method === 'GET' && request.path === '/whatsapp_business/attachments/') {
      const found = media.get(request.query.mid ?? '');
      return found
        ? { status: 200, bytes: found.data, contentType: found.mimeType }
        : { status: 404, json: { error: 'media not found' } };
    }
    const mediaId = /^\/(\d+)$/.exec(request.path)?.[1];
    if (request.method === 'GET' && mediaId) {
      const found = media.get(mediaId);
      if (!found) return graphError(404, 100, 'Unsupported get request. Object does not exist');
      const ext = Math.floor(Date.now() / 1000) + 300;
      return {
        status: 200,
        json: {
          messaging_product: 'whatsapp',
          url: `https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=${mediaId}&ext=${ext}&hash=ATu${randomBytes(6).toString('hex')}`,
          mime_type: found.mimeType,
          sha256: createHash('sha256').update(found.data).digest('hex'),
          file_size: found.data.length,
          id: mediaId,
        },
      };
    }
    return graphError(400, 100, 'Unsupported request - method type or path not supported');
  };

  const server = await startFakeHttpServer(route, options);
  return {
    get url() {
      return server.url;
    },
    requests: server.requests,
    failNext: (count, failure) => server.failNext(count, failure),
    slowNext: (count, delayMs) => server.slowNext(count, delayMs),
    breakNext: (count, where) => server.breakNext(count, where),
    reset: () => server.reset(),
    close: () => server.close(),
    addMedia(id, item) {
      media.set(id, item);
    },
    get webhook() {
      return webhook;
    },
  };
}
