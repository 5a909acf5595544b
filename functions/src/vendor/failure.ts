/**
 * Turning what went wrong in a vendor call into a ProviderError that says
 * who failed, whether a retry can help (`retryable`), and whether the vendor
 * may have acted on the request anyway (`ambiguous`) — with every credential
 * of the call scrubbed from anything quoted.
 */
import { ProviderError } from '../errors.js';
import type { TransportError } from './transport.js';

/** What a vendor's error body says, as far as the caller understands it (its `explain` hook). */
export interface ErrorExplanation {
  /** The vendor's error code, kept on the ProviderError. */
  code?: string | undefined;
  /** Overrides the decision by HTTP status when the code says more. */
  retryable?: boolean | undefined;
  /** What went wrong, for staff; replaces the generic text for the HTTP status. */
  message?: string | undefined;
  /** The vendor's own words, appended in brackets (scrubbed and bounded). */
  details?: string | undefined;
}

/** Reads a vendor's error envelope. `json` is undefined when the body was empty or not JSON. */
export type Explain = (json: unknown, status: number) => ErrorExplanation | undefined;

/** Who is called, for errors. */
export interface VendorIdentity {
  /** Names the vendor in errors, e.g. 'whatsapp-360dialog' (ProviderError.provider). */
  provider: string;
  /** Names the service in messages, e.g. 'the 360dialog API'. */
  service: string;
  /** Credentials used in the call: never shown in an error. */
  secrets?: readonly (string | undefined)[] | undefined;
  explain?: Explain | undefined;
}

/** A non-2xx answer. */
export function statusFailure(
  who: VendorIdentity,
  status: number,
  json: unknown,
  retryAfter: string | null,
): ProviderError {
  const explained = who.explain?.(json, status) ?? {};
  const details = explained.details ? ` [${bounded(scrub(explained.details, who.secrets), 400)}]` : '';
  return new ProviderError(
    who.provider,
    (explained.message ?? statusMessage(who.service, status)) + details,
    explained.retryable ?? retryableStatus(status),
    { status, providerCode: explained.code, retryAfterMs: parseRetryAfter(retryAfter) },
  );
}

/** HTTP statuses after which the same request may well succeed later. */
export function retryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

function statusMessage(service: string, status: number): string {
  if (status === 401 || status === 403) return `credentials rejected by ${service} (HTTP ${status})`;
  if (status === 404) return `not found at ${service} (HTTP 404)`;
  if (status === 408) return `${service} timed out (HTTP 408)`;
  if (status === 429) return `rate limited by ${service} (HTTP 429)`;
  if (status >= 500) return `${service} unavailable (HTTP ${status})`;
  return `request rejected by ${service} (HTTP ${status})`;
}

/**
 * No usable answer. Retryable always; ambiguous when the request went out in
 * full and the method is not idempotent — a retry of a GET repeats nothing.
 */
export function transportFailure(
  who: VendorIdentity,
  err: TransportError,
  options: { method: string; timeoutMs: number; answered?: boolean },
): ProviderError {
  const idempotent = options.method === 'GET' || options.method === 'HEAD';
  const seconds = `${Math.round(options.timeoutMs / 100) / 10} s`;
  const code = err.code ? ` ${err.code}` : '';
  let message: string;
  if (options.answered) {
    message = err.timedOut
      ? `${who.service} did not finish its answer within ${seconds}`
      : `the answer from ${who.service} broke off (network error${code})`;
  } else if (!err.sent) {
    message = err.timedOut
      ? `could not reach ${who.service} within ${seconds}`
      : `could not reach ${who.service} (network error${code})`;
  } else {
    message = err.timedOut
      ? `no answer from ${who.service} within ${seconds}`
      : `the connection to ${who.service} broke before it answered (network error${code})`;
  }
  const ambiguous = err.sent && !idempotent;
  if (ambiguous) message += ': the request had gone out, so it may have been carried out';
  return new ProviderError(who.provider, message, true, { ambiguous, cause: scrubbedCause(err, who.secrets) });
}

/** Media or an answer over the size limit: a retry would fetch the same. */
export function tooLarge(provider: string, size: number, maxBytes: number, qualifier = ''): ProviderError {
  const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return new ProviderError(provider, `media too large: ${qualifier}${mb(size)} (the limit is ${mb(maxBytes)})`, false);
}

/** Removes every credential of the call from a text that may echo one. */
export function scrub(text: string, secrets: readonly (string | undefined)[] = []): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    result = result.split(secret).join('[redacted]');
    // URLs carry credentials percent-encoded (Telegram's bot token has a ':').
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) result = result.split(encoded).join('[redacted]');
  }
  return result;
}

/** One line of at most `max` characters. */
export function bounded(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Retry-After as milliseconds: whole seconds, or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d{1,6}$/.test(text)) return Number(text) * 1000;
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The transport error with its message scrubbed: Node quotes hosts and sometimes URLs, and URLs can carry tokens. */
function scrubbedCause(err: TransportError, secrets: readonly (string | undefined)[] | undefined): Error {
  const clean = new Error(scrub(err.message, secrets));
  clean.name = err.name;
  return clean;
}
