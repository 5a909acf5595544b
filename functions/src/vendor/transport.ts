/**
 * One HTTP exchange with a vendor, on node:http(s), that knows how far it got.
 *
 * `fetch` cannot say whether a request that failed had reached the server:
 * a refused connection and a time-out after the body went out both surface
 * as "fetch failed" or "TimeoutError". For a send that difference is
 * everything (a retry after the second may deliver a message twice), so the
 * exchange is done here, where the request's own events show it:
 *
 * - nothing was written yet (DNS failure, connection refused or timed out,
 *   TLS failure) → `TransportError.sent` false: certainly not received;
 * - the request was written in full (`finish`) and then no answer came, or
 *   the connection broke while the answer was being read → `sent` true: the
 *   vendor may have acted on it.
 *
 * One exception, as Node documents for `request.reusedSocket`: a keep-alive
 * socket that the server had already closed fails with ECONNRESET before
 * any answer; the server never read that request, so it is not `sent`.
 *
 * One deadline covers the whole exchange, the answer's body included: the
 * body stream fails with a timed-out TransportError when it runs out.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TransportRequest {
  method: HttpMethod;
  url: URL;
  headers: Record<string, string>;
  body?: Buffer | undefined;
  /** Deadline for the whole exchange, answer body included. */
  timeoutMs: number;
  /** An outside abort (an SDK's own timeout); treated like the deadline. */
  signal?: AbortSignal | undefined;
}

export interface TransportResponse {
  status: number;
  headers: Headers;
  /** The answer's bytes; errors with a TransportError when the deadline passes or the connection breaks. */
  body: IncomingMessage;
}

/** Why an exchange failed, and whether the vendor may have received the request. */
export class TransportError extends Error {
  constructor(
    message: string,
    /** The request was written in full: the vendor may have acted on it. */
    readonly sent: boolean,
    /** The deadline (or an outside abort) ended it, rather than the network. */
    readonly timedOut: boolean,
    /** Node's error code (ECONNREFUSED, ENOTFOUND, ECONNRESET, …) when there is one. */
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TransportError';
  }
}

export function exchange(request: TransportRequest): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const send = request.url.protocol === 'https:' ? httpsRequest : httpRequest;
    if (request.url.protocol !== 'https:' && request.url.protocol !== 'http:') {
      reject(new TransportError(`unsupported protocol ${request.url.protocol}`, false, false, undefined));
      return;
    }
    let written = false;
    let response: IncomingMessage | undefined;
    let settled = false;

    const fail = (error: TransportError): void => {
      cleanup();
      if (response) {
        // The answer had started: its body stream carries the failure to the reader.
        response.destroy(error);
      } else if (!settled) {
        settled = true;
        reject(error);
      }
      req.destroy();
    };
    const onDeadline = (): void => {
      const where = response
        ? 'while reading the answer'
        : written
          ? 'waiting for an answer'
          : 'before the request went out';
      fail(new TransportError(`timed out ${where}`, written, true, undefined));
    };
    const onAbort = (): void => {
      fail(new TransportError('aborted', written, true, undefined, { cause: request.signal?.reason }));
    };
    const timer = setTimeout(onDeadline, request.timeoutMs);
    request.signal?.addEventListener('abort', onAbort, { once: true });
    const cleanup = (): void => {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
    };

    const req = send(request.url, { method: request.method, headers: request.headers }, (res) => {
      response = res;
      settled = true;
      res.once('close', cleanup);
      resolve({ status: res.statusCode ?? 0, headers: headersOf(res), body: res });
    });
    req.once('finish', () => {
      written = true;
    });
    // `on`, not `once`: a destroyed request may report more than one error, and an unheard one crashes the process.
    req.on('error', (err: NodeJS.ErrnoException) => {
      // Settled already: rejected (nothing more to say) or answered (the body stream reports its own failures).
      if (settled) return;
      // A keep-alive socket closed by the server before it read anything (Node's documented retry case).
      const staleSocket = req.reusedSocket && err.code === 'ECONNRESET' && !response;
      fail(new TransportError(err.message, written && !staleSocket, false, err.code, { cause: err }));
    });
    if (request.signal?.aborted) {
      onAbort();
      return;
    }
    req.end(request.body);
  });
}

/**
 * A failure while reading an answer's body, as a TransportError: ours (the
 * deadline) as it is, the network's (the connection broke) as `sent` — the
 * vendor answered, so it had the request.
 */
export function bodyFailure(err: unknown): TransportError {
  if (err instanceof TransportError) return err;
  const code =
    typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
  const message = err instanceof Error ? err.message : String(err);
  return new TransportError(`the answer broke off: ${message}`, true, false, code, { cause: err });
}

function headersOf(res: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}
