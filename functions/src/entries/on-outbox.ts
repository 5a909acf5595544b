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
