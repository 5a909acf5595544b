/**
 * The contract every ChannelAdapter keeps, as one shared Vitest suite. An
 * adapter's test file runs it in a few lines:
 *
 *   runChannelContract({ adapter: whatsappMeta, secrets, wrongSecrets, signedRequest, unsignedRequest,
 *                        fixtures, send: { startServer: startFakeGraphApi, … } });
 *
 * and adds only what is specific to its provider (exact field mapping,
 * handshakes, error codes).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, ProviderError, ValidationError, WebhookAuthError } from '../errors.js';
import type { RawRequest } from '../http/raw-request.js';
import type { ChannelAdapter, ChannelCredentials, ParseContext, WebhookSecrets } from './channel.js';
import type { OutboundMessage, ParsedDelivery } from '../domain/message.js';

export interface ContractFixture {
  name: string;
  /** The body exactly as the provider sends it. */
  body: string;
  expect: { messages: number; statuses: number; unprocessable: number };
}

export interface RecordedProviderRequest {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  body: unknown;
}

export interface ScriptedProviderFailure {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A local fake of the provider's send API (see testing/fake-graph-api.ts for Meta's). */
export interface FakeProviderServer {
  readonly url: string;
  readonly requests: RecordedProviderRequest[];
  failNext(count: number, failure: ScriptedProviderFailure): void;
  reset(): void;
  close(): Promise<void>;
}

export interface ChannelContractOptions {
  adapter: ChannelAdapter;
  /** The secrets the signed requests were made with. */
  secrets: WebhookSecrets;
  /** A deployment configured with other secrets: a correctly signed request must fail under them. */
  wrongSecrets: WebhookSecrets;
  /** A request exactly as the provider would deliver `body`, with valid authentication. */
  signedRequest(body: string): RawRequest;
  /** The same request without any authentication. */
  unsignedRequest(body: string): RawRequest;
  /**
   * Whether the signature covers the body, so that tampering is detected.
   * False for schemes that only send a shared secret (Telegram's secret-token
   * header, the business keys of 'business-key' channels: build their requests
   * with testing/business-key.ts). Default true.
   */
  signatureCoversBody?: boolean;
  fixtures: ContractFixture[];
  /**
   * What the HTTP layer passes to `parse` with every request (for 'business-path'
   * channels, the business's account id). Default: nothing.
   */
  parseContext?: ParseContext;
  /** Random mutations per fixture in the fuzz test. Default 200. */
  fuzzRuns?: number;
  send: {
    startServer(): Promise<FakeProviderServer>;
    credentials: ChannelCredentials;
    message: OutboundMessage;
    /** Asserts that the one request the adapter made is right (path, headers, body). */
    checkRequest(request: RecordedProviderRequest, message: OutboundMessage): void;
    /** A provider answer meaning "this will never succeed" (e.g. an invalid recipient). */
    permanentFailure: ScriptedProviderFailure;
  };
}

