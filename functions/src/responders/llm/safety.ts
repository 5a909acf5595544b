/**
 * The safety rules the engine asks about each message. The offline
 * responder and the engine share them, so an improvement to one serves
 * both: today the injection cues of the offline lexicon
 * (responders/offline/lexicon.ts). When the shared rules land in domain/
 * (`detectInjection`, `assessSafety`, issue 7), `sharedSafetyRules` below
 * is the one place to point at them.
 */
import { classify } from '../offline/intents.js';

export interface InjectionVerdict {
  injection: boolean;
  /** What gave it away, for the model and for staff. */
  why?: string | undefined;
}

export interface SafetyRules {
  detectInjection(text: string): InjectionVerdict;
  /**
   * A handoff the rules require whatever the model does: the customer asks
   * for a person, or complains. The model still writes the reply.
   */
  requiredHandoff(text: string): { reason: 'requested' | 'complaint'; detail: string } | undefined;
}

const MAX_CHARS = 2000;

export const sharedSafetyRules: SafetyRules = {
  detectInjection(text) {
    const { intents } = classify(text.slice(0, MAX_CHARS));
    return intents.has('injection')
      ? { injection: true, why: 'it tells the assistant to ignore its rules, change role or reveal its instructions' }
      : { injection: false };
  },
  requiredHandoff(text) {
    const { intents } = classify(text.slice(0, MAX_CHARS));
    if (intents.has('complaint')) return { reason: 'complaint', detail: 'the customer complains' };
    if (intents.has('human')) return { reason: 'requested', detail: 'the customer asked for a person' };
    return undefined;
  },
};
