/** Download the business as a profile file (`npm run seed -- FILE` loads it again). */
import { useState } from 'react';
import { useBusiness } from '../businesses/business-context';
import { exportProfile } from './api';

export function ExportSection() {
  const { businessId, can } = useBusiness();
  const [state, setState] = useState<{ busy: boolean; problems?: string | null; error?: string }>({ busy: false });
  if (!can('owner')) return <p className="fd-muted">Owners can export the business as a profile file.</p>;
  const download = async () => {
    setState({ busy: true });
    try {
      const result = await exportProfile(businessId);
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(result.file, null, 2) + '\n'], { type: 'application/json' }),
      );
      const a = Object.assign(document.createElement('a'), { href: url, download: result.fileName });
      a.click();
      URL.revokeObjectURL(url);
      setState({ busy: false, problems: result.problems });
    } catch (err) {
      setState({ busy: false, error: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <section className="fd-editor">
      <p>
        The profile file holds the profile, hours, holidays, policies, services, knowledge, Q&A, style guide, channels,
        team and settings — everything but conversations and credentials. Keep it in version control, and load it into
        any project with <code>npm run seed -- {businessId}.json</code>.
      </p>
      <button type="button" className="fd-btn" disabled={state.busy} onClick={() => void download()}>
        {state.busy ? 'Preparing…' : 'Download the profile file'}
      </button>
      {state.problems ? (
        <p className="fd-notice fd-notice--error">Downloaded, but it would not seed as it is: {state.problems}</p>
      ) : null}
      {state.error ? (
        <p className="fd-notice fd-notice--error" role="alert">
          {state.error}
        </p>
      ) : null}
    </section>
  );
}
