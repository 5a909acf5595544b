/**
 * The model port: what the conversation engine needs from an LLM vendor,
 * whatever its wire format. A provider starts a session from a neutral
 * chat; the session asks the model for one step at a time and keeps the
 * vendor's own message list (tool results, corrections) between steps.
 *
 * To add a provider: write one file exporting a `ModelProvider` factory
 * (see anthropic.ts, openai.ts), map its SDK's errors in `errors.ts`, add
 * its default model to models.ts and its prices to domain/llm-pricing.ts,
 * and add it to the factories in registry.ts. The chain tests then run it
 * against a local fake of the vendor.
 */
import type { TokenUsage } from '../../domain/llm-pricing.js';
import type { ToolSpec } from './tools/registry.js';

export interface ImageInput {
  mimeType: string;
  /** Bytes (sent base64) or a URL the vendor fetches. */
  data?: Buffer | undefined;
  url?: string | undefined;
}

export interface ChatInput {
  /** The stable, cacheable prefix (instructions and the business's data): byte-identical across turns. */
  system: string;
  /** Earlier turns, oldest first, as plain text. */
  history: { role: 'user' | 'assistant'; text: string }[];
  /** The turn to answer: our context for it (time, memory…), then the customer's words and images. */
  turn: { context: string; customer: string; images: ImageInput[] };
  tools: ToolSpec[];
  maxOutputTokens: number;
  /** How hard a thinking model should think, where the provider and model take it. */
  effort: 'low' | 'medium' | 'high';
  /** Groups requests that share a prefix (OpenAI's prompt_cache_key): the business id. */
  cacheKey: string;
}

export interface ToolCallRequest {
  id: string;
  name: string;
  /** The arguments as the vendor gave them: an object, or a JSON string. */
  input: unknown;
}

export type StepFinish = 'end' | 'tool_calls' | 'max_tokens' | 'refusal' | 'other';

export interface ModelStep {
  text: string;
  toolCalls: ToolCallRequest[];
  finish: StepFinish;
  usage: TokenUsage;
  /** The model that answered, as the vendor named it. */
  model: string;
}

export interface ToolResultInput {
  id: string;
  content: string;
  isError: boolean;
}

export interface ModelSession {
  /** One model call; throws the vendor SDK's error on failure (see errors.ts). */
  step(options: { signal: AbortSignal; timeoutMs: number }): Promise<ModelStep>;
  /** Answers every tool call of the last step. */
  addToolResults(results: ToolResultInput[]): void;
  /** After a final answer that failed a check: tells the model what to fix before the next step. */
  addCorrection(text: string): void;
}

export interface ModelProvider {
  /** "anthropic" or "openai": the breaker key and the settings' name. */
  readonly name: string;
  readonly model: string;
  start(input: ChatInput): ModelSession;
}
