/**
 * One appointment on the calendar: time, client, service, status and
 * deposit, and what staff can do to it (move, cancel; owners approve or
 * decline a pending request; once a confirmed one has started, mark it
 * completed or a no-show). Every change is a staff callable: the server
 * checks the time is free with the same locks as the AI's bookings.
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import type { AppointmentDoc } from '../../shared/firebase/documents';
import type { WithId } from '../../shared/firebase/live';
import { useBusiness } from '../businesses/business-context';
import { useNow } from '../../shared/ui/use-now';
import { cancelAppointment, completeAppointment, decideAppointment, markNoShow, moveAppointment } from './api';
import { zonedInputValue, zonedTimeToUtc } from '../../shared/ui/time';
import { canRecordOutcome, isActive, paymentState, STATUS_LABELS } from './model';

const clock = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat(undefined, { timeZone, hour: '2-digit', minute: '2-digit' }).format(date);

export function AppointmentCard({
  appointment: a,
  serviceName,
  resourceName,
}: {
  appointment: AppointmentDoc & WithId;
  serviceName: string;
  resourceName: string | undefined;
}) {
  const { businessId, timeZone, can } = useBusiness();
  const [moving, setMoving] = useState(false);
  const [when, setWhen] = useState(() => zonedInputValue(a.start.toDate(), timeZone));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // The outcome buttons appear when the appointment starts, with the page open.
  const now = useNow(30_000);

  const run = async (change: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await change();
      setMoving(false);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const move = (e: FormEvent) => {
    e.preventDefault();
    const start = zonedTimeToUtc(when, timeZone);
    if (!start) return setError('Pick a date and time.');
    void run(() => moveAppointment(businessId, a.id, start));
  };
  const cancel = () => {
    if (window.confirm('Cancel this appointment? The customer is told.')) {
      void run(() => cancelAppointment(businessId, a.id));
    }
  };
  const noShow = () => {
    if (window.confirm('Mark as a no-show? It counts on the client’s record.')) {
      void run(() => markNoShow(businessId, a.id));
    }
  };
  const who = a.customerName ?? 'Client';

  return (
    <article
      className={`fd-appt fd-appt--${a.status}`}
      data-testid="appointment"
      data-status={a.status}
      aria-label={`${who}, ${serviceName}, ${clock(a.start.toDate(), timeZone)}`}
    >
      <div className="fd-appt__time">
        {clock(a.start.toDate(), timeZone)}–{clock(a.end.toDate(), timeZone)}
      </div>
      <div className="fd-appt__who">
        <Link href={`/clients/${a.contactId}`}>
          <bdi>{who}</bdi>
        </Link>
      </div>
      <div className="fd-small">
        {serviceName}
        {a.variantId ? ` (${a.variantId})` : ''}
        {resourceName ? ` · ${resourceName}` : ''}
      </div>
      <div className="fd-appt__state">
        <span
          className={`fd-pill${a.status === 'pending_approval' || a.status === 'no_show' ? ' fd-pill--warn' : ''}`}
          data-testid="appointment-status"
        >
          {STATUS_LABELS[a.status]}
        </span>{' '}
        <span className="fd-small fd-muted">{paymentState(a)}</span>
      </div>
      {a.status === 'pending_approval' && can('owner') ? (
        <div className="fd-tools">
          <button
            type="button"
            className="fd-btn fd-btn--small"
            disabled={busy}
            onClick={() => void run(() => decideAppointment(businessId, a.id, 'approve'))}
          >
            Approve
          </button>
          <button
            type="button"
            className="fd-btn fd-btn--ghost fd-btn--small"
            disabled={busy}
            onClick={() => void run(() => decideAppointment(businessId, a.id, 'decline'))}
          >
            Decline
          </button>
        </div>
      ) : null}
      {canRecordOutcome({ status: a.status, start: a.start.toDate() }, now) ? (
        <div className="fd-tools">
          <button
            type="button"
            className="fd-btn fd-btn--small"
            disabled={busy}
            onClick={() => void run(() => completeAppointment(businessId, a.id))}
          >
            Completed
          </button>
          <button type="button" className="fd-btn fd-btn--ghost fd-btn--small" disabled={busy} onClick={noShow}>
            No-show
          </button>
        </div>
      ) : null}
      {isActive(a.status) ? (
        moving ? (
          <form className="fd-inline-form" onSubmit={move}>
            <label>
              <span className="fd-visually-hidden">New time</span>
              <input
                className="fd-input fd-input--small"
                type="datetime-local"
                value={when}
                onChange={(e) => setWhen(e.target.value)}
                aria-label="New time"
              />
            </label>
            <button type="submit" className="fd-btn fd-btn--small" disabled={busy}>
              Move
            </button>
            <button type="button" className="fd-btn fd-btn--ghost fd-btn--small" onClick={() => setMoving(false)}>
              Keep
            </button>
          </form>
        ) : (
          <div className="fd-tools">
            <button type="button" className="fd-btn fd-btn--ghost fd-btn--small" onClick={() => setMoving(true)}>
              Move…
            </button>
            <button type="button" className="fd-btn fd-btn--ghost fd-btn--small" disabled={busy} onClick={cancel}>
              Cancel
            </button>
          </div>
        )
      ) : null}
      {error ? (
        <p className="fd-error-text" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}
