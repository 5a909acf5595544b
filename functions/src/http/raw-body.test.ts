/**
 * The guard against the framework's own body parser: body-parser (the one
 * Cloud Functions and the emulator run before any function) with the
 * `verify` hook they install, in a real HTTP server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hadUnparseableJson, installRawBodyGuard } from './raw-body.js';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
const bodyParser = createRequire(import.meta.url)('body-parser') as {
  json(options: { limit: string; verify(req: IncomingMessage, res: ServerResponse, buf: Buffer): void }): Middleware;
};

let url = '';
let close: () => void = () => undefined;

beforeAll(async () => {
  installRawBodyGuard();
  // As the Functions Framework and the emulator's runtime set it up.
  const json = bodyParser.json({
    limit: '32mb',
    verify: (req, _res, buf) => {
      (req as IncomingMessage & { rawBody: Buffer }).rawBody = buf;
    },
  });
  const server = createServer((req, res) => {
    json(req, res, (err) => {
      if (err) {
        res.statusCode = 400;
        res.end('framework: bad JSON');
        return;
      }
      const r = req as IncomingMessage & { rawBody?: Buffer; body?: unknown };
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          raw: r.rawBody?.toString('utf8') ?? null,
          body: r.body ?? null,
          unparseable: hadUnparseableJson(req),
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  close = () => void server.close();
});
afterAll(() => close());

async function post(body: string, contentType = 'application/json') {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: res.status, json: (await res.json()) as { raw: string; body: unknown; unparseable: boolean } };
}

describe('raw body guard', () => {
  it.each([
    '{"object":"whatsapp_business_account","entry":[',
    'null',
    '"just a string"',
    'not json at all',
    '{"a":1}{"b":2}',
    '',
  ])('lets an unparseable JSON body through to the handler, bytes intact: %j', async (body) => {
    const { status, json } = await post(body);
    expect(status).toBe(200);
    expect(json.raw ?? '').toBe(body);
    if (body.length > 0) expect(json.unparseable).toBe(true);
  });

  it('leaves a valid JSON body exactly as it was', async () => {
    const body = '{"object":"page","entry":[{"id":"1","messaging":[]}],"text":"مرحبا 👋"}';
    const { status, json } = await post(body, 'application/json; charset=utf-8');
    expect(status).toBe(200);
    expect(json.raw).toBe(body);
    expect(json.body).toEqual(JSON.parse(body));
    expect(json.unparseable).toBe(false);
  });

  it('is idempotent', () => {
    installRawBodyGuard();
    installRawBodyGuard();
  });
});
