/**
 * JSON calls to booking vendors that have no SDK of their own (a clinic's
 * booking system): one request with a deadline, every failure a
 * ProviderError that says whether a retry can help and whether the vendor
 * may have acted anyway (`ambiguous`), the vendor's own words bounded and
 * scrubbed of the call's credentials.
 *
 * Written in the shape of the shared vendor client that is being built in
 * `vendor/http-client.ts` (`json(call: VendorCall)`), so that folding it in
 * is replacing this file's import with that one.
 */
import { ProviderError } from '../errors.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a vendor's error body says, as far as the caller understands it. */
export interface ErrorExplanation {
  code?: string | undefined;
  retryable?: boolean | undefined;
  message?: string | undefined;
  details?: string | undefined;
}

export interface VendorCall {
  /** Names the vendor in errors, e.g. 'clinic-api'. */
  provider: string;
  /** Names the service in messages, e.g. "the clinic's booking system". */
  service: string;
  url: string;
  method?: HttpMethod;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  json?: unknown;
  timeoutMs?: number;
  /** Credentials used in the call: never shown in an error. */
  secrets: readonly (string | undefined)[];
  explain?: (json: unknown, status: number) => ErrorExplanation | undefined;
}

const DEFAULT_TIMEOUT_MS = 10_000;
/** Vendors answer these calls in kilobytes; more is a misbehaving server. */
const MAX_ANSWER_BYTES = 1024 * 1024;

/** The JSON of a 2xx answer (undefined when empty); a ProviderError otherwise. */
export async function vendorJson(call: VendorCall, fetcher: typeof fetch = fetch): Promise<unknown> {
  const method = call.method ?? (call.json === undefined ? 'GET' : 'POST');
  const timeoutMs = call.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const body = call.json === undefined ? undefined : JSON.stringify(call.json);
  let response: Response;
  try {
    response = await fetcher(call.url, {
      method,
      headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}), ...call.headers },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw transportFailure(call, method, err, timeoutMs, false);
  }
  let text: string;
  try {
    text = await readCapped(response);
  } catch (err) {
    if (err instanceof ProviderError) throw err;
    throw transportFailure(call, method, err, timeoutMs, true);
  }
  const json = parseJson(text);
  if (response.ok) return json;
  throw statusFailure(call, response, json);
}

async function readCapped(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_ANSWER_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw new ProviderError('vendor', `answer larger than ${MAX_ANSWER_BYTES} bytes`, false);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Whether a method changes something: a failure after sending it may have taken effect. */
const changes = (method: HttpMethod) => method !== 'GET';

function transportFailure(
  call: VendorCall,
  method: HttpMethod,
  err: unknown,
  timeoutMs: number,
  answered: boolean,
): ProviderError {
  const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
  const what = timedOut ? `did not answer within ${timeoutMs} ms` : 'could not be reached';
  // A request that timed out or broke after it was sent may have been acted on.
  const ambiguous = changes(method) && (timedOut || answered);
  return new ProviderError(call.provider, `${call.service} ${what}`, true, { ambiguous, cause: err });
}

function statusFailure(call: VendorCall, response: Response, json: unknown): ProviderError {
  const status = response.status;
  const explained = call.explain?.(json, status) ?? {};
  const retryable = explained.retryable ?? (status === 408 || status === 429 || status >= 500);
  const details = explained.details ? ` [${scrub(explained.details, call.secrets).slice(0, 300)}]` : '';
  const retryAfter = Number(response.headers.get('retry-after'));
  return new ProviderError(
    call.provider,
    `${explained.message ?? `${call.service} answered ${status}`}${details}`,
    retryable,
    {
      status,
      providerCode: explained.code,
      ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
    },
  );
}

function scrub(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out;
}
