/**
 * Owners decide on suggested Q&A entries (pipeline/suggested-qa.ts makes
 * them from staff answers after a handoff): accept one — as suggested or
 * edited — as a new Q&A entry, or keep the customer's question as another
 * wording (an alternate) of an entry the business already has, the one the
 * AI found closest or any other; or dismiss it. Both go through the same
 * validated edit as the Q&A editor (it moves the business's revision, so the
 * AI uses it on the next message: an alternate in the customer's own words
 * is matched at full strength). A suggestion is decided once.
 */
import { z } from 'zod';
import { ItemId, QaEntry } from '../domain/business.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { at } from '../store/collections.js';
import { doc } from '../store/database.js';
import type { SuggestedQaDoc } from '../store/documents.js';
import { ConflictError } from '../team/access.js';
import { InBusiness, type MemberContext } from '../team/actions.js';
import { editBusiness } from './business-edits.js';
import { knowledgeDocId } from './schemas.js';

export const SuggestionInput = InBusiness.extend({ suggestionId: z.string().min(1).max(64) });
/** The longest wording kept as an alternate. */
export const MAX_ALTERNATE = 500;

export const AcceptSuggestionInput = z.union([
  SuggestionInput.extend({ qa: QaEntry }),
  SuggestionInput.extend({
    /** The id of the Q&A entry the question is another wording of. */
    alternateOf: ItemId,
    /** The wording to keep (the customer's question, maybe edited), on one line. */
    question: z
      .string()
      .transform((q) => q.replace(/\s+/g, ' ').trim())
      .pipe(z.string().min(1, 'Write the question first.').max(MAX_ALTERNATE)),
  }),
]);

const open = (suggestion: SuggestedQaDoc | undefined) => {
  if (!suggestion) throw new NotFoundError('No such suggestion.');
  if (suggestion.state !== 'open') throw new ConflictError(`This suggestion was ${suggestion.state} already.`);
  return suggestion;
};

export async function acceptSuggestion(ctx: MemberContext, input: z.output<typeof AcceptSuggestionInput>) {
  const ref = at.suggestion(input.businessId, input.suggestionId);
  const by = { uid: ctx.membership.member.uid, name: ctx.membership.member.name };
  const qaId = 'qa' in input ? input.qa.id : input.alternateOf;
  const qaRef = doc(at.knowledge(input.businessId), knowledgeDocId('qa', qaId));
  let added = true;
  const { revision } = await editBusiness(ctx, input.businessId, async (tx) => {
    const [suggestion, existing] = await Promise.all([tx.get(ref), 'qa' in input ? undefined : tx.get(qaRef)]);
    open(suggestion);
    if ('qa' in input) {
      tx.set(qaRef, { kind: 'qa', ...input.qa });
    } else {
      const entry = withAlternate(existing, input.alternateOf, input.question);
      added = entry !== undefined;
      if (entry) tx.set(qaRef, { kind: 'qa', ...entry });
    }
    const asAlternate = 'qa' in input ? null : true;
    tx.update(ref, { state: 'accepted', decidedAt: ctx.deps.now(), decidedBy: by, qaId, asAlternate });
    return {};
  });
  return { revision, qaId, added };
}

/** Folds a wording into what is compared: case, accents, spacing and end punctuation aside. */
const wordingKey = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[\s?¿!¡.,;:؟،]+/gu, ' ')
    .trim();

/**
 * The entry with `wording` as one more alternate, checked with the profile
 * file's schema; undefined when the entry already says it that way (as its
 * question in any language, or an alternate).
 */
function withAlternate(stored: unknown, id: string, wording: string): QaEntry | undefined {
  if (!stored) throw new NotFoundError(`No Q&A entry "${id}".`);
  const { kind: _kind, ...fields } = stored as Record<string, unknown>;
  const entry = QaEntry.parse(fields);
  const question = typeof entry.question === 'string' ? [entry.question] : Object.values(entry.question);
  const known = new Set([...question, ...entry.alternates].map(wordingKey));
  if (known.has(wordingKey(wording))) return undefined;
  const next = QaEntry.safeParse({ ...entry, alternates: [...entry.alternates, wording] });
  if (!next.success) throw new ValidationError(next.error.issues.map((i) => i.message).join('; '));
  return next.data;
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
