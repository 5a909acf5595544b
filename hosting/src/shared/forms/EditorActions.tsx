import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { showServerError } from './server-issues';

/**
 * The end of an editor form: Save (while not read-only), Delete for an
 * existing item after a confirmation; a refused delete is shown on the
 * form, a done one closes the editor.
 */
export function EditorActions<F extends FieldValues>({
  form,
  readOnly,
  deleteLabel,
  remove,
  onDone,
}: {
  form: Pick<UseFormReturn<F>, 'formState' | 'setError'>;
  readOnly: boolean;
  /** The confirmation question ("Delete this service?"). */
  deleteLabel: string;
  /** Deletes the item being edited; no Delete button without it (a new item). */
  remove?: (() => Promise<unknown>) | undefined;
  onDone: () => void;
}) {
  if (readOnly) return null;
  const onDelete = () => {
    if (!remove || !confirm(deleteLabel)) return;
    void remove().then(onDone, (err: unknown) => showServerError(form.setError, err));
  };
  return (
    <div className="fd-inline-form">
      <button className="fd-btn" type="submit">
        {form.formState.isSubmitting ? 'Saving…' : 'Save'}
      </button>
      {remove ? (
        <button type="button" className="fd-btn fd-btn--ghost" onClick={onDelete}>
          Delete
        </button>
      ) : null}
    </div>
  );
}
