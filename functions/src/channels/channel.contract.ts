/**
 * The contract every ChannelAdapter keeps, as one shared Vitest suite. It
 * runs for every adapter in the registry (contract.test.ts), with the setup
 * each adapter's folder provides (its fixtures, request builders and fake
 * server: contract-setups.test-helper.ts). An adapter's own test file adds
 * only what is specific to its provider (exact field mapping, handshakes,
 * error codes).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ProviderError, ValidationError, AuthenticationError } from '../errors.js';
import type { RawRequest } from '../http/raw-request.js';
import type { NetworkScript } from '../testing/fake-http.js';
import { createHttpClient } from '../vendor/http-client.js';
import type { ChannelAdapter, ChannelCredentials, ParseContext, SendContext, WebhookSecrets } from './channel.js';
import type { OutboundMessage, ParsedDelivery } from '../domain/message.js';
import { inboundEventSchema, mutate, seededRandom } from './contract-checks.test-helper.js';

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

/** A local fake of the provider's API (testing/fake-*.ts): real HTTP, scripted failures and network trouble. */
export interface FakeProviderServer extends NetworkScript {
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
  /**
   * For adapters that confirm by callback (`capabilities.confirmsByCallback`):
   * the webhook body the provider sends after delivering the send `request`
   * (it must echo the callback data the request carried).
   */
  callbackWebhook?(request: RecordedProviderRequest): string;
}

/** What an adapter's folder gives the contract: everything but the adapter, which comes from the registry. */
export type ContractSetup = Omit<ChannelContractOptions, 'adapter'>;

/** How long the contract's HTTP client waits, and how much longer a slow fake takes. */
const CLIENT_TIMEOUT_MS = 1_000;
const SLOW_ANSWER_MS = 1_500;

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

    it('declares where its webhooks arrive and which vendor APIs it calls', () => {
      expect(adapter.webhooks.length).toBeGreaterThan(0);
      expect(adapter.apis.length).toBeGreaterThan(0);
      if (adapter.webhookAuth === 'deployment') expect(adapter.deploymentSecrets.length).toBeGreaterThan(0);
    });

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
          expect(() => adapter.verify({ ...request, rawBody: tampered }, secrets)).toThrow(AuthenticationError);
          const appended = Buffer.concat([request.rawBody, Buffer.from(' ')]);
          expect(() => adapter.verify({ ...request, rawBody: appended }, secrets)).toThrow(AuthenticationError);
        });
      }

      it('rejects a request without a signature', () => {
        expect(() => adapter.verify(options.unsignedRequest(first.body), secrets)).toThrow(AuthenticationError);
      });

      it('rejects a request signed with another secret', () => {
        expect(() => adapter.verify(options.signedRequest(first.body), options.wrongSecrets)).toThrow(
          AuthenticationError,
        );
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
      const http = createHttpClient({ timeoutMs: CLIENT_TIMEOUT_MS });
      const contextAt = (url: string): SendContext => ({
        credentials,
        baseUrl: url,
        baseUrls: Object.fromEntries(adapter.apis.map((api) => [api, url])),
        http,
      });
      const context = () => contextAt(server.url);
      const failure = (ctx: SendContext = context(), sent: OutboundMessage = message) =>
        adapter.send(sent, ctx).catch((e: unknown) => e);

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
        const err = await failure();
        expect(err).toBeInstanceOf(ProviderError);
        expect(err).toMatchObject({ retryable: true, status: 500, ambiguous: false });
      });

      it('a permanent failure is a non-retryable ProviderError', async () => {
        server.failNext(1, options.send.permanentFailure);
        const err = await failure();
        expect(err).toBeInstanceOf(ProviderError);
        expect(err).toMatchObject({ retryable: false });
      });

      it('an unreachable provider is retryable, and certainly did not get the message', async () => {
        const gone = await options.send.startServer();
        await gone.close();
        const err = await failure(contextAt(gone.url));
        expect(err).toBeInstanceOf(ProviderError);
        expect(err).toMatchObject({ retryable: true, ambiguous: false });
      });

      it('an answer that comes after the deadline is ambiguous: the provider had the request', async () => {
        server.slowNext(1, SLOW_ANSWER_MS);
        const err = await failure();
        expect(err).toBeInstanceOf(ProviderError);
        expect(err).toMatchObject({ retryable: true, ambiguous: true });
        expect(server.requests).toHaveLength(1);
      });

      it('a connection dropped after the request went out is ambiguous too', async () => {
        server.breakNext(1, 'before-answer');
        const err = await failure();
        expect(err).toBeInstanceOf(ProviderError);
        expect(err).toMatchObject({ retryable: true, ambiguous: true });
      });

      it('without credentials it is a ConfigError and nothing is sent', async () => {
        const err = await failure({ ...context(), credentials: {} });
        expect(err).toBeInstanceOf(ConfigError);
        expect(server.requests).toHaveLength(0);
      });

      it('errors never carry the credentials', async () => {
        const secretsInUse = Object.values(credentials).filter((v): v is string => typeof v === 'string' && v !== '');
        for (const scripted of [{ status: 500 }, options.send.permanentFailure, { status: 401 }]) {
          server.failNext(1, scripted);
          const err = await failure();
          expect(err).toBeInstanceOf(ProviderError);
          for (const secret of secretsInUse) expect(String((err as Error).message)).not.toContain(secret);
        }
      });

      if (adapter.capabilities.confirmsByCallback) {
        it('confirms by callback: the send carries the callback data, and the echo parses back to it', async () => {
          const callbackData = 'outbox-item-7Qm2';
          await adapter.send({ ...message, callbackData }, context());
          const request = server.requests[0]!;
          expect(JSON.stringify(request.body)).toContain(callbackData);
          if (!options.callbackWebhook) throw new Error(`${adapter.type} confirms by callback: give callbackWebhook`);
          const delivery = parse(options.signedRequest(options.callbackWebhook(request)));
          assertValidDelivery(delivery);
          const statuses = delivery.events.filter((e) => e.kind === 'status');
          expect(statuses.map((s) => s.callbackData)).toContain(callbackData);
        });
      }
    });
  });
}
