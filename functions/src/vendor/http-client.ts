/**
 * The one HTTP client for vendor APIs: messaging providers today, and the
 * calendar, booking, CRM, webhook and payment vendors of the next issues.
 *
 * A call is one JSON request or one capped download, with a deadline; every
 * failure is a ProviderError that says truthfully whether a retry can help
 * (`retryable`) and whether the vendor may have acted on the request anyway
 * (`ambiguous`, from transport.ts). A vendor's error body is read by the
 * call's `explain` hook; what the vendor says is appended for staff, bounded,
 * with the call's credentials scrubbed. Answers are read up to a size limit,
 * so a misbehaving vendor cannot fill the function's memory.
 *
 * To use it for a new vendor: describe the call (`VendorCall`: who, where,
 * credentials to scrub, an `explain` for its error envelope) and call
 * `json` or `download`; an SDK that takes a `fetch` gets `client.fetch`.
 * Tests point `url` at a local fake server (testing/fake-*.ts), never a mock.
 */
import { ProviderError } from '../errors.js';
import { transportFetch } from './fetch.js';
import { parseJson, statusFailure, tooLarge, transportFailure, type VendorIdentity } from './failure.js';
import { bodyFailure, exchange, TransportError, type HttpMethod, type TransportResponse } from './transport.js';

export type { ErrorExplanation, Explain, VendorIdentity } from './failure.js';
export type { HttpMethod } from './transport.js';

/** Default deadline of a JSON call (a send, a lookup). */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Default deadline of a download (media of up to 25 MB). */
export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 30_000;
/** The largest JSON answer read; vendors answer a send in a few hundred bytes. */
export const MAX_JSON_BYTES = 2 * 1024 * 1024;
/** The default cap for downloads (WhatsApp documents reach 100 MB; everything else is ≤ 25 MB). */
export const DEFAULT_MAX_DOWNLOAD_BYTES = 25 * 1024 * 1024;

export interface VendorCall extends VendorIdentity {
  url: string;
  /** Default: POST with a body, GET without. */
  method?: HttpMethod;
  headers?: Record<string, string>;
  /** Sent as JSON (content-type application/json). */
  json?: unknown;
  /** Sent as is, e.g. a form (`application/x-www-form-urlencoded`) or a signed payload. */
  body?: { data: string | Buffer; contentType: string };
  /** Deadline of this call; default the client's. */
  timeoutMs?: number;
  /** Largest answer accepted (downloads); default DEFAULT_MAX_DOWNLOAD_BYTES. */
  maxBytes?: number;
}

export interface Downloaded {
  data: Buffer;
  /** The answer's Content-Type, as sent. */
  contentType: string | undefined;
}

export interface HttpClient {
  /** The JSON of a 2xx answer (undefined when empty or not JSON); ProviderError otherwise. */
  json(call: VendorCall): Promise<unknown>;
  /** The bytes of a 2xx answer, refused above `maxBytes` (declared or actual); ProviderError otherwise. */
  download(call: VendorCall): Promise<Downloaded>;
  /**
   * A `fetch` on the same transport, for SDKs that take one (grammY): a
   * failure rejects with a TransportError that says whether the request was
   * sent (SDKs keep it as the cause of their own error: see `transportErrorIn`).
   */
  readonly fetch: typeof fetch;
}

export interface HttpClientOptions {
  /** Deadline of JSON calls. Default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Deadline of downloads. Default DEFAULT_DOWNLOAD_TIMEOUT_MS. */
  downloadTimeoutMs?: number;
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const downloadTimeoutMs = options.downloadTimeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS;

  return {
    async json(call) {
      const deadline = call.timeoutMs ?? timeoutMs;
      const { method, response } = await open(call, deadline);
      const text = await readText(call, response, { method, deadline });
      const json = text === '' ? undefined : parseJson(text);
      if (response.status >= 200 && response.status < 300) return json;
      throw statusFailure(call, response.status, json, response.headers.get('retry-after'));
    },

    async download(call) {
      const deadline = call.timeoutMs ?? downloadTimeoutMs;
      const maxBytes = call.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
      const { method, response } = await open(call, deadline);
      if (response.status < 200 || response.status >= 300) {
        const text = await readText(call, response, { method, deadline }).catch(() => '');
        throw statusFailure(call, response.status, parseJson(text), response.headers.get('retry-after'));
      }
      const declared = Number(response.headers.get('content-length') ?? Number.NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        response.body.destroy();
        throw tooLarge(call.provider, declared, maxBytes);
      }
      const data = await readCapped(response, maxBytes).catch((err: unknown) => {
        if (err instanceof ProviderError) throw err;
        throw transportFailure(call, bodyFailure(err), { method, timeoutMs: deadline, answered: true });
      });
      if (!Buffer.isBuffer(data)) throw tooLarge(call.provider, data.tooLarge, maxBytes, 'at least ');
      return { data, contentType: response.headers.get('content-type') ?? undefined };
    },

    fetch: transportFetch(timeoutMs),
  };
}

/** The TransportError behind an SDK's error (grammY's HttpError keeps it as `error`), if there is one. */
export function transportErrorIn(err: unknown): TransportError | undefined {
  for (let cause: unknown = err, depth = 0; cause && depth < 4; depth += 1) {
    if (cause instanceof TransportError) return cause;
    if (typeof cause !== 'object') return undefined;
    cause = 'error' in cause && cause.error ? cause.error : 'cause' in cause ? cause.cause : undefined;
  }
  return undefined;
}

async function open(call: VendorCall, deadline: number): Promise<{ method: HttpMethod; response: TransportResponse }> {
  const body =
    call.json !== undefined
      ? { data: Buffer.from(JSON.stringify(call.json), 'utf8'), contentType: 'application/json' }
      : call.body && { data: Buffer.from(call.body.data), contentType: call.body.contentType };
  const method = call.method ?? (body ? 'POST' : 'GET');
  let url: URL;
  try {
    url = new URL(call.url);
  } catch {
    throw new ProviderError(call.provider, `the URL of ${call.service} is not a URL`, false);
  }
  const headers: Record<string, string> = { ...call.headers };
  if (body) headers['content-type'] = body.contentType;
  // One length up front (no chunked encoding): what every API expects, an empty POST included.
  if (body || (method !== 'GET' && method !== 'HEAD')) headers['content-length'] = String(body?.data.length ?? 0);
  try {
    return { method, response: await exchange({ method, url, headers, body: body?.data, timeoutMs: deadline }) };
  } catch (err) {
    if (!(err instanceof TransportError)) throw err;
    throw transportFailure(call, err, { method, timeoutMs: deadline });
  }
}

async function readText(
  call: VendorCall,
  response: TransportResponse,
  context: { method: HttpMethod; deadline: number },
): Promise<string> {
  let data: Buffer | { tooLarge: number };
  try {
    data = await readCapped(response, MAX_JSON_BYTES);
  } catch (err) {
    throw transportFailure(call, bodyFailure(err), {
      method: context.method,
      timeoutMs: context.deadline,
      answered: true,
    });
  }
  if (!Buffer.isBuffer(data)) {
    // The vendor answered (so it had the request), with far more than any API answer: nothing to read in it.
    throw new ProviderError(
      call.provider,
      `unexpected answer from ${call.service}: over ${MAX_JSON_BYTES} bytes`,
      false,
      {
        status: response.status,
      },
    );
  }
  return data.toString('utf8');
}

/** The body, or how much was read when it passed `maxBytes` (the rest is not read). */
async function readCapped(response: TransportResponse, maxBytes: number): Promise<Buffer | { tooLarge: number }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      response.body.destroy();
      return { tooLarge: total };
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}
