/**
 * The vendor fakes refuse what the real APIs refuse, and the chain reads
 * the real SDKs' errors right: so a test passing against a fake means the
 * request would pass at the vendor too.
 */
import Anthropic from '@anthropic-ai/sdk';
import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_ANTHROPIC_KEY, type FakeAnthropic, startFakeAnthropic } from '../../testing/fake-anthropic.js';
import { FAKE_OPENAI_KEY, type FakeOpenAi, startFakeOpenAi } from '../../testing/fake-openai.js';
import { classifyFailure } from './errors.js';

let anthropicFake: FakeAnthropic;
let openaiFake: FakeOpenAi;
let claude: Anthropic;
let gpt: OpenAI;
beforeAll(async () => {
  [anthropicFake, openaiFake] = await Promise.all([startFakeAnthropic(), startFakeOpenAi()]);
  claude = new Anthropic({ apiKey: FAKE_ANTHROPIC_KEY, baseURL: anthropicFake.url, maxRetries: 0 });
  gpt = new OpenAI({ apiKey: FAKE_OPENAI_KEY, baseURL: `${openaiFake.url}/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await Promise.all([anthropicFake.close(), openaiFake.close()]);
});

async function failure(promise: Promise<unknown>): Promise<{ status?: number; message: string; err: unknown }> {
  try {
    await promise;
  } catch (err) {
    const e = err as { status?: number; message: string };
    return { status: e.status, message: e.message, err };
  }
  throw new Error('expected the call to fail');
}

const LONG_SYSTEM = 'You are a helpful front desk. '.repeat(200);
const tool = { name: 'lookup', description: 'Looks up.', input_schema: { type: 'object' as const, properties: {} } };

describe('fake Anthropic', () => {
  it('refuses a wrong key', async () => {
    const bad = new Anthropic({ apiKey: 'sk-ant-wrong', baseURL: anthropicFake.url, maxRetries: 0 });
    const f = await failure(
      bad.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(f.status).toBe(401);
    expect(classifyFailure(f.err, false, Date.now()).kind).toBe('auth');
  });

  it.each<[string, Anthropic.MessageCreateParamsNonStreaming, RegExp]>([
    [
      'a tool_use with no tool_result after it',
      {
        model: 'claude-sonnet-5-5',
        max_tokens: 10,
        tools: [tool],
        messages: [
          { role: 'user', content: 'hi' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'lookup', input: {} }] },
          { role: 'user', content: 'and?' },
        ],
      },
      /tool_use` ids were found without `tool_result`/,
    ],
    [
      'a tool_result no tool_use asked for',
      {
        model: 'claude-sonnet-5-5',
        max_tokens: 10,
        messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_x', content: '{}' }] }],
      },
      /unexpected `tool_use_id`/,
    ],
    [
      'five cache breakpoints',
      {
        model: 'claude-sonnet-5-5',
        max_tokens: 10,
        system: [1, 2, 3, 4, 5].map((n) => ({
          type: 'text' as const,
          text: `part ${n}`,
          cache_control: { type: 'ephemeral' as const },
        })),
        messages: [{ role: 'user', content: 'hi' }],
      },
      /maximum of 4 blocks with cache_control/,
    ],
    [
      'a sampling parameter, removed in API version 2026-10-21',
      {
        model: 'claude-sonnet-5-5',
        max_tokens: 10,
        temperature: 0.2,
        messages: [{ role: 'user', content: 'hi' }],
      } as Anthropic.MessageCreateParamsNonStreaming,
      /temperature/,
    ],
  ])('refuses %s', async (_, body, message) => {
    const f = await failure(claude.messages.create(body));
    expect(f.status).toBe(400);
    expect(f.message).toMatch(message);
    expect(classifyFailure(f.err, false, Date.now()).kind).toBe('bad_request');
  });

  it('requires thinking blocks back exactly as they came', async () => {
    anthropicFake.script(
      { thinking: 'The customer wants parking info.', tools: [{ name: 'lookup', input: {} }] },
      { text: 'ok' },
      { text: 'never' },
    );
    const first = await claude.messages.create({
      model: 'claude-sonnet-5-5',
      max_tokens: 100,
      tools: [tool],
      messages: [{ role: 'user', content: 'parking?' }],
    });
    const toolUse = first.content.find((b) => b.type === 'tool_use')!;
    const result = {
      role: 'user' as const,
      content: [{ type: 'tool_result' as const, tool_use_id: toolUse.id, content: '{}' }],
    };
    const ok = await claude.messages.create({
      model: 'claude-sonnet-5-5',
      max_tokens: 100,
      tools: [tool],
      messages: [{ role: 'user', content: 'parking?' }, { role: 'assistant', content: first.content }, result],
    });
    expect(ok.content).toEqual([expect.objectContaining({ type: 'text', text: 'ok' })]);
    const edited = first.content.map((b) => (b.type === 'thinking' ? { ...b, thinking: 'edited' } : b));
    const f = await failure(
      claude.messages.create({
        model: 'claude-sonnet-5-5',
        max_tokens: 100,
        tools: [tool],
        messages: [{ role: 'user', content: 'parking?' }, { role: 'assistant', content: edited }, result],
      }),
    );
    expect(f.message).toMatch(/thinking blocks cannot be modified/);
    anthropicFake.reset();
  });

  it('speaks the overloaded error with retry-after, as the chain reads it', async () => {
    anthropicFake.script({
      error: { status: 529, type: 'overloaded_error', message: 'Overloaded' },
      headers: { 'retry-after': '2' },
    });
    const f = await failure(
      claude.messages.create({
        model: 'claude-sonnet-5-5',
        max_tokens: 10,
        messages: [{ role: 'user', content: 'hi' }],
      }),
    );
    expect(f.status).toBe(529);
    expect(classifyFailure(f.err, false, Date.now())).toEqual({ kind: 'overloaded', status: 529, retryAfterMs: 2000 });
  });

  it('writes a prefix to the cache on first sight and reads it after', async () => {
    const body = {
      model: 'claude-sonnet-5-5',
      max_tokens: 10,
      system: [{ type: 'text' as const, text: LONG_SYSTEM, cache_control: { type: 'ephemeral' as const } }],
      messages: [{ role: 'user' as const, content: 'hi' }],
    };
    anthropicFake.script({ text: 'a' }, { text: 'b' });
    const first = await claude.messages.create(body);
    const second = await claude.messages.create({ ...body, messages: [{ role: 'user', content: 'hello again' }] });
    expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(1024);
    expect(first.usage.cache_read_input_tokens).toBe(0);
    expect(second.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens);
    expect(second.usage.cache_creation_input_tokens).toBe(0);
    anthropicFake.reset();
  });
});

