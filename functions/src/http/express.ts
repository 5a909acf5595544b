/** Bridges a Cloud Functions (Express) request to the framework-free RawRequest / RawResponse. */
import type { Request } from 'firebase-functions/v2/https';
import type { RawRequest, RawResponse } from './raw-request.js';

type ResponseLike = {
  status(code: number): ResponseLike;
  set(field: string, value: string): ResponseLike;
  send(body: string): void;
  json(body: unknown): void;
};

export function toRawRequest(req: Request): RawRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  const query: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.query)) query[k] = typeof v === 'string' ? v : undefined;
  return { method: req.method, path: req.path, query, headers, rawBody: req.rawBody ?? Buffer.alloc(0) };
}

export function sendRawResponse(res: ResponseLike, response: RawResponse): void {
  res.status(response.status);
  for (const [k, v] of Object.entries(response.headers ?? {})) res.set(k, v);
  res.set('cache-control', 'no-store');
  if (typeof response.body === 'string') res.send(response.body);
  else res.json(response.body);
}
