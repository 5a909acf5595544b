/**
 * Channel diagnostics for the dashboard: per business and channel account,
 * when the last webhook arrived, when the last send succeeded, and the last
 * error — in businesses/{b}/channelStatus/{type}_{accountId}.
 *
 * Webhook arrivals are noted at most once a minute per account and process,
 * so a busy number costs the webhook one extra write a minute, not one per
 * message.
 */
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import type { ChannelType } from '../domain/business.js';
import { ids, paths } from '../store/paths.js';
import type { Deps } from './deps.js';

const WEBHOOK_NOTE_EVERY_MS = 60_000;
const lastNoted = new Map<string, number>();

const ref = (deps: Deps, businessId: string, channel: ChannelType, accountId: string) =>
  deps.db.doc(`${paths.channelStatus(businessId)}/${ids.channelAccount(channel, accountId)}`);

export async function noteWebhook(
  deps: Deps,
  businessId: string,
  channel: ChannelType,
  accountId: string,
): Promise<void> {
  const key = `${businessId}/${channel}/${accountId}`;
  const now = deps.now().getTime();
  if (now - (lastNoted.get(key) ?? 0) < (deps.webhookNoteEveryMs ?? WEBHOOK_NOTE_EVERY_MS)) return;
  lastNoted.set(key, now);
  await ref(deps, businessId, channel, accountId).set(
    { channel, accountId, lastWebhookAt: Timestamp.fromMillis(now) },
    { merge: true },
  );
}

export async function noteSend(
  deps: Deps,
  businessId: string,
  channel: ChannelType,
  accountId: string,
  outcome: { ok: true } | { ok: false; error: string },
): Promise<void> {
  const at = Timestamp.fromDate(deps.now());
  await ref(deps, businessId, channel, accountId).set(
    outcome.ok
      ? { channel, accountId, lastSendAt: at, sends: FieldValue.increment(1) }
      : { channel, accountId, lastError: { at, message: outcome.error }, failures: FieldValue.increment(1) },
    { merge: true },
  );
}
