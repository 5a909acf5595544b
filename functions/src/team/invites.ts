/**
 * Invites: an owner invites a person by email with a role; the dashboard
 * shows the one-time link (`/invite/{businessId}/{token}`) to pass on. Only
 * the token's SHA-256 is stored (it names the invite document), so reading
 * the database does not give anyone a usable link. Accepting it — signed in
 * with the invited address, before it expires, once — makes the person a
 * member.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { NotFoundError } from '../errors.js';
import { ConflictError } from './access.js';
import { InBusiness, type ActionContext, type MemberContext } from './actions.js';
import { team, type InviteDoc, type MemberDoc } from './collections.js';
import { INVITE_TTL_MS, inviteProblem, ROLES, type Role } from './roles.js';

export type { InviteDoc };

const RoleName = z.enum(ROLES);

export const hashInviteToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const CreateInviteInput = InBusiness.extend({
  email: z.email().max(254),
  role: RoleName,
});

export async function createInvite(
  { deps, membership }: MemberContext,
  input: z.output<typeof CreateInviteInput>,
): Promise<{ inviteId: string; token: string; path: string; expiresAt: string }> {
  const token = randomBytes(24).toString('base64url');
  const inviteId = hashInviteToken(token);
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
  await deps.db.create(team.invite(input.businessId, inviteId), {
    email: input.email.toLowerCase(),
    role: input.role,
    state: 'pending',
    createdAt: now,
    expiresAt,
    createdBy: { uid: membership.member.uid, name: membership.member.name },
    acceptedBy: null,
  });
  deps.log.info('invite created', { businessId: input.businessId, inviteId, role: input.role });
  return { inviteId, token, path: `/invite/${input.businessId}/${token}`, expiresAt: expiresAt.toISOString() };
}

export const RevokeInviteInput = InBusiness.extend({ inviteId: z.string().regex(/^[0-9a-f]{64}$/) });

export async function revokeInvite(
  { deps }: MemberContext,
  input: z.output<typeof RevokeInviteInput>,
): Promise<{ revoked: true }> {
  const ref = team.invite(input.businessId, input.inviteId);
  await deps.db.transaction(async (tx) => {
    const invite = await tx.get(ref);
    if (!invite) throw new NotFoundError('No such invite.');
    if (invite.state !== 'pending') throw new ConflictError('This invite is no longer pending.');
    tx.update(ref, { state: 'revoked' });
    return undefined;
  });
  return { revoked: true };
}

export const AcceptInviteInput = InBusiness.extend({ token: z.string().min(16).max(128) });

export async function acceptInvite(
  { deps, caller }: ActionContext,
  input: z.output<typeof AcceptInviteInput>,
): Promise<{ businessId: string; role: Role; alreadyMember: boolean }> {
  const inviteRef = team.invite(input.businessId, hashInviteToken(input.token));
  const memberRef = team.member(input.businessId, caller.uid);
  return deps.db.transaction(async (tx) => {
    const [invite, member] = await Promise.all([tx.get(inviteRef), tx.get(memberRef)]);
    const problem = inviteProblem(
      invite && { state: invite.state, expiresAtMs: invite.expiresAt.getTime(), email: invite.email },
      deps.now().getTime(),
      caller.email,
    );
    if (problem || !invite) throw new ConflictError(problem ?? 'This invite link is not valid.');
    const now = deps.now();
    tx.update(inviteRef, { state: 'accepted', acceptedBy: { uid: caller.uid, at: now } });
    if (member) {
      // Already in: the invite is used up, and the role they have stays (owners change roles explicitly).
      return { businessId: input.businessId, role: member.role, alreadyMember: true };
    }
    const joined: MemberDoc = {
      uid: caller.uid,
      email: invite.email,
      name: caller.name ?? invite.email.split('@')[0]!,
      role: invite.role,
      telegramChatId: null,
      source: 'invite',
      joinedAt: now,
    };
    tx.create(memberRef, joined);
    return { businessId: input.businessId, role: invite.role, alreadyMember: false };
  });
}
