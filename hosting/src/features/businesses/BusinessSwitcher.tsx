import { useLocation } from 'wouter';
import { useUser } from '../auth/auth-context';
import { useMemberships } from './memberships';

/** Switch between the businesses you belong to (shown when there is more than one). */
export function BusinessSwitcher({ current }: { current: string }) {
  const user = useUser();
  const memberships = useMemberships(user.uid);
  const [, navigate] = useLocation();
  if (memberships.status !== 'ready' || memberships.data.length < 2) return null;
  return (
    <>
      <label className="fd-visually-hidden" htmlFor="business-switcher">
        Business
      </label>
      <select
        id="business-switcher"
        className="fd-input fd-switcher"
        value={current}
        onChange={(e) => {
          localStorage.setItem('frontdesk.business', e.target.value);
          // `~` leaves the current business's nest (wouter).
          navigate(`~/b/${e.target.value}/inbox`);
        }}
      >
        {memberships.data.map((m) => (
          <option key={m.businessId} value={m.businessId}>
            {m.businessId} ({m.role})
          </option>
        ))}
      </select>
    </>
  );
}
