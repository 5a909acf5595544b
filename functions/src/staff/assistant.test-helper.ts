/** The assistant's parts for the staff actions' tests: the offline responder, and a translation model when given. */
import type { ModelProvider } from '../responders/llm/model.js';
import { offlineResponder } from '../responders/offline/offline.js';
import type { Responder } from '../responders/responder.js';
import type { Assistant } from './assistant.js';

export function testAssistant(parts: { responder?: Responder; model?: ModelProvider } = {}): Assistant {
  return {
    responder: async () => parts.responder ?? offlineResponder,
    translator: async () => parts.model,
  };
}

/** No LLM key: the offline responder answers, translation is unavailable. */
export const offlineAssistant = testAssistant();
