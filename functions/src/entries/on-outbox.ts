/** Entry of the outbox trigger: deliver an outbound message. */
import { senderFor } from '../channels/registry.js';
import { retryPolicy, vendorUrls } from '../config.js';
import { type HeldOutboxItem, deliverWithShortRetries, type OutboxDeps } from '../pipeline/outbox.js';
import { runtimeDeps } from './runtime.js';

export function outboxDeps(): OutboxDeps {
  const urls = vendorUrls();
  return { ...runtimeDeps(), senderFor: (channel) => senderFor(channel, urls), retry: retryPolicy() };
}

export async function handle(businessId: string, outboxId: string, held?: HeldOutboxItem) {
  const deps = outboxDeps();
  const outcome = await deliverWithShortRetries(deps, businessId, outboxId, undefined, undefined, held);
  deps.log.info('outbox delivery', { businessId, outboxId, ...outcome });
  return outcome;
}

/**
 * Sends a reply from the function that wrote it, at once, sparing the
 * customer a trigger's delivery delay (hundreds of milliseconds in
 * production). The outbox item's claim makes it safe: the item's own
 * trigger, arriving meanwhile or after, finds it being sent or sent and
 * does nothing; if this function dies, the sweep sends it when the lease
 * ends. The reply commit created the item claimed (`held`), so no second
 * claim is needed.
 */
export async function sendNow(
  outcome: { replyMessageId: string; held?: HeldOutboxItem | undefined },
  businessId: string,
) {
  return handle(businessId, outcome.replyMessageId, outcome.held);
}
