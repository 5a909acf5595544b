/**
 * Invites: an owner invites a person by email with a role; the dashboard
 * shows the one-time link (`/invite/{businessId}/{token}`) to pass on. Only
 * the token's SHA-256 is stored (it names the invite document), so reading
 * the database does not give anyone a usable link. Accepting it — signed in
 * with the invited address, before it expires, once — makes the person a
 * member.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import { z } from 'zod';
import { NotFoundError } from '../errors.js';
import { paths } from '../store/paths.js';
import { ConflictError, type MemberDoc } from './access.js';
import { InBusiness, type ActionContext, type MemberContext } from './actions.js';
import { INVITE_TTL_MS, inviteProblem, ROLES, type Role, type InviteState } from './roles.js';

const RoleName = z.enum(ROLES);

export interface InviteDoc {
  email: string;
  role: Role;
  state: InviteState;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  createdBy: { uid: string; name: string };
  acceptedBy?: { uid: string; at: Timestamp } | null;
}

export const invitesPath = (businessId: string) => `${paths.business(businessId)}/invites`;
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
  const invite: InviteDoc = {
    email: input.email.toLowerCase(),
    role: input.role,
    state: 'pending',
    createdAt: Timestamp.fromDate(now),
    expiresAt: Timestamp.fromDate(expiresAt),
    createdBy: { uid: membership.member.uid, name: membership.member.name },
    acceptedBy: null,
  };
  await deps.db.doc(`${invitesPath(input.businessId)}/${inviteId}`).create(invite);
  deps.log.info('invite created', { businessId: input.businessId, inviteId, role: input.role });
  return { inviteId, token, path: `/invite/${input.businessId}/${token}`, expiresAt: expiresAt.toISOString() };
}

export const RevokeInviteInput = InBusiness.extend({ inviteId: z.string().regex(/^[0-9a-f]{64}$/) });

export async function revokeInvite(
  { deps }: MemberContext,
  input: z.output<typeof RevokeInviteInput>,
): Promise<{ revoked: true }> {
  const ref = deps.db.doc(`${invitesPath(input.businessId)}/${input.inviteId}`);
  await deps.db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists) throw new NotFoundError('No such invite.');
    if (snap.get('state') !== 'pending') throw new ConflictError('This invite is no longer pending.');
    tx.update(ref, { state: 'revoked' });
  });
  return { revoked: true };
}

export const AcceptInviteInput = InBusiness.extend({ token: z.string().min(16).max(128) });

export async function acceptInvite(
  { deps, caller }: ActionContext,
  input: z.output<typeof AcceptInviteInput>,
): Promise<{ businessId: string; role: Role; alreadyMember: boolean }> {
  const { db } = deps;
  const inviteRef = db.doc(`${invitesPath(input.businessId)}/${hashInviteToken(input.token)}`);
  const memberRef = db.doc(`${paths.members(input.businessId)}/${caller.uid}`);
  return db.runTransaction(async (tx) => {
    const [inviteSnap, memberSnap] = await tx.getAll(inviteRef, memberRef);
    const invite = inviteSnap!.data() as InviteDoc | undefined;
    const problem = inviteProblem(
      invite && { state: invite.state, expiresAtMs: invite.expiresAt.toMillis(), email: invite.email },
      deps.now().getTime(),
      caller.email,
    );
    if (problem) throw new ConflictError(problem);
    const at = Timestamp.fromDate(deps.now());
    tx.update(inviteRef, { state: 'accepted', acceptedBy: { uid: caller.uid, at } });
    if (memberSnap!.exists) {
      // Already in: the invite is used up, and the role they have stays (owners change roles explicitly).
      return { businessId: input.businessId, role: memberSnap!.get('role') as Role, alreadyMember: true };
    }
    const member: MemberDoc & { joinedAt: Timestamp } = {
      uid: caller.uid,
      email: invite!.email,
      name: caller.name ?? invite!.email.split('@')[0]!,
      role: invite!.role,
      telegramChatId: null,
      source: 'invite',
      joinedAt: at,
    };
    tx.create(memberRef, member);
    return { businessId: input.businessId, role: invite!.role, alreadyMember: false };
  });
}
