/**
 * Entry of the onMessageCreated trigger (and of the sweep, for messages the
 * trigger left unfinished): keep the message's media (photos, voice notes,
 * …) in our store first — whoever owns the conversation — then run the
 * reply pipeline for a customer's message.
 */
import { fetchMediaFor } from '../channels/registry.js';
import { vendorUrls } from '../config.js';
import { mediaStoreFor } from '../media/registry.js';
import type { Deps } from '../pipeline/deps.js';
import { storeInboundMedia } from '../pipeline/media.js';
import { replyToMessage, type ReplyOutcome } from '../pipeline/reply.js';
import { selectResponder } from '../responders/registry.js';
import { runtimeDeps } from './runtime.js';

export async function handle(
  businessId: string,
  messageId: string,
  steps: { media: boolean; reply: boolean },
  deps: Deps = runtimeDeps(),
): Promise<ReplyOutcome | undefined> {
  if (steps.media) {
    const media = await storeInboundMedia(
      { ...deps, store: mediaStoreFor(), fetchMedia: fetchMediaFor(vendorUrls()) },
      businessId,
      messageId,
    );
    deps.log.info('media step', { businessId, messageId, ...media });
  }
  if (!steps.reply) return undefined;
  const outcome = await replyToMessage({ ...deps, responder: selectResponder() }, businessId, messageId);
  deps.log.info('reply pipeline', { businessId, messageId, ...outcome });
  return outcome;
}
