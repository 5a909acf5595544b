/** Loading, error and empty states, the same everywhere. */
import type { ReactNode } from 'react';
import type { Live } from '../firebase/live';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="fd-state" role="status" aria-live="polite">
      <span className="fd-spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function ErrorState({ error, title = 'Something went wrong' }: { error: Error; title?: string }) {
  const denied = 'code' in error && String(error.code).includes('permission-denied');
  return (
    <div className="fd-state fd-state--error" role="alert">
      <strong>{denied ? 'You do not have access to this.' : title}</strong>
      <span>{denied ? 'Ask an owner of the business to invite you.' : error.message}</span>
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="fd-state fd-state--empty">
      <strong>{title}</strong>
      {children ? <span>{children}</span> : null}
    </div>
  );
}

/** Renders the loading or error state of `live`, or `children(data)` once it is ready. */
export function LiveView<T>({
  live,
  children,
  label,
}: {
  live: Live<T>;
  children: (data: T) => ReactNode;
  label?: string;
}) {
  if (live.status === 'loading') return <Loading label={label} />;
  if (live.status === 'error') return <ErrorState error={live.error} />;
  return <>{children(live.data)}</>;
}
