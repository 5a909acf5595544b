/**
 * A local fake of Meta's Graph API for the WhatsApp Cloud API, on node:http,
 * for unit and emulator tests. It records every request and answers as the
 * Cloud API does:
 *
 * - `POST /vXX.X/{phone-number-id}/messages` (send):
 *   200 { messaging_product: 'whatsapp', contacts: [{ input, wa_id }], messages: [{ id: 'wamid.…' }] }
 * - `GET /vXX.X/{media-id}` (retrieve media URL), for media registered with `addMedia`:
 *   200 { messaging_product: 'whatsapp', url, mime_type, sha256, file_size, id }
 *   where `url` points back at this server (`/media-download/{media-id}`);
 *   an unknown id gets Graph's 400 code 100 ("does not exist").
 * - `GET /media-download/{media-id}` (download media): the bytes, with the
 *   bearer token required as on Meta's media host; 404 for unknown media.
 *
 * and the Messenger Platform's send endpoint (Messenger, and Instagram with a
 * page token), `POST /vXX.X/{page-id | me}/messages` with a body
 * `{ recipient: { id }, message: { text | attachment, quick_replies? } }`:
 *
 *   200 { recipient_id, message_id: 'm_…' }
 *
 * with Graph error envelopes for a missing token (190) or a malformed body
 * (100), and any failure a test scripts with `failNext`. The same paths
 * serve Instagram's API (graph.instagram.com, Instagram login), and
 * `POST /vXX.X/{node}/subscribed_apps` answers `{ success: true }`.
 *
 * Every accepted WhatsApp send is kept in `sent` with the
 * `biz_opaque_callback_data` it carried, so a test can deliver the status
 * webhook Meta would send for it (`whatsappStatusWebhook` in testing/meta.ts).
 * `slowNext` makes the API accept a send at once but answer after a delay —
 * the send goes through while the client has given up — and `breakNext`
 * drops the connection (testing/fake-http.ts).
 */
import { flattenHeaders, networkTrouble, parseBody, readBody, takeFailure, type NetworkScript } from './fake-http.js';
import { graphError, isMessengerPlatformBody, isMessengerPlatformMessage, isSendBody } from './fake-graph-wire.js';

export { graphError } from './fake-graph-wire.js';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  /** The body parsed as JSON; the raw text when it is not JSON; undefined when empty. */
  body: unknown;
}

export interface ScriptedFailure {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Only requests to this path (exact, or matching the pattern) get the failure; default: the next request, whatever it is. */
  path?: string | RegExp;
  /** Let this many matching requests through normally first. Default 0. */
  after?: number;
}

/** A WhatsApp message the fake accepted (answered or not). */
export interface FakeSentMessage {
  phoneNumberId: string;
  to: string;
  wamid: string;
  /** The send's `biz_opaque_callback_data`, echoed by Meta in the message's status webhooks. */
  callbackData?: string | undefined;
  body: unknown;
}

export interface FakeMediaOptions {
  /** The `file_size` the media URL answer declares: defaults to the real size; null leaves it out. */
  fileSize?: number | null;
  /** Send the download without Content-Length (chunked), as a server that does not announce the size. */
  chunked?: boolean;
  /** Announce this Content-Length for the download instead of the real one (a server that says more than it sends). */
  declaredLength?: number;
}

export interface FakeGraphApi extends NetworkScript {
  /** Base URL, e.g. http://127.0.0.1:53211 (use as SendContext.baseUrl). */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** WhatsApp messages accepted, in order (also those whose answer was slowed or broken). */
  readonly sent: FakeSentMessage[];
  /** The next `count` requests (to `failure.path`, when given) get `failure` instead of a normal answer. */
  failNext(count: number, failure: ScriptedFailure): void;
  /** Registers media a customer "sent": served by the media URL and download endpoints under `id`. */
  addMedia(id: string, bytes: Buffer, mimeType: string, options?: FakeMediaOptions): void;
  /** The download URL the fake hands out for media `id`. */
  mediaDownloadUrl(id: string): string;
  /** A CDN-style URL for media `id` that needs no token (Messenger/Instagram attachment URLs). */
  cdnUrl(id: string): string;
  /** Forgets recorded requests, scripted failures and registered media. */
  reset(): void;
  close(): Promise<void>;
}

export interface FakeGraphApiOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
}

const SEND_PATH = /^\/v\d+\.\d+\/([^/]+)\/messages$/;
/** An account subscribing the app to its webhooks (a page, or `me` with an Instagram user token). */
const SUBSCRIBE_PATH = /^\/v\d+\.\d+\/([^/]+)\/subscribed_apps$/;
const MEDIA_PATH = /^\/v\d+\.\d+\/([^/]+)$/;
const DOWNLOAD_PATH = /^\/media-download\/([^/]+)$/;
/** Messenger and Instagram attachments: signed CDN URLs fetched without a token. */
const CDN_PATH = /^\/cdn\/([^/]+)$/;

interface StoredFakeMedia extends FakeMediaOptions {
  bytes: Buffer;
  mimeType: string;
}

