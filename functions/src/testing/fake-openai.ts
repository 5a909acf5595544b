/**
 * A local fake of OpenAI's API for tests, driven by the real `openai` SDK
 * through its `baseURL` (`${url}/v1`). It speaks the wire format of:
 *
 *   POST /v1/chat/completions   (Authorization: Bearer …)
 *   → { id, object: "chat.completion", created, model, choices: [{ index,
 *       message: { role, content, refusal, tool_calls?: [{ id, type: "function",
 *       function: { name, arguments } }] }, finish_reason }], usage: {
 *       prompt_tokens, completion_tokens, total_tokens,
 *       prompt_tokens_details: { cached_tokens, cache_write_tokens } } }
 *   POST /v1/audio/transcriptions  (multipart/form-data: file, model, …)
 *   → { text, usage: { type: "duration", seconds } | { type: "tokens", … } }
 *   errors → { error: { message, type, param, code } } (401 invalid_api_key,
 *   400 invalid_request_error, 429 rate_limit_exceeded + retry-after, 500, 503)
 *
 * It checks what the real API checks and a client can get wrong: the key,
 * required fields, every `tool` message answering a `tool_calls` id of the
 * assistant message before it and every call answered, `max_tokens` refused
 * by reasoning-era models, function tools refused on GPT-5.6+ unless
 * `reasoning_effort` is "none", image parts (https or a data URL), the
 * audio file's format. Automatic prompt caching is simulated: the longest
 * prefix shared with an earlier request (same prompt_cache_key) counts as
 * cached, in 128-token steps, from 1024 tokens.
 *
 * Tests script the model's answers in order (`script`) and the transcripts
 * (`transcribeNext`).
 */
import { createHash } from 'node:crypto';
import { type VendorAnswer, type VendorRequest, approxTokens, startVendorServer } from './fake-vendor-server.js';

export const FAKE_OPENAI_KEY = 'sk-proj-fake-key-for-tests-0123456789';

