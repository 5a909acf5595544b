/** Entry of the outbox trigger: deliver an outbound message. */
import { senderFor } from '../channels/registry.js';
import { retryPolicy, vendorUrls } from '../config.js';
import { deliverWithShortRetries, type OutboxDeps } from '../pipeline/outbox.js';
import { runtimeDeps } from './runtime.js';

export function outboxDeps(): OutboxDeps {
  const urls = vendorUrls();
  return { ...runtimeDeps(), senderFor: (channel) => senderFor(channel, urls), retry: retryPolicy() };
}

export async function handle(businessId: string, outboxId: string) {
  const deps = outboxDeps();
  const outcome = await deliverWithShortRetries(deps, businessId, outboxId);
  deps.log.info('outbox delivery', { businessId, outboxId, ...outcome });
  return outcome;
}

/**
 * Sends a reply from the function that wrote it, at once, sparing the
 * customer a trigger's delivery delay (hundreds of milliseconds in
 * production). The outbox item's claim makes it safe: the item's own
 * trigger, arriving meanwhile or after, finds it being sent or sent and
 * does nothing; if this function dies, the trigger or the sweep sends it.
 */
export async function sendNow(businessId: string, outboxId: string) {
  return handle(businessId, outboxId);
}
