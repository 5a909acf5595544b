// A small JSON client for Frontdesk's HTTP API. Two error types say *who* failed:
// ApiError — the server answered, with an error status or a body we cannot use;
// NetworkError — no answer at all (offline, DNS, connection reset, timed out).
// Only NetworkError is always safe to retry blindly; ApiError carries the status to decide.

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  get retryable(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(
    message: string,
    readonly timedOut = false,
  ) {
    super(message);
  }
}

/** The caller aborted the request itself (navigation, "start over"); not a failure to report. */
export class AbortedError extends Error {
  override readonly name = 'AbortedError';
  constructor() {
    super('The request was cancelled.');
  }
}

export interface ApiClientOptions {
  /** Origin (and optional path) the API lives under; '' means the page's own origin (relative URLs). */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  token?: string;
  signal?: AbortSignal;
  /** Give up (NetworkError with timedOut) after this long; long-polls pass their wait plus a margin. */
  timeoutMs?: number;
}

export interface ApiClient {
  request(path: string, options?: RequestOptions): Promise<{ status: number; body: unknown }>;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  return {
    async request(path, { method = 'GET', body, token, signal, timeoutMs = 20_000 } = {}) {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (token) headers['Authorization'] = `Bearer ${token}`;

      // A controller of our own rather than AbortSignal.any/timeout: the widget runs on other people's
      // sites, in browsers older than those helpers.
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      const forwardAbort = (): void => controller.abort();
      signal?.addEventListener('abort', forwardAbort);

      let response: Response;
      let text: string;
      try {
        if (signal?.aborted) controller.abort();
        response = await doFetch(baseUrl + path, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: controller.signal,
          credentials: 'omit',
        });
        text = await response.text();
      } catch (error) {
        if (signal?.aborted) throw new AbortedError();
        if (timedOut) throw new NetworkError('The request timed out.', true);
        throw new NetworkError(error instanceof Error ? error.message : 'The request failed.');
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', forwardAbort);
      }

      const parsed = parseJson(text);
      if (!response.ok) {
        const { code, message } = readErrorBody(parsed);
        throw new ApiError(response.status, code ?? `http_${response.status}`, message ?? response.statusText);
      }
      return { status: response.status, body: parsed };
    },
  };
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function readErrorBody(body: unknown): { code?: string; message?: string } {
  const error = isRecord(body) ? body['error'] : undefined;
  if (!isRecord(error)) return {};
  return {
    code: typeof error['code'] === 'string' ? error['code'] : undefined,
    message: typeof error['message'] === 'string' ? error['message'] : undefined,
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Thrown by response parsers: the server answered 2xx with a body that does not match the contract. */
export function badResponse(what: string): ApiError {
  return new ApiError(502, 'bad_response', `Unexpected response from the server (${what}).`);
}