describe('fake OpenAI', () => {
  const tools = [
    { type: 'function' as const, function: { name: 'lookup', parameters: { type: 'object', properties: {} } } },
  ];

  it('refuses a wrong key', async () => {
    const bad = new OpenAI({ apiKey: 'sk-wrong', baseURL: `${openaiFake.url}/v1`, maxRetries: 0 });
    const f = await failure(
      bad.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(f.status).toBe(401);
  });

  it.each<[string, OpenAI.ChatCompletionCreateParamsNonStreaming, RegExp]>([
    [
      'function tools with reasoning on a GPT-6 model',
      { model: 'gpt-6.1-terra', tools, messages: [{ role: 'user', content: 'hi' }] },
      /Function tools with reasoning_effort are not supported/,
    ],
    [
      'max_tokens on a reasoning model',
      { model: 'gpt-6.1-terra', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] },
      /max_completion_tokens/,
    ],
    [
      'a tool message that answers nothing',
      {
        model: 'gpt-4.1',
        messages: [
          { role: 'user', content: 'hi' },
          { role: 'tool', tool_call_id: 'call_1', content: '{}' },
        ],
      },
      /must be a response to a preceeding message with 'tool_calls'/,
    ],
    [
      'a tool call left unanswered',
      {
        model: 'gpt-4.1',
        tools,
        messages: [
          { role: 'user', content: 'hi' },
          {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{}' } }],
          },
          { role: 'user', content: 'and?' },
        ],
      },
      /did not have response messages: call_1/,
    ],
    [
      'an image that is neither https nor a data URL',
      {
        model: 'gpt-4.1',
        messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'http://127.0.0.1/x.jpg' } }] }],
      },
      /Invalid image_url/,
    ],
  ])('refuses %s', async (_, body, message) => {
    const f = await failure(gpt.chat.completions.create(body));
    expect(f.status).toBe(400);
    expect(f.message).toMatch(message);
  });

  it('accepts function tools on a GPT-6 model with reasoning off', async () => {
    openaiFake.script({ tools: [{ name: 'lookup', arguments: {} }] });
    const completion = await gpt.chat.completions.create({
      model: 'gpt-6.1-terra',
      reasoning_effort: 'none',
      tools,
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(completion.choices[0]!.finish_reason).toBe('tool_calls');
    openaiFake.reset();
  });

  it('reports a shared prefix as cached tokens', async () => {
    openaiFake.script({ text: 'a' }, { text: 'b' });
    const system = { role: 'developer' as const, content: LONG_SYSTEM };
    await gpt.chat.completions.create({
      model: 'gpt-4.1',
      prompt_cache_key: 'b1',
      messages: [system, { role: 'user', content: 'hi' }],
    });
    const second = await gpt.chat.completions.create({
      model: 'gpt-4.1',
      prompt_cache_key: 'b1',
      messages: [system, { role: 'user', content: 'hello' }],
    });
    expect(second.usage!.prompt_tokens_details!.cached_tokens).toBeGreaterThanOrEqual(1024);
    expect(second.usage!.prompt_tokens_details!.cached_tokens! % 128).toBe(0);
    openaiFake.reset();
  });

  it('speaks rate limits with retry-after-ms, as the chain reads them', async () => {
    openaiFake.script({
      error: { status: 429, type: 'requests', code: 'rate_limit_exceeded', message: 'Rate limit reached' },
      headers: { 'retry-after-ms': '750' },
    });
    const f = await failure(
      gpt.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(classifyFailure(f.err, false, Date.now())).toEqual({ kind: 'rate_limited', status: 429, retryAfterMs: 750 });
    openaiFake.reset();
  });

  it('refuses an audio file in a format the API does not read', async () => {
    const file = await toFile(Buffer.from('not audio'), 'note.aac', { type: 'audio/aac' });
    const f = await failure(gpt.audio.transcriptions.create({ file, model: 'gpt-transcribe' }));
    expect(f.status).toBe(400);
    expect(f.message).toMatch(/Invalid file format/);
  });

  it('reads a timeout of the SDK as a timeout', async () => {
    openaiFake.script({ text: 'late', delayMs: 2000 });
    const f = await failure(
      gpt.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] }, { timeout: 200 }),
    );
    expect(classifyFailure(f.err, false, Date.now()).kind).toBe('timeout');
    openaiFake.reset();
  });
});
