/**
 * Structured logging (Cloud Logging reads the JSON). Any field whose name
 * looks like it carries a secret is replaced before it is written.
 */
import * as logger from 'firebase-functions/logger';

const SECRET_KEY = /(secret|token|password|authorization|api[-_]?key|signature)/i;

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 5 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      SECRET_KEY.test(k) ? '[redacted]' : redact(v, depth + 1),
    ]),
  );
}

export interface Log {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const log: Log = {
  info: (message, fields) => logger.info(message, redact(fields ?? {})),
  warn: (message, fields) => logger.warn(message, redact(fields ?? {})),
  error: (message, fields) => logger.error(message, redact(fields ?? {})),
};