export async function startFakeGraphApi(options: FakeGraphApiOptions = {}): Promise<FakeGraphApi> {
  const requests: RecordedRequest[] = [];
  const failures: ScriptedFailure[] = [];
  const sent: FakeSentMessage[] = [];
  const trouble = networkTrouble();
  const media = new Map<string, StoredFakeMedia>();
  let baseUrl = '';
  const downloadUrl = (id: string) => `${baseUrl}/media-download/${encodeURIComponent(id)}`;

  const server = createServer((req, res) => {
    void readBody(req).then((text) => {
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: (req.url ?? '/').split('?')[0] ?? '/',
        headers: flattenHeaders(req),
        body: parseBody(text),
      };
      requests.push(recorded);
      const failure = takeFailure(failures, (f) => appliesTo(f, recorded.path));
      const answered = failure
        ? () => reply(res, failure.status, failure.body ?? {}, failure.headers)
        : recorded.method === 'GET'
          ? () => answerGet(recorded, res, media, downloadUrl)
          : answer(recorded, res, sent);
      trouble.deliver(res, answered);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  baseUrl = `http://${host}:${address.port}`;

  return {
    url: baseUrl,
    requests,
    sent,
    failNext(count, failure) {
      for (let i = 0; i < count; i += 1) failures.push({ ...failure });
    },
    slowNext: trouble.slowNext,
    breakNext: trouble.breakNext,
    addMedia(id, bytes, mimeType, options = {}) {
      media.set(id, { ...options, bytes: Buffer.from(bytes), mimeType });
    },
    mediaDownloadUrl: downloadUrl,
    cdnUrl: (id) => `${baseUrl}/cdn/${encodeURIComponent(id)}`,
    reset() {
      requests.length = 0;
      failures.length = 0;
      sent.length = 0;
      trouble.reset();
      media.clear();
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

/** Handles a POST at once (a send goes through) and returns how to answer it. */
function answer(request: RecordedRequest, res: ServerResponse, sent: FakeSentMessage[]): () => void {
  if (request.method === 'POST' && SUBSCRIBE_PATH.test(request.path)) {
    const authorized = /^Bearer \S+$/.test(request.headers.authorization ?? '');
    return authorized
      ? () => reply(res, 200, { success: true })
      : () => reply(res, 401, graphError(190, 'Invalid OAuth access token - Cannot parse access token'));
  }
  const match = SEND_PATH.exec(request.path);
  if (request.method !== 'POST' || !match) {
    return () =>
      reply(
        res,
        400,
        graphError(100, 'Unsupported request - method type or path not supported', 'GraphMethodException'),
      );
  }
  const authorization = request.headers.authorization ?? '';
  if (!/^Bearer \S+$/.test(authorization)) {
    return () => reply(res, 401, graphError(190, 'Invalid OAuth access token - Cannot parse access token'));
  }
  const body = request.body;
  if (isMessengerPlatformBody(body)) {
    if (!isMessengerPlatformMessage(body.message)) {
      return () => reply(res, 400, graphError(100, '(#100) Invalid parameter', 'OAuthException'));
    }
    const mid = `m_${randomBytes(30).toString('base64url')}`;
    return () => reply(res, 200, { recipient_id: body.recipient.id, message_id: mid });
  }
  if (!isSendBody(body)) {
    return () => reply(res, 400, graphError(100, '(#100) Invalid parameter'));
  }
  const wamid = `wamid.${randomBytes(24).toString('base64')}`;
  const callbackData = (body as { biz_opaque_callback_data?: unknown }).biz_opaque_callback_data;
  sent.push({
    phoneNumberId: decodeURIComponent(match[1]!),
    to: body.to,
    wamid,
    callbackData: typeof callbackData === 'string' ? callbackData : undefined,
    body,
  });
  return () =>
    reply(res, 200, {
      messaging_product: 'whatsapp',
      contacts: [{ input: body.to, wa_id: body.to.replace(/\D/g, '') }],
      messages: [{ id: wamid }],
    });
}

function appliesTo(failure: ScriptedFailure, path: string): boolean {
  if (failure.path === undefined) return true;
  return typeof failure.path === 'string' ? failure.path === path : failure.path.test(path);
}

/** Retrieve media URL and download media, as Meta documents them. */
function answerGet(
  request: RecordedRequest,
  res: ServerResponse,
  media: ReadonlyMap<string, StoredFakeMedia>,
  downloadUrl: (id: string) => string,
): void {
  const authorized = /^Bearer \S+$/.test(request.headers.authorization ?? '');
  const cdn = CDN_PATH.exec(request.path);
  const download = DOWNLOAD_PATH.exec(request.path) ?? cdn;
  if (download) {
    if (!authorized && !cdn) {
      reply(res, 401, graphError(190, 'Invalid OAuth access token - Cannot parse access token'));
      return;
    }
    const item = media.get(decodeURIComponent(download[1]!));
    if (!item) {
      reply(res, 404, 'Not Found', { 'content-type': 'text/plain' });
      return;
    }
    if (item.chunked) {
      res.writeHead(200, { 'content-type': item.mimeType });
      res.write(item.bytes);
      res.end();
    } else if (item.declaredLength !== undefined) {
      res.writeHead(200, { 'content-type': item.mimeType, 'content-length': String(item.declaredLength) });
      res.write(item.bytes);
    } else {
      res.writeHead(200, { 'content-type': item.mimeType, 'content-length': String(item.bytes.length) });
      res.end(item.bytes);
    }
    return;
  }
  const lookup = MEDIA_PATH.exec(request.path);
  if (!lookup) {
    reply(res, 400, graphError(100, 'Unsupported request - method type or path not supported', 'GraphMethodException'));
    return;
  }
  if (!authorized) {
    reply(res, 401, graphError(190, 'Invalid OAuth access token - Cannot parse access token'));
    return;
  }
  const id = decodeURIComponent(lookup[1]!);
  const item = media.get(id);
  if (!item) {
    const message = `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`;
    reply(res, 400, { error: { ...graphError(100, message, 'GraphMethodException').error, error_subcode: 33 } });
    return;
  }
  reply(res, 200, {
    messaging_product: 'whatsapp',
    url: downloadUrl(id),
    mime_type: item.mimeType,
    sha256: createHash('sha256').update(item.bytes).digest('hex'),
    ...(item.fileSize === null ? {} : { file_size: item.fileSize ?? item.bytes.length }),
    id,
  });
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
  res.end(text);
}
