/**
 * The media step of the reply pipeline: keep our own copy of the photo, voice
 * note, video, document or sticker a message carries, before the provider's
 * copy expires (WhatsApp: 7 days for the media id, 5 minutes for a URL).
 *
 * claim (transaction: `media.state` pending with a lease, so a redelivered
 * trigger never downloads twice at once) → the channel's credentials → fetch
 * (retryable failures retried in-process with a short backoff) → type and
 * size policy (media/policy.ts) → store under
 * `businesses/{businessId}/media/{messageId}/{name}.{ext}` → `media.state`
 * stored, or failed with the reason where staff see it.
 *
 * The conversation goes on either way: provider, config and storage failures
 * are recorded and returned, never thrown. Only Firestore failures of the
 * claim itself propagate (the trigger's own retry is the right answer then).
 */
import type { ChannelType } from '../domain/business.js';
import type { FetchedMedia, MediaRef } from '../domain/message.js';
import type { ChannelCredentials } from '../channels/channel.js';
import { ConfigError, FrontdeskError, ProviderError, describeError } from '../errors.js';
import type { MediaStore } from '../media/media-store.js';
import { MEDIA_POLICY, mediaView } from '../media/media-state.js';
import { checkMedia, mediaFileName, mediaOf, mediaPath, type MediaKind } from '../media/policy.js';
import { at } from '../store/collections.js';
import type { MessageDoc, StoredMedia } from '../store/documents.js';
import { type WorkKind, claimWorkItem } from '../store/work-item.js';
import type { Deps } from './deps.js';
import { channelCredentials } from './secrets.js';

export interface MediaDeps extends Deps {
  store: MediaStore;
  /** Downloads through the channel's adapter (`ChannelAdapter.fetchMedia`). */
  fetchMedia(channel: ChannelType, media: MediaRef, credentials: ChannelCredentials): Promise<FetchedMedia>;
  /** Waits between in-process retries; tests pass one that does not wait. */
  sleep?(ms: number): Promise<void>;
}

/** Media to keep, as a work item (state in the message's `media` map). */
export const MEDIA_WORK: WorkKind<MessageDoc> = {
  name: 'media',
  policy: MEDIA_POLICY,
  prefix: 'media.',
  activeState: 'pending',
  view: (m) =>
    mediaOf(m.content)
      ? mediaView(
          m.media
            ? {
                state: m.media.state,
                attempts: m.media.attempts,
                leaseUntilMs: m.media.state === 'pending' ? m.media.leaseUntil.getTime() : undefined,
                claimToken: m.media.state === 'pending' ? m.media.claimToken : undefined,
              }
            : undefined,
        )
      : undefined,
};

/** Waits before the 2nd and 3rd try of a retryable failure. */
export const MEDIA_RETRY_DELAYS_MS: readonly number[] = [500, 2_000];
/** A provider's Retry-After is honoured up to this; longer waits are not worth holding a function for. */
const MAX_RETRY_AFTER_MS = 5_000;

export type MediaOutcome =
  | { result: 'stored'; media: StoredMedia; alreadyStored?: true }
  | { result: 'failed'; reason: string; retryable: boolean }
  | { result: 'skipped'; why: string };

