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
import { Timestamp, type DocumentReference } from 'firebase-admin/firestore';
import type { ChannelCredentials } from '../channels/channel.js';
import type { FetchedMedia, MediaRef } from '../domain/message.js';
import { ConfigError, FrontdeskError, ProviderError, describeError } from '../errors.js';
import type { MediaStore } from '../media/media-store.js';
import { claimMedia } from '../media/media-state.js';
import { checkMedia, mediaFileName, mediaOf, mediaPath, type MediaKind } from '../media/policy.js';
import type { ChannelType } from '../domain/business.js';
import type { MessageDoc } from '../store/documents.js';
import { paths } from '../store/paths.js';
import type { Deps } from './deps.js';

export interface MediaDeps extends Deps {
  store: MediaStore;
  /** Downloads through the channel's adapter (`ChannelAdapter.fetchMedia`). */
  fetchMedia(channel: ChannelType, media: MediaRef, credentials: ChannelCredentials): Promise<FetchedMedia>;
  /** Waits between in-process retries; tests pass one that does not wait. */
  sleep?(ms: number): Promise<void>;
}

/** Waits before the 2nd and 3rd try of a retryable failure. */
export const MEDIA_RETRY_DELAYS_MS: readonly number[] = [500, 2_000];
/** A provider's Retry-After is honoured up to this; longer waits are not worth holding a function for. */
const MAX_RETRY_AFTER_MS = 5_000;

type StoredState = Extract<NonNullable<MessageDoc['media']>, { state: 'stored' }>;

export type MediaOutcome =
  | { result: 'stored'; media: StoredState; alreadyStored?: true }
  | { result: 'failed'; reason: string; retryable: boolean }
  | { result: 'skipped'; why: string };

export async function storeInboundMedia(deps: MediaDeps, businessId: string, messageId: string): Promise<MediaOutcome> {
  const { db } = deps;
  const messageRef = db.doc(`${paths.messages(businessId)}/${messageId}`) as DocumentReference<MessageDoc>;

  const claim = await db.runTransaction(async (tx) => {
    const message = (await tx.get(messageRef)).data();
    if (!message) return { claimed: false as const, outcome: skipped('no such message') };
    const media = mediaOf(message.content);
    if (!media) return { claimed: false as const, outcome: skipped('no media') };
    const current = message.media;
    if (current?.state === 'stored') {
      return { claimed: false as const, outcome: { result: 'stored', media: current, alreadyStored: true } as const };
    }
    const decision = claimMedia(
      current && { ...current, leaseUntilMs: current.state === 'pending' ? current.leaseUntil.toMillis() : undefined },
      deps.now().getTime(),
    );
    if (!decision.claim) {
      if (decision.giveUp && current) {
        const reason = 'gave up: earlier attempts did not finish';
        tx.update(messageRef, { media: failedState(current.attempts, reason, false, deps.now()) });
        return { claimed: false as const, outcome: { result: 'failed', reason, retryable: false } as const };
      }
      return { claimed: false as const, outcome: skipped(decision.why) };
    }
    tx.update(messageRef, {
      media: { state: 'pending', attempts: decision.attempts, leaseUntil: Timestamp.fromMillis(decision.leaseUntilMs) },
    });
    return { claimed: true as const, channel: message.channel, media, attempts: decision.attempts };
  });
  if (!claim.claimed) return claim.outcome;

  const { channel, media, attempts } = claim;
  const context = { businessId, messageId, channel, kind: media.kind };
  let outcome: MediaOutcome;
  try {
    const stored = await fetchAndStore(deps, businessId, messageId, channel, media);
    outcome = stored.ok
      ? {
          result: 'stored',
          media: { state: 'stored', attempts, ...stored.media, storedAt: Timestamp.fromDate(deps.now()) },
        }
      : { result: 'failed', reason: stored.reason, retryable: false };
  } catch (err) {
    outcome = { result: 'failed', reason: describeError(err), retryable: isRetryable(err) };
  }

  const recorded = await record(deps, messageRef, attempts, outcome);
  if (outcome.result === 'stored') {
    deps.log.info('media stored', { ...context, path: outcome.media.path, size: outcome.media.size });
  } else if (outcome.result === 'failed') {
    deps.log.warn('media not stored', { ...context, reason: outcome.reason });
  }
  return recorded ? outcome : skipped('another attempt took over');
}

type FetchAndStore =
  { ok: true; media: Omit<StoredState, 'state' | 'attempts' | 'storedAt'> } | { ok: false; reason: string };

async function fetchAndStore(
  deps: MediaDeps,
  businessId: string,
  messageId: string,
  channel: ChannelType,
  media: { kind: MediaKind; ref: MediaRef },
): Promise<FetchAndStore> {
  const secrets = await deps.db.doc(`${paths.businessSecrets}/${businessId}`).get();
  const credentials = (secrets.get(`channels.${channel}`) as ChannelCredentials | undefined) ?? {};
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
  messageRef: DocumentReference<MessageDoc>,
  attempts: number,
  outcome: MediaOutcome,
): Promise<boolean> {
  return deps.db.runTransaction(async (tx) => {
    const current = (await tx.get(messageRef)).data()?.media;
    if (current?.state !== 'pending' || current.attempts !== attempts) return false;
    if (outcome.result === 'stored') tx.update(messageRef, { media: outcome.media });
    else if (outcome.result === 'failed') {
      tx.update(messageRef, { media: failedState(attempts, outcome.reason, outcome.retryable, deps.now()) });
    }
    return true;
  });
}

function failedState(attempts: number, reason: string, retryable: boolean, now: Date) {
  return { state: 'failed' as const, attempts, reason, retryable, at: Timestamp.fromDate(now) };
}

function skipped(why: string): MediaOutcome {
  return { result: 'skipped', why };
}
