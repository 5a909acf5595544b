/**
 * Claude through Anthropic's Messages API (@anthropic-ai/sdk).
 *
 * - The stable prefix is the system prompt with `cache_control`, which
 *   caches the tool definitions and the prefix together (tools come first in
 *   the cache order); a second breakpoint on the last message lets each tool
 *   round read the previous round from the cache.
 * - The assistant's content blocks are sent back as they came (thinking
 *   blocks included: Claude's adaptive thinking requires it), followed by a
 *   user message of `tool_result` blocks, one per `tool_use`.
 * - The SDK's own retries are off (`maxRetries: 0`) and each call gets the
 *   chain's timeout and abort signal: the chain decides what to retry.
 * - The SDK is loaded on first use (it costs ~120 ms of cold start).
 */
import type AnthropicClient from '@anthropic-ai/sdk';
import type {
  MessageParam,
  ContentBlockParam,
  ImageBlockParam,
  Tool as AnthropicTool,
} from '@anthropic-ai/sdk/resources/messages';
import { InvalidReplyError } from './errors.js';
import type { ChatInput, ImageInput, ModelProvider, ModelSession, ModelStep, StepFinish } from './model.js';

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

export interface AnthropicOptions {
  apiKey: string;
  baseURL: string;
  model: string;
}

const clients = new Map<string, Promise<AnthropicClient>>();

function client(options: AnthropicOptions): Promise<AnthropicClient> {
  const key = `${options.baseURL}\n${options.apiKey}`;
  let promise = clients.get(key);
  if (!promise) {
    promise = import('@anthropic-ai/sdk').then(
      ({ default: Anthropic }) => new Anthropic({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 0 }),
    );
    clients.set(key, promise);
  }
  return promise;
}

export function anthropicImage(image: ImageInput): ImageBlockParam | undefined {
  if (!IMAGE_TYPES.has(image.mimeType)) return undefined;
  if (image.data) {
    return {
      type: 'image',
      source: {
        type: 'base64',
        media_type: image.mimeType as 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp',
        data: image.data.toString('base64'),
      },
    };
  }
  return image.url ? { type: 'image', source: { type: 'url', url: image.url } } : undefined;
}

/**
 * Models that take `output_config.effort` (the Claude 5 family, Opus 4.5–4.8,
 * Sonnet 4.6); older ones refuse it.
 */
export function takesEffort(model: string): boolean {
  return /^claude-(?:(?:opus|sonnet|haiku|fable|mythos)-5|opus-4-[5-8]|sonnet-4-6)/.test(model);
}

function finishOf(stopReason: string | null): StepFinish {
  switch (stopReason) {
    case 'end_turn':
    case 'stop_sequence':
      return 'end';
    case 'tool_use':
      return 'tool_calls';
    case 'max_tokens':
      return 'max_tokens';
    case 'refusal':
      return 'refusal';
    default:
      return 'other';
  }
}

/** The messages with a cache breakpoint on the last block of the last one (a copy: the session keeps none). */
function withLastBreakpoint(messages: MessageParam[]): MessageParam[] {
  const last = messages.at(-1);
  if (!last || last.role !== 'user' || typeof last.content === 'string') return messages;
  const blocks = [...last.content];
  const end = blocks.at(-1);
  if (end && (end.type === 'text' || end.type === 'tool_result' || end.type === 'image')) {
    blocks[blocks.length - 1] = { ...end, cache_control: { type: 'ephemeral' } };
  }
  return [...messages.slice(0, -1), { role: 'user', content: blocks }];
}

class AnthropicSession implements ModelSession {
  private readonly messages: MessageParam[];
  private readonly tools: AnthropicTool[];

  constructor(
    private readonly options: AnthropicOptions,
    private readonly input: ChatInput,
  ) {
    const images = input.turn.images.map(anthropicImage).filter((b): b is ImageBlockParam => b !== undefined);
    const turn: ContentBlockParam[] = [
      { type: 'text', text: input.turn.context },
      ...images,
      { type: 'text', text: input.turn.customer },
    ];
    this.messages = [
      ...input.history.map((h): MessageParam => ({ role: h.role, content: h.text })),
      { role: 'user', content: turn },
    ];
    this.tools = input.tools.map((t) => ({
      name: t.name,
      description: t.description,
      input_schema: t.parameters as AnthropicTool['input_schema'],
    }));
  }

  async step({ signal, timeoutMs }: { signal: AbortSignal; timeoutMs: number }): Promise<ModelStep> {
    const anthropic = await client(this.options);
    const message = await anthropic.messages.create(
      {
        model: this.options.model,
        max_tokens: this.input.maxOutputTokens,
        system: [{ type: 'text', text: this.input.system, cache_control: { type: 'ephemeral' } }],
        // A request without tools (a translation) leaves the field out: OpenAI refuses an empty list.
        ...(this.tools.length ? { tools: this.tools } : {}),
        messages: withLastBreakpoint(this.messages),
        ...(takesEffort(this.options.model) ? { output_config: { effort: this.input.effort } } : {}),
      },
      { signal, timeout: Math.max(1, Math.floor(timeoutMs)), maxRetries: 0 },
    );
    this.messages.push({ role: 'assistant', content: message.content });
    const text = message.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('\n');
    const toolCalls = message.content.flatMap((b) =>
      b.type === 'tool_use' ? [{ id: b.id, name: b.name, input: b.input }] : [],
    );
    if (!text.trim() && toolCalls.length === 0 && message.stop_reason !== 'refusal') {
      throw new InvalidReplyError(
        `Claude answered with no text and no tool call (${message.stop_reason ?? 'no stop reason'})`,
      );
    }
    const usage = message.usage;
    return {
      text,
      toolCalls,
      finish: finishOf(message.stop_reason),
      model: message.model,
      usage: {
        inputTokens: usage.input_tokens,
        outputTokens: usage.output_tokens,
        cacheReadTokens: usage.cache_read_input_tokens ?? 0,
        cacheWriteTokens: usage.cache_creation_input_tokens ?? 0,
      },
    };
  }

  addToolResults(results: { id: string; content: string; isError: boolean }[]): void {
    this.messages.push({
      role: 'user',
      content: results.map((r) => ({
        type: 'tool_result',
        tool_use_id: r.id,
        content: r.content,
        is_error: r.isError,
      })),
    });
  }

  addCorrection(text: string): void {
    this.messages.push({ role: 'user', content: [{ type: 'text', text }] });
  }
}

export function anthropicProvider(options: AnthropicOptions): ModelProvider {
  return {
    name: 'anthropic',
    model: options.model,
    start: (input) => new AnthropicSession(options, input),
  };
}
