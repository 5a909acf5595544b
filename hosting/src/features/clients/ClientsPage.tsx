/**
 * The clients list: everyone who wrote to the business (the most recently
 * seen first), searched by name, phone, email or channel id in the browser;
 * each opens the client's page.
 */
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { CHANNEL_NAMES } from '../../shared/ui/channels';
import { Empty, LiveView } from '../../shared/ui/states';
import { shortTime } from '../../shared/ui/time';
import { useBusiness } from '../businesses/business-context';
import { CLIENT_LIMIT, useClients } from '../bookings/api';
import '../bookings/bookings.css';
import { channelsOf, clientName, matchesClient } from './model';

export default function ClientsPage() {
  const { businessId, timeZone } = useBusiness();
  const clients = useClients(businessId);
  const [search, setSearch] = useState('');
  const found = useMemo(() => (clients.data ?? []).filter((c) => matchesClient(c, search)), [clients.data, search]);

  return (
    <div className="fd-page">
      <h1>Clients</h1>
      <label>
        <span className="fd-visually-hidden">Search clients</span>
        <input
          className="fd-input"
          type="search"
          placeholder="Search by name, phone, email or channel id"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label="Search clients"
        />
      </label>
      <LiveView live={clients} label="Loading clients…">
        {(list) =>
          list.length === 0 ? (
            <Empty title="No clients yet">Clients appear here when they first write to the business.</Empty>
          ) : found.length === 0 ? (
            <Empty title="Nobody matches">Try part of a name or the last digits of a phone number.</Empty>
          ) : (
            <>
              {list.length >= CLIENT_LIMIT ? (
                <p className="fd-muted fd-small">The {CLIENT_LIMIT} most recently seen clients are searched.</p>
              ) : null}
              <ul className="fd-list" data-testid="clients">
                {found.map((c) => (
                  <li key={c.docId} className="fd-clients__row">
                    <Link href={`/clients/${c.docId}`}>
                      <bdi>{clientName(c)}</bdi>
                    </Link>
                    <span className="fd-small fd-muted">
                      {channelsOf(c)
                        .map((x) => CHANNEL_NAMES[x.channel] ?? x.channel)
                        .join(', ')}
                      {c.client?.phone ? ` · ${c.client.phone}` : ''}
                      {c.lastSeenAt ? ` · ${shortTime(c.lastSeenAt.toDate(), timeZone)}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </LiveView>
    </div>
  );
}
