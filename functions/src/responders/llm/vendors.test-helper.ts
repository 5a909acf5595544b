/**
 * Test harness for the engine: both vendor fakes behind one neutral script
 * ("say", "call these tools", "fail like this", "answer from the tool
 * result"), so a scenario is written once and run on each provider's path
 * with the real SDK.
 */
import { AI_DEFAULTS, type AiSettings } from '../../domain/business.js';
import {
  type AnthropicReply,
  type FakeAnthropic,
  FAKE_ANTHROPIC_KEY,
  startFakeAnthropic,
} from '../../testing/fake-anthropic.js';
import { type FakeOpenAi, FAKE_OPENAI_KEY, type OpenAiReply, startFakeOpenAi } from '../../testing/fake-openai.js';
import { fixtureBusiness } from '../fixture.test-helper.js';
import { selectResponder } from '../registry.js';
import type { BusinessContext, Responder } from '../responder.js';
import { BreakerBook } from './breakers.js';

export type VendorName = 'anthropic' | 'openai';

/** What a scripted model step sees: the customer's turn and the tool results sent back. */
export interface NeutralView {
  lastUserText: string;
  toolResults: string[];
  system: string;
}

export type NeutralReply =
  | { text: string }
  /** Text cut off by the output limit. */
  | { truncated: string }
  | { tools: { name: string; input: unknown }[] }
  | { fail: 'overloaded' | 'rate_limited' | 'server_error' | 'bad_request'; retryAfterSeconds?: number }
  | { refuse: true };

export type NeutralStep = (NeutralReply | ((view: NeutralView) => NeutralReply)) & { delayMs?: number };

export interface Vendor {
  readonly name: VendorName;
  /** Queues model answers. */
  script(...steps: (NeutralReply | ((view: NeutralView) => NeutralReply))[]): void;
  /** Queues one answer given late. */
  slow(delayMs: number, reply: NeutralReply): void;
  /** Bodies of the model calls received, in order (vendor format). */
  calls(): unknown[];
  /** How many model calls arrived. */
  callCount(): number;
  pending(): number;
}

function toAnthropic(reply: NeutralReply): AnthropicReply {
  if ('text' in reply) return { text: reply.text };
  if ('truncated' in reply) return { text: reply.truncated, stopReason: 'max_tokens' };
  if ('tools' in reply) return { tools: reply.tools };
  if ('refuse' in reply) return { text: '', stopReason: 'refusal' };
  const headers =
    reply.retryAfterSeconds !== undefined ? { 'retry-after': String(reply.retryAfterSeconds) } : undefined;
  switch (reply.fail) {
    case 'overloaded':
      return { error: { status: 529, type: 'overloaded_error', message: 'Overloaded' }, headers };
    case 'rate_limited':
      return {
        error: { status: 429, type: 'rate_limit_error', message: 'Number of requests has exceeded your rate limit' },
        headers,
      };
    case 'server_error':
      return { error: { status: 500, type: 'api_error', message: 'Internal server error' }, headers };
    case 'bad_request':
      return { error: { status: 400, type: 'invalid_request_error', message: 'bad request' } };
  }
}

function toOpenAi(reply: NeutralReply): OpenAiReply {
  if ('text' in reply) return { text: reply.text };
  if ('truncated' in reply) return { text: reply.truncated, finishReason: 'length' };
  if ('tools' in reply) return { tools: reply.tools.map((t) => ({ name: t.name, arguments: t.input })) };
  if ('refuse' in reply) return { refusal: "I'm sorry, I can't help with that." };
  const headers =
    reply.retryAfterSeconds !== undefined ? { 'retry-after': String(reply.retryAfterSeconds) } : undefined;
  switch (reply.fail) {
    case 'overloaded':
      return {
        error: {
          status: 503,
          type: 'server_error',
          message: 'The engine is currently overloaded, please try again later.',
        },
        headers,
      };
    case 'rate_limited':
      return {
        error: {
          status: 429,
          type: 'requests',
          code: 'rate_limit_exceeded',
          message: 'Rate limit reached for requests',
        },
        headers,
      };
    case 'server_error':
      return {
        error: { status: 500, type: 'server_error', message: 'The server had an error while processing your request.' },
        headers,
      };
    case 'bad_request':
      return { error: { status: 400, type: 'invalid_request_error', message: 'bad request' } };
  }
}

export function anthropicVendor(fake: FakeAnthropic): Vendor {
  const step = (s: NeutralReply | ((v: NeutralView) => NeutralReply), delayMs?: number) =>
    fake.script((view) => ({
      ...toAnthropic(
        typeof s === 'function'
          ? s({
              lastUserText: view.lastUserText,
              toolResults: view.toolResults.map((r) => r.content),
              system: view.systemText,
            })
          : s,
      ),
      delayMs,
    }));
  return {
    name: 'anthropic',
    script: (...steps) => steps.forEach((s) => step(s)),
    slow: (delayMs, reply) => step(reply, delayMs),
    calls: () => fake.calls,
    callCount: () => fake.calls.length,
    pending: () => fake.pending(),
  };
}

export function openAiVendor(fake: FakeOpenAi): Vendor {
  const step = (s: NeutralReply | ((v: NeutralView) => NeutralReply), delayMs?: number) =>
    fake.script((view) => ({
      ...toOpenAi(
        typeof s === 'function'
          ? s({
              lastUserText: view.lastUserText,
              toolResults: view.toolResults.map((r) => r.content),
              system: view.systemText,
            })
          : s,
      ),
      delayMs,
    }));
  return {
    name: 'openai',
    script: (...steps) => steps.forEach((s) => step(s)),
    slow: (delayMs, reply) => step(reply, delayMs),
    calls: () => fake.calls,
    callCount: () => fake.calls.length,
    pending: () => fake.pending(),
  };
}

export interface Fakes {
  anthropic: FakeAnthropic;
  openai: FakeOpenAi;
  vendors: Record<VendorName, Vendor>;
  close(): Promise<void>;
}

export async function startFakes(): Promise<Fakes> {
  const [anthropic, openai] = await Promise.all([startFakeAnthropic(), startFakeOpenAi()]);
  return {
    anthropic,
    openai,
    vendors: { anthropic: anthropicVendor(anthropic), openai: openAiVendor(openai) },
    close: async () => {
      await Promise.all([anthropic.close(), openai.close()]);
    },
  };
}

/** The engine as the registry builds it, pointed at the fakes, with the keys given. */
export function engineFor(
  fakes: Fakes,
  keys: Partial<Record<VendorName, boolean>> = { anthropic: true, openai: true },
  breakers = new BreakerBook(),
): Responder {
  return selectResponder({
    keys: {
      anthropic: keys.anthropic ? FAKE_ANTHROPIC_KEY : undefined,
      openai: keys.openai ? FAKE_OPENAI_KEY : undefined,
    },
    urls: { anthropic: fakes.anthropic.url, openai: `${fakes.openai.url}/v1` },
    breakers,
  });
}

/** The fixture clinic with AI settings changed. */
export function businessWith(ai: Partial<AiSettings>, base: BusinessContext = fixtureBusiness()): BusinessContext {
  return { ...base, settings: { ...base.settings, ai: { ...AI_DEFAULTS, ...ai } } };
}

/** The JSON text of the first tool result a step sees, parsed. */
export function firstResult(view: NeutralView): unknown {
  return JSON.parse(view.toolResults[0] ?? 'null');
}
