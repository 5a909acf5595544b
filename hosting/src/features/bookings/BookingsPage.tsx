/**
 * The calendar: a day (one column per staff member or resource where the
 * business has them) or a week (one column per day), in the business's
 * time zone, live from Firestore. Book, move, cancel, approve and decline
 * from here; the page follows the store, so a change the AI makes at the
 * same moment appears too.
 */
import { useMemo, useState } from 'react';
import { display } from '../../shared/forms/localized';
import { Empty, LiveView } from '../../shared/ui/states';
import { dayIn } from '../../shared/ui/time';
import { useBusiness } from '../businesses/business-context';
import { useServices } from '../business/api';
import { useAppointments } from './api';
import { AppointmentCard } from './AppointmentCard';
import { addDays, columnsFor, daysOf, rangeOf, type View } from './model';
import { NewAppointment } from './NewAppointment';
import './bookings.css';

const dayTitle = (day: string) =>
  new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(`${day}T00:00:00Z`),
  );

export default function BookingsPage() {
  const { businessId, business, timeZone } = useBusiness();
  const languages = business.profile.languages;
  const [view, setView] = useState<View>(() => (window.matchMedia?.('(max-width: 700px)').matches ? 'day' : 'week'));
  const [day, setDay] = useState(() => dayIn(new Date(), timeZone));
  const [creating, setCreating] = useState(false);
  const days = useMemo(() => daysOf(view, day), [view, day]);
  const range = useMemo(() => rangeOf(days, timeZone), [days, timeZone]);
  const live = useAppointments(businessId, range.from, range.to);
  const services = useServices(businessId);
  const resources = useMemo(
    () => (business.settings?.booking?.resources ?? []).map((r) => ({ id: r.id, name: display(r.name, languages) })),
    [business, languages],
  );
  const serviceName = (id: string) => {
    const s = services.data?.find((x) => x.id === id);
    return s ? display(s.name, languages) : id;
  };
  const step = view === 'day' ? 1 : 7;

  return (
    <div className="fd-page fd-bookings">
      <div className="fd-bookings__top">
        <h1>Bookings</h1>
        <div className="fd-segmented" role="group" aria-label="View">
          {(['day', 'week'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className={view === v ? 'is-active' : undefined}
              aria-pressed={view === v}
              onClick={() => setView(v)}
            >
              {v === 'day' ? 'Day' : 'Week'}
            </button>
          ))}
        </div>
        <div className="fd-tools">
          <button
            type="button"
            className="fd-btn fd-btn--ghost fd-btn--small"
            aria-label="Earlier"
            onClick={() => setDay(addDays(day, -step))}
          >
            ‹
          </button>
          <button
            type="button"
            className="fd-btn fd-btn--ghost fd-btn--small"
            onClick={() => setDay(dayIn(new Date(), timeZone))}
          >
            Today
          </button>
          <button
            type="button"
            className="fd-btn fd-btn--ghost fd-btn--small"
            aria-label="Later"
            onClick={() => setDay(addDays(day, step))}
          >
            ›
          </button>
          <input
            className="fd-input fd-input--small"
            type="date"
            aria-label="Day"
            value={day}
            onChange={(e) => e.target.value && setDay(e.target.value)}
          />
        </div>
        <button type="button" className="fd-btn" onClick={() => setCreating(true)} disabled={creating}>
          New appointment
        </button>
      </div>
      <p className="fd-muted fd-small">Times in {timeZone}.</p>
      {creating ? <NewAppointment day={day} onDone={() => setCreating(false)} /> : null}
      <LiveView live={live} label="Loading appointments…">
        {(list) => {
          const placed = list.map((a) => ({ ...a, start: a.start.toDate(), doc: a }));
          const columns = columnsFor(view, days, placed, timeZone, view === 'day' ? resources : []);
          if (view === 'day' && list.length === 0) {
            return <Empty title="No appointments this day">Book one with “New appointment”.</Empty>;
          }
          return (
            <div className="fd-calendar" data-testid="calendar" style={{ ['--fd-columns' as string]: columns.length }}>
              {columns.map((c) => (
                <section
                  key={c.key}
                  className="fd-calendar__col"
                  aria-label={view === 'week' ? dayTitle(c.title) : c.title}
                >
                  <h2 className="fd-calendar__title">{view === 'week' ? dayTitle(c.title) : c.title}</h2>
                  {c.items.length === 0 ? <p className="fd-muted fd-small">Nothing booked</p> : null}
                  {c.items.map((a) => (
                    <AppointmentCard
                      key={a.doc.docId}
                      appointment={a.doc}
                      serviceName={serviceName(a.doc.serviceId)}
                      resourceName={resources.find((r) => r.id === a.doc.resourceId)?.name}
                    />
                  ))}
                </section>
              ))}
            </div>
          );
        }}
      </LiveView>
    </div>
  );
}
