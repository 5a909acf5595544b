/**
 * A customer's photo kept on their pet (the groomer's reference for a coat
 * or a cut) and shown on the client page: only a stored image of that
 * client's own messages, once, within the pet's limit. Staff may also
 * upload a photo (an image by its bytes, whatever the browser claims) and
 * take one off (an uploaded one's bytes are deleted, a client's stay).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ingestMessage } from '../pipeline/ingest.js';
import { at } from '../store/collections.js';
import { digest } from '../store/ids.js';
import type { Caller } from '../team/access.js';
import { type MemberContext, runAction } from '../team/actions.js';
import { GROOMER, type MemoryDeps, memoryDeps, seedDemo, whatsappText } from '../testing/memory-deps.js';
import { offlineAssistant } from './assistant.test-helper.js';
import { MAX_PET_PHOTO_BYTES, petPhoto, removePetPhoto, UploadPetPhotoInput, uploadPetPhoto } from './media.js';
import { staffActions } from './staff.js';

const OWNER: Caller = {
  uid: `uid-${digest('owner@happy-paws-grooming.example', 12)}`,
  email: 'owner@happy-paws-grooming.example',
};
const GROOMER_PHONE = '100000000000002';

let deps: MemoryDeps;
beforeEach(async () => {
  deps = memoryDeps();
  await seedDemo(deps, GROOMER);
});

const staff = (data: Record<string, unknown>) => runAction(staffActions(offlineAssistant), deps, OWNER, data);

/** A message from a client, its media stored as the media step stores it. */
async function clientMessage(user: string, type: 'image' | 'text', caption = 'this cut please') {
  const created = await ingestMessage(
    deps,
    GROOMER,
    whatsappText(caption, {
      userId: user,
      accountId: GROOMER_PHONE,
      ...(type === 'image' ? { content: { type: 'image', caption, media: { providerMediaId: 'm1' } } } : {}),
    }),
  );
  if (created.result !== 'created') throw new Error('expected a new message');
  const path = `businesses/${GROOMER}/media/${created.messageId}/photo.jpg`;
  if (type === 'image') {
    await deps.media.put(path, Buffer.from('JPEG bytes'), 'image/jpeg');
    await deps.db.update(at.message(GROOMER, created.messageId), {
      media: {
        state: 'stored',
        attempts: 1,
        path,
        uri: `memory://${path}`,
        size: 10,
        contentType: 'image/jpeg',
        sha256: 'x',
        storedAt: deps.now(),
      },
    } as never);
  }
  const message = (await deps.db.get(at.message(GROOMER, created.messageId)))!;
  await deps.db.set(at.pet(GROOMER, message.contactId, 'rex'), {
    id: 'rex',
    contactId: message.contactId,
    name: 'Rex',
    species: 'dog',
    photos: [],
    createdAt: deps.now(),
    updatedAt: deps.now(),
  });
  return { messageId: created.messageId, contactId: message.contactId };
}

describe('pet photos', () => {
  it('keeps a client’s photo on their pet with its caption, once, and shows it', async () => {
    const { messageId, contactId } = await clientMessage('15125550101', 'image');
    const input = { businessId: GROOMER, contactId, petId: 'rex', messageId };
    expect(await staff({ action: 'addPetPhoto', ...input })).toEqual({ photos: 1 });
    expect(await staff({ action: 'addPetPhoto', ...input })).toEqual({ photos: 1 });
    const pet = (await deps.db.get(at.pet(GROOMER, contactId, 'rex')))!;
    expect(pet.photos).toEqual([
      expect.objectContaining({ mimeType: 'image/jpeg', caption: 'this cut please', addedAt: deps.now() }),
    ]);

    const ctx = { deps, membership: {} } as unknown as MemberContext;
    const shown = await petPhoto(ctx, { businessId: GROOMER, contactId, petId: 'rex', index: 0 }, deps.media);
    expect(shown).toMatchObject({ contentType: 'image/jpeg', caption: 'this cut please' });
    expect(shown.dataUrl).toBe(`data:image/jpeg;base64,${Buffer.from('JPEG bytes').toString('base64')}`);
    await expect(petPhoto(ctx, { businessId: GROOMER, contactId, petId: 'rex', index: 1 }, deps.media)).rejects.toThrow(
      'No such photo.',
    );
  });

  it('refuses a text message, another client’s photo, and a pet that does not exist', async () => {
    const text = await clientMessage('15125550102', 'text');
    await expect(
      staff({
        action: 'addPetPhoto',
        businessId: GROOMER,
        contactId: text.contactId,
        petId: 'rex',
        messageId: text.messageId,
      }),
    ).rejects.toThrow('Only a stored photo');
    const other = await clientMessage('15125550103', 'image');
    await expect(
      staff({
        action: 'addPetPhoto',
        businessId: GROOMER,
        contactId: text.contactId,
        petId: 'rex',
        messageId: other.messageId,
      }),
    ).rejects.toThrow('No such message from this client.');
    await expect(
      staff({
        action: 'addPetPhoto',
        businessId: GROOMER,
        contactId: other.contactId,
        petId: 'nobody',
        messageId: other.messageId,
      }),
    ).rejects.toThrow('No such pet.');
  });
});

