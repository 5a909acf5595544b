import type { z } from 'zod';
import { ValidationError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import type { RawRequest, RawResponse } from './raw-request.js';

/** Parses a JSON request body against a schema, with size and syntax errors a client can act on. */
export function jsonBody<S extends z.core.$ZodType>(request: RawRequest, schema: S, maxBytes = 64 * 1024): z.output<S> {
  if (request.rawBody.length > maxBytes) {
    throw new ValidationError(`Body over ${maxBytes} bytes.`, [], { httpStatus: 413 });
  }
  let value: unknown;
  try {
    value = request.rawBody.length ? JSON.parse(request.rawBody.toString('utf8')) : {};
  } catch {
    throw new ValidationError('Body is not valid JSON.');
  }
  return parseOrThrow(schema, value, 'request body');
}

export const json = (status: number, body: Record<string, unknown>): RawResponse => ({ status, body });

export const errorBody = (status: number, code: string, message: string): RawResponse => ({
  status,
  body: { error: { code, message } },
});
