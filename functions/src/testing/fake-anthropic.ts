/**
 * A local fake of Anthropic's Messages API for tests, driven by the real
 * @anthropic-ai/sdk through its `baseURL`. It speaks the wire format:
 *
 *   POST /v1/messages  (the key as x-api-key or, from SDK 1.0 on, Authorization: Bearer;
 *                       anthropic-version)
 *   → { id, type: "message", role: "assistant", model, content: [text | tool_use | thinking],
 *       stop_reason, stop_sequence, usage: { input_tokens, output_tokens,
 *       cache_creation_input_tokens, cache_read_input_tokens } }
 *   errors → { type: "error", error: { type, message }, request_id } with the
 *   documented statuses (400 invalid_request_error, 401 authentication_error,
 *   429 rate_limit_error + retry-after, 500 api_error, 529 overloaded_error).
 *
 * It checks what the real API checks and a client can get wrong: the
 * headers, required fields, a user message first, every `tool_use` answered
 * by a `tool_result` in the next message (and no stray results), thinking
 * blocks sent back unchanged, at most 4 `cache_control` breakpoints, image
 * sources, tool schemas. Prompt caching is simulated: a prefix up to a
 * breakpoint of at least `minCacheTokens` is written on first sight and read
 * afterwards, so usage shows cache writes on turn 1 and reads on turn 2.
 *
 * Each test scripts the model's answers in order (`script`): text, tool
 * calls, a scripted error, a delay; a step may be a function of the request.
 */
import { createHash } from 'node:crypto';
import {
  type VendorAnswer,
  type VendorRequest,
  type VendorServer,
  approxTokens,
  startVendorServer,
} from './fake-vendor-server.js';

export const FAKE_ANTHROPIC_KEY = 'sk-ant-fake-key-for-tests-0123456789';

type Block = Record<string, unknown> & { type: string };
interface Message {
  role: string;
  content: string | Block[];
}

export interface MessagesRequest {
  model: string;
  max_tokens: number;
  system?: string | Block[];
  messages: Message[];
  tools?: { name: string; description?: string; input_schema: Record<string, unknown> }[];
  [key: string]: unknown;
}

/** What a scripted step sees of the request. */
export interface AnthropicView {
  body: MessagesRequest;
  /** Text of the last user message (its text blocks). */
  lastUserText: string;
  /** tool_result blocks of the last user message. */
  toolResults: { toolUseId: string; content: string; isError: boolean }[];
  systemText: string;
}

export type AnthropicReply =
  | { text: string; stopReason?: 'end_turn' | 'max_tokens' | 'refusal'; thinking?: string }
  | { tools: { name: string; input: unknown }[]; text?: string; thinking?: string }
  | { error: { status: number; type: string; message?: string }; headers?: Record<string, string> };

export type AnthropicStep =
  (AnthropicReply & { delayMs?: number }) | ((view: AnthropicView) => AnthropicReply & { delayMs?: number });

export interface FakeAnthropic {
  /** Base URL for the SDK (it adds /v1). */
  readonly url: string;
  readonly requests: VendorRequest[];
  /** The /v1/messages bodies received, in order. */
  readonly calls: MessagesRequest[];
  /** Queues the model's next answers. */
  script(...steps: AnthropicStep[]): void;
  /** Steps still queued. */
  pending(): number;
  /** The answer when the queue is empty (a model that always says the same); undefined to answer 500. */
  always(step: AnthropicStep | undefined): void;
  /** Forgets requests, script and cache. */
  reset(): void;
  close(): Promise<void>;
}

const KNOWN_PARAMS = new Set([
  'model',
  'max_tokens',
  'messages',
  'system',
  'tools',
  'tool_choice',
  'metadata',
  'stop_sequences',
  'stream',
  'temperature',
  'top_p',
  'top_k',
  'thinking',
  'service_tier',
  'cache_control',
  'container',
  'diagnostics',
  'inference_geo',
  'output_config',
  'speed',
]);
/** API version 2026-10-21 removed the sampling parameters: a request sending one gets a 400. */
const REMOVED_IN_2026_10_21 = ['temperature', 'top_p', 'top_k'];
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

const id = (prefix: string) =>
  `${prefix}_01${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 22)}`;

function error(status: number, type: string, message: string, headers?: Record<string, string>): VendorAnswer {
  const requestId = id('req');
  return {
    status,
    body: { type: 'error', error: { type, message }, request_id: requestId },
    headers: { 'request-id': requestId, ...headers },
  };
}

const blocksOf = (m: Message): Block[] =>
  typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : m.content;

