/** Entry of the outbox trigger and the retry sweep: deliver outbound messages. */
import { senderFor } from '../channels/registry.js';
import { retryPolicy, vendorUrls } from '../config.js';
import { deliverOutboxItem, deliverWithShortRetries, dueOutboxItems, type OutboxDeps } from '../pipeline/outbox.js';
import { runtimeDeps } from './runtime.js';

function outboxDeps(): OutboxDeps {
  const urls = vendorUrls();
  return { ...runtimeDeps(), senderFor: (channel) => senderFor(channel, urls), retry: retryPolicy() };
}

export async function handle(businessId: string, outboxId: string) {
  const deps = outboxDeps();
  const outcome = await deliverWithShortRetries(deps, businessId, outboxId);
  deps.log.info('outbox delivery', { businessId, outboxId, ...outcome });
  return outcome;
}

/** Runs every due retry and every send whose worker died mid-flight. */
export async function sweep() {
  const deps = outboxDeps();
  const due = await dueOutboxItems(deps);
  const outcomes = await Promise.all(due.map((d) => deliverOutboxItem(deps, d.businessId, d.outboxId)));
  deps.log.info('outbox sweep', { due: due.length, sent: outcomes.filter((o) => o.result === 'sent').length });
  return outcomes;
}
