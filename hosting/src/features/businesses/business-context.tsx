/**
 * The business being worked on: its id (from the URL), its live document and
 * the signed-in person's live membership. Losing the membership (removed by
 * an owner) ends access at once: the pages unmount and a notice says why.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Role } from '../../../../functions/src/team/roles';
import { hasRole } from '../../../../functions/src/team/roles';
import type { BusinessDoc, MemberDoc } from '../../shared/firebase/documents';
import { ErrorState, Loading } from '../../shared/ui/states';
import { useUser } from '../auth/auth-context';
import { useConversations } from '../inbox/api/conversations';
import { useBusinessDoc, useOwnMember } from './memberships';

export interface BusinessContextValue {
  businessId: string;
  business: BusinessDoc;
  member: MemberDoc;
  role: Role;
  timeZone: string;
  quietMinutes: number;
  can(needed: Role): boolean;
}

const Context = createContext<BusinessContextValue | null>(null);

export function useBusiness(): BusinessContextValue {
  const value = useContext(Context);
  if (!value) throw new Error('useBusiness outside a BusinessProvider');
  return value;
}

export function BusinessProvider({ businessId, children }: { businessId: string; children: ReactNode }) {
  const user = useUser();
  const member = useOwnMember(businessId, user.uid);
  const business = useBusinessDoc(businessId);
  // Started here, beside the membership check, not after it: the inbox's listener is the same query (the
  // SDK shares it), so the conversation list does not wait for one more round trip.
  useConversations(businessId);
  const denied =
    (member.status === 'ready' && member.data === null) ||
    (member.status === 'error' && String((member.error as { code?: string }).code).includes('permission-denied'));
  if (denied) {
    return (
      <div className="fd-state fd-state--error" role="alert" data-testid="no-access">
        <strong>You do not have access to this business.</strong>
        <span>If you were a member, an owner has removed you. Pick another business or ask for an invite.</span>
      </div>
    );
  }
  if (member.status === 'error') return <ErrorState error={member.error} />;
  if (business.status === 'error') return <ErrorState error={business.error} />;
  if (member.status === 'loading' || business.status === 'loading' || !member.data) return <Loading />;
  if (!business.data) return <ErrorState error={new Error(`There is no business "${businessId}".`)} />;
  const role = member.data.role;
  const value: BusinessContextValue = {
    businessId,
    business: business.data,
    member: member.data,
    role,
    timeZone: business.data.profile.timezone,
    quietMinutes: business.data.settings?.handoffQuietMinutes ?? 30,
    can: (needed) => hasRole(role, needed),
  };
  return <Context.Provider value={value}>{children}</Context.Provider>;
}
