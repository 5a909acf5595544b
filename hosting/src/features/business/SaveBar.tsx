import type { FieldErrors } from 'react-hook-form';
import { FormIssues } from '../../shared/forms/FormIssues';
import { useBusiness } from '../businesses/business-context';

/** Save button, problems and the business revision, under every section form. */
export function SaveBar({ errors, submitting, saved }: { errors: FieldErrors; submitting: boolean; saved: boolean }) {
  const { can, business } = useBusiness();
  return (
    <>
      <FormIssues errors={errors} />
      {can('owner') ? (
        <div className="fd-inline-form">
          <button className="fd-btn" type="submit" disabled={submitting}>
            {submitting ? 'Saving…' : 'Save'}
          </button>
          {saved ? <span role="status">Saved — the AI uses it from the next message.</span> : null}
          <span className="fd-muted fd-small">Revision {business.revision}</span>
        </div>
      ) : null}
    </>
  );
}