describe('photos staff upload', () => {
  const ctx = () => ({ deps, membership: {} }) as unknown as MemberContext;
  const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0, 0x10, ...Buffer.from('Exif from a phone')]);
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

  it('keeps an uploaded photo on the pet by what its bytes are, shows it, and deletes its bytes when removed', async () => {
    const { contactId, messageId } = await clientMessage('15125550104', 'image');
    const pet = { businessId: GROOMER, contactId, petId: 'rex' };
    await staff({ action: 'addPetPhoto', ...pet, messageId });
    const upload = { ...pet, data: JPEG.toString('base64'), caption: '  after the summer cut ' };
    // Through the action's schema, as the callable parses it (the caption trimmed).
    expect(await uploadPetPhoto(ctx(), UploadPetPhotoInput.parse(upload), deps.media)).toEqual({ photos: 2 });

    const photos = (await deps.db.get(at.pet(GROOMER, contactId, 'rex')))!.photos;
    const uploaded = photos[1]!;
    expect(uploaded).toEqual({
      path: expect.stringMatching(new RegExp(`^businesses/${GROOMER}/pet-photos/[A-Za-z0-9]+\\.jpg$`)),
      mimeType: 'image/jpeg',
      caption: 'after the summer cut',
      addedAt: deps.now(),
    });
    const shown = await petPhoto(ctx(), { ...pet, index: 1 }, deps.media);
    expect(shown.dataUrl).toBe(`data:image/jpeg;base64,${JPEG.toString('base64')}`);

    // The client's photo comes off the pet but stays with their message; the uploaded one is deleted.
    const sent = photos[0]!.path;
    expect(await removePetPhoto(ctx(), { ...pet, index: 0, path: sent }, deps.media)).toEqual({ photos: 1 });
    expect(await deps.media.get(sent)).toBeDefined();
    expect(await removePetPhoto(ctx(), { ...pet, index: 0, path: uploaded.path }, deps.media)).toEqual({ photos: 0 });
    expect(await deps.media.get(uploaded.path)).toBeUndefined();
    expect((await deps.db.get(at.pet(GROOMER, contactId, 'rex')))!.photos).toEqual([]);
  });

  it('stores a PNG as a PNG even when the browser calls it a JPEG', async () => {
    const { contactId } = await clientMessage('15125550105', 'text');
    await uploadPetPhoto(
      ctx(),
      { businessId: GROOMER, contactId, petId: 'rex', data: PNG.toString('base64') },
      deps.media,
    );
    const [photo] = (await deps.db.get(at.pet(GROOMER, contactId, 'rex')))!.photos;
    expect(photo).toMatchObject({ mimeType: 'image/png', path: expect.stringMatching(/\.png$/) });
    expect((await deps.media.get(photo!.path))?.contentType).toBe('image/png');
  });

  it('refuses what is not a photo, too large, not base64, or for a pet that does not exist — storing nothing', async () => {
    const { contactId } = await clientMessage('15125550106', 'text');
    const pet = { businessId: GROOMER, contactId, petId: 'rex' };
    const before = deps.media.paths();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expect(uploadPetPhoto(ctx(), { ...pet, data: svg.toString('base64') }, deps.media)).rejects.toThrow(
      'This file is not a photo',
    );
    await expect(
      uploadPetPhoto(ctx(), { ...pet, petId: 'nobody', data: JPEG.toString('base64') }, deps.media),
    ).rejects.toThrow('No such pet.');
    const tooLarge = Buffer.concat([JPEG, Buffer.alloc(MAX_PET_PHOTO_BYTES)]).toString('base64');
    await expect(staff({ action: 'uploadPetPhoto', ...pet, data: tooLarge })).rejects.toThrow('larger than 5 MB');
    await expect(staff({ action: 'uploadPetPhoto', ...pet, data: 'data:image/jpeg;base64,/9j/' })).rejects.toThrow(
      'base64',
    );
    expect(deps.media.paths()).toEqual(before);
  });

  it('stops at the pet’s limit, and refuses to remove a photo that moved meanwhile', async () => {
    const { contactId } = await clientMessage('15125550107', 'text');
    const pet = { businessId: GROOMER, contactId, petId: 'rex' };
    for (let i = 0; i < 20; i += 1) await uploadPetPhoto(ctx(), { ...pet, data: JPEG.toString('base64') }, deps.media);
    const stored = deps.media.paths().length;
    await expect(uploadPetPhoto(ctx(), { ...pet, data: JPEG.toString('base64') }, deps.media)).rejects.toThrow(
      'at most 20 photos',
    );
    expect(deps.media.paths()).toHaveLength(stored);
    const photos = (await deps.db.get(at.pet(GROOMER, contactId, 'rex')))!.photos;
    await expect(removePetPhoto(ctx(), { ...pet, index: 0, path: photos[1]!.path }, deps.media)).rejects.toThrow(
      'changed meanwhile',
    );
  });
});
