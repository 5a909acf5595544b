/**
 * A customer's photo kept on their pet (the groomer's reference for a coat
 * or a cut) and shown on the client page: only a stored image of that
 * client's own messages, once, within the pet's limit.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ingestMessage } from '../pipeline/ingest.js';
import { at } from '../store/collections.js';
import { digest } from '../store/ids.js';
import type { Caller } from '../team/access.js';
import { type MemberContext, runAction } from '../team/actions.js';
import { GROOMER, type MemoryDeps, memoryDeps, seedDemo, whatsappText } from '../testing/memory-deps.js';
import { offlineAssistant } from './assistant.test-helper.js';
import { petPhoto } from './media.js';
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
