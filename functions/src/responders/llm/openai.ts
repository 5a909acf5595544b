/**
 * OpenAI through Chat Completions (the `openai` SDK).
 *
 * - The stable prefix is the first (developer) message and the tools come
 *   before it, so OpenAI's automatic prefix cache reuses them; the business
 *   id is the `prompt_cache_key`, which routes a business's requests to the
 *   same cache.
 * - GPT-5.6 and later reject function tools on Chat Completions unless
 *   reasoning is off ("Function tools with reasoning_effort are not
 *   supported in /v1/chat/completions"), so those models get
 *   `reasoning_effort: "none"`; a front desk answers from its data and
 *   tools, and answers faster without it.
 * - The SDK's own retries are off (`maxRetries: 0`); the chain decides.
 * - The SDK is loaded on first use.
 */
import type OpenAIClient from 'openai';
import type {
  ChatCompletionContentPart,
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import { InvalidReplyError } from './errors.js';
import type { ChatInput, ImageInput, ModelProvider, ModelSession, ModelStep, StepFinish } from './model.js';

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

export interface OpenAiOptions {
  apiKey: string;
  /** Ends in /v1. */
  baseURL: string;
  model: string;
}

const clients = new Map<string, Promise<OpenAIClient>>();

export function openAiClient(options: { apiKey: string; baseURL: string }): Promise<OpenAIClient> {
  const key = `${options.baseURL}\n${options.apiKey}`;
  let promise = clients.get(key);
  if (!promise) {
    promise = import('openai').then(
      ({ default: OpenAI }) => new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 0 }),
    );
    clients.set(key, promise);
  }
  return promise;
}

/** Models that only call function tools on Chat Completions with reasoning off. */
export function needsReasoningOff(model: string): boolean {
  const match = /^gpt-(\d+)(?:\.(\d+))?/.exec(model);
  if (!match) return false;
  const [major, minor] = [Number(match[1]), Number(match[2] ?? 0)];
  return major > 5 || (major === 5 && minor >= 6);
}

export function openAiImage(image: ImageInput): ChatCompletionContentPart | undefined {
  if (!IMAGE_TYPES.has(image.mimeType)) return undefined;
  const url = image.data ? `data:${image.mimeType};base64,${image.data.toString('base64')}` : image.url;
  return url ? { type: 'image_url', image_url: { url } } : undefined;
}

function finishOf(reason: string | null | undefined): StepFinish {
  switch (reason) {
    case 'stop':
      return 'end';
    case 'tool_calls':
    case 'function_call':
      return 'tool_calls';
    case 'length':
      return 'max_tokens';
    case 'content_filter':
      return 'refusal';
    default:
      return 'other';
  }
}

class OpenAiSession implements ModelSession {
  private readonly messages: ChatCompletionMessageParam[];
  private readonly tools: ChatCompletionTool[];

  constructor(
    private readonly options: OpenAiOptions,
    private readonly input: ChatInput,
  ) {
    const images = input.turn.images.map(openAiImage).filter((p): p is ChatCompletionContentPart => p !== undefined);
    this.messages = [
      { role: 'developer', content: input.system },
      ...input.history.map((h): ChatCompletionMessageParam => ({ role: h.role, content: h.text })),
      {
        role: 'user',
        content: [{ type: 'text', text: input.turn.context }, ...images, { type: 'text', text: input.turn.customer }],
      },
    ];
    this.tools = input.tools.map((t) => ({
      type: 'function',
      function: { name: t.name, description: t.description, parameters: t.parameters },
    }));
  }

  async step({ signal, timeoutMs }: { signal: AbortSignal; timeoutMs: number }): Promise<ModelStep> {
    const openai = await openAiClient(this.options);
    const completion = await openai.chat.completions.create(
      {
        model: this.options.model,
        messages: this.messages,
        // A request without tools (a translation) leaves the field out: OpenAI refuses an empty list.
        ...(this.tools.length ? { tools: this.tools } : {}),
        max_completion_tokens: this.input.maxOutputTokens,
        prompt_cache_key: this.input.cacheKey,
        ...(needsReasoningOff(this.options.model) ? { reasoning_effort: 'none' as const } : {}),
      },
      { signal, timeout: Math.max(1, Math.floor(timeoutMs)), maxRetries: 0 },
    );
    const choice = completion.choices[0];
    if (!choice) throw new InvalidReplyError('OpenAI answered with no choice');
    const message = choice.message;
    const calls = (message.tool_calls ?? []).flatMap((c) =>
      c.type === 'function' ? [{ id: c.id, name: c.function.name, input: c.function.arguments }] : [],
    );
    this.messages.push({
      role: 'assistant',
      content: message.content,
      ...(message.tool_calls?.length ? { tool_calls: message.tool_calls } : {}),
    });
    const refused = typeof message.refusal === 'string' && message.refusal.length > 0;
    const text = message.content ?? '';
    if (!text.trim() && calls.length === 0 && !refused) {
      throw new InvalidReplyError(`OpenAI answered with no text and no tool call (${choice.finish_reason})`);
    }
    const usage = completion.usage;
    const cached = usage?.prompt_tokens_details?.cached_tokens ?? 0;
    const written = usage?.prompt_tokens_details?.cache_write_tokens ?? 0;
    return {
      text,
      toolCalls: calls,
      finish: refused ? 'refusal' : finishOf(choice.finish_reason),
      model: completion.model,
      usage: {
        // prompt_tokens counts every prompt token, those read from and written to the cache included.
        inputTokens: Math.max(0, (usage?.prompt_tokens ?? 0) - cached - written),
        outputTokens: usage?.completion_tokens ?? 0,
        cacheReadTokens: cached,
        cacheWriteTokens: written,
      },
    };
  }

  addToolResults(results: { id: string; content: string; isError: boolean }[]): void {
    for (const r of results) this.messages.push({ role: 'tool', tool_call_id: r.id, content: r.content });
  }

  addCorrection(text: string): void {
    this.messages.push({ role: 'user', content: text });
  }
}

export function openAiProvider(options: OpenAiOptions): ModelProvider {
  return {
    name: 'openai',
    model: options.model,
    start: (input) => new OpenAiSession(options, input),
  };
}