export async function storeInboundMedia(deps: MediaDeps, businessId: string, messageId: string): Promise<MediaOutcome> {
  const messageRef = at.message(businessId, messageId);
  const claim = await claimWorkItem(deps.db, messageRef, MEDIA_WORK, deps.now());
  if (!claim.claimed) {
    const current = claim.doc?.media;
    if (current?.state === 'stored') return { result: 'stored', media: current, alreadyStored: true };
    if (claim.giveUp && current) {
      const reason = 'gave up: earlier attempts did not finish';
      const failed = failedState(current.attempts, reason, false, deps.now());
      await deps.db.transaction(async (tx) => {
        if ((await tx.get(messageRef))?.media?.state !== 'pending') return;
        tx.update(messageRef, { media: failed });
      });
      return { result: 'failed', reason, retryable: false };
    }
    return skipped(claim.why);
  }
  const media = mediaOf(claim.doc.content)!;
  const { channel } = claim.doc;
  const { attempts } = claim;
  const context = { businessId, messageId, channel, kind: media.kind };
  let outcome: MediaOutcome;
  try {
    const stored = await fetchAndStore(deps, businessId, messageId, channel, media);
    outcome = stored.ok
      ? { result: 'stored', media: { state: 'stored', attempts, ...stored.media, storedAt: deps.now() } }
      : { result: 'failed', reason: stored.reason, retryable: false };
  } catch (err) {
    outcome = { result: 'failed', reason: describeError(err), retryable: isRetryable(err) };
  }

  const recorded = await record(deps, businessId, messageId, attempts, outcome);
  if (outcome.result === 'stored') {
    deps.log.info('media stored', { ...context, path: outcome.media.path, size: outcome.media.size });
  } else if (outcome.result === 'failed') {
    deps.log.warn('media not stored', { ...context, reason: outcome.reason });
  }
  return recorded ? outcome : skipped('another attempt took over');
}

type FetchAndStore =
  { ok: true; media: Omit<StoredMedia, 'state' | 'attempts' | 'storedAt'> } | { ok: false; reason: string };

async function fetchAndStore(
  deps: MediaDeps,
  businessId: string,
  messageId: string,
  channel: ChannelType,
  media: { kind: MediaKind; ref: MediaRef },
): Promise<FetchAndStore> {
  const credentials = await channelCredentials(deps, businessId, channel);
  const fetched = await withRetries(deps, () => deps.fetchMedia(channel, media.ref, credentials));

  const verdict = checkMedia(media.kind, fetched.mimeType, fetched.data.length);
  if (!verdict.ok) return { ok: false, reason: verdict.reason };
  const fileName = mediaFileName({
    kind: media.kind,
    extension: verdict.extension,
    fileName: media.ref.fileName,
    providerMediaId: media.ref.providerMediaId,
  });
  const path = mediaPath(businessId, messageId, fileName);
  const stored = await withRetries(deps, () => deps.store.put(path, fetched.data, verdict.contentType));
  return { ok: true, media: stored };
}

/** Runs `attempt`, trying again after MEDIA_RETRY_DELAYS_MS while the failure is retryable. */
async function withRetries<T>(deps: MediaDeps, attempt: () => Promise<T>): Promise<T> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let tries = 0; ; tries += 1) {
    try {
      return await attempt();
    } catch (err) {
      const delay = MEDIA_RETRY_DELAYS_MS[tries];
      if (delay === undefined || !isRetryable(err)) throw err;
      const retryAfter = err instanceof ProviderError ? (err.retryAfterMs ?? 0) : 0;
      await sleep(Math.max(delay, Math.min(retryAfter, MAX_RETRY_AFTER_MS)));
    }
  }
}

/** A provider that says so, or something unexpected (a network hiccup); never our own refusals or missing config. */
function isRetryable(err: unknown): boolean {
  if (err instanceof ProviderError) return err.retryable;
  return !(err instanceof ConfigError) && !(err instanceof FrontdeskError);
}

/** Writes the result if our claim still stands (a crashed-looking worker may have been superseded). */
async function record(
  deps: MediaDeps,
  businessId: string,
  messageId: string,
  attempts: number,
  outcome: MediaOutcome,
): Promise<boolean> {
  const ref = at.message(businessId, messageId);
  return deps.db.transaction(async (tx) => {
    const current = (await tx.get(ref))?.media;
    if (current?.state !== 'pending' || current.attempts !== attempts) return false;
    if (outcome.result === 'stored') tx.update(ref, { media: outcome.media });
    else if (outcome.result === 'failed') {
      tx.update(ref, { media: failedState(attempts, outcome.reason, outcome.retryable, deps.now()) });
    }
    return true;
  });
}

function failedState(attempts: number, reason: string, retryable: boolean, now: Date) {
  return { state: 'failed' as const, attempts, reason, retryable, at: now };
}

function skipped(why: string): MediaOutcome {
  return { result: 'skipped', why };
}
