/**
 * Owners edit the business from the dashboard. Every edit is validated with
 * the profile file's schemas (staff/schemas.ts) and written in one
 * transaction with a new business `revision`, which is what makes the reply
 * pipeline reload services and knowledge (pipeline/business-context.ts):
 * the AI uses an edit on the very next message.
 */
import { randomBytes } from 'node:crypto';
import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type { z } from 'zod';
import { NotFoundError } from '../errors.js';
import { paths } from '../store/paths.js';
import { type MemberContext } from '../team/actions.js';
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
  write: (tx: Transaction) => Record<string, unknown> | undefined,
): Promise<{ revision: string }> {
  const { db } = ctx.deps;
  const businessRef = db.doc(paths.business(businessId));
  const revision = editRevision(ctx.deps.now());
  await db.runTransaction(async (tx) => {
    const snap = await tx.get(businessRef);
    if (!snap.exists) throw new NotFoundError(`No business "${businessId}".`);
    const fields = write(tx) ?? {};
    tx.update(businessRef, {
      ...fields,
      revision,
      updatedAt: FieldValue.serverTimestamp(),
      updatedBy: { uid: ctx.membership.member.uid, name: ctx.membership.member.name },
    });
  });
  ctx.deps.log.info('business edited', { businessId, revision, by: ctx.caller.uid });
  return { revision };
}

export async function updateSection(ctx: MemberContext, input: { businessId: string } & z.output<typeof SectionEdit>) {
  return editBusiness(ctx, input.businessId, () => ({ [input.section]: input.value }));
}

export async function putService(ctx: MemberContext, input: { businessId: string } & z.output<typeof PutService>) {
  const ref = ctx.deps.db.doc(`${paths.services(input.businessId)}/${input.service.id}`);
  return editBusiness(ctx, input.businessId, (tx) => {
    tx.set(ref, input.service);
    return undefined;
  });
}

export async function putArticle(ctx: MemberContext, input: { businessId: string } & z.output<typeof PutArticle>) {
  const ref = ctx.deps.db.doc(`${paths.knowledge(input.businessId)}/${knowledgeDocId('article', input.article.id)}`);
  return editBusiness(ctx, input.businessId, (tx) => {
    tx.set(ref, { kind: 'article', ...input.article });
    return undefined;
  });
}

export async function putQa(ctx: MemberContext, input: { businessId: string } & z.output<typeof PutQa>) {
  const ref = ctx.deps.db.doc(`${paths.knowledge(input.businessId)}/${knowledgeDocId('qa', input.qa.id)}`);
  return editBusiness(ctx, input.businessId, (tx) => {
    tx.set(ref, { kind: 'qa', ...input.qa });
    return undefined;
  });
}

export async function deleteItem(ctx: MemberContext, input: { businessId: string } & z.output<typeof DeleteItem>) {
  const path =
    input.collection === 'services'
      ? `${paths.services(input.businessId)}/${input.id}`
      : `${paths.knowledge(input.businessId)}/${knowledgeDocId(input.collection, input.id)}`;
  return editBusiness(ctx, input.businessId, (tx) => {
    tx.delete(ctx.deps.db.doc(path));
    return undefined;
  });
}
