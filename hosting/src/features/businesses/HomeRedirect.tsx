import { Redirect } from 'wouter';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { signOut, useUser } from '../auth/auth-context';
import { useMemberships } from './memberships';

/** `/`: the business last worked on, or the first one; or why there is none. */
export function HomeRedirect() {
  const user = useUser();
  const memberships = useMemberships(user.uid);
  if (memberships.status === 'loading') return <Loading />;
  if (memberships.status === 'error') return <ErrorState error={memberships.error} />;
  const ids = memberships.data.map((m) => m.businessId);
  const last = localStorage.getItem('frontdesk.business');
  const target = last && ids.includes(last) ? last : ids[0];
  if (target) return <Redirect to={`/b/${target}/inbox`} />;
  return (
    <div className="fd-center">
      <Empty title="You are not a member of any business yet">
        Signed in as {user.email}. Ask an owner to invite you, then open the link they send you.
      </Empty>
      <button type="button" className="fd-btn fd-btn--ghost" onClick={() => void signOut()}>
        Sign out
      </button>
    </div>
  );
}
