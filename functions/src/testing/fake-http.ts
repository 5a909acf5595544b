/**
 * The common part of the local fake provider servers (fake-360dialog.ts,
 * fake-montymobile.ts, fake-qiscus.ts): a node:http server that records every
 * request, answers scripted failures first (`failNext`), and otherwise lets
 * the provider's `route` answer as the real API would. Unit tests start them
 * on a free port; emulator tests on the fixed port they configure.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  /** The body parsed as JSON; the raw text when it is not JSON; undefined when empty. */
  body: unknown;
}

export interface ScriptedFailure {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What a route answers: JSON (or a string as is), or raw bytes. */
export type FakeAnswer =
  | { status: number; json: unknown; headers?: Record<string, string> }
  | { status: number; bytes: Buffer; contentType: string };

export interface FakeHttpServer {
  /** Base URL, e.g. http://127.0.0.1:53211 (use as SendContext.baseUrl). */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** The next `count` requests get `failure` instead of a normal answer. */
  failNext(count: number, failure: ScriptedFailure): void;
  /** Forgets recorded requests and scripted failures. */
  reset(): void;
  close(): Promise<void>;
}

export interface FakeServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
}

export async function startFakeHttpServer(
  route: (request: RecordedRequest) => FakeAnswer,
  options: FakeServerOptions = {},
): Promise<FakeHttpServer> {
  const requests: RecordedRequest[] = [];
  const failures: ScriptedFailure[] = [];

  const server = createServer((req, res) => {
    void readBody(req).then((text) => {
      const url = new URL(req.url ?? '/', 'http://fake.invalid');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: flattenHeaders(req),
        body: parseBody(text),
      };
      requests.push(recorded);
      const failure = failures.shift();
      if (failure) {
        write(res, { status: failure.status, json: failure.body ?? {}, headers: failure.headers });
        return;
      }
      write(res, route(recorded));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    requests,
    failNext(count, failure) {
      for (let i = 0; i < count; i += 1) failures.push(failure);
    },
    reset() {
      requests.length = 0;
      failures.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

function write(res: ServerResponse, answer: FakeAnswer): void {
  if ('bytes' in answer) {
    res.writeHead(answer.status, { 'content-type': answer.contentType, 'content-length': answer.bytes.length });
    res.end(answer.bytes);
    return;
  }
  const text = typeof answer.json === 'string' ? answer.json : JSON.stringify(answer.json);
  res.writeHead(answer.status, { 'content-type': 'application/json; charset=UTF-8', ...answer.headers });
  res.end(text);
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

export function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function flattenHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** A WhatsApp message id like the Cloud API's (`wamid.` + base64). */
export function fakeWamid(): string {
  const bytes = Buffer.alloc(24);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  return `wamid.${bytes.toString('base64')}`;
}

/** True for a Cloud API `/messages` body whose content object matches its type. */
export function isCloudApiSendBody(body: unknown): body is { to: string; type: string } {
  if (typeof body !== 'object' || body === null) return false;
  const record = body as Record<string, unknown>;
  const { to, type } = record;
  if (typeof to !== 'string' || to === '' || typeof type !== 'string') return false;
  const content = record[type];
  if (typeof content !== 'object' || content === null) return false;
  if (type === 'text') {
    const text = (content as Record<string, unknown>).body;
    return typeof text === 'string' && text.length > 0 && Array.from(text).length <= 4096;
  }
  return true;
}
