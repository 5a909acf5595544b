/**
 * The common part of the local fake provider servers (fake-360dialog.ts,
 * fake-montymobile.ts, fake-qiscus.ts): a node:http server that records every
 * request, answers scripted failures first (`failNext`), and otherwise lets
 * the provider's `route` answer as the real API would. Unit tests start them
 * on a free port; emulator tests on the fixed port they configure.
 *
 * Network trouble is scripted too, as it happens between real machines:
 * `slowNext` handles a request at once (it "goes through") but answers only
 * after a delay, so a client's deadline can pass while the vendor still
 * delivers; `breakNext` drops the connection after reading the request, or
 * in the middle of the answer.
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
  /** Let this many requests through normally before this failure applies. Default 0. */
  after?: number;
}

/** Where a scripted connection break happens. */
export type BreakPoint = 'before-answer' | 'mid-answer';

/** Scripted network trouble for the next requests (see the header). */
export interface NetworkScript {
  /** Answer the next `count` requests only after `delayMs` (they are handled, and recorded, at once). */
  slowNext(count: number, delayMs: number): void;
  /** Drop the connection of the next `count` requests at `where` (the request is handled and recorded). */
  breakNext(count: number, where: BreakPoint): void;
}

/** What a route answers: JSON (or a string as is), or raw bytes. */
export type FakeAnswer =
  | { status: number; json: unknown; headers?: Record<string, string> }
  | { status: number; bytes: Buffer; contentType: string };

export interface FakeHttpServer extends NetworkScript {
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
  const trouble = networkTrouble();

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
      const failure = takeFailure(failures);
      const answer: FakeAnswer = failure
        ? { status: failure.status, json: failure.body ?? {}, headers: failure.headers }
        : route(recorded);
      trouble.deliver(res, () => write(res, answer));
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
      for (let i = 0; i < count; i += 1) failures.push({ ...failure });
    },
    slowNext: trouble.slowNext,
    breakNext: trouble.breakNext,
    reset() {
      requests.length = 0;
      failures.length = 0;
      trouble.reset();
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

/** The next scripted failure, counting down the `after` of the first one. */
export function takeFailure<F extends { after?: number | undefined }>(
  failures: F[],
  applies: (failure: F) => boolean = () => true,
): F | undefined {
  const index = failures.findIndex(applies);
  if (index < 0) return undefined;
  const failure = failures[index]!;
  if ((failure.after ?? 0) > 0) {
    failure.after = (failure.after ?? 0) - 1;
    return undefined;
  }
  return failures.splice(index, 1)[0];
}

/**
 * Scripted slowness and broken connections, shared by every fake server.
 * `deliver` runs a request's answer as scripted: now, later, or broken.
 */
export function networkTrouble(): NetworkScript & {
  deliver(res: ServerResponse, answer: () => void): void;
  reset(): void;
} {
  const plan: ({ kind: 'slow'; delayMs: number } | { kind: 'break'; where: BreakPoint })[] = [];
  const timers = new Set<NodeJS.Timeout>();
  return {
    slowNext(count, delayMs) {
      for (let i = 0; i < count; i += 1) plan.push({ kind: 'slow', delayMs });
    },
    breakNext(count, where) {
      for (let i = 0; i < count; i += 1) plan.push({ kind: 'break', where });
    },
    deliver(res, answer) {
      const step = plan.shift();
      if (!step) return answer();
      if (step.kind === 'slow') {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed && !res.socket?.destroyed) answer();
        }, step.delayMs);
        timers.add(timer);
        return;
      }
      if (step.where === 'before-answer') {
        res.socket?.destroy();
        return;
      }
      // Headers and a first piece of a long answer, then the connection drops.
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'content-length': '100000' });
      res.write('{"messages":[{"id":"', () => res.socket?.destroy());
    },
    reset() {
      plan.length = 0;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
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
