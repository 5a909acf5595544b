import type { UseFormSetError, FieldValues } from 'react-hook-form';
import { ActionError } from '../firebase/functions';

/** Shows a failed save on the form: the server's issues by field, or its message. */
export function showServerError<F extends FieldValues>(setError: UseFormSetError<F>, err: unknown) {
  const issues =
    err instanceof ActionError && err.issues.length
      ? err.issues
      : [{ path: 'form', message: err instanceof Error ? err.message : String(err) }];
  setError('root', { type: 'server', message: JSON.stringify(issues) });
}
