/**
 * The typed error tree. Every error we raise on purpose is a FrontdeskError,
 * and its class says *who* failed:
 *
 * - ValidationError   the caller sent something we cannot accept (400)
 * - WebhookAuthError  the request is not authentic (401 / 403)
 * - NotFoundError     the thing addressed does not exist (404)
 * - ConfigError       this deployment or business is not set up for it
 * - ProviderError     a vendor (Meta, an LLM, ...) answered badly or was
 *                     unreachable; `retryable` decides between retry and fail,
 *                     `ambiguous` says the vendor may have acted on it anyway
 *
 * Messages are safe to log and to show to staff: never put vendor response
 * bodies that may echo a key, or any secret, into them.
 */
export abstract class FrontdeskError extends Error {
  abstract readonly code: string;
  abstract readonly httpStatus: number;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export interface Issue {
  path: string;
  message: string;
}

export class ValidationError extends FrontdeskError {
  readonly code = 'invalid_input';
  readonly httpStatus: number;
  constructor(
    message: string,
    readonly issues: Issue[] = [],
    options?: { httpStatus?: number; cause?: unknown },
  ) {
    super(message, options);
    this.httpStatus = options?.httpStatus ?? 400;
  }
}

export class WebhookAuthError extends FrontdeskError {
  readonly code = 'unauthenticated';
  constructor(
    message: string,
    readonly httpStatus: 401 | 403 = 401,
  ) {
    super(message);
  }
}

export class NotFoundError extends FrontdeskError {
  readonly code = 'not_found';
  readonly httpStatus = 404;
}

export class ConfigError extends FrontdeskError {
  readonly code = 'not_configured';
  readonly httpStatus = 500;
}

export class ProviderError extends FrontdeskError {
  readonly code = 'provider_error';
  readonly httpStatus = 502;
  constructor(
    readonly provider: string,
    message: string,
    readonly retryable: boolean,
    options?: { status?: number; providerCode?: string; retryAfterMs?: number; ambiguous?: boolean; cause?: unknown },
  ) {
    super(`${provider}: ${message}`, options);
    this.status = options?.status;
    this.providerCode = options?.providerCode;
    this.retryAfterMs = options?.retryAfterMs;
    this.ambiguous = options?.ambiguous ?? false;
  }
  readonly status: number | undefined;
  readonly providerCode: string | undefined;
  readonly retryAfterMs: number | undefined;
  /**
   * The request went out and no clear answer came back (a time-out after it
   * was sent, a connection that broke while the answer was read): the vendor
   * may have carried it out, so a retry may do it twice. False when it
   * certainly did not arrive (DNS failure, connection refused) or when the
   * vendor answered.
   */
  readonly ambiguous: boolean;
}

/** A short, secret-free description of any thrown value, for logs and documents. */
export function describeError(err: unknown): string {
  if (err instanceof FrontdeskError) return err.message;
  if (err instanceof Error) return `${err.name}: ${err.message}`.slice(0, 500);
  return String(err).slice(0, 500);
}
