/**
 * A `fetch` on the vendor transport (transport.ts), for SDKs that take a
 * fetch of their own (grammY's `Api`, and Stripe's or Google's clients
 * later). It speaks just enough of the Fetch API for them: a URL, method,
 * headers, a body (text, bytes, form parameters or a stream) and an abort
 * signal; the answer is a standard `Response`. Its one addition: a failure
 * rejects with a TransportError, so the caller can tell a request that never
 * left from one that may have been carried out.
 */
import type { IncomingMessage } from 'node:http';
import { bodyFailure, exchange, TransportError, type HttpMethod } from './transport.js';

const METHODS: readonly HttpMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

export function transportFetch(timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request ? request.url : String(input));
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase() as HttpMethod;
    if (!METHODS.includes(method)) throw new TypeError(`unsupported method ${method}`);
    const headers: Record<string, string> = {};
    new Headers(init?.headers ?? request?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const body = await bodyBytes(init?.body ?? (request ? await request.arrayBuffer() : undefined), headers);
    const signal = init?.signal ?? request?.signal ?? undefined;
    const answer = await exchange({ method, url, headers, body, timeoutMs, signal });
    const empty = method === 'HEAD' || answer.status === 204 || answer.status === 304;
    if (empty) answer.body.resume();
    return new Response(empty ? null : webStream(answer.body), { status: answer.status, headers: answer.headers });
  };
}

/** The answer's body as a web stream whose failure is a TransportError (the vendor had the request). */
function webStream(body: IncomingMessage): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      body.on('data', (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
      body.once('end', () => controller.close());
      body.once('error', (err) => controller.error(bodyFailure(err)));
    },
    cancel() {
      body.destroy();
    },
  });
}

type Body = RequestInit['body'] | ArrayBuffer;

async function bodyBytes(body: Body, headers: Record<string, string>): Promise<Buffer | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof URLSearchParams) {
    headers['content-type'] ??= 'application/x-www-form-urlencoded;charset=UTF-8';
    return Buffer.from(body.toString(), 'utf8');
  }
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof Blob) return Buffer.from(await body.arrayBuffer());
  if (isAsyncIterable(body)) {
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  throw new TransportError('unsupported request body', false, false, undefined);
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array | string> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
