/**
 * Staff edit what the AI remembers about a customer (domain/contact-memory.ts):
 * the same shape the remember tool patches, validated by the same schema,
 * replaced whole (the dashboard sends what it shows). The AI reads it on the
 * customer's next message.
 */
import { z } from 'zod';
import { ContactMemory } from '../domain/contact-memory.js';
import { NotFoundError } from '../errors.js';
import { at } from '../store/collections.js';
import { InBusiness, type MemberContext } from '../team/actions.js';

export const UpdateMemoryInput = InBusiness.extend({
  contactId: z.string().min(1).max(128),
  memory: ContactMemory,
});

export async function updateMemory(ctx: MemberContext, input: z.output<typeof UpdateMemoryInput>) {
  const ref = at.contact(input.businessId, input.contactId);
  await ctx.deps.db.transaction(async (tx) => {
    if (!(await tx.get(ref))) throw new NotFoundError('No such contact.');
    // Undefined fields are left out: Firestore stores no undefined.
    tx.update(ref, { memory: JSON.parse(JSON.stringify(input.memory)) as ContactMemory });
    return undefined;
  });
  return { memory: input.memory };
}