type Part = { type: string; text?: string; image_url?: { url?: string } };
interface ChatMessage {
  role: string;
  content?: string | Part[] | null;
  tool_calls?: { id: string; type: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  tools?: { type: string; function: { name: string; description?: string; parameters?: Record<string, unknown> } }[];
  max_tokens?: number;
  max_completion_tokens?: number;
  reasoning_effort?: string;
  prompt_cache_key?: string;
  [key: string]: unknown;
}

export interface OpenAiView {
  body: ChatRequest;
  /** Text of the last user message. */
  lastUserText: string;
  /** The tool messages after the last assistant message. */
  toolResults: { toolCallId: string; content: string }[];
  systemText: string;
}

export type OpenAiReply =
  | { text: string; finishReason?: 'stop' | 'length' | 'content_filter' }
  | { tools: { name: string; arguments: unknown }[]; text?: string }
  | { refusal: string }
  | {
      error: { status: number; type: string; code?: string | null; message?: string };
      headers?: Record<string, string>;
    };

export type OpenAiStep =
  (OpenAiReply & { delayMs?: number }) | ((view: OpenAiView) => OpenAiReply & { delayMs?: number });

export interface TranscriptionCall {
  model: string;
  fileName: string;
  contentType: string;
  bytes: number;
  fields: Record<string, string[]>;
}

export type TranscriptStep =
  | { text: string; seconds?: number; languages?: string[]; delayMs?: number }
  | { error: { status: number; type: string; message?: string } };

export interface FakeOpenAi {
  /** Server root; the SDK's baseURL is `${url}/v1`. */
  readonly url: string;
  readonly requests: VendorRequest[];
  readonly calls: ChatRequest[];
  readonly transcriptions: TranscriptionCall[];
  script(...steps: OpenAiStep[]): void;
  transcribeNext(...steps: TranscriptStep[]): void;
  pending(): number;
  /** The answer when the queue is empty (a model that always says the same); undefined to answer 500. */
  always(step: OpenAiStep | undefined): void;
  reset(): void;
  close(): Promise<void>;
}

const AUDIO_EXTENSIONS = /\.(flac|mp3|mp4|mpeg|mpga|m4a|ogg|oga|wav|webm)$/i;
const MAX_AUDIO_BYTES = 25 * 1024 * 1024;
const MIN_CACHE_TOKENS = 1024;

const id = (prefix: string) =>
  `${prefix}${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 24)}`;

function error(
  status: number,
  type: string,
  message: string,
  code: string | null = null,
  param: string | null = null,
  headers?: Record<string, string>,
): VendorAnswer {
  return {
    status,
    body: { error: { message, type, param, code } },
    headers: { 'x-request-id': id('req_'), ...headers },
  };
}

/** GPT-5.6 and later: reasoning models that take function tools on Chat Completions only with reasoning off. */
function isLateReasoningModel(model: string): boolean {
  const m = /^gpt-(\d+)(?:\.(\d+))?/.exec(model);
  if (!m) return false;
  const [major, minor] = [Number(m[1]), Number(m[2] ?? 0)];
  return major > 5 || (major === 5 && minor >= 6);
}
const isReasoningModel = (model: string) => /^(gpt-[5-9]|o\d)/.test(model);

const textOf = (content: ChatMessage['content']) =>
  typeof content === 'string' ? content : (content ?? []).map((p) => p.text ?? '').join('\n');

function validate(body: ChatRequest): { message: string; param?: string; code?: string } | undefined {
  if (typeof body.model !== 'string' || !body.model)
    return { message: 'you must provide a model parameter', param: 'model' };
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    return { message: "Invalid 'messages': empty array. Expected an array with minimum length 1.", param: 'messages' };
  }
  if (body.max_tokens !== undefined && isReasoningModel(body.model)) {
    return {
      message:
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      param: 'max_tokens',
      code: 'unsupported_parameter',
    };
  }
  if (body.tools?.length && isLateReasoningModel(body.model) && body.reasoning_effort !== 'none') {
    return {
      message: `Function tools with reasoning_effort are not supported for ${body.model} in /v1/chat/completions. Please use /v1/responses instead.`,
      param: 'reasoning_effort',
    };
  }
  for (const tool of body.tools ?? []) {
    if (tool.type !== 'function' || !/^[a-zA-Z0-9_-]{1,64}$/.test(tool.function?.name ?? '')) {
      return { message: "Invalid 'tools': each tool must be a function with a valid name.", param: 'tools' };
    }
    if (tool.function.parameters && tool.function.parameters.type !== 'object') {
      return {
        message: `Invalid schema for function '${tool.function.name}': schema must be a JSON Schema of 'type: "object"'.`,
        param: 'tools',
      };
    }
  }
  let open: string[] = [];
  for (const [i, message] of body.messages.entries()) {
    if (!['system', 'developer', 'user', 'assistant', 'tool'].includes(message.role)) {
      return {
        message: `Invalid value: '${message.role}'. Supported values are: 'system', 'developer', 'user', 'assistant', and 'tool'.`,
        param: `messages[${i}].role`,
      };
    }
    if (message.role === 'tool') {
      if (!message.tool_call_id || !open.includes(message.tool_call_id)) {
        return {
          message:
            "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
          param: `messages.[${i}].role`,
        };
      }
      open = open.filter((o) => o !== message.tool_call_id);
      continue;
    }
    if (open.length > 0) {
      return {
        message: `An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: ${open.join(', ')}`,
        param: 'messages',
      };
    }
    if (message.role === 'assistant') open = (message.tool_calls ?? []).map((c) => c.id);
    if (Array.isArray(message.content)) {
      for (const part of message.content) {
        const url = part.image_url?.url;
        if (
          part.type === 'image_url' &&
          !(url && (/^https:\/\//.test(url) || /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+=*$/.test(url)))
        ) {
          return {
            message: `Invalid image_url in messages[${i}].`,
            param: `messages[${i}].content`,
            code: 'invalid_image_url',
          };
        }
      }
    }
  }
  if (open.length > 0) {
    return {
      message: `The following tool_call_ids did not have response messages: ${open.join(', ')}`,
      param: 'messages',
    };
  }
  return undefined;
}

function view(body: ChatRequest): OpenAiView {
  const lastAssistant = body.messages.map((m) => m.role).lastIndexOf('assistant');
  const users = body.messages.filter((m) => m.role === 'user');
  return {
    body,
    lastUserText: textOf(users.at(-1)?.content),
    toolResults: body.messages
      .slice(lastAssistant + 1)
      .filter((m) => m.role === 'tool')
      .map((m) => ({ toolCallId: m.tool_call_id ?? '', content: textOf(m.content) })),
    systemText: body.messages
      .filter((m) => m.role === 'system' || m.role === 'developer')
      .map((m) => textOf(m.content))
      .join('\n'),
  };
}

/** multipart/form-data → fields and the file part. */
function parseMultipart(
  raw: Buffer,
  contentType: string,
): { fields: Record<string, string[]>; file?: { name: string; type: string; data: Buffer } } | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) return undefined;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const fields: Record<string, string[]> = {};
  let file: { name: string; type: string; data: Buffer } | undefined;
  let start = raw.indexOf(delimiter);
  while (start >= 0) {
    const next = raw.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const part = raw.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n');
    if (split >= 0) {
      const head = part.subarray(0, split).toString('utf8');
      const data = part.subarray(split + 4);
      // Arrays come as repeated `name[]` fields (the SDK's encoding, which the API reads as a list).
      const name = (/name="([^"]*)"/i.exec(head)?.[1] ?? '').replace(/\[\]$/, '');
      const filename = /filename="([^"]*)"/i.exec(head)?.[1];
      if (filename !== undefined)
        file = { name: filename, type: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? '', data };
      else (fields[name] ??= []).push(data.toString('utf8'));
    }
    start = next;
  }
  return { fields, file };
}