export function runChannelContract(options: ChannelContractOptions): void {
  const { adapter, secrets } = options;
  const parse = (request: RawRequest): ParsedDelivery => adapter.parse(request, options.parseContext);
  const EventSchema = inboundEventSchema(adapter.type);

  const assertValidDelivery = (delivery: ParsedDelivery): void => {
    for (const event of delivery.events) {
      const result = EventSchema.safeParse(event);
      if (!result.success) throw new Error(`invalid event ${JSON.stringify(event)}: ${result.error.message}`);
    }
    for (const piece of delivery.unprocessable) {
      if (typeof piece.reason !== 'string' || piece.reason.trim() === '') {
        throw new Error(`unprocessable piece without a reason: ${JSON.stringify(piece).slice(0, 300)}`);
      }
    }
  };

  describe(`channel contract: ${adapter.type}`, () => {
    const first = options.fixtures[0];
    if (!first) throw new Error('runChannelContract needs at least one fixture');

    describe('verify', () => {
      it('accepts a correctly signed request', () => {
        expect(() => adapter.verify(options.signedRequest(first.body), secrets)).not.toThrow();
      });

      if (options.signatureCoversBody !== false) {
        it('rejects a tampered body', () => {
          const request = options.signedRequest(first.body);
          const tampered = Buffer.from(request.rawBody);
          const at = Math.floor(tampered.length / 2);
          tampered[at] = (tampered[at] ?? 0) ^ 0x01;
          expect(() => adapter.verify({ ...request, rawBody: tampered }, secrets)).toThrow(WebhookAuthError);
          const appended = Buffer.concat([request.rawBody, Buffer.from(' ')]);
          expect(() => adapter.verify({ ...request, rawBody: appended }, secrets)).toThrow(WebhookAuthError);
        });
      }

      it('rejects a request without a signature', () => {
        expect(() => adapter.verify(options.unsignedRequest(first.body), secrets)).toThrow(WebhookAuthError);
      });

      it('rejects a request signed with another secret', () => {
        expect(() => adapter.verify(options.signedRequest(first.body), options.wrongSecrets)).toThrow(WebhookAuthError);
      });

      if (adapter.webhookAuth === 'business-key') {
        it('without a stored business key the setup is incomplete (ConfigError), never a pass', () => {
          expect(() => adapter.verify(options.signedRequest(first.body), {})).toThrow(ConfigError);
        });
      }
    });

    describe('parse', () => {
      it.each(options.fixtures.map((f) => [f.name, f] as const))('%s: verifies and parses to valid events', (_, f) => {
        const request = options.signedRequest(f.body);
        adapter.verify(request, secrets);
        const delivery = parse(request);
        assertValidDelivery(delivery);
        expect({
          messages: delivery.events.filter((e) => e.kind === 'message').length,
          statuses: delivery.events.filter((e) => e.kind === 'status').length,
          unprocessable: delivery.unprocessable.length,
        }).toEqual(f.expect);
      });

      it('is deterministic: the same body gives the same events and provider ids', () => {
        for (const f of options.fixtures) {
          const a = parse(options.signedRequest(f.body));
          const b = parse(options.signedRequest(f.body));
          expect(b).toEqual(a);
        }
      });

      it.each(['{not json', '', '   ', '\u0000', '{"a":'])('refuses invalid JSON %j with ValidationError', (body) => {
        expect(() => parse(options.signedRequest(body))).toThrow(ValidationError);
      });

      it.each(['{}', '[]', 'null', '42', '"text"', 'true', '{"hello":"world"}', '[{"entry":[]}]'])(
        'refuses a body of the wrong shape %s with ValidationError',
        (body) => {
          expect(() => parse(options.signedRequest(body))).toThrow(ValidationError);
        },
      );

      it('survives random mutations: only ValidationError, never an event with missing ids', () => {
        const runs = options.fuzzRuns ?? 200;
        const failures: string[] = [];
        options.fixtures.forEach((f, index) => {
          const random = seededRandom(0x5eed + index);
          for (let run = 0; run < runs; run += 1) {
            const body = mutate(f.body, random);
            const request = { ...options.signedRequest(f.body), rawBody: body };
            try {
              assertValidDelivery(parse(request));
            } catch (err) {
              if (err instanceof ValidationError) continue;
              const shown = body.toString('utf8').slice(0, 300);
              failures.push(`${f.name} #${run}: ${err instanceof Error ? err.message : String(err)} <- ${shown}`);
            }
          }
        });
        expect(failures.slice(0, 5)).toEqual([]);
      }, 60_000);
    });

    describe('send', () => {
      let server: FakeProviderServer;
      const { credentials, message } = options.send;
      const context = () => ({ credentials, baseUrl: server.url, fetch });

      beforeAll(async () => {
        server = await options.send.startServer();
      });
      afterAll(async () => {
        await server.close();
      });
      beforeEach(() => server.reset());

      it('sends through the provider API and returns its message id', async () => {
        const result = await adapter.send(message, context());
        expect(result.providerMessageId).toMatch(/\S/);
        expect(server.requests).toHaveLength(1);
        options.send.checkRequest(server.requests[0]!, message);
      });

      it('a 500 is a retryable ProviderError', async () => {
        server.failNext(1, { status: 500, body: { error: { message: 'Internal server error' } } });
        const err = await adapter.send(message, context()).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ProviderError);
        expect(err).toMatchObject({ retryable: true, status: 500 });
      });

      it('a permanent failure is a non-retryable ProviderError', async () => {
        server.failNext(1, options.send.permanentFailure);
        const err = await adapter.send(message, context()).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ProviderError);
        expect(err).toMatchObject({ retryable: false });
      });

      it('an unreachable provider is a retryable ProviderError', async () => {
        const gone = await options.send.startServer();
        await gone.close();
        const err = await adapter.send(message, { credentials, baseUrl: gone.url, fetch }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ProviderError);
        expect(err).toMatchObject({ retryable: true });
      });

      it('without credentials it is a ConfigError and nothing is sent', async () => {
        const err = await adapter.send(message, { ...context(), credentials: {} }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ConfigError);
        expect(server.requests).toHaveLength(0);
      });

      it('errors never carry the credentials', async () => {
        const secretsInUse = Object.values(credentials).filter((v): v is string => typeof v === 'string' && v !== '');
        for (const failure of [{ status: 500 }, options.send.permanentFailure, { status: 401 }]) {
          server.failNext(1, failure);
          const err = await adapter.send(message, context()).catch((e: unknown) => e);
          expect(err).toBeInstanceOf(ProviderError);
          for (const secret of secretsInUse) expect(String((err as Error).message)).not.toContain(secret);
        }
      });
    });
  });
}

