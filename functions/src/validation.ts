import { z } from 'zod';
import { ValidationError, type Issue } from './errors.js';

/** Turns zod issues into `path: message` lines a person can act on. */
export function toIssues(error: z.core.$ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join('.') : '(root)',
    message: issue.message,
  }));
}

export function formatIssues(issues: Issue[], max = 8): string {
  const lines = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > max) lines.push(`… and ${issues.length - max} more`);
  return lines.join('; ');
}

/** Parses with a schema (zod or zod/mini), or throws a ValidationError naming every bad field. */
export function parseOrThrow<S extends z.core.$ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issues = toIssues(result.error);
  throw new ValidationError(`Invalid ${what}: ${formatIssues(issues)}`, issues);
}
