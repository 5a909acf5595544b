/**
 * Owners edit the business from the dashboard. Every edit is validated with
 * the profile file's schemas (staff/schemas.ts) and written in one
 * transaction with a new business `revision`, which is what makes the reply
 * pipeline reload services and knowledge (pipeline/business-context.ts):
 * the AI uses an edit on the very next message.
 */
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { NotFoundError } from '../errors.js';
import { at } from '../store/collections.js';
import { doc, type Transaction } from '../store/database.js';
import type { MemberContext } from '../team/actions.js';
import {
  knowledgeDocId,
  type DeleteItem,
  type PutArticle,
  type PutQa,
  type PutService,
  type SectionEdit,
} from './schemas.js';

/** A revision for a dashboard edit: different from every earlier one (seeded revisions are content hashes). */
export function editRevision(now: Date): string {
  return `edit-${now.getTime().toString(36)}-${randomBytes(4).toString('hex')}`;
}

async function editBusiness(
  ctx: MemberContext,
  businessId: string,
  write: (tx: Transaction) => Record<string, unknown>,
): Promise<{ revision: string }> {
  const businessRef = at.business(businessId);
  const revision = editRevision(ctx.deps.now());
  await ctx.deps.db.transaction(async (tx) => {
    if (!(await tx.get(businessRef))) throw new NotFoundError(`No business "${businessId}".`);
    const fields = write(tx);
    tx.update(businessRef, {
      ...fields,
      revision,
      updatedAt: ctx.deps.now(),
      updatedBy: { uid: ctx.membership.member.uid, name: ctx.membership.member.name },
    });
    return undefined;
  });
  ctx.deps.log.info('business edited', { businessId, revision, by: ctx.caller.uid });
  return { revision };
}

type In<S extends z.ZodType> = { businessId: string } & z.output<S>;

export async function updateSection(ctx: MemberContext, input: In<typeof SectionEdit>) {
  return editBusiness(ctx, input.businessId, () => ({ [input.section]: input.value }));
}

export async function putService(ctx: MemberContext, input: In<typeof PutService>) {
  return editBusiness(ctx, input.businessId, (tx) => {
    tx.set(doc(at.services(input.businessId), input.service.id), input.service);
    return {};
  });
}

export async function putArticle(ctx: MemberContext, input: In<typeof PutArticle>) {
  return editBusiness(ctx, input.businessId, (tx) => {
    const ref = doc(at.knowledge(input.businessId), knowledgeDocId('article', input.article.id));
    tx.set(ref, { kind: 'article', ...input.article });
    return {};
  });
}

export async function putQa(ctx: MemberContext, input: In<typeof PutQa>) {
  return editBusiness(ctx, input.businessId, (tx) => {
    tx.set(doc(at.knowledge(input.businessId), knowledgeDocId('qa', input.qa.id)), { kind: 'qa', ...input.qa });
    return {};
  });
}

export async function deleteItem(ctx: MemberContext, input: In<typeof DeleteItem>) {
  return editBusiness(ctx, input.businessId, (tx) => {
    tx.delete(
      input.collection === 'services'
        ? doc(at.services(input.businessId), input.id)
        : doc(at.knowledge(input.businessId), knowledgeDocId(input.collection, input.id)),
    );
    return {};
  });
}
