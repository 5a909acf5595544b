/**
 * The plumbing of the LLM vendor fakes (fake-anthropic.ts, fake-openai.ts):
 * a node:http server whose routes may answer late (a slow model) and read
 * raw bytes (multipart audio uploads). A request whose client gave up
 * (an aborted call) is recorded and never answered.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { flattenHeaders } from './fake-http.js';

export interface VendorRequest {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  raw: Buffer;
  /** The body parsed as JSON when it is JSON; undefined otherwise. */
  json: unknown;
}

export interface VendorAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string> | undefined;
  /** Answer this many milliseconds late. */
  delayMs?: number | undefined;
}

export interface VendorServer {
  readonly url: string;
  /** Every request received, answered or not. */
  readonly requests: VendorRequest[];
  close(): Promise<void>;
}

function readRaw(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(Buffer.concat(chunks)));
  });
}

function write(res: ServerResponse, answer: VendorAnswer): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
  res.end(JSON.stringify(answer.body));
}

export async function startVendorServer(
  route: (request: VendorRequest) => VendorAnswer,
  options: { port?: number | undefined; host?: string | undefined } = {},
): Promise<VendorServer> {
  const requests: VendorRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    void readRaw(req).then((raw) => {
      let json: unknown;
      if (/json/.test(req.headers['content-type'] ?? '')) {
        try {
          json = JSON.parse(raw.toString('utf8'));
        } catch {
          json = undefined;
        }
      }
      const request: VendorRequest = {
        method: req.method ?? 'GET',
        path: new URL(req.url ?? '/', 'http://fake.invalid').pathname,
        headers: flattenHeaders(req),
        raw,
        json,
      };
      requests.push(request);
      let answer: VendorAnswer;
      try {
        answer = route(request);
      } catch (err) {
        answer = { status: 500, body: { error: `fake server bug: ${String(err)}` } };
      }
      if (!answer.delayMs) {
        write(res, answer);
        return;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        write(res, answer);
      }, answer.delayMs);
      timers.add(timer);
      res.on('close', () => {
        clearTimeout(timer);
        timers.delete(timer);
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    requests,
    close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

/** Roughly how many tokens a text is (the vendors' tokenizers average about four characters a token). */
export function approxTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
