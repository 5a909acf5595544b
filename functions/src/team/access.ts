/**
 * Membership checks for every callable: who is calling, and are they a
 * member of the business with at least the role the action needs. Reads the
 * member document on every call, so removing someone takes effect at once.
 */
import { FrontdeskError } from '../errors.js';
import type { Database } from '../store/database.js';
import { team, type MemberDoc } from './collections.js';
import { hasRole, isRole, type Role } from './roles.js';

export type { MemberDoc };

/** The signed-in person making a call, from the verified ID token. */
export interface Caller {
  uid: string;
  email?: string | undefined;
  name?: string | undefined;
}

/** The caller is not signed in. */
export class SignInRequiredError extends FrontdeskError {
  readonly code = 'unauthenticated';
  readonly httpStatus = 401;
}

/** The caller is signed in but may not do this (not a member, or not an owner). */
export class PermissionError extends FrontdeskError {
  readonly code = 'permission_denied';
  readonly httpStatus = 403;
}

/** The request is well formed but the data is not in a state that allows it (a used invite, the last owner). */
export class ConflictError extends FrontdeskError {
  readonly code = 'failed_precondition';
  readonly httpStatus = 409;
}

export interface Membership {
  businessId: string;
  caller: Caller;
  member: MemberDoc;
}

export async function requireMember(
  db: Database,
  caller: Caller,
  businessId: string,
  needed: Role,
): Promise<Membership> {
  const data = await db.get(team.member(businessId, caller.uid));
  const role: unknown = data?.role;
  if (!data || !isRole(role)) {
    throw new PermissionError('You are not a member of this business.');
  }
  if (!hasRole(role, needed)) {
    throw new PermissionError(`Only ${needed}s of this business can do this.`);
  }
  return {
    businessId,
    caller,
    member: {
      uid: caller.uid,
      email: data.email ?? caller.email ?? '',
      name: data.name ?? caller.name ?? caller.email ?? 'Staff',
      role,
      source: data.source ?? 'profile',
    },
  };
}
