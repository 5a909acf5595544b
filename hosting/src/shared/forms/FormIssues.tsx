import type { FieldErrors } from 'react-hook-form';
import { issuesOf } from './schema-resolver';

/** The validation problems of a form, named by field, announced to screen readers. */
export function FormIssues({ errors }: { errors: FieldErrors }) {
  const issues = issuesOf(errors);
  if (!issues.length) return null;
  return (
    <div className="fd-notice fd-notice--error" role="alert" data-testid="form-issues">
      <strong>Please fix:</strong>
      <ul>
        {issues.map((i, n) => (
          <li key={n}>
            <code>{i.path}</code>: {i.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function LocalizedInputs({
  label,
  languages,
  register,
  name,
  multiline = false,
}: {
  label: string;
  languages: string[];
  register: (name: string) => object;
  name: string;
  multiline?: boolean;
}) {
  return (
    <fieldset className="fd-localized">
      <legend>{label}</legend>
      {languages.map((lang) => (
        <label key={lang}>
          <span className="fd-lang">{lang}</span>
          {multiline ? (
            <textarea className="fd-input" rows={3} dir="auto" lang={lang} {...register(`${name}.${lang}`)} />
          ) : (
            <input className="fd-input" dir="auto" lang={lang} {...register(`${name}.${lang}`)} />
          )}
        </label>
      ))}
    </fieldset>
  );
}
