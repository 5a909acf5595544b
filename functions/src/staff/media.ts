/**
 * The bytes of a message's photo, voice note or document for the dashboard,
 * and a pet's photos. Media is kept in the media store (Cloud Storage, or
 * local files under the emulators), which browsers cannot read or write
 * directly; members fetch it through these actions as a data URL, and a
 * photo staff take of a pet comes in through `uploadPetPhoto` as base64.
 */
import { z } from 'zod';
import { IMAGE_EXTENSIONS, imageTypeOf } from '../media/image-type.js';
import { mediaStoreFor } from '../media/registry.js';
import type { MediaStore } from '../media/media-store.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { at } from '../store/collections.js';
import { autoId } from '../store/database.js';
import { ConflictError } from '../team/access.js';
import { InBusiness, type MemberContext } from '../team/actions.js';

/** Callable responses are capped at 10 MB; base64 adds a third. */
export const MAX_MEDIA_PREVIEW_BYTES = 7 * 1024 * 1024;
/** As the pet model allows (domain/booking/clients.ts). */
const MAX_PET_PHOTOS = 20;
/** A photo staff upload; the dashboard scales a larger one down before sending it. */
export const MAX_PET_PHOTO_BYTES = 5 * 1024 * 1024;
/** Where photos staff upload are kept: apart from messages' media, so removing one can delete its bytes. */
const uploadedPhotoPath = (businessId: string, extension: string) =>
  `businesses/${businessId}/pet-photos/${autoId()}.${extension}`;
const isUploaded = (businessId: string, path: string) => path.startsWith(`businesses/${businessId}/pet-photos/`);

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
const PhotoIndex = z
  .number()
  .int()
  .min(0)
  .max(MAX_PET_PHOTOS - 1);
export const PetPhotoInput = PetInput.extend({ index: PhotoIndex });
export const UploadPetPhotoInput = PetInput.extend({
  /** The file's bytes in base64 (no `data:` prefix). */
  data: z
    .base64('The photo must be sent as base64.')
    .min(4, 'The photo is empty.')
    .max(Math.ceil(MAX_PET_PHOTO_BYTES / 3) * 4, `The photo is larger than ${MAX_PET_PHOTO_BYTES / 1048576} MB.`),
  caption: z.string().trim().max(500).optional(),
});
/** The photo's path as well as its place: a list changed by someone else meanwhile is not edited blind. */
export const RemovePetPhotoInput = PetPhotoInput.extend({ path: z.string().min(1).max(1024) });

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

/**
 * A photo staff took or chose of a pet, from the dashboard. What the file
 * is comes from its bytes, not from what the browser says; the bytes are
 * stored first and the pet names them after, so a pet never points at
 * nothing (and bytes no pet names are deleted again).
 */
export async function uploadPetPhoto(
  ctx: MemberContext,
  input: z.output<typeof UploadPetPhotoInput>,
  store: MediaStore = mediaStoreFor(),
) {
  const data = Buffer.from(input.data, 'base64');
  const type = imageTypeOf(data);
  if (!type) throw new ValidationError('This file is not a photo: JPEG, PNG, WebP, GIF, HEIC or AVIF.');
  const petRef = at.pet(input.businessId, input.contactId, input.petId);
  const pet = await ctx.deps.db.get(petRef);
  if (!pet) throw new NotFoundError('No such pet.');
  if (pet.photos.length >= MAX_PET_PHOTOS) throw new ConflictError(`A pet keeps at most ${MAX_PET_PHOTOS} photos.`);
  const path = uploadedPhotoPath(input.businessId, IMAGE_EXTENSIONS[type]);
  await store.put(path, data, type);
  try {
    return await ctx.deps.db.transaction(async (tx) => {
      const current = await tx.get(petRef);
      if (!current) throw new NotFoundError('No such pet.');
      if (current.photos.length >= MAX_PET_PHOTOS) {
        throw new ConflictError(`A pet keeps at most ${MAX_PET_PHOTOS} photos.`);
      }
      const now = ctx.deps.now();
      const photo = { path, mimeType: type, ...(input.caption ? { caption: input.caption } : {}), addedAt: now };
      tx.update(petRef, { photos: [...current.photos, photo], updatedAt: now });
      return { photos: current.photos.length + 1 };
    });
  } catch (err) {
    // Best effort: bytes left behind are unreachable, never shown.
    await store.delete(path).catch(() => undefined);
    throw err;
  }
}

/**
 * Takes a photo off a pet. A photo staff uploaded is deleted from the
 * store; one the client sent stays with their message.
 */
export async function removePetPhoto(
  ctx: MemberContext,
  input: z.output<typeof RemovePetPhotoInput>,
  store: MediaStore = mediaStoreFor(),
) {
  const petRef = at.pet(input.businessId, input.contactId, input.petId);
  const removed = await ctx.deps.db.transaction(async (tx) => {
    const pet = await tx.get(petRef);
    if (!pet) throw new NotFoundError('No such pet.');
    if (pet.photos[input.index]?.path !== input.path) {
      throw new ConflictError('The photos of this pet changed meanwhile: look again and retry.');
    }
    const photos = pet.photos.filter((_, i) => i !== input.index);
    tx.update(petRef, { photos, updatedAt: ctx.deps.now() });
    return { photos: photos.length };
  });
  if (isUploaded(input.businessId, input.path)) await store.delete(input.path);
  return removed;
}
