/**
 * Channel diagnostics for the dashboard: per business and channel account,
 * when the last webhook arrived, when the last send succeeded, and the last
 * error — in businesses/{b}/channelStatus/{type}_{accountId}.
 *
 * Webhook arrivals and successful sends are noted at most once a minute
 * per account and process, so a busy number costs one extra write a
 * minute, not one per message; errors are always noted.
 */
import type { ChannelType } from '../domain/business.js';
import { at } from '../store/collections.js';
import { FieldOp } from '../store/database.js';
import { ids } from '../store/ids.js';
import type { Deps } from './deps.js';

const NOTE_EVERY_MS = 60_000;
const lastNoted = new Map<string, number>();

const ref = (businessId: string, channel: ChannelType, accountId: string) =>
  at.channelStatus(businessId, ids.channelAccount(channel, accountId));

/** True when this kind of note for the account is due (and marks it noted). */
function due(deps: Deps, key: string): boolean {
  const now = deps.now().getTime();
  if (now - (lastNoted.get(key) ?? 0) < (deps.webhookNoteEveryMs ?? NOTE_EVERY_MS)) return false;
  lastNoted.set(key, now);
  return true;
}

export async function noteWebhook(
  deps: Deps,
  businessId: string,
  channel: ChannelType,
  accountId: string,
): Promise<void> {
  if (!due(deps, `webhook/${businessId}/${channel}/${accountId}`)) return;
  await deps.db.merge(ref(businessId, channel, accountId), { channel, accountId, lastWebhookAt: deps.now() });
}

export async function noteSend(
  deps: Deps,
  businessId: string,
  channel: ChannelType,
  accountId: string,
  outcome: { ok: true } | { ok: false; error: string },
): Promise<void> {
  const at = deps.now();
  if (outcome.ok) {
    if (!due(deps, `send/${businessId}/${channel}/${accountId}`)) return;
    await deps.db.merge(ref(businessId, channel, accountId), { channel, accountId, lastSendAt: at });
    return;
  }
  await deps.db.merge(ref(businessId, channel, accountId), {
    channel,
    accountId,
    lastError: { at, message: outcome.error },
    failures: FieldOp.increment(1),
  });
}
