/**
 * A local fake of the Cloud Storage JSON API, just enough for
 * CloudStorageMediaStore driven by the real @google-cloud/storage client
 * (pointed at it with `apiEndpoint`): multipart uploads, object metadata, and
 * media downloads with the x-goog-hash header the client validates. The
 * Storage emulator cannot start offline, so this is how the contract suite
 * reaches the real client here.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CRC32C } from '@google-cloud/storage';

export interface FakeCloudStorage {
  readonly url: string;
  /** Every request, as `METHOD path` (for checking what the client did). */
  readonly requests: string[];
  /** The next `count` requests answer `status` with a JSON error. */
  failNext(count: number, status: number): void;
  close(): Promise<void>;
}

interface FakeObject {
  data: Buffer;
  resource: Record<string, unknown>;
}

const UPLOAD = /^\/upload\/storage\/v1\/b\/([^/]+)\/o$/;
const OBJECT = /^\/storage\/v1\/b\/([^/]+)\/o\/(.+)$/;

export async function startFakeCloudStorage(): Promise<FakeCloudStorage> {
  const objects = new Map<string, FakeObject>();
  const requests: string[] = [];
  const failures: number[] = [];
  let generation = 1;

  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      try {
        answer(req, res, body);
      } catch (err) {
        error(res, 500, `fake failed: ${String(err)}`);
      }
    });
  });

  function answer(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(`${req.method} ${url.pathname}`);
    const failure = failures.shift();
    if (failure !== undefined) return error(res, failure, 'scripted failure');

    const upload = UPLOAD.exec(url.pathname);
    if (req.method === 'POST' && upload && url.searchParams.get('uploadType') === 'multipart') {
      const name = url.searchParams.get('name');
      const parts = splitMultipart(body, req.headers['content-type'] ?? '');
      const metadata = parts[0] ? (JSON.parse(parts[0].body.toString('utf8')) as Record<string, unknown>) : {};
      const media = parts[1];
      if (!name || !media) return error(res, 400, 'bad upload');
      const resource = {
        ...metadata,
        kind: 'storage#object',
        bucket: upload[1],
        name,
        generation: String((generation += 1)),
        size: String(media.body.length),
        contentType: metadata.contentType ?? media.contentType,
        md5Hash: createHash('md5').update(media.body).digest('base64'),
        crc32c: crc32c(media.body),
      };
      objects.set(`${upload[1]}/${name}`, { data: media.body, resource });
      return json(res, 200, resource);
    }

    const object = OBJECT.exec(url.pathname);
    if (req.method === 'GET' && object) {
      const found = objects.get(`${object[1]}/${decodeURIComponent(object[2]!)}`);
      if (!found) return error(res, 404, `No such object: ${object[1]}/${decodeURIComponent(object[2]!)}`);
      if (url.searchParams.get('alt') !== 'media') return json(res, 200, found.resource);
      res.writeHead(200, {
        'content-type': String(found.resource.contentType),
        'content-length': String(found.data.length),
        'x-goog-hash': `crc32c=${String(found.resource.crc32c)},md5=${String(found.resource.md5Hash)}`,
        'x-goog-stored-content-encoding': 'identity',
      });
      res.end(found.data);
      return;
    }
    if (req.method === 'DELETE' && object) {
      const key = `${object[1]}/${decodeURIComponent(object[2]!)}`;
      if (!objects.delete(key)) return error(res, 404, `No such object: ${key}`);
      res.writeHead(204).end();
      return;
    }
    error(res, 400, `unsupported: ${req.method} ${url.pathname}`);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(count, status) {
      for (let i = 0; i < count; i += 1) failures.push(status);
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

function crc32c(data: Buffer): string {
  const checksum = new CRC32C();
  checksum.update(data);
  return checksum.toString();
}

function splitMultipart(body: Buffer, contentType: string): { contentType: string; body: Buffer }[] {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: { contentType: string; body: Buffer }[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length, next);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      // The part's body ends before the CRLF that precedes the next delimiter.
      const content = part.subarray(headerEnd + 4, part.length - 2);
      parts.push({ contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? '', body: Buffer.from(content) });
    }
    start = next;
  }
  return parts;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

function error(res: ServerResponse, status: number, message: string): void {
  json(res, status, { error: { code: status, message, errors: [{ message, reason: 'fake' }] } });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(Buffer.concat(chunks)));
  });
}
