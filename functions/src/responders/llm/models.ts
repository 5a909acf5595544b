/**
 * The models the engine uses when a business's settings name none, taken
 * from the vendors' model pages on 2026-12-01:
 *
 * - Claude Sonnet 5.5: Anthropic's current "best combination of speed and
 *   intelligence", with vision and tool use.
 * - GPT-6.1 Terra: OpenAI's fast, low-cost model with vision and function
 *   calling; on Chat Completions it calls tools only without reasoning
 *   (`reasoning_effort: "none"`, see openai.ts), which also keeps replies quick.
 * - GPT Transcribe: OpenAI's speech-to-text model for recorded audio, which
 *   takes language and keyword hints (the business's languages and services).
 *
 * Each has a price in domain/llm-pricing.ts.
 */
import type { AiProvider, AiSettings } from '../../domain/business.js';

export const DEFAULT_MODELS: Record<AiProvider | 'transcription', string> = {
  anthropic: 'claude-sonnet-5-5',
  openai: 'gpt-6.1-terra',
  transcription: 'gpt-transcribe',
};

export function modelFor(settings: AiSettings, name: AiProvider | 'transcription'): string {
  return settings.models[name] ?? DEFAULT_MODELS[name];
}
