/**
 * The LLM vendors' API keys are deployment secrets, declared here and bound
 * only to the functions that answer customers (the reply trigger):
 *
 *   firebase functions:secrets:set ANTHROPIC_API_KEY
 *   firebase functions:secrets:set OPENAI_API_KEY
 *
 * Either, both or neither may be set: the registry uses the providers whose
 * key exists, and the offline responder with none. Under the emulator they
 * come from functions/.secret.local, where `off` stands for "no key" (an
 * empty value would send the emulator to Secret Manager, which it cannot
 * reach offline). Base URLs default to the vendors' own;
 * tests point them at local fakes with FRONTDESK_ANTHROPIC_API_URL and
 * FRONTDESK_OPENAI_API_URL.
 *
 * The emulator reads .secret.local before its own environment, so the demo
 * `off` would win over anything a test runner sets. Under the emulator
 * only (FUNCTIONS_EMULATOR), a key left `off` may therefore come from
 * FRONTDESK_EMULATOR_ANTHROPIC_API_KEY / FRONTDESK_EMULATOR_OPENAI_API_KEY:
 * the engine's emulator tests and the benchmark set them to the local fakes'
 * keys (functions/scripts/emulators.mjs `--llm`). Deployed functions never
 * read them.
 */
import { defineSecret } from 'firebase-functions/params';
import { optionalSecretValue } from '../../config.js';

export const ANTHROPIC_API_KEY = defineSecret('ANTHROPIC_API_KEY');
export const OPENAI_API_KEY = defineSecret('OPENAI_API_KEY');

/** Bind these to a function that answers with the engine: `onDocumentCreated({ secrets: LLM_SECRETS, … })`. */
export const LLM_SECRETS = [ANTHROPIC_API_KEY, OPENAI_API_KEY];

export interface LlmKeys {
  anthropic?: string | undefined;
  openai?: string | undefined;
}

export interface LlmUrls {
  /** Without /v1: the Anthropic SDK adds it. */
  anthropic: string;
  /** With /v1, as the OpenAI SDK expects. */
  openai: string;
}

/** A key, or undefined when it is unset, unbound, empty or the placeholder `off`. */
export function keyValue(param: { readonly name: string; value(): string }): string | undefined {
  const value = optionalSecretValue(param)?.trim();
  return value && value.toLowerCase() !== 'off' ? value : undefined;
}

/** The keys this function can read. */
export function llmKeys(env: NodeJS.ProcessEnv = process.env): LlmKeys {
  const emulated = env.FUNCTIONS_EMULATOR === 'true';
  const fromEmulator = (name: string) => {
    const value = emulated ? env[name]?.trim() : undefined;
    return value && value.toLowerCase() !== 'off' ? value : undefined;
  };
  return {
    anthropic: keyValue(ANTHROPIC_API_KEY) ?? fromEmulator('FRONTDESK_EMULATOR_ANTHROPIC_API_KEY'),
    openai: keyValue(OPENAI_API_KEY) ?? fromEmulator('FRONTDESK_EMULATOR_OPENAI_API_KEY'),
  };
}

export function llmUrls(env: NodeJS.ProcessEnv = process.env): LlmUrls {
  return {
    anthropic: env.FRONTDESK_ANTHROPIC_API_URL ?? 'https://api.anthropic.com',
    openai: env.FRONTDESK_OPENAI_API_URL ?? 'https://api.openai.com/v1',
  };
}
