/**
 * What went wrong with a model call, in the chain's terms. The vendor SDKs
 * (Stainless-generated, both) throw errors with an HTTP `status`, response
 * `headers` and the parsed error body; connection failures and timeouts
 * have their own classes. They are read by shape, not by class, so this
 * module loads no SDK.
 */

export type FailureKind =
  | 'timeout'
  | 'rate_limited'
  | 'overloaded'
  | 'server_error'
  | 'network'
  | 'auth'
  | 'bad_request'
  | 'invalid_reply'
  | 'error';

export interface CallFailure {
  kind: FailureKind;
  status?: number | undefined;
  /** From retry-after-ms or retry-after, when the vendor sent one. */
  retryAfterMs?: number | undefined;
}

/** A model answered, but with nothing usable (no text and no tool call, a truncated call, a refusal to work). */
export class InvalidReplyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidReplyError';
  }
}

/** The reply's own deadline passed between two model calls. */
export class DeadlineError extends Error {
  constructor() {
    super('the reply deadline passed');
    this.name = 'DeadlineError';
  }
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** retry-after-ms (milliseconds) or retry-after (seconds or an HTTP date), as milliseconds from `nowMs`. */
export function retryAfterMs(headers: unknown, nowMs: number): number | undefined {
  const ms = Number(header(headers, 'retry-after-ms'));
  if (header(headers, 'retry-after-ms') !== undefined && Number.isFinite(ms) && ms >= 0) return ms;
  const value = header(headers, 'retry-after');
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - nowMs) : undefined;
}

function vendorErrorType(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const body = error as { type?: unknown; error?: { type?: unknown; code?: unknown } };
  const inner = body.error?.type ?? body.error?.code ?? body.type;
  return typeof inner === 'string' ? inner : undefined;
}

export function classifyFailure(err: unknown, timedOut: boolean, nowMs: number): CallFailure {
  if (timedOut || err instanceof DeadlineError) return { kind: 'timeout' };
  if (err instanceof InvalidReplyError) return { kind: 'invalid_reply' };
  const e = (err ?? {}) as { name?: unknown; status?: unknown; headers?: unknown; error?: unknown };
  // The SDKs' error classes do not all set `name`; their constructors keep theirs.
  const name = [typeof e.name === 'string' ? e.name : '', (err as object | null)?.constructor?.name ?? ''].join(' ');
  if (/Timeout/i.test(name)) return { kind: 'timeout' };
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status === undefined) return { kind: /Connection/i.test(name) ? 'network' : 'error' };
  const retryAfter = retryAfterMs(e.headers, nowMs);
  const type = vendorErrorType(e.error);
  // Anthropic says overloaded with 529 (overloaded_error); OpenAI with 503 ("the engine is currently overloaded").
  if (status === 529 || status === 503 || type === 'overloaded_error') {
    return { kind: 'overloaded', status, retryAfterMs: retryAfter };
  }
  if (status === 429) return { kind: 'rate_limited', status, retryAfterMs: retryAfter };
  if (status === 408) return { kind: 'timeout', status };
  if (status >= 500) return { kind: 'server_error', status, retryAfterMs: retryAfter };
  if (status === 401 || status === 403) return { kind: 'auth', status };
  return { kind: 'bad_request', status };
}
