/**
 * A minimal Graph API client shared by the Meta channels (WhatsApp Cloud API,
 * later Messenger and Instagram): one POST with a bearer token and a timeout,
 * and the translation of Graph's error envelope
 * `{ error: { message, type, code, error_subcode, error_data, fbtrace_id } }`
 * into a ProviderError that says truthfully whether a retry can help.
 *
 * Meta recommends deciding on `code` (not on titles or HTTP status), so each
 * channel passes its own code table; the Graph-wide codes below apply to all.
 */
import { z } from 'zod';
import { parseJson, parseRetryAfter } from './provider-http.js';
import { ProviderError } from '../errors.js';

export const GRAPH_API_VERSION = 'v21.0';
export const GRAPH_TIMEOUT_MS = 10_000;

export interface GraphErrorRule {
  retryable: boolean;
  /** What went wrong, for staff; Meta's own title and details are appended. */
  message: string;
  /** Rules for particular `error_subcode`s of this code (e.g. Messenger's 10 / 2018278); they take precedence. */
  subcodes?: Readonly<Record<number, Omit<GraphErrorRule, 'subcodes'>>>;
}

/** Graph-wide error codes (https://developers.facebook.com/docs/graph-api/guides/error-handling). */
export const GRAPH_COMMON_ERROR_RULES: Readonly<Record<number, GraphErrorRule>> = {
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
type GraphErrorBody = z.infer<typeof GraphErrorEnvelope>['error'];

export interface GraphPost {
  /** Names the provider in errors, e.g. 'whatsapp-meta'. */
  provider: string;
  url: string;
  accessToken: string;
  body: unknown;
  fetch: typeof fetch;
  /** Channel-specific codes; they take precedence over the Graph-wide ones. */
  errorRules?: Readonly<Record<number, GraphErrorRule>>;
  timeoutMs?: number;
}

/** POSTs JSON to the Graph API; returns the parsed 2xx body or throws ProviderError. */
export async function postToGraph(request: GraphPost): Promise<unknown> {
  const timeoutMs = request.timeoutMs ?? GRAPH_TIMEOUT_MS;
  let response: Response;
  let text: string;
  try {
    response = await request.fetch(request.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${request.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(request.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (err) {
    const message = isTimeout(err)
      ? `no answer from the Graph API within ${timeoutMs / 1000} s`
      : 'could not reach the Graph API (network error)';
    throw new ProviderError(request.provider, message, true, { cause: err });
  }
  const json = parseJson(text);
  if (response.ok) return json;
  throw graphFailure(request, response, json);
}

function graphFailure(request: GraphPost, response: Response, json: unknown): ProviderError {
  const status = response.status;
  const parsed = GraphErrorEnvelope.safeParse(json);
  const error = parsed.success ? parsed.data.error : undefined;
  const code = error?.code;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  const options = { status, providerCode: code === undefined ? undefined : String(code), retryAfterMs };
  const metaSays = error ? describeGraphError(error, request.accessToken) : '';

  const codeRule = code === undefined ? undefined : (request.errorRules?.[code] ?? GRAPH_COMMON_ERROR_RULES[code]);
  const subcode = error?.error_subcode;
  const rule = (subcode === undefined ? undefined : codeRule?.subcodes?.[subcode]) ?? codeRule;
  if (rule) return new ProviderError(request.provider, rule.message + metaSays, rule.retryable, options);
  if (status === 429) return new ProviderError(request.provider, `rate limited (HTTP 429)${metaSays}`, true, options);
  if (status >= 500) {
    return new ProviderError(request.provider, `Graph API unavailable (HTTP ${status})${metaSays}`, true, options);
  }
  return new ProviderError(request.provider, `request rejected (HTTP ${status})${metaSays}`, false, options);
}

/** Meta's title and details (they name the problem, never a credential), with any token scrubbed anyway. */
function describeGraphError(error: GraphErrorBody, accessToken: string): string {
  const parts = [error.code === undefined ? 'Graph error' : `Graph error ${error.code}`];
  if (error.message) parts.push(error.message);
  const details = detailsOf(error.error_data);
  if (details && details !== error.message) parts.push(details);
  let text = parts.join(': ');
  if (accessToken) text = text.split(accessToken).join('[redacted]');
  return ` [${text.length > 400 ? `${text.slice(0, 399)}…` : text}]`;
}

function detailsOf(errorData: unknown): string | undefined {
  if (typeof errorData === 'object' && errorData !== null && 'details' in errorData) {
    const details = errorData.details;
    if (typeof details === 'string') return details;
  }
  return undefined;
}

function isTimeout(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'name' in err && err.name === 'TimeoutError';
}
