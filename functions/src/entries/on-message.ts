/**
 * Entry of the onMessageCreated trigger (and of the sweep, for messages the
 * trigger left unfinished): keep the message's media (photos, voice notes,
 * …) in our store first — whoever owns the conversation — then, for a
 * customer's message, start its turn (after the quiet window, through the
 * replyTurn task queue) or, from the sweep, answer it now.
 */
import { customerBooking } from '../booking/ports.js';
import { fetchMediaFor } from '../channels/registry.js';
import { REPLY_TIMEOUT_SECONDS, replyDeadline, vendorUrls } from '../config.js';
import { mediaStoreFor } from '../media/registry.js';
import type { Deps } from '../pipeline/deps.js';
import { storeInboundMedia } from '../pipeline/media.js';
import { loggedOutcome, replyToMessage } from '../pipeline/reply.js';
import { type StartOutcome, type TurnDeps, startTurn } from '../pipeline/turn-scheduler.js';
import { selectResponder } from '../responders/registry.js';
import { cloudTasksScheduler } from '../tasks/cloud-tasks.js';
import { sendNow } from './on-outbox.js';
import { bookingDeps } from './booking-runtime.js';
import { runtimeDeps } from './runtime.js';

/** What a reply needs, for a function that started at `startedAt` and runs at most `timeoutSeconds`. */
export function turnDeps(deps: Deps, startedAt = new Date(), timeoutSeconds = REPLY_TIMEOUT_SECONDS): TurnDeps {
  return {
    ...deps,
    responder: selectResponder(),
    media: mediaStoreFor(),
    deadline: replyDeadline(startedAt, timeoutSeconds),
    scheduler: cloudTasksScheduler(),
    // Every caller sends a written reply at once (sendNow).
    sendsAtOnce: true,
    booking: (business, who) => customerBooking(bookingDeps(), { ...who, business }),
  };
}

export async function handle(
  businessId: string,
  messageId: string,
  steps: { media: boolean; reply: 'start' | 'now' | false },
  deps: Deps = runtimeDeps(),
  timeoutSeconds = REPLY_TIMEOUT_SECONDS,
): Promise<StartOutcome | undefined> {
  const startedAt = new Date();
  if (steps.media) {
    const media = await storeInboundMedia(
      { ...deps, store: mediaStoreFor(), fetchMedia: fetchMediaFor(vendorUrls()) },
      businessId,
      messageId,
    );
    deps.log.info('media step', { businessId, messageId, ...media });
  }
  if (!steps.reply) return undefined;
  const replyDeps = turnDeps(deps, startedAt, timeoutSeconds);
  const outcome =
    steps.reply === 'start'
      ? await startTurn(replyDeps, businessId, messageId)
      : await replyToMessage(replyDeps, businessId, messageId);
  deps.log.info('reply pipeline', { businessId, messageId, ...loggedOutcome(outcome) });
  if (outcome.result === 'replied') await sendNow(outcome, businessId);
  return outcome;
}
