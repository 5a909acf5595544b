/**
 * Which responder answers a business. The offline responder (retrieval over
 * the business's own knowledge, no API key) is the default and the last
 * fallback; with an LLM key the conversation engine (responders/llm) asks
 * the providers a business's `settings.ai.providers` lists, in that order,
 * among those whose key this deployment has.
 *
 * To add an LLM provider: its file in responders/llm, then a line in
 * `PROVIDERS` below (and its key in llm/secrets.ts).
 */
import type { AiProvider, AiSettings } from '../domain/business.js';
import { DEFAULT_MODELS } from './llm/models.js';
import { withBookingDialogue } from './booking-dialogue.js';
import { anthropicProvider } from './llm/anthropic.js';
import { BreakerBook } from './llm/breakers.js';
import { createEngineResponder } from './llm/engine.js';
import { offlineKnowledgeSearch } from './llm/knowledge.js';
import type { ModelProvider } from './llm/model.js';
import { openAiProvider } from './llm/openai.js';
import { sharedSafetyRules } from './llm/safety.js';
import { type LlmKeys, type LlmUrls, llmKeys, llmUrls } from './llm/secrets.js';
import { DEFAULT_TOOLS } from './llm/tools/index.js';
import { openAiTranscriber } from './llm/transcribe.js';
import { offlineResponder } from './offline/offline.js';
import type { Responder } from './responder.js';

export const responders = {
  // The offline booking dialogue answers those who book; everything else is the offline responder's.
  offline: withBookingDialogue(offlineResponder),
} satisfies Record<string, Responder>;

const PROVIDERS: Record<AiProvider, (key: string, urls: LlmUrls, model: string) => ModelProvider> = {
  anthropic: (apiKey, urls, model) => anthropicProvider({ apiKey, baseURL: urls.anthropic, model }),
  openai: (apiKey, urls, model) => openAiProvider({ apiKey, baseURL: urls.openai, model }),
};

/**
 * The first model a business's settings list among the providers this
 * deployment has a key for (translation in the dashboard), or undefined.
 */
export function firstModel(
  ai: Pick<AiSettings, 'providers' | 'models'>,
  env: ResponderEnvironment = { keys: llmKeys(), urls: llmUrls() },
): ModelProvider | undefined {
  for (const name of ai.providers) {
    const key = env.keys[name];
    if (key) return PROVIDERS[name](key, env.urls, ai.models[name] ?? DEFAULT_MODELS[name]);
  }
  return undefined;
}

/** Per process: a provider that keeps failing is skipped by every reply this instance serves. */
const breakers = new BreakerBook();

export interface ResponderEnvironment {
  keys: LlmKeys;
  urls: LlmUrls;
  breakers?: BreakerBook;
}

/**
 * The responder for this deployment: the offline responder when no LLM key
 * is set (exactly as before), else the engine, which picks providers per
 * business at reply time and falls back to the offline responder.
 */
export function selectResponder(env: ResponderEnvironment = { keys: llmKeys(), urls: llmUrls() }): Responder {
  const { keys, urls } = env;
  if (!keys.anthropic && !keys.openai) return responders.offline;
  // A booking dialogue the offline fallback started (and a reminder's buttons) carry on as they began.
  return withBookingDialogue(
    createEngineResponder({
      provider(name, model) {
        const key = keys[name];
        return key ? PROVIDERS[name](key, urls, model) : undefined;
      },
      transcriber: (model) =>
        keys.openai ? openAiTranscriber({ apiKey: keys.openai, baseURL: urls.openai, model }) : undefined,
      fallback: responders.offline,
      knowledge: offlineKnowledgeSearch,
      tools: DEFAULT_TOOLS,
      safety: sharedSafetyRules,
      breakers: env.breakers ?? breakers,
    }),
  );
}
