/**
 * What every caller of Meta's Graph API shares — the Meta channels
 * (WhatsApp Cloud API, Messenger, Instagram) and the WhatsApp providers that
 * pass Graph's errors through (360dialog, Qiscus): the API version, and the
 * reading of Graph's error envelope
 * `{ error: { message, type, code, error_subcode, error_data, fbtrace_id } }`
 * into an explanation for the vendor HTTP client (vendor/http-client.ts).
 *
 * Meta recommends deciding on `code` (and `error_subcode`), not on titles or
 * HTTP status, so each caller passes its own code table; the Graph-wide codes
 * below apply to all.
 */
import { z } from 'zod';
import type { ErrorExplanation, Explain } from '../../vendor/http-client.js';

export const GRAPH_API_VERSION = 'v21.0';

export interface GraphErrorRule {
  retryable: boolean;
  /** What went wrong, for staff; Meta's own title and details are appended. */
  message: string;
  /** Rules for particular `error_subcode`s of this code (e.g. Messenger's 10 / 2018278); they take precedence. */
  subcodes?: Readonly<Record<number, Omit<GraphErrorRule, 'subcodes'>>>;
}

export type GraphErrorRules = Readonly<Record<number, GraphErrorRule>>;

/** Graph-wide error codes (https://developers.facebook.com/docs/graph-api/guides/error-handling). */
export const GRAPH_COMMON_ERROR_RULES: GraphErrorRules = {
  1: { retryable: true, message: 'Graph API unknown error' },
  2: { retryable: true, message: 'Graph API temporarily unavailable' },
  4: { retryable: true, message: 'rate limited: too many calls from this app' },
  17: { retryable: true, message: 'rate limited: too many calls for this account' },
  32: { retryable: true, message: 'rate limited: too many calls for this page' },
  613: { retryable: true, message: 'rate limited: too many calls in the last hour' },
  80007: { retryable: true, message: 'rate limited: the business account reached its rate limit' },
  10: { retryable: false, message: 'permission denied: the access token lacks a required permission' },
  100: { retryable: false, message: 'invalid parameter in the request' },
  190: { retryable: false, message: 'access token rejected (expired or revoked): reconnect the channel' },
  200: { retryable: false, message: 'permission denied: the access token lacks a required permission' },
};

const GraphErrorEnvelope = z.object({
  error: z.object({
    message: z.string().optional(),
    type: z.string().optional(),
    code: z.coerce.number().int().optional(),
    error_subcode: z.coerce.number().int().optional(),
    error_data: z.unknown().optional(),
    fbtrace_id: z.string().optional(),
  }),
});

/**
 * Reads Graph's error envelope: the rule for its code (and subcode) from
 * `rules`, else the Graph-wide one, decides; Meta's words go in `details`.
 * Undefined when the body is not Graph's envelope.
 */
export function explainGraphError(json: unknown, rules: GraphErrorRules = {}): ErrorExplanation | undefined {
  const parsed = GraphErrorEnvelope.safeParse(json);
  if (!parsed.success) return undefined;
  const { code, error_subcode: subcode, message, error_data: data } = parsed.data.error;
  const parts = [code === undefined ? 'Graph error' : `Graph error ${code}`];
  if (message) parts.push(message);
  const details = detailsOf(data);
  if (details && details !== message) parts.push(details);
  const codeRule = code === undefined ? undefined : (rules[code] ?? GRAPH_COMMON_ERROR_RULES[code]);
  const rule = (subcode === undefined ? undefined : codeRule?.subcodes?.[subcode]) ?? codeRule;
  return {
    code: code === undefined ? undefined : String(code),
    retryable: rule?.retryable,
    message: rule?.message,
    details: parts.join(': '),
  };
}

/** An `explain` hook for the HTTP client with a channel's code table. */
export function graphExplain(rules: GraphErrorRules = {}): Explain {
  return (json) => explainGraphError(json, rules);
}

function detailsOf(errorData: unknown): string | undefined {
  if (typeof errorData === 'object' && errorData !== null && 'details' in errorData) {
    const details = errorData.details;
    if (typeof details === 'string') return details;
  }
  return undefined;
}
