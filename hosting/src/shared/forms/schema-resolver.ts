/**
 * A react-hook-form resolver that validates with a zod schema from the
 * business model after turning the form's values into the model's shape
 * (localized inputs, lists typed as lines). The same schemas validate again
 * on the server (the `staff` callable), so the form and the server agree.
 */
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

export interface FormIssue {
  path: string;
  message: string;
}

export function schemaResolver<F extends FieldValues, S extends z.ZodType>(
  schema: S,
  toValue: (form: F) => unknown,
): Resolver<F, unknown, z.output<S>> {
  return async (values) => {
    const result = await schema.safeParseAsync(toValue(values));
    if (result.success) return { values: result.data, errors: {} };
    const issues: FormIssue[] = result.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || 'form',
      message: i.message,
    }));
    // Every issue is listed at the top of the form (paths may not match one input: a list edited as lines).
    const errors = { root: { type: 'schema', message: JSON.stringify(issues) } } as unknown as FieldErrors<F>;
    return { values: {}, errors };
  };
}

/** The issues a schemaResolver found, or the server's, for display. */
export function issuesOf(errors: FieldErrors): FormIssue[] {
  const message = errors.root?.message;
  if (!message) return [];
  try {
    return JSON.parse(message) as FormIssue[];
  } catch {
    return [{ path: 'form', message }];
  }
}
