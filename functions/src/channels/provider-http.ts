/**
 * HTTP calls to messaging providers that are not the Graph API itself
 * (360dialog, MontyMobile, Qiscus): one JSON request or one capped download,
 * with a timeout, and every failure turned into a ProviderError that says
 * truthfully whether a retry can help.
 *
 * A provider's error body is read by an `explain` function of its adapter
 * (several providers pass Meta's Graph error envelope through; see
 * `explainGraphError`). What the vendor says is appended for staff, bounded,
 * with every credential of the call scrubbed from it.
 */
import { z } from 'zod';
import { ProviderError } from '../errors.js';
import { GRAPH_COMMON_ERROR_RULES, type GraphErrorRule } from './meta-graph.js';

export const PROVIDER_TIMEOUT_MS = 10_000;
export const PROVIDER_DOWNLOAD_TIMEOUT_MS = 30_000;
/** One cap for downloaded media (WhatsApp allows documents up to 100 MB; everything else is ≤ 16 MB). */
export const PROVIDER_MEDIA_MAX_BYTES = 25 * 1024 * 1024;

/** What a provider's error body says, as far as its adapter understands it. */
export interface ErrorExplanation {
  /** The provider's error code, kept on the ProviderError. */
  code?: string | undefined;
  /** Overrides the decision by HTTP status when the code says more. */
  retryable?: boolean | undefined;
  /** What went wrong, for staff; replaces the generic text for the HTTP status. */
  message?: string | undefined;
  /** The provider's own words, appended in brackets. */
  details?: string | undefined;
}

export interface ProviderCall {
  /** Names the provider in errors, e.g. 'whatsapp-360dialog'. */
  provider: string;
  /** Names the service in messages, e.g. 'the 360dialog API'. */
  service: string;
  url: string;
  method?: 'GET' | 'POST';
  headers: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  fetch: typeof fetch;
  timeoutMs?: number;
  /** Credentials used in the call: never shown in an error. */
  secrets: readonly (string | undefined)[];
  explain?: (json: unknown, status: number) => ErrorExplanation | undefined;
}

/** Makes the call; returns the parsed JSON of a 2xx answer (undefined when it is not JSON) or throws ProviderError. */
export async function callProviderJson(call: ProviderCall): Promise<unknown> {
  const response = await send(call, call.timeoutMs ?? PROVIDER_TIMEOUT_MS);
  let text: string;
  try {
    text = await response.text();
  } catch (err) {
    throw networkFailure(call, err, call.timeoutMs ?? PROVIDER_TIMEOUT_MS);
  }
  const json = parseJson(text);
  if (response.ok) return json;
  throw providerFailure(call, response, json);
}

/** Downloads bytes, refusing more than `maxBytes` (declared or actual); throws ProviderError. */
export async function downloadFromProvider(
  call: ProviderCall,
  maxBytes = PROVIDER_MEDIA_MAX_BYTES,
): Promise<{ data: Buffer; contentType: string | undefined }> {
  const timeoutMs = call.timeoutMs ?? PROVIDER_DOWNLOAD_TIMEOUT_MS;
  const response = await send(call, timeoutMs);
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    throw providerFailure(call, response, parseJson(text));
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(call.provider, declared, maxBytes);
  }
  const data = await readCapped(call, response, maxBytes, timeoutMs);
  return { data, contentType: response.headers.get('content-type') ?? undefined };
}

