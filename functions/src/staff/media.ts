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
  const object = await store.get(media.path);
  if (!object) throw new NotFoundError('The media file is missing from the store.');
  return {
    dataUrl: `data:${object.contentType};base64,${object.data.toString('base64')}`,
    contentType: object.contentType,
    size: object.data.length,
  };
}
