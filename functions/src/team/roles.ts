/**
 * Who may do what in a business. Pure: roles, their order, and the rules
 * about owners that every team change must keep. The callables and the
 * dashboard both use these (no zod here: it loads with the dashboard's first page), so what the UI hides is what the server refuses.
 */
export const ROLES = ['staff', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

/** True when `role` is at least `needed` (owner ⊃ staff). */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export interface MemberSummary {
  uid: string;
  role: Role;
}

/**
 * Why a change to the team must be refused, or undefined when it may go
 * ahead: a business always keeps at least one owner.
 */
export function teamChangeProblem(
  members: MemberSummary[],
  change: { uid: string; role: Role | 'removed' },
): string | undefined {
  const target = members.find((m) => m.uid === change.uid);
  if (!target) return 'That person is not a member of this business.';
  if (target.role !== 'owner' || change.role === 'owner') return undefined;
  const owners = members.filter((m) => m.role === 'owner').length;
  return owners <= 1 ? 'A business needs at least one owner: make someone else an owner first.' : undefined;
}

/** How long an invite link can be used. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60_000;

export type InviteState = 'pending' | 'accepted' | 'revoked';

/** Why an invite cannot be accepted now, or undefined when it can. */
export function inviteProblem(
  invite: { state: InviteState; expiresAtMs: number; email: string } | undefined,
  nowMs: number,
  callerEmail: string | undefined,
): string | undefined {
  if (!invite) return 'This invite link is not valid. Ask the owner for a new one.';
  if (invite.state === 'accepted') return 'This invite link has already been used. Ask the owner for a new one.';
  if (invite.state === 'revoked') return 'This invite was withdrawn. Ask the owner for a new one.';
  if (nowMs >= invite.expiresAtMs) return 'This invite link has expired. Ask the owner for a new one.';
  if (!callerEmail || callerEmail.trim().toLowerCase() !== invite.email.trim().toLowerCase()) {
    return `This invite is for ${invite.email}. Sign in with that address to accept it.`;
  }
  return undefined;
}
