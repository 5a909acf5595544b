/**
 * Owners decide on suggested Q&A entries (pipeline/suggested-qa.ts makes
 * them from staff answers after a handoff): accept one — as suggested or
 * edited — as a Q&A entry, through the same validated edit as the Q&A
 * editor (it moves the business's revision, so the AI uses it on the next
 * message), or dismiss it. A suggestion is decided once.
 */
import { z } from 'zod';
import { QaEntry } from '../domain/business.js';
import { NotFoundError } from '../errors.js';
import { at } from '../store/collections.js';
import { doc } from '../store/database.js';
import type { SuggestedQaDoc } from '../store/documents.js';
import { ConflictError } from '../team/access.js';
import { InBusiness, type MemberContext } from '../team/actions.js';
import { editBusiness } from './business-edits.js';
import { knowledgeDocId } from './schemas.js';

export const SuggestionInput = InBusiness.extend({ suggestionId: z.string().min(1).max(64) });
export const AcceptSuggestionInput = SuggestionInput.extend({ qa: QaEntry });

const open = (suggestion: SuggestedQaDoc | undefined) => {
  if (!suggestion) throw new NotFoundError('No such suggestion.');
  if (suggestion.state !== 'open') throw new ConflictError(`This suggestion was ${suggestion.state} already.`);
  return suggestion;
};

export async function acceptSuggestion(ctx: MemberContext, input: z.output<typeof AcceptSuggestionInput>) {
  const ref = at.suggestion(input.businessId, input.suggestionId);
  const by = { uid: ctx.membership.member.uid, name: ctx.membership.member.name };
  const { revision } = await editBusiness(ctx, input.businessId, async (tx) => {
    open(await tx.get(ref));
    tx.set(doc(at.knowledge(input.businessId), knowledgeDocId('qa', input.qa.id)), { kind: 'qa', ...input.qa });
    tx.update(ref, { state: 'accepted', decidedAt: ctx.deps.now(), decidedBy: by, qaId: input.qa.id });
    return {};
  });
  return { revision, qaId: input.qa.id };
}

export async function dismissSuggestion(ctx: MemberContext, input: z.output<typeof SuggestionInput>) {
  const ref = at.suggestion(input.businessId, input.suggestionId);
  await ctx.deps.db.transaction(async (tx) => {
    open(await tx.get(ref));
    tx.update(ref, {
      state: 'dismissed',
      decidedAt: ctx.deps.now(),
      decidedBy: { uid: ctx.membership.member.uid, name: ctx.membership.member.name },
    });
    return undefined;
  });
  return { dismissed: true };
}
