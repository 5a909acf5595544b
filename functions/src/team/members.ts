/**
 * Owners change the team: change a member's role or remove them. A business
 * always keeps one owner. Removal deletes the member document, which the
 * rules and every callable check on each request, so it takes effect at once
 * (the dashboard of the removed person sees its access end live).
 */
import { z } from 'zod';
import { ConflictError } from './access.js';
import { InBusiness, type MemberContext } from './actions.js';
import { team } from './collections.js';
import { ROLES, teamChangeProblem, type MemberSummary, type Role } from './roles.js';

const RoleName = z.enum(ROLES);

const Uid = z.string().min(1).max(128);

export const SetRoleInput = InBusiness.extend({ uid: Uid, role: RoleName });
export const RemoveMemberInput = InBusiness.extend({ uid: Uid });

async function change(ctx: MemberContext, businessId: string, uid: string, role: Role | 'removed') {
  await ctx.deps.db.transaction(async (tx) => {
    const all = await tx.query(team.members(businessId));
    const summaries: MemberSummary[] = all.map((m) => ({ uid: m.ref.id, role: m.data.role }));
    const problem = teamChangeProblem(summaries, { uid, role });
    if (problem) throw new ConflictError(problem);
    const ref = team.member(businessId, uid);
    if (role === 'removed') tx.delete(ref);
    else tx.update(ref, { role });
    return undefined;
  });
  ctx.deps.log.info('team changed', { businessId, uid, role, by: ctx.caller.uid });
}

export async function setMemberRole(ctx: MemberContext, input: z.output<typeof SetRoleInput>) {
  await change(ctx, input.businessId, input.uid, input.role);
  return { uid: input.uid, role: input.role };
}

export async function removeMember(ctx: MemberContext, input: z.output<typeof RemoveMemberInput>) {
  await change(ctx, input.businessId, input.uid, 'removed');
  return { uid: input.uid, removed: true };
}
