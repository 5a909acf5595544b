/**
 * The safety rules the engine asks about each message: the same rules the
 * offline responder uses (domain/safety.ts, domain/injection.ts and the
 * offline responder's complaint and person rules, offline/complaint.ts), so
 * an improvement to one serves both.
 */
import type { InjectionKind } from '../../domain/injection.js';
import type { EmergencyKind } from '../../domain/safety.js';
import { asksForPerson, complains, complaintReading, END_OF_LIFE, endOfLife } from '../offline/complaint.js';
import { emergencyIn, injectionIn, spokenForms, standardMessage } from '../offline/dialect.js';
import { read } from '../offline/understand.js';
import type { ReplyRequest } from '../responder.js';

export interface InjectionVerdict {
  injection: boolean;
  /** What it tried (domain/injection.ts), for the model and for staff. */
  kinds?: InjectionKind[] | undefined;
  why?: string | undefined;
}

export interface SafetyRules {
  detectInjection(text: string): InjectionVerdict;
  /**
   * A handoff the rules require whatever the model does: the customer asks
   * for a person, is deciding to let their animal go, or complains (read as the offline responder reads them:
   * a demand said, not asked; a bad result from elsewhere or a fear asked
   * about is no complaint). The model still writes the reply.
   */
  requiredHandoff(
    text: string,
    request: Pick<ReplyRequest, 'business' | 'contact' | 'now'>,
  ): { reason: 'requested' | 'complaint'; detail: string } | undefined;
  /** A possible medical emergency: answered with the emergency advice and handed to staff, before any model. */
  emergency(text: string): { kind: EmergencyKind; evidence: string[] } | undefined;
}

const MAX_CHARS = 2000;

export const sharedSafetyRules: SafetyRules = {
  detectInjection(text) {
    const forms = spokenForms(text.slice(0, MAX_CHARS));
    const { attempts } = injectionIn(forms);
    return attempts.length > 0
      ? { injection: true, kinds: attempts, why: `it tries to instruct the assistant (${attempts.join(', ')})` }
      : { injection: false };
  },
  requiredHandoff(text, { business, contact, now }) {
    const standard = standardMessage(business, contact, text.slice(0, MAX_CHARS));
    const reading = complaintReading(read(business, contact, standard, now), standard);
    if (complains(reading)) return { reason: 'complaint', detail: 'the customer complains' };
    if (endOfLife(reading)) return { reason: 'requested', detail: END_OF_LIFE };
    if (asksForPerson(reading)) return { reason: 'requested', detail: 'the customer asked for a person' };
    return undefined;
  },
  emergency(text) {
    const forms = spokenForms(text.slice(0, MAX_CHARS));
    const { emergency, evidence } = emergencyIn(forms);
    return emergency ? { kind: emergency, evidence } : undefined;
  },
};