export async function startFakeOpenAi(
  /** `port`: 0 (default) picks a free port; emulator tests use a fixed one. */
  options: { apiKey?: string; port?: number } = {},
): Promise<FakeOpenAi> {
  const apiKey = options.apiKey ?? FAKE_OPENAI_KEY;
  const steps: OpenAiStep[] = [];
  let standing: OpenAiStep | undefined;
  const transcripts: TranscriptStep[] = [];
  const calls: ChatRequest[] = [];
  const transcriptions: TranscriptionCall[] = [];
  const seen = new Map<string, string[]>();

  function usage(body: ChatRequest, output: string) {
    const prompt = JSON.stringify(body.tools ?? []) + JSON.stringify(body.messages);
    const promptTokens = approxTokens(prompt);
    const key = body.prompt_cache_key ?? '';
    const earlier = seen.get(key) ?? [];
    let shared = 0;
    for (const other of earlier) {
      let n = 0;
      while (n < other.length && n < prompt.length && other[n] === prompt[n]) n++;
      shared = Math.max(shared, n);
    }
    earlier.push(prompt);
    seen.set(key, earlier);
    const sharedTokens = Math.floor(shared / 4);
    const cached =
      promptTokens >= MIN_CACHE_TOKENS && sharedTokens >= MIN_CACHE_TOKENS ? Math.floor(sharedTokens / 128) * 128 : 0;
    const written = promptTokens >= MIN_CACHE_TOKENS ? Math.floor((promptTokens - cached) / 128) * 128 : 0;
    const completion = Math.max(1, approxTokens(output));
    return {
      prompt_tokens: promptTokens,
      completion_tokens: completion,
      total_tokens: promptTokens + completion,
      prompt_tokens_details: { cached_tokens: cached, cache_write_tokens: written, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    };
  }

  function chat(body: ChatRequest, reply: OpenAiReply): VendorAnswer {
    if ('error' in reply) {
      const { status, type, code, message } = reply.error;
      return error(status, type, message ?? type, code ?? null, null, reply.headers);
    }
    const message: Record<string, unknown> = { role: 'assistant', content: null, refusal: null, annotations: [] };
    let finish = 'stop';
    if ('refusal' in reply) {
      message.refusal = reply.refusal;
    } else if ('tools' in reply) {
      message.content = reply.text ?? null;
      message.tool_calls = reply.tools.map((t) => ({
        id: id('call_'),
        type: 'function',
        function: {
          name: t.name,
          arguments: typeof t.arguments === 'string' ? t.arguments : JSON.stringify(t.arguments),
        },
      }));
      finish = 'tool_calls';
    } else {
      message.content = reply.text;
      finish = reply.finishReason ?? 'stop';
    }
    return {
      status: 200,
      headers: { 'x-request-id': id('req_') },
      body: {
        id: id('chatcmpl-'),
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message, logprobs: null, finish_reason: finish }],
        usage: usage(body, JSON.stringify(message)),
        service_tier: 'default',
        system_fingerprint: null,
      },
    };
  }

  function transcribe(request: VendorRequest): VendorAnswer {
    const form = parseMultipart(request.raw, request.headers['content-type'] ?? '');
    if (!form) return error(400, 'invalid_request_error', 'Expected multipart/form-data.');
    const model = form.fields.model?.[0];
    if (!model) return error(400, 'invalid_request_error', 'you must provide a model parameter', null, 'model');
    if (!form.file || form.file.data.length === 0)
      return error(400, 'invalid_request_error', 'No file was uploaded.', null, 'file');
    if (!AUDIO_EXTENSIONS.test(form.file.name)) {
      return error(
        400,
        'invalid_request_error',
        "Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm']",
        null,
        'file',
      );
    }
    if (form.file.data.length > MAX_AUDIO_BYTES)
      return error(413, 'invalid_request_error', 'Maximum content size limit exceeded.');
    transcriptions.push({
      model,
      fileName: form.file.name,
      contentType: form.file.type,
      bytes: form.file.data.length,
      fields: form.fields,
    });
    const step = transcripts.shift();
    if (!step) return error(500, 'server_error', 'fake-openai: no scripted transcript left');
    if ('error' in step) return error(step.error.status, step.error.type, step.error.message ?? step.error.type);
    const body: Record<string, unknown> = { text: step.text, usage: { type: 'duration', seconds: step.seconds ?? 5 } };
    if (step.languages) body.languages = step.languages.map((code) => ({ code }));
    return { status: 200, body, delayMs: step.delayMs };
  }

  const server = await startVendorServer(
    (request) => {
      if (request.headers.authorization !== `Bearer ${apiKey}`) {
        return error(
          401,
          'invalid_request_error',
          'Incorrect API key provided: sk-…. You can find your API key at https://platform.openai.com/account/api-keys.',
          'invalid_api_key',
        );
      }
      if (request.method === 'POST' && request.path === '/v1/audio/transcriptions') return transcribe(request);
      if (request.method !== 'POST' || request.path !== '/v1/chat/completions') {
        return error(404, 'invalid_request_error', `Invalid URL (${request.method} ${request.path})`);
      }
      const body = request.json as ChatRequest | undefined;
      if (!body || typeof body !== 'object')
        return error(400, 'invalid_request_error', 'We could not parse the JSON body of your request.');
      calls.push(body);
      const problem = validate(body);
      if (problem)
        return error(400, 'invalid_request_error', problem.message, problem.code ?? null, problem.param ?? null);
      const step = steps.shift() ?? standing;
      if (!step) return error(500, 'server_error', 'fake-openai: no scripted answer left for this request');
      const reply = typeof step === 'function' ? step(view(body)) : step;
      return { ...chat(body, reply), delayMs: reply.delayMs };
    },
    { port: options.port },
  );

  return {
    url: server.url,
    requests: server.requests,
    calls,
    transcriptions,
    script: (...more) => void steps.push(...more),
    transcribeNext: (...more) => void transcripts.push(...more),
    pending: () => steps.length,
    always: (step) => {
      standing = step;
    },
    reset() {
      server.requests.length = 0;
      calls.length = 0;
      transcriptions.length = 0;
      steps.length = 0;
      standing = undefined;
      transcripts.length = 0;
      seen.clear();
    },
    close: () => server.close(),
  };
}
