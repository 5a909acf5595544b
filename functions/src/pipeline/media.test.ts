import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelCredentials } from '../channels/channel.js';
import type { ChannelType } from '../domain/business.js';
import type { FetchedMedia, MediaRef } from '../domain/message.js';
import { ProviderError } from '../errors.js';
import { MEDIA_POLICY } from '../media/media-state.js';
import { at, defs } from '../store/collections.js';
import { group } from '../store/database.js';
import { dueWorkItems } from '../store/work-item.js';
import { CLINIC, type MemoryDeps, memoryDeps, seedDemo, whatsappText } from '../testing/memory-deps.js';
import { ingestMessage } from './ingest.js';
import { type MediaDeps, storeInboundMedia } from './media.js';

let deps: MemoryDeps;
beforeEach(async () => {
  deps = memoryDeps();
  await seedDemo(deps);
});

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);

function mediaDeps(
  fetchMedia: (channel: ChannelType, media: MediaRef, c: ChannelCredentials) => Promise<FetchedMedia>,
) {
  const calls: { channel: ChannelType; media: MediaRef; credentials: ChannelCredentials }[] = [];
  const d: MediaDeps = {
    ...deps,
    store: deps.media,
    sleep: async () => undefined,
    fetchMedia: (channel, media, credentials) => {
      calls.push({ channel, media, credentials });
      return fetchMedia(channel, media, credentials);
    },
  };
  return { d, calls };
}

async function photo() {
  const outcome = await ingestMessage(
    deps,
    CLINIC,
    whatsappText('', { content: { type: 'image', media: { providerMediaId: 'media-1', mimeType: 'image/jpeg' } } }),
  );
  return outcome.messageId;
}

describe('media step', () => {
  it('queues media at ingest, so the sweep finds it if no trigger ever runs', async () => {
    const messageId = await photo();
    deps.advance(3 * 60_000);
    const due = await dueWorkItems(deps.db, group(defs.messages), 'media.', deps.now());
    expect(due.map((d) => d.ref.id)).toEqual([messageId]);
  });

  it('downloads with the channel credentials and keeps it under the business', async () => {
    const messageId = await photo();
    const { d, calls } = mediaDeps(async () => ({ data: JPEG, mimeType: 'image/jpeg' }));
    const outcome = await storeInboundMedia(d, CLINIC, messageId);
    expect(outcome).toMatchObject({ result: 'stored', media: { state: 'stored', size: JPEG.length } });
    expect(calls[0]!.credentials).toEqual({ accessToken: 'test-clinic-token' });
    const stored = (await deps.db.get(at.message(CLINIC, messageId)))!.media;
    expect(stored).toMatchObject({ state: 'stored', contentType: 'image/jpeg' });
    expect((await deps.media.get((stored as { path: string }).path))!.data).toEqual(JPEG);
    // Already kept: a second run does nothing.
    expect(await storeInboundMedia(d, CLINIC, messageId)).toMatchObject({ result: 'stored', alreadyStored: true });
    expect(calls).toHaveLength(1);
  });

  it('retries a passing failure in-process, then keeps it', async () => {
    const messageId = await photo();
    let n = 0;
    const { d } = mediaDeps(async () => {
      n += 1;
      if (n < 3) throw new ProviderError('whatsapp-meta', 'unavailable', true, { status: 503 });
      return { data: JPEG, mimeType: 'image/jpeg' };
    });
    expect(await storeInboundMedia(d, CLINIC, messageId)).toMatchObject({ result: 'stored' });
  });

  it('records a permanent failure with the reason, where staff see it', async () => {
    const messageId = await photo();
    const { d } = mediaDeps(async () => {
      throw new ProviderError('whatsapp-meta', 'media id expired', false, { status: 404 });
    });
    expect(await storeInboundMedia(d, CLINIC, messageId)).toMatchObject({ result: 'failed', retryable: false });
    expect((await deps.db.get(at.message(CLINIC, messageId)))!.media).toMatchObject({
      state: 'failed',
      reason: expect.stringContaining('expired'),
    });
  });

  it('refuses media of a type it does not keep', async () => {
    const messageId = await photo();
    const { d } = mediaDeps(async () => ({ data: Buffer.from('MZ'), mimeType: 'application/x-msdownload' }));
    expect(await storeInboundMedia(d, CLINIC, messageId)).toMatchObject({ result: 'failed' });
  });

  it('of workers racing for it, one downloads', async () => {
    const messageId = await photo();
    const { d, calls } = mediaDeps(async () => ({ data: JPEG, mimeType: 'image/jpeg' }));
    const outcomes = await Promise.all([1, 2, 3].map(() => storeInboundMedia(d, CLINIC, messageId)));
    expect(outcomes.filter((o) => o.result === 'stored' && !('alreadyStored' in o))).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });

  it('gives up when every worker died holding it', async () => {
    const messageId = await photo();
    const { d } = mediaDeps(() => new Promise<FetchedMedia>(() => undefined));
    for (let i = 0; i < MEDIA_POLICY.maxAttempts; i++) {
      void storeInboundMedia(d, CLINIC, messageId);
      await new Promise((r) => setTimeout(r, 5));
      deps.advance(MEDIA_POLICY.leaseMs + 1);
    }
    expect(await storeInboundMedia(d, CLINIC, messageId)).toMatchObject({ result: 'failed', retryable: false });
    expect((await deps.db.get(at.message(CLINIC, messageId)))!.media).toMatchObject({ state: 'failed' });
  });
});
