/**
 * The framework-free view of an HTTP request that webhook handlers work on.
 * Handlers take this and return a RawResponse, so they can be called from
 * tests without Firebase or Express.
 */
export interface RawRequest {
  method: string;
  path: string;
  query: Record<string, string | undefined>;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  /** The body exactly as received: signatures are computed over these bytes. */
  rawBody: Buffer;
}

export interface RawResponse {
  status: number;
  body: string | Record<string, unknown>;
  headers?: Record<string, string>;
}

export function header(request: RawRequest, name: string): string | undefined {
  return request.headers[name.toLowerCase()];
}
