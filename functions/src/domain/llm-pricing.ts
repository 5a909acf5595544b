/**
 * What a model call costs: one price table per model, in USD per million
 * tokens, with the date the prices were read. Update the table (and the
 * date) when a vendor changes its prices; a model missing here is costed
 * at zero and reported as unpriced, never guessed.
 *
 * Sources, read on PRICES_AS_OF:
 * - Anthropic: platform.claude.com/docs/en/about-claude/pricing and each
 *   model's page (5-minute cache writes; Claude Sonnet 5.5's cache reads
 *   cut to 0.05× input on 2026-10-07; Claude Haiku 5.5 bills a whole request
 *   at 5× when its prompt passes 100k tokens).
 * - OpenAI: developers.openai.com/api/docs/pricing and each model's page
 *   (GPT-6.x bills a whole request at 2× input and cache, 1.5× output past
 *   272k input tokens; cache writes are 30-minute writes).
 */

export const PRICES_AS_OF = '2026-12-01';

export interface ModelPrice {
  /** USD per million uncached input tokens. */
  input: number;
  output: number;
  /** Input tokens served from the prompt cache. */
  cacheRead: number;
  /** Input tokens written to the prompt cache (Anthropic reports them; OpenAI does not). */
  cacheWrite: number;
  /** A request whose prompt passes `tokens` is billed at these multiples, on every token of it. */
  longPrompt?: { tokens: number; inputFactor: number; outputFactor: number } | undefined;
}

const GPT6_LONG = { tokens: 272_000, inputFactor: 2, outputFactor: 1.5 };

export const MODEL_PRICES: Readonly<Record<string, ModelPrice>> = {
  // Anthropic
  'claude-sonnet-5-5': { input: 2, output: 10, cacheRead: 0.1, cacheWrite: 2.5 },
  'claude-haiku-5-5': {
    input: 0.1,
    output: 0.5,
    cacheRead: 0.01,
    cacheWrite: 0.125,
    longPrompt: { tokens: 100_000, inputFactor: 5, outputFactor: 5 },
  },
  'claude-opus-5-5': { input: 4, output: 20, cacheRead: 0.2, cacheWrite: 5 },
  'claude-sonnet-5': { input: 2, output: 10, cacheRead: 0.2, cacheWrite: 2.5 },
  'claude-opus-5': { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  'claude-haiku-4-5': { input: 1, output: 5, cacheRead: 0.1, cacheWrite: 1.25 },
  'claude-sonnet-4-6': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
  // OpenAI
  'gpt-6.1-terra': { input: 1, output: 5, cacheRead: 0.05, cacheWrite: 1.25, longPrompt: GPT6_LONG },
  'gpt-6.1-sol': { input: 2, output: 10, cacheRead: 0.1, cacheWrite: 2.5, longPrompt: GPT6_LONG },
  'gpt-6-sol': { input: 2, output: 10, cacheRead: 0.2, cacheWrite: 2.5, longPrompt: GPT6_LONG },
  'gpt-6-luna': { input: 0.1, output: 0.5, cacheRead: 0.01, cacheWrite: 0.125, longPrompt: GPT6_LONG },
  'gpt-5.6-terra': { input: 2, output: 12, cacheRead: 0.2, cacheWrite: 2 },
};

/**
 * Speech to text: per minute of audio (gpt-transcribe, whisper-1 report the
 * duration) or per million audio tokens in and text tokens out
 * (gpt-4o-transcribe reports tokens).
 */
export const TRANSCRIPTION_PRICES: Readonly<
  Record<string, { perMinute?: number; audioInput?: number; output?: number }>
> = {
  'gpt-transcribe': { perMinute: 0.0045 },
  'gpt-4o-transcribe': { audioInput: 2.5, output: 10 },
  'whisper-1': { perMinute: 0.006 },
};

export interface TokenUsage {
  /** Input tokens billed at the full rate (not read from or written to the cache). */
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
}

export const NO_USAGE: TokenUsage = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };

export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cacheReadTokens: a.cacheReadTokens + b.cacheReadTokens,
    cacheWriteTokens: a.cacheWriteTokens + b.cacheWriteTokens,
  };
}

/** The price of a model; a dated snapshot ("claude-haiku-4-5-20251001", "gpt-6-sol-2026-09-22") is priced as its alias. */
export function priceOf(model: string): ModelPrice | undefined {
  return MODEL_PRICES[model] ?? MODEL_PRICES[model.replace(/-(?:\d{8}|\d{4}-\d{2}-\d{2})$/, '')];
}

const round = (usd: number) => Math.round(usd * 1e8) / 1e8;

/** The cost in USD of one model call (one request: the long-prompt tier applies per request). */
export function callCostUsd(model: string, usage: TokenUsage): { costUsd: number; priced: boolean } {
  const price = priceOf(model);
  if (!price) return { costUsd: 0, priced: false };
  const prompt = usage.inputTokens + usage.cacheReadTokens + usage.cacheWriteTokens;
  const long = price.longPrompt && prompt > price.longPrompt.tokens ? price.longPrompt : undefined;
  const inFactor = long?.inputFactor ?? 1;
  const outFactor = long?.outputFactor ?? 1;
  const usd =
    (usage.inputTokens * price.input * inFactor +
      usage.cacheReadTokens * price.cacheRead * inFactor +
      usage.cacheWriteTokens * price.cacheWrite * inFactor +
      usage.outputTokens * price.output * outFactor) /
    1_000_000;
  return { costUsd: round(usd), priced: true };
}

export type TranscriptionUsage = { seconds: number } | { audioTokens: number; outputTokens: number };

/** The cost in USD of one transcription, from the usage the API reports (duration or tokens). */
export function transcriptionCostUsd(model: string, usage: TranscriptionUsage): { costUsd: number; priced: boolean } {
  const price = TRANSCRIPTION_PRICES[model];
  if ('seconds' in usage && price?.perMinute !== undefined) {
    return { costUsd: round((usage.seconds / 60) * price.perMinute), priced: true };
  }
  if ('audioTokens' in usage && price?.audioInput !== undefined && price.output !== undefined) {
    return {
      costUsd: round((usage.audioTokens * price.audioInput + usage.outputTokens * price.output) / 1_000_000),
      priced: true,
    };
  }
  return { costUsd: 0, priced: false };
}
