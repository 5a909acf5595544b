/**
 * Which responder answers a business. The offline responder (retrieval over
 * the business's own knowledge, no API key) is the default and the fallback;
 * LLM providers are added to `responders` and chosen here from the business's
 * settings and the keys this deployment has.
 */
import type { Responder } from './responder.js';
import { offlineResponder } from './offline/offline.js';

export const responders = {
  offline: offlineResponder,
} satisfies Record<string, Responder>;

export function selectResponder(): Responder {
  return responders.offline;
}