async function send(call: ProviderCall, timeoutMs: number): Promise<Response> {
  const hasBody = call.body !== undefined;
  try {
    return await call.fetch(call.url, {
      method: call.method ?? (hasBody ? 'POST' : 'GET'),
      headers: hasBody ? { ...call.headers, 'content-type': 'application/json' } : call.headers,
      body: hasBody ? JSON.stringify(call.body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw networkFailure(call, err, timeoutMs);
  }
}

async function readCapped(call: ProviderCall, response: Response, maxBytes: number, timeoutMs: number) {
  return readBodyCapped(response, maxBytes, {
    tooLarge: (size) => tooLarge(call.provider, size, maxBytes, 'at least '),
    failed: (err) => networkFailure(call, err, timeoutMs),
  });
}

/**
 * A response body, stopping (and failing with `tooLarge`) as soon as it
 * passes `maxBytes`, whatever Content-Length said; a broken stream fails
 * with `failed`.
 */
export async function readBodyCapped(
  response: Response,
  maxBytes: number,
  errors: { tooLarge(size: number): ProviderError; failed(err: unknown): ProviderError },
): Promise<Buffer> {
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw errors.tooLarge(total);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof ProviderError) throw err;
    throw errors.failed(err);
  }
  return Buffer.concat(chunks, total);
}

function providerFailure(call: ProviderCall, response: Response, json: unknown): ProviderError {
  const status = response.status;
  const explained = call.explain?.(json, status) ?? {};
  const retryable = explained.retryable ?? retryableStatus(status);
  const options = {
    status,
    providerCode: explained.code,
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  };
  const details = explained.details ? ` [${bounded(scrub(explained.details, call.secrets), 400)}]` : '';
  return new ProviderError(
    call.provider,
    (explained.message ?? statusMessage(call, status)) + details,
    retryable,
    options,
  );
}

function retryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

function statusMessage(call: ProviderCall, status: number): string {
  if (status === 401 || status === 403)
    return `credentials rejected by ${call.service} (HTTP ${status}): check the API key`;
  if (status === 404) return `not found at ${call.service} (HTTP 404)`;
  if (status === 429) return `rate limited by ${call.service} (HTTP 429)`;
  if (status >= 500) return `${call.service} unavailable (HTTP ${status})`;
  return `request rejected by ${call.service} (HTTP ${status})`;
}

function networkFailure(call: ProviderCall, err: unknown, timeoutMs: number): ProviderError {
  const timedOut = typeof err === 'object' && err !== null && 'name' in err && err.name === 'TimeoutError';
  const message = timedOut
    ? `no answer from ${call.service} within ${timeoutMs / 1000} s`
    : `could not reach ${call.service} (network error)`;
  return new ProviderError(call.provider, message, true, { cause: err });
}

function tooLarge(provider: string, size: number, maxBytes: number, qualifier = ''): ProviderError {
  const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return new ProviderError(provider, `media too large: ${qualifier}${mb(size)} (the limit is ${mb(maxBytes)})`, false);
}

/** The declared type first; a generic download type says nothing, so the next candidate is tried. */
export function pickMimeType(...candidates: (string | undefined)[]): string {
  for (const candidate of candidates) {
    const value = candidate?.trim();
    if (value && !/^(application|binary)\/octet-stream\b/i.test(value)) return value;
  }
  return 'application/octet-stream';
}

/** Removes every credential of the call from a text that may echo one. */
export function scrub(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;
  for (const secret of secrets) if (secret && secret.length >= 4) result = result.split(secret).join('[redacted]');
  return result;
}

function bounded(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Retry-After in whole seconds, as milliseconds. */
export function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || !/^\d{1,6}$/.test(value.trim())) return undefined;
  return Number(value.trim()) * 1000;
}

// ------------------------------------------------------------ common error bodies

const GraphErrorEnvelope = z.object({
  error: z.object({
    message: z.string().optional(),
    code: z.coerce.number().int().optional(),
    error_data: z.object({ details: z.string().optional() }).loose().optional(),
  }),
});

/**
 * Meta's Graph error envelope `{ error: { message, code, error_data: { details } } }`,
 * which 360dialog and Qiscus pass through from the Cloud API. `rules` (e.g.
 * WHATSAPP_ERROR_RULES) take precedence over the Graph-wide codes.
 */
export function explainGraphError(
  json: unknown,
  rules: Readonly<Record<number, GraphErrorRule>> = {},
): ErrorExplanation | undefined {
  const parsed = GraphErrorEnvelope.safeParse(json);
  if (!parsed.success) return undefined;
  const { code, message, error_data } = parsed.data.error;
  const parts = [code === undefined ? 'Graph error' : `Graph error ${code}`];
  if (message) parts.push(message);
  const details = error_data?.details;
  if (details && details !== message) parts.push(details);
  const rule = code === undefined ? undefined : (rules[code] ?? GRAPH_COMMON_ERROR_RULES[code]);
  return {
    code: code === undefined ? undefined : String(code),
    retryable: rule?.retryable,
    message: rule?.message,
    details: parts.join(': '),
  };
}

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
export function explainOnPremiseErrors(
  json: unknown,
  rules: Readonly<Record<number, GraphErrorRule>> = {},
): ErrorExplanation | undefined {
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
