/**
 * Booking from the dashboard: service (and variant), staff/resource where
 * the business has them, a time on the business's clock, the client (found
 * by name or phone) and their pet. The server holds and books the slot in
 * one go with the AI's transactions, so a taken time is refused here too.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { display } from '../../shared/forms/localized';
import { zonedTimeToUtc } from '../../shared/ui/time';
import { useBusiness } from '../businesses/business-context';
import { useServices } from '../business/api';
import { createAppointment, useClients, usePets } from './api';
import { clientName, matchesClient } from '../clients/model';

export function NewAppointment({ day, onDone }: { day: string; onDone(): void }) {
  const { businessId, business, timeZone } = useBusiness();
  const languages = business.profile.languages;
  const services = useServices(businessId);
  const clients = useClients(businessId);
  const [serviceId, setServiceId] = useState('');
  const [variantId, setVariantId] = useState('');
  const [resourceId, setResourceId] = useState('');
  const [when, setWhen] = useState(`${day}T10:00`);
  const [search, setSearch] = useState('');
  const [contactId, setContactId] = useState('');
  const [petId, setPetId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const pets = usePets(businessId, contactId || null);

  const service = services.data?.find((s) => s.id === serviceId);
  const resources = (business.settings?.booking?.resources ?? []).filter(
    (r) => r.services.length === 0 || r.services.includes(serviceId),
  );
  const found = useMemo(
    () => (clients.data ?? []).filter((c) => matchesClient(c, search)).slice(0, 50),
    [clients.data, search],
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const start = zonedTimeToUtc(when, timeZone);
    if (!serviceId || !contactId || !start) return setError('Pick a service, a time and a client.');
    if (service?.variants?.length && !variantId) return setError('Pick a variant of the service.');
    setBusy(true);
    setError(undefined);
    try {
      await createAppointment(businessId, {
        serviceId,
        variantId: variantId || undefined,
        resourceId: resourceId || undefined,
        start,
        contactId,
        petId: petId || undefined,
      });
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="fd-card fd-stack" onSubmit={(e) => void submit(e)} aria-label="New appointment">
      <h2>New appointment</h2>
      <div className="fd-grid">
        <label>
          Service
          <select
            className="fd-input"
            value={serviceId}
            aria-label="Service"
            onChange={(e) => {
              setServiceId(e.target.value);
              setVariantId('');
            }}
            required
          >
            <option value="">Pick a service</option>
            {(services.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {display(s.name, languages)}
              </option>
            ))}
          </select>
        </label>
        {service?.variants?.length ? (
          <label>
            Variant
            <select
              className="fd-input"
              value={variantId}
              aria-label="Variant"
              onChange={(e) => setVariantId(e.target.value)}
              required
            >
              <option value="">Pick one</option>
              {service.variants.map((v) => (
                <option key={v.id} value={v.id}>
                  {display(v.name, languages)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {resources.length ? (
          <label>
            With
            <select
              className="fd-input"
              value={resourceId}
              aria-label="With"
              onChange={(e) => setResourceId(e.target.value)}
            >
              <option value="">Anyone free</option>
              {resources.map((r) => (
                <option key={r.id} value={r.id}>
                  {display(r.name, languages)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          When ({timeZone})
          <input
            className="fd-input"
            type="datetime-local"
            value={when}
            aria-label={`When (${timeZone})`}
            onChange={(e) => setWhen(e.target.value)}
            required
          />
        </label>
        <label>
          Find the client
          <input
            className="fd-input"
            type="search"
            value={search}
            aria-label="Find the client"
            placeholder="Name, phone or channel id"
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <label>
          Client
          <select
            className="fd-input"
            value={contactId}
            aria-label="Client"
            onChange={(e) => {
              setContactId(e.target.value);
              setPetId('');
            }}
            required
          >
            <option value="">{clients.status === 'loading' ? 'Loading clients…' : 'Pick a client'}</option>
            {found.map((c) => (
              <option key={c.docId} value={c.docId}>
                {clientName(c)}
              </option>
            ))}
          </select>
        </label>
        {contactId && pets.data?.length ? (
          <label>
            Pet
            <select className="fd-input" value={petId} aria-label="Pet" onChange={(e) => setPetId(e.target.value)}>
              <option value="">No pet</option>
              {pets.data.map((p) => (
                <option key={p.docId} value={p.docId}>
                  {p.name} ({p.species})
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {error ? (
        <p className="fd-error-text" role="alert">
          {error}
        </p>
      ) : null}
      <div className="fd-tools">
        <button type="submit" className="fd-btn" disabled={busy}>
          {busy ? 'Booking…' : 'Book'}
        </button>
        <button type="button" className="fd-btn fd-btn--ghost" onClick={onDone}>
          Close
        </button>
      </div>
    </form>
  );
}
