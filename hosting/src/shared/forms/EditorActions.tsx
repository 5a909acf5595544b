/**
 * The end of an editor form: Save (while not read-only), Delete for an
 * existing item after a confirmation, with a refusal shown on the form.
 */
export function EditorActions({
  readOnly,
  saving,
  deleteLabel,
  onDelete,
}: {
  readOnly: boolean;
  saving: boolean;
  /** The confirmation question ("Delete this service?"); no Delete button without `onDelete`. */
  deleteLabel: string;
  onDelete?: (() => void) | undefined;
}) {
  if (readOnly) return null;
  return (
    <div className="fd-inline-form">
      <button className="fd-btn" type="submit">
        {saving ? 'Saving…' : 'Save'}
      </button>
      {onDelete ? (
        <button type="button" className="fd-btn fd-btn--ghost" onClick={() => confirm(deleteLabel) && onDelete()}>
          Delete
        </button>
      ) : null}
    </div>
  );
}
