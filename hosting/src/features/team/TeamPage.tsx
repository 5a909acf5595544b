/**
 * The team: members with their roles, and invites. Owners invite by email
 * with a role (the link is shown once, to pass on), change roles and remove
 * members; staff see who is on the team.
 */
import { collection, orderBy, query } from 'firebase/firestore';
import { useMemo, useState, type FormEvent } from 'react';
import type { Role } from '../../../../functions/src/team/roles';
import { db } from '../../shared/firebase/app';
import type { InviteDoc } from '../../shared/firebase/documents';
import { callTeam } from '../../shared/firebase/functions';
import { useLiveQuery } from '../../shared/firebase/live';
import { Empty, LiveView } from '../../shared/ui/states';
import { fullTime } from '../../shared/ui/time';
import { useUser } from '../auth/auth-context';
import { useBusiness } from '../businesses/business-context';
import { useMembers } from '../businesses/memberships';

export default function TeamPage() {
  const { businessId, can, timeZone } = useBusiness();
  const user = useUser();
  const members = useMembers(businessId);
  const owner = can('owner');
  const [error, setError] = useState<string>();
  const run = (p: Promise<unknown>) =>
    p.catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));

  return (
    <div className="fd-page">
      <h1>Team</h1>
      {error ? (
        <p className="fd-notice fd-notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <LiveView live={members}>
        {(list) => (
          <table className="fd-table" data-testid="members">
            <thead>
              <tr>
                <th>Name</th>
                <th>Email</th>
                <th>Role</th>
                {owner ? (
                  <th>
                    <span className="fd-visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr key={m.id}>
                  <td>
                    {m.name}
                    {m.id === user.uid ? ' (you)' : ''}
                  </td>
                  <td>{m.email}</td>
                  <td>
                    {owner && m.id !== user.uid ? (
                      <select
                        className="fd-input"
                        aria-label={`Role of ${m.name}`}
                        value={m.role}
                        onChange={(e) =>
                          void run(callTeam('setMemberRole', { businessId, uid: m.id, role: e.target.value as Role }))
                        }
                      >
                        <option value="staff">staff</option>
                        <option value="owner">owner</option>
                      </select>
                    ) : (
                      m.role
                    )}
                  </td>
                  {owner ? (
                    <td>
                      {m.id !== user.uid ? (
                        <button
                          type="button"
                          className="fd-btn fd-btn--ghost fd-btn--small"
                          onClick={() => {
                            if (confirm(`Remove ${m.name} from the team? They lose access at once.`))
                              void run(callTeam('removeMember', { businessId, uid: m.id }));
                          }}
                        >
                          Remove
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LiveView>
      {owner ? (
        <Invites businessId={businessId} timeZone={timeZone} onError={setError} />
      ) : (
        <p className="fd-muted">Owners invite people and change roles.</p>
      )}
    </div>
  );
}

function Invites({
  businessId,
  timeZone,
  onError,
}: {
  businessId: string;
  timeZone: string;
  onError(message: string): void;
}) {
  const invites = useLiveQuery<InviteDoc>(
    useMemo(
      () => query(collection(db, 'businesses', businessId, 'invites'), orderBy('createdAt', 'desc')),
      [businessId],
    ),
  );
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('staff');
  const [link, setLink] = useState<string>();
  const [busy, setBusy] = useState(false);

  const invite = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const result = await callTeam<{ path: string }>('createInvite', { businessId, email: email.trim(), role });
      setLink(`${location.origin}${result.path}`);
      setEmail('');
    } catch (err) {
      onError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="invites-title">
      <h2 id="invites-title">Invite someone</h2>
      <form className="fd-inline-form" onSubmit={invite}>
        <label>
          Email
          <input className="fd-input" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Role
          <select className="fd-input" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="staff">staff</option>
            <option value="owner">owner</option>
          </select>
        </label>
        <button className="fd-btn" type="submit" disabled={busy}>
          Create invite link
        </button>
      </form>
      {link ? (
        <div className="fd-notice" role="status">
          <p>Send this link to them. It works once, for that address, for 7 days, and is shown only now:</p>
          <input
            className="fd-input"
            readOnly
            value={link}
            aria-label="Invite link"
            data-testid="invite-link"
            onFocus={(e) => e.target.select()}
          />
          <button
            type="button"
            className="fd-btn fd-btn--small"
            onClick={() => void navigator.clipboard?.writeText(link)}
          >
            Copy
          </button>
        </div>
      ) : null}
      <h3>Invites</h3>
      <LiveView live={invites}>
        {(list) =>
          list.length === 0 ? (
            <Empty title="No invites yet" />
          ) : (
            <ul className="fd-list">
              {list.map((i) => {
                const expired = i.state === 'pending' && i.expiresAt.toMillis() < Date.now();
                return (
                  <li key={i.id}>
                    <span>{i.email}</span> <span className="fd-pill">{i.role}</span>{' '}
                    <span className="fd-pill">{expired ? 'expired' : i.state}</span>{' '}
                    <span className="fd-muted">
                      by {i.createdBy.name}, {fullTime(i.createdAt.toDate(), timeZone)}
                    </span>
                    {i.state === 'pending' && !expired ? (
                      <button
                        type="button"
                        className="fd-btn fd-btn--ghost fd-btn--small"
                        onClick={() =>
                          void callTeam('revokeInvite', { businessId, inviteId: i.id }).catch((err: unknown) =>
                            onError(String(err)),
                          )
                        }
                      >
                        Withdraw
                      </button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )
        }
      </LiveView>
    </section>
  );
}
