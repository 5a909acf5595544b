/**
 * One client: contact details and channels, their pets (with notes and
 * photos, shown on demand; a photo they sent kept on a pet; added, edited
 * and deleted by staff), their appointments and their conversations — live.
 */
import { doc } from 'firebase/firestore';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { db } from '../../shared/firebase/app';
import type { ContactDoc } from '../../shared/firebase/documents';
import { useLiveDoc } from '../../shared/firebase/live';
import { CHANNEL_NAMES } from '../../shared/ui/channels';
import { Empty, ErrorState, LiveView, Loading } from '../../shared/ui/states';
import { fullTime } from '../../shared/ui/time';
import { useBusiness } from '../businesses/business-context';
import { useClientAppointments, useClientConversations, usePets } from '../bookings/api';
import { paymentState, STATUS_LABELS } from '../bookings/model';
import '../bookings/bookings.css';
import { channelsOf, clientName } from './model';
import { PetEditor } from './PetEditor';
import { PetPhotos } from './PetPhotos';

export default function ClientPage({ params }: { params: { contactId: string } }) {
  const { businessId, timeZone } = useBusiness();
  const { contactId } = params;
  const contact = useLiveDoc<ContactDoc>(
    useMemo(() => doc(db, 'businesses', businessId, 'contacts', contactId), [businessId, contactId]),
  );
  const pets = usePets(businessId, contactId);
  const appointments = useClientAppointments(businessId, contactId);
  const conversations = useClientConversations(businessId, contactId);
  /** The pet being edited: its id, 'new', or none. */
  const [editing, setEditing] = useState<string | null>(null);

  if (contact.status === 'loading') return <Loading />;
  if (contact.status === 'error') return <ErrorState error={contact.error} />;
  const c = contact.data;
  if (!c) return <Empty title="No such client">They may have been removed.</Empty>;

  return (
    <div className="fd-page fd-stack" data-testid="client-page">
      <p>
        <Link href="/clients">← Clients</Link>
      </p>
      <h1>
        <bdi>{clientName(c)}</bdi>
      </h1>
      <section aria-labelledby="client-details">
        <h2 id="client-details">Contact details</h2>
        <dl className="fd-facts">
          {c.client?.phone ? (
            <>
              <dt>Phone</dt>
              <dd>{c.client.phone}</dd>
            </>
          ) : null}
          {c.client?.email ? (
            <>
              <dt>Email</dt>
              <dd>{c.client.email}</dd>
            </>
          ) : null}
          {c.language ? (
            <>
              <dt>Language</dt>
              <dd>{c.language}</dd>
            </>
          ) : null}
          <dt>Channels</dt>
          <dd>
            {channelsOf(c).length
              ? channelsOf(c)
                  .map((x) => `${CHANNEL_NAMES[x.channel] ?? x.channel} ${x.userId}`)
                  .join(', ')
              : 'None'}
          </dd>
          {c.client?.notes ? (
            <>
              <dt>Notes</dt>
              <dd>{c.client.notes}</dd>
            </>
          ) : null}
          {c.client?.noShows ? (
            <>
              <dt>No-shows</dt>
              <dd data-testid="client-no-shows">{c.client.noShows}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="client-pets">
        <h2 id="client-pets">Pets</h2>
        <LiveView live={pets}>
          {(list) => (
            <>
              {list.length === 0 ? <p className="fd-muted">No pets on file.</p> : null}
              <ul className="fd-list">
                {list.map((p) => (
                  <li key={p.docId} data-testid="pet">
                    <strong>
                      <bdi>{p.name}</bdi>
                    </strong>{' '}
                    <span className="fd-muted">
                      {[p.species, p.breed, p.size, p.weightKg ? `${p.weightKg} kg` : undefined, p.birthDate]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>{' '}
                    <button
                      type="button"
                      className="fd-btn fd-btn--ghost fd-btn--small"
                      aria-label={`Edit ${p.name}`}
                      onClick={() => setEditing(p.docId)}
                    >
                      Edit
                    </button>
                    {p.coatNotes ? <p className="fd-small">Coat: {p.coatNotes}</p> : null}
                    {p.temperamentNotes ? <p className="fd-small">Temperament: {p.temperamentNotes}</p> : null}
                    {editing === p.docId ? (
                      <PetEditor
                        key={p.docId}
                        businessId={businessId}
                        contactId={contactId}
                        pet={p}
                        onDone={() => setEditing(null)}
                      />
                    ) : null}
                    <PetPhotos businessId={businessId} contactId={contactId} pet={p} />
                  </li>
                ))}
              </ul>
              {editing === 'new' ? (
                <PetEditor key="new" businessId={businessId} contactId={contactId} onDone={() => setEditing(null)} />
              ) : (
                <button type="button" className="fd-btn fd-btn--small" onClick={() => setEditing('new')}>
                  Add pet
                </button>
              )}
            </>
          )}
        </LiveView>
      </section>
      <section aria-labelledby="client-appointments">
        <h2 id="client-appointments">Appointments</h2>
        <LiveView live={appointments}>
          {(list) =>
            list.length === 0 ? (
              <p className="fd-muted">No appointments.</p>
            ) : (
              <ul className="fd-list">
                {[...list]
                  .sort((a, b) => b.start.toMillis() - a.start.toMillis())
                  .map((a) => (
                    <li key={a.docId}>
                      {fullTime(a.start.toDate(), timeZone)} — {a.serviceId}
                      {a.variantId ? ` (${a.variantId})` : ''} ·{' '}
                      <span className="fd-pill">{STATUS_LABELS[a.status]}</span>{' '}
                      <span className="fd-small fd-muted">{paymentState(a)}</span>
                    </li>
                  ))}
              </ul>
            )
          }
        </LiveView>
      </section>
      <section aria-labelledby="client-conversations">
        <h2 id="client-conversations">Conversations</h2>
        <LiveView live={conversations}>
          {(list) =>
            list.length === 0 ? (
              <p className="fd-muted">No conversations.</p>
            ) : (
              <ul className="fd-list">
                {[...list]
                  .sort((a, b) => (b.lastMessageAt?.toMillis() ?? 0) - (a.lastMessageAt?.toMillis() ?? 0))
                  .map((x) => (
                    <li key={x.docId}>
                      <Link href={`/inbox/${x.docId}`}>
                        {CHANNEL_NAMES[x.channel] ?? x.channel}
                        {x.lastMessageAt ? ` · ${fullTime(x.lastMessageAt.toDate(), timeZone)}` : ''}
                      </Link>
                    </li>
                  ))}
              </ul>
            )
          }
        </LiveView>
      </section>
    </div>
  );
}
