/** Small helpers every adapter's parser uses. */
import type { z } from 'zod';
import { ValidationError } from '../../errors.js';
import { formatIssues, toIssues } from '../../validation.js';

/** The raw body as JSON, or ValidationError naming the payload (e.g. 'Telegram webhook'). */
export function parseJsonBody(rawBody: Buffer, label: string): unknown {
  try {
    return JSON.parse(rawBody.toString('utf8'));
  } catch (err) {
    throw new ValidationError(`${label} body is not valid JSON`, [], { cause: err });
  }
}

/** At most three zod issues, as one bounded line for a dead-letter reason. */
export function issuesOf(error: z.ZodError): string {
  return formatIssues(toIssues(error), 3).slice(0, 500);
}

/** A field of an untyped value, only when the value itself has it (never from the prototype). */
export function ownField(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string, unknown>)[key];
}

/** Drops keys whose value is undefined: events end up in Firestore, which refuses undefined. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