/** Why the request would be refused, or undefined. */
function validate(body: MessagesRequest, signatures: Map<string, string>, version: string): string | undefined {
  for (const key of Object.keys(body)) if (!KNOWN_PARAMS.has(key)) return `${key}: Extra inputs are not permitted`;
  if (version >= '2026-10-21') {
    const removed = REMOVED_IN_2026_10_21.find((p) => p in body);
    if (removed) return `${removed}: this parameter is not supported in API version ${version}`;
  }
  if (typeof body.model !== 'string' || !body.model) return 'model: Field required';
  if (!Number.isInteger(body.max_tokens) || body.max_tokens < 1) return 'max_tokens: Field required';
  const effort = (body.output_config as { effort?: string } | undefined)?.effort;
  if (effort !== undefined) {
    if (!['low', 'medium', 'high', 'xhigh', 'max'].includes(effort))
      return `output_config.effort: invalid value ${effort}`;
    // The effort page lists the models that take it; these earlier ones do not.
    if (/^claude-(?:haiku-4-5|sonnet-4-5|sonnet-4-0|sonnet-4-2025|opus-4-1|opus-4-0|opus-4-2025|3)/.test(body.model)) {
      return `output_config.effort: this model does not support the effort parameter`;
    }
  }
  if (!Array.isArray(body.messages) || body.messages.length === 0) return 'messages: at least one message is required';
  if (body.messages[0]!.role !== 'user') return 'messages: first message must use the "user" role';
  let breakpoints = 0;
  const count = (b: Block) => (b.cache_control ? breakpoints++ : 0);
  if (Array.isArray(body.system)) body.system.forEach(count);
  for (const tool of body.tools ?? []) {
    if (!/^[a-zA-Z0-9_-]{1,64}$/.test(tool.name)) return `tools: invalid name ${tool.name}`;
    if (tool.input_schema?.type !== 'object') return `tools.${tool.name}.input_schema.type: Input should be 'object'`;
  }
  for (const [i, message] of body.messages.entries()) {
    if (message.role !== 'user' && message.role !== 'assistant')
      return `messages.${i}.role: Input should be 'user' or 'assistant'`;
    const blocks = blocksOf(message);
    if (blocks.length === 0) return `messages.${i}: all messages must have non-empty content`;
    blocks.forEach(count);
    for (const block of blocks) {
      if (block.type === 'image') {
        const source = block.source as { type?: string; media_type?: string; data?: string; url?: string };
        if (
          source?.type === 'base64' &&
          (!IMAGE_TYPES.has(source.media_type ?? '') || !/^[A-Za-z0-9+/]+=*$/.test(source.data ?? ''))
        ) {
          return `messages.${i}: invalid image source`;
        }
        if (source?.type === 'url' && !/^https:\/\//.test(source.url ?? ''))
          return `messages.${i}: image url must be https`;
      }
      if (block.type === 'thinking') {
        const signed = signatures.get(String(block.signature));
        if (signed === undefined || signed !== block.thinking) {
          return `messages.${i}.content: thinking blocks cannot be modified; they must be passed back as they were received`;
        }
      }
    }
    const uses = blocks.filter((b) => b.type === 'tool_use').map((b) => String(b.id));
    const next = body.messages[i + 1];
    if (message.role === 'assistant' && uses.length > 0) {
      const answered = next
        ? blocksOf(next)
            .filter((b) => b.type === 'tool_result')
            .map((b) => String(b.tool_use_id))
        : [];
      const missing = uses.filter((u) => !answered.includes(u));
      if (next && missing.length > 0) {
        return `messages.${i + 1}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(', ')}`;
      }
    }
    const results = blocks.filter((b) => b.type === 'tool_result').map((b) => String(b.tool_use_id));
    if (results.length > 0) {
      const previous = body.messages[i - 1];
      const asked =
        previous?.role === 'assistant'
          ? blocksOf(previous)
              .filter((b) => b.type === 'tool_use')
              .map((b) => String(b.id))
          : [];
      const stray = results.filter((r) => !asked.includes(r));
      if (stray.length > 0)
        return `messages.${i}.content: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${stray.join(', ')}`;
    }
  }
  if (
    body.messages.at(-1)!.role === 'assistant' &&
    blocksOf(body.messages.at(-1)!).some((b) => b.type === 'tool_use')
  ) {
    return 'messages: the last assistant message has tool_use blocks with no tool_result after it';
  }
  if (breakpoints > 4) return `A maximum of 4 blocks with cache_control may be provided. Found ${breakpoints}.`;
  return undefined;
}

function view(body: MessagesRequest): AnthropicView {
  const last = body.messages.at(-1)!;
  const blocks = blocksOf(last);
  const textOf = (content: unknown) =>
    typeof content === 'string'
      ? content
      : Array.isArray(content)
        ? content.map((c: { text?: string }) => c.text ?? '').join('')
        : '';
  return {
    body,
    lastUserText: blocks
      .filter((b) => b.type === 'text')
      .map((b) => String(b.text))
      .join('\n'),
    toolResults: blocks
      .filter((b) => b.type === 'tool_result')
      .map((b) => ({ toolUseId: String(b.tool_use_id), content: textOf(b.content), isError: b.is_error === true })),
    systemText:
      typeof body.system === 'string' ? body.system : (body.system ?? []).map((b) => String(b.text ?? '')).join('\n'),
  };
}

/** The prompt as ordered blocks (tools, system, messages) with their token counts and breakpoints. */
function promptBlocks(body: MessagesRequest): { text: string; tokens: number; breakpoint: boolean }[] {
  const blocks: { text: string; tokens: number; breakpoint: boolean }[] = [];
  const add = (value: unknown, breakpoint: boolean) => {
    const text = JSON.stringify(value);
    blocks.push({ text, tokens: approxTokens(text), breakpoint });
  };
  if (body.tools?.length) add(body.tools, false);
  const system = typeof body.system === 'string' ? [{ type: 'text', text: body.system }] : (body.system ?? []);
  for (const block of system) add({ ...block, cache_control: undefined }, Boolean(block.cache_control));
  for (const message of body.messages) {
    for (const block of blocksOf(message))
      add({ role: message.role, ...block, cache_control: undefined }, Boolean(block.cache_control));
  }
  return blocks;
}

export async function startFakeAnthropic(
  /** `port`: 0 (default) picks a free port; emulator tests use a fixed one. */
  options: { apiKey?: string; minCacheTokens?: number; port?: number } = {},
): Promise<FakeAnthropic> {
  const apiKey = options.apiKey ?? FAKE_ANTHROPIC_KEY;
  const minCacheTokens = options.minCacheTokens ?? 1024;
  const steps: AnthropicStep[] = [];
  let standing: AnthropicStep | undefined;
  const calls: MessagesRequest[] = [];
  const cache = new Set<string>();
  const signatures = new Map<string, string>();

  function usage(body: MessagesRequest, outputText: string) {
    const blocks = promptBlocks(body);
    const total = blocks.reduce((n, b) => n + b.tokens, 0);
    let read = 0;
    let write = 0;
    const hash = createHash('sha256');
    let upTo = 0;
    for (const block of blocks) {
      hash.update(block.text);
      upTo += block.tokens;
      if (!block.breakpoint || upTo < minCacheTokens) continue;
      const key = hash.copy().digest('hex');
      if (cache.has(key)) {
        read = upTo;
        write = 0;
      } else {
        write = upTo - read;
        cache.add(key);
      }
    }
    return {
      input_tokens: total - read - write,
      cache_creation_input_tokens: write,
      cache_read_input_tokens: read,
      output_tokens: Math.max(1, approxTokens(outputText)),
      service_tier: 'standard',
    };
  }

  function answer(body: MessagesRequest, reply: AnthropicReply): VendorAnswer {
    if ('error' in reply)
      return error(reply.error.status, reply.error.type, reply.error.message ?? reply.error.type, reply.headers);
    const content: Block[] = [];
    if (reply.thinking) {
      const signature = id('sig');
      signatures.set(signature, reply.thinking);
      content.push({ type: 'thinking', thinking: reply.thinking, signature });
    }
    if ('tools' in reply) {
      if (reply.text) content.push({ type: 'text', text: reply.text });
      for (const tool of reply.tools)
        content.push({ type: 'tool_use', id: id('toolu'), name: tool.name, input: tool.input });
    } else if (reply.text) {
      content.push({ type: 'text', text: reply.text });
    }
    const stopReason = 'tools' in reply ? 'tool_use' : (reply.stopReason ?? 'end_turn');
    return {
      status: 200,
      headers: { 'request-id': id('req') },
      body: {
        id: id('msg'),
        type: 'message',
        role: 'assistant',
        model: body.model,
        content,
        stop_reason: stopReason,
        stop_sequence: null,
        usage: usage(body, JSON.stringify(content)),
      },
    };
  }

  const server: VendorServer = await startVendorServer(
    (request) => {
      if (request.method !== 'POST' || request.path !== '/v1/messages') {
        return error(404, 'not_found_error', `Not found: ${request.method} ${request.path}`);
      }
      const key = request.headers['x-api-key'] ?? /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (key !== apiKey) return error(401, 'authentication_error', 'invalid x-api-key');
      const version = request.headers['anthropic-version'];
      if (!version) return error(400, 'invalid_request_error', 'anthropic-version: header is required');
      const body = request.json as MessagesRequest | undefined;
      if (!body || typeof body !== 'object')
        return error(400, 'invalid_request_error', 'The request body is not valid JSON.');
      calls.push(body);
      const problem = validate(body, signatures, version);
      if (problem) return error(400, 'invalid_request_error', problem);
      const step = steps.shift() ?? standing;
      if (!step) return error(500, 'api_error', 'fake-anthropic: no scripted answer left for this request');
      const reply = typeof step === 'function' ? step(view(body)) : step;
      return { ...answer(body, reply), delayMs: reply.delayMs };
    },
    { port: options.port },
  );

  return {
    url: server.url,
    requests: server.requests,
    calls,
    script: (...more) => void steps.push(...more),
    pending: () => steps.length,
    always: (step) => {
      standing = step;
    },
    reset() {
      server.requests.length = 0;
      calls.length = 0;
      steps.length = 0;
      standing = undefined;
      cache.clear();
    },
    close: () => server.close(),
  };
}
