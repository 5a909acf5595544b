/**
 * Staff keep a client's pets from the dashboard: add one, edit one, delete
 * one. The details are the booking model's (`PetDetails`, the `Pet` schema
 * without id, owner, photos and dates) — the dashboard's form validates with
 * the same schema. A new pet's id is made here; an edit replaces the details
 * whole (the form sends what it shows) and keeps the photos the client sent
 * (media.ts `addPetPhoto`) and when the pet was added.
 */
import { z } from 'zod';
import { PetDetails } from '../domain/booking/clients.js';
import { NotFoundError } from '../errors.js';
import { at } from '../store/collections.js';
import { autoId } from '../store/database.js';
import { ConflictError } from '../team/access.js';
import { InBusiness, type MemberContext } from '../team/actions.js';

const Id = z.string().min(1).max(128);

export const PutPetInput = InBusiness.extend({
  contactId: Id,
  /** Absent for a new pet. */
  petId: Id.optional(),
  pet: PetDetails,
});
export const DeletePetInput = InBusiness.extend({ contactId: Id, petId: Id });

/** Statuses in which an appointment still expects the pet to come. */
const UPCOMING = new Set(['held', 'pending_approval', 'awaiting_payment', 'confirmed']);

/** Firestore stores no undefined: the optional details left empty are left out. */
const defined = (details: PetDetails) =>
  Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined)) as PetDetails;

export async function putPet(ctx: MemberContext, input: z.output<typeof PutPetInput>) {
  const { businessId, contactId } = input;
  const petId = input.petId ?? autoId();
  const ref = at.pet(businessId, contactId, petId);
  return ctx.deps.db.transaction(async (tx) => {
    const [contact, stored] = await Promise.all([tx.get(at.contact(businessId, contactId)), tx.get(ref)]);
    if (!contact) throw new NotFoundError('No such client.');
    if (input.petId && !stored) throw new NotFoundError('No such pet for this client.');
    const now = ctx.deps.now();
    tx.set(ref, {
      ...defined(input.pet),
      id: petId,
      contactId,
      photos: stored?.photos ?? [],
      createdAt: stored?.createdAt ?? now,
      updatedAt: now,
    });
    return { petId, created: !input.petId };
  });
}

/** Deletes a pet, unless an upcoming appointment is booked for it (move or cancel that first). */
export async function deletePet(ctx: MemberContext, input: z.output<typeof DeletePetInput>) {
  const { businessId, contactId, petId } = input;
  const ref = at.pet(businessId, contactId, petId);
  const booked = await ctx.deps.db.query(at.appointments(businessId), {
    where: [
      ['contactId', '==', contactId],
      ['petId', '==', petId],
    ],
  });
  const now = ctx.deps.now();
  if (booked.some((a) => UPCOMING.has(a.data.status) && a.data.end > now)) {
    throw new ConflictError('This pet has an upcoming appointment: move it to another pet or cancel it first.');
  }
  await ctx.deps.db.transaction(async (tx) => {
    if (!(await tx.get(at.contact(businessId, contactId)))) throw new NotFoundError('No such client.');
    if (!(await tx.get(ref))) throw new NotFoundError('No such pet for this client.');
    tx.delete(ref);
    return undefined;
  });
  return { petId };
}
