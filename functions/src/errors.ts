/**
 * The typed error tree. Every error we raise on purpose is a FrontdeskError,
 * and its class says *who* failed:
 *
 * - ValidationError   the caller sent something we cannot accept (400)
 * - AuthenticationError  the request is not authentic: a webhook's signature or
 *                     key, a chat session token (401 / 403)
 * - NotFoundError     the thing addressed does not exist (404)
 * - ConfigError       this deployment or business is not set up for it
 * - ProviderError     a vendor (Meta, an LLM, ...) answered badly or was
 *                     unreachable; `retryable` decides between retry and fail,
 *                     `ambiguous` says the vendor may have acted on it anyway
 * - StoreError        the database refused or failed an operation; `kind`
 *                     says which, and whether trying again can help
 * - OutsideServiceWindowError  a send refused before it was attempted,
 *                     because the channel's customer-service window is closed
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

/** The caller could not prove who it is: a bad webhook signature or key, a bad chat session token. */
export class AuthenticationError extends FrontdeskError {
  readonly code = 'unauthenticated';
  constructor(
    message: string,
    readonly httpStatus: 401 | 403 = 401,
  ) {
    super(message);
  }
}

/** A session token that was good but has expired: the client refreshes it (or starts a new session). */
export class SessionExpiredError extends FrontdeskError {
  readonly code = 'session_expired';
  readonly httpStatus = 401;
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
   * The request may have reached the provider and taken effect (it timed
   * out after it was sent, the connection broke while reading the answer):
   * sending again may repeat it.
   */
  readonly ambiguous: boolean;
}

/**
 * Why the database refused or failed: Firestore's status codes, folded
 * into what the caller decides on.
 * - already-exists / not-found: the document was (not) there (create / update)
 * - aborted, unavailable: contention or an outage; trying again can help
 * - invalid-argument, too-large: the write can never succeed as it is
 * - invalid-data: a document read does not have the shape it must have
 * - internal: anything else (treated as retryable: it usually is)
 */
export type StoreErrorKind =
  | 'already-exists'
  | 'not-found'
  | 'aborted'
  | 'unavailable'
  | 'invalid-argument'
  | 'too-large'
  | 'invalid-data'
  | 'internal';

export class StoreError extends FrontdeskError {
  readonly code: string;
  readonly httpStatus: number;
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`store ${kind}: ${message}`, options);
    this.code = `store_${kind.replace('-', '_')}`;
    this.httpStatus = this.retryable ? 503 : 500;
  }

  /** Whether the same operation may succeed later. */
  get retryable(): boolean {
    return this.kind === 'aborted' || this.kind === 'unavailable' || this.kind === 'internal';
  }
}

/** A send refused before it was attempted: outside the channel's customer-service window, only templates may go. */
export class OutsideServiceWindowError extends FrontdeskError {
  readonly code = 'outside_window';
  readonly httpStatus = 409;
}

/** A short, secret-free description of any thrown value, for logs and documents. */
export function describeError(err: unknown): string {
  if (err instanceof FrontdeskError) return err.message;
  if (err instanceof Error) return `${err.name}: ${err.message}`.slice(0, 500);
  return String(err).slice(0, 500);
}
