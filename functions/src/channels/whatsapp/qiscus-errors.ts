/**
 * Qiscus's error answers: WhatsApp's errors as Qiscus passes them through
 * (the Cloud API's Graph envelope, or the On-Premises API's
 * `{ errors: [{ code, title, details }] }` for numbers still on it), else
 * Qiscus's own `{ message | errors | error }` text.
 */
import { z } from 'zod';
import type { ErrorExplanation } from '../../vendor/http-client.js';
import { explainGraphError, type GraphErrorRules } from '../meta/graph.js';
import { WHATSAPP_ERROR_RULES } from './cloud-outbound.js';

/** The On-Premises API's codes, which Qiscus numbers not yet on the Cloud API still return. */
const ON_PREMISES_ERROR_RULES: GraphErrorRules = {
  470: {
    retryable: false,
    message: "outside WhatsApp's 24-hour customer service window; a template message is required",
  },
  1013: { retryable: false, message: 'the recipient is not a valid WhatsApp user' },
  1026: { retryable: false, message: 'the recipient cannot receive this message (WhatsApp may need updating)' },
  1005: { retryable: false, message: 'access denied by Qiscus: check the App ID and Secret Key' },
  1011: { retryable: true, message: 'WhatsApp service not ready yet' },
  1015: { retryable: true, message: 'rate limited: too many requests' },
};

const OnPremiseErrors = z.object({
  errors: z
    .array(
      z.object({
        code: z.coerce.number().int().optional(),
        title: z.string().optional(),
        details: z.string().optional(),
      }),
    )
    .min(1),
});

/** The On-Premises API's `{ errors: [{ code, title, details }] }`, still returned by some BSP gateways. */
export function explainOnPremiseErrors(json: unknown, rules: GraphErrorRules = {}): ErrorExplanation | undefined {
  const parsed = OnPremiseErrors.safeParse(json);
  const first = parsed.success ? parsed.data.errors[0] : undefined;
  if (!first) return undefined;
  const rule = first.code === undefined ? undefined : rules[first.code];
  const words = [first.title, first.details].filter((w): w is string => !!w && w.trim() !== '');
  return {
    code: first.code === undefined ? undefined : String(first.code),
    retryable: rule?.retryable,
    message: rule?.message,
    details: [first.code === undefined ? 'error' : `error ${first.code}`, ...words].join(': '),
  };
}

const PlainError = z.object({
  message: z.string().optional(),
  errors: z.string().optional(),
  error: z.string().optional(),
});

/** WhatsApp's errors as Qiscus passes them through (Cloud API or On-Premises), else Qiscus's own text. */
export function explainQiscusError(json: unknown, status: number): ErrorExplanation | undefined {
  const explained =
    explainGraphError(json, WHATSAPP_ERROR_RULES) ?? explainOnPremiseErrors(json, ON_PREMISES_ERROR_RULES);
  if (explained) return explained;
  const plain = PlainError.safeParse(json);
  const says = plain.success ? (plain.data.message ?? plain.data.errors ?? plain.data.error) : undefined;
  if (status === 401 || status === 403) {
    return { retryable: false, message: `Qiscus rejected the App ID or Secret Key (HTTP ${status})`, details: says };
  }
  return says ? { details: says } : undefined;
}
