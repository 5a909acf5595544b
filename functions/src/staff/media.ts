/**
 * The bytes of a message's photo, voice note or document for the dashboard.
 * Media is kept in the media store (Cloud Storage, or local files under the
 * emulators), which browsers cannot read directly; members fetch it through
 * this action as a data URL.
 */
import { z } from 'zod';
import { mediaStoreFor } from '../media/registry.js';
import type { MediaStore } from '../media/media-store.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { at } from '../store/collections.js';
import { ConflictError } from '../team/access.js';
import { InBusiness, type MemberContext } from '../team/actions.js';

/** Callable responses are capped at 10 MB; base64 adds a third. */
export const MAX_MEDIA_PREVIEW_BYTES = 7 * 1024 * 1024;
/** As the pet model allows (domain/booking/clients.ts). */
const MAX_PET_PHOTOS = 20;

export const MediaInput = InBusiness.extend({ messageId: z.string().min(1).max(128) });

export async function messageMedia(
  ctx: MemberContext,
  input: z.output<typeof MediaInput>,
  store: MediaStore = mediaStoreFor(),
): Promise<{ dataUrl: string; contentType: string; size: number }> {
  const media = (await ctx.deps.db.get(at.message(input.businessId, input.messageId)))?.media;
  if (!media) throw new NotFoundError('This message has no media.');
  if (media.state !== 'stored') {
    throw new ConflictError(
      media.state === 'failed' ? `The media could not be kept: ${media.reason}` : 'Still fetching the media.',
    );
  }
  if (media.size > MAX_MEDIA_PREVIEW_BYTES) {
    throw new ValidationError(`This file is ${Math.round(media.size / 1048576)} MB, too large to show here.`);
  }
  return dataUrlOf(store, media.path);
}

/** A stored object as a data URL, for the dashboard. */
async function dataUrlOf(store: MediaStore, path: string) {
  const object = await store.get(path);
  if (!object) throw new NotFoundError('The media file is missing from the store.');
  if (object.data.length > MAX_MEDIA_PREVIEW_BYTES) {
    throw new ValidationError(`This file is ${Math.round(object.data.length / 1048576)} MB, too large to show here.`);
  }
  return {
    dataUrl: `data:${object.contentType};base64,${object.data.toString('base64')}`,
    contentType: object.contentType,
    size: object.data.length,
  };
}

export const PetInput = InBusiness.extend({
  contactId: z.string().min(1).max(128),
  petId: z.string().min(1).max(128),
});
export const AddPetPhotoInput = PetInput.extend({ messageId: z.string().min(1).max(128) });
export const PetPhotoInput = PetInput.extend({
  index: z
    .number()
    .int()
    .min(0)
    .max(MAX_PET_PHOTOS - 1),
});

/**
 * A photo the customer sent (a stored image of one of their messages)
 * kept on their pet, with the message's caption: the groomer's reference
 * for a coat or a cut. The bytes stay where the media store keeps them.
 */
export async function addPetPhoto(ctx: MemberContext, input: z.output<typeof AddPetPhotoInput>) {
  const petRef = at.pet(input.businessId, input.contactId, input.petId);
  return ctx.deps.db.transaction(async (tx) => {
    const [message, pet] = await Promise.all([tx.get(at.message(input.businessId, input.messageId)), tx.get(petRef)]);
    if (!pet) throw new NotFoundError('No such pet.');
    if (!message || message.contactId !== input.contactId) throw new NotFoundError('No such message from this client.');
    const media = message.media;
    if (message.content.type !== 'image' || media?.state !== 'stored') {
      throw new ConflictError('Only a stored photo can be kept on a pet.');
    }
    if (pet.photos.some((p) => p.path === media.path)) return { photos: pet.photos.length };
    if (pet.photos.length >= MAX_PET_PHOTOS) throw new ConflictError(`A pet keeps at most ${MAX_PET_PHOTOS} photos.`);
    const now = ctx.deps.now();
    const photo = {
      path: media.path,
      mimeType: media.contentType,
      ...(message.text ? { caption: message.text.slice(0, 500) } : {}),
      addedAt: now,
    };
    tx.update(petRef, { photos: [...pet.photos, photo], updatedAt: now });
    return { photos: pet.photos.length + 1 };
  });
}

/** One of a pet's photos, for the client page. */
export async function petPhoto(
  ctx: MemberContext,
  input: z.output<typeof PetPhotoInput>,
  store: MediaStore = mediaStoreFor(),
) {
  const pet = await ctx.deps.db.get(at.pet(input.businessId, input.contactId, input.petId));
  const photo = pet?.photos[input.index];
  if (!photo) throw new NotFoundError('No such photo.');
  return { ...(await dataUrlOf(store, photo.path)), caption: photo.caption ?? null };
}