// ------------------------------------------------------------ event schema

function inboundEventSchema(channel: string) {
  const id = z
    .string()
    .min(1)
    .refine((s) => s.trim() !== '', 'blank id');
  const date = z.date().refine((d) => !Number.isNaN(d.getTime()), 'invalid date');
  const optionalText = z.string().optional();
  const media = z
    .object({
      providerMediaId: id.optional(),
      url: optionalText,
      mimeType: optionalText,
      fileName: optionalText,
      sha256: optionalText,
    })
    .strict()
    .refine((m) => m.providerMediaId !== undefined || m.url !== undefined, 'media without id or url');
  const content = z.union([
    z.object({ type: z.literal('text'), text: z.string() }).strict(),
    z.object({ type: z.enum(['image', 'video', 'document', 'sticker']), media, caption: optionalText }).strict(),
    z.object({ type: z.literal('audio'), media, voice: z.boolean() }).strict(),
    z
      .object({
        type: z.literal('location'),
        latitude: z.number().min(-90).max(90),
        longitude: z.number().min(-180).max(180),
        name: optionalText,
        address: optionalText,
      })
      .strict(),
    z.object({ type: z.literal('interactive'), replyId: id, title: z.string() }).strict(),
    z.object({ type: z.literal('reaction'), emoji: z.string(), toProviderMessageId: id }).strict(),
    z.object({ type: z.literal('unsupported'), providerType: id, summary: id }).strict(),
  ]);
  const common = { channel: z.literal(channel), accountId: id, userId: id, providerMessageId: id, timestamp: date };
  return z.union([
    z
      .object({
        kind: z.literal('message'),
        ...common,
        userName: optionalText,
        content,
        echo: z.boolean().optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('status'),
        ...common,
        status: z.enum(['sent', 'delivered', 'read', 'failed']),
        error: z.object({ code: id, message: z.string() }).strict().optional(),
      })
      .strict(),
  ]);
}

// ------------------------------------------------------------ fuzzing

type Random = () => number;

/** mulberry32: a tiny seeded PRNG, so a failing mutation can be reproduced. */
function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const HUGE = 'Ω𝔘x'.repeat(10_000);
const WRONG_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  '',
  ' ',
  'x',
  '-1',
  'NaN',
  '9999999999999999999999',
  '__proto__',
  'constructor',
  [],
  {},
  [null],
  [[]],
  { id: '' },
  { type: 'text' },
  HUGE,
];

function mutate(body: string, random: Random): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  switch (Math.floor(random() * 6)) {
    case 0:
      return bytes.subarray(0, Math.floor(random() * bytes.length));
    case 1: {
      const copy = Buffer.from(bytes);
      const flips = 1 + Math.floor(random() * 8);
      for (let i = 0; i < flips && copy.length > 0; i += 1) {
        copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      }
      return copy;
    }
    default:
      return Buffer.from(mutateJson(body, random), 'utf8');
  }
}

/** Replaces, deletes or floods one node of the parsed JSON, then serialises it again. */
function mutateJson(body: string, random: Random): string {
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch {
    return body;
  }
  const nodes: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => {
        nodes.push({ parent: node, key: index });
        walk(child);
      });
    } else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        nodes.push({ parent: record, key });
        walk(record[key]);
      }
    }
  };
  walk(root);
  if (nodes.length === 0) return JSON.stringify(pick(random, WRONG_VALUES));
  const target = pick(random, nodes);
  const action = Math.floor(random() * 4);
  if (Array.isArray(target.parent)) {
    const index = target.key as number;
    if (action === 0) target.parent.splice(index, 1);
    else if (action === 1) target.parent.push(structuredClone(target.parent[index]));
    else target.parent[index] = pick(random, WRONG_VALUES);
  } else {
    const key = target.key as string;
    if (action === 0) Reflect.deleteProperty(target.parent, key);
    else if (action === 1) target.parent[key] = HUGE;
    else target.parent[key] = pick(random, WRONG_VALUES);
  }
  return JSON.stringify(root);
}
