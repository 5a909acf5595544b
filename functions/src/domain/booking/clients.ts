/**
 * Clients and their pets, as bookings see them. A client is a contact (the
 * person on a channel, `contacts/{id}`) with what booking learns about them;
 * a pet belongs to one contact (`contacts/{id}/pets/{petId}`) and
 * appointments reference it by id. A groomer's services price by the pet's
 * size band, which is a variant id of the service (`small`, `medium`, …).
 */
import { z } from 'zod';
import { Slug } from '../primitives.js';

export const SPECIES = ['dog', 'cat', 'rabbit', 'bird', 'other'] as const;
export const Species = z.enum(SPECIES);
export type Species = z.infer<typeof Species>;

/** A photo kept in the media store (a path there, never a provider's expiring URL). */
export const PetPhoto = z.strictObject({
  path: z.string().min(1),
  mimeType: z.string().min(1).optional(),
  caption: z.string().max(500).optional(),
  addedAt: z.date(),
});
export type PetPhoto = z.infer<typeof PetPhoto>;

export const Pet = z.strictObject({
  id: z.string().min(1),
  contactId: z.string().min(1),
  name: z.string().trim().min(1).max(60),
  species: Species,
  breed: z.string().trim().max(80).optional(),
  /** Size band, matching the variant ids the business prices by ("small" … "xl"). */
  size: Slug.optional(),
  birthDate: z.iso.date().optional(),
  weightKg: z.number().positive().max(200).optional(),
  /** Coat type and condition: "double coat, mats behind the ears". */
  coatNotes: z.string().max(1000).optional(),
  /** How it takes handling: "nervous with dryers, nips at nail trims". */
  temperamentNotes: z.string().max(1000).optional(),
  photos: z.array(PetPhoto).max(20).default([]),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Pet = z.infer<typeof Pet>;

/** What staff write about a pet (the dashboard's form and the `putPet` action): the pet without its id, owner, photos and dates. */
export const PetDetails = Pet.pick({
  name: true,
  species: true,
  breed: true,
  size: true,
  birthDate: true,
  weightKg: true,
  coatNotes: true,
  temperamentNotes: true,
});
export type PetDetails = z.infer<typeof PetDetails>;

/** What booking keeps on a contact, beside its channel identities. */
export const ClientProfile = z.strictObject({
  /** The name to book under (the channel's display name is only a hint). */
  name: z.string().trim().min(1).max(120).optional(),
  phone: z.string().max(40).optional(),
  email: z.email().optional(),
  /** Staff notes: allergies, preferences, access. */
  notes: z.string().max(2000).optional(),
  /** Counted by the lifecycle's no_show and late cancellations; policies may ask such clients for a deposit. */
  noShows: z.number().int().nonnegative().default(0),
  lateCancellations: z.number().int().nonnegative().default(0),
});
export type ClientProfile = z.infer<typeof ClientProfile>;

/** The pet a customer means by `name` among theirs (case and accents aside), if exactly one matches. */
export function findPet(pets: readonly Pick<Pet, 'id' | 'name'>[], name: string): string | undefined {
  const key = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .trim();
  const matches = pets.filter((p) => key(p.name) === key(name));
  return matches.length === 1 ? matches[0]!.id : undefined;
}
