/**
 * Booking integrations in the channel diagnostics (businesses/{b}/channelStatus,
 * beside the channels): the last time a calendar or clinic system answered,
 * its last error — and, when an access was revoked or expired, one
 * notification for the owner (the dashboard shows it until they reconnect).
 */
import { describeError } from '../errors.js';
import { at } from '../store/collections.js';
import { FieldOp } from '../store/database.js';
import type { IntegrationType } from '../store/documents.js';
import type { Deps } from '../pipeline/deps.js';
import { raiseNotification } from '../pipeline/notifications.js';
import { ids } from '../store/ids.js';

const NOTE_EVERY_MS = 60_000;
const lastNoted = new Map<string, number>();

const statusId = (type: IntegrationType, account: string) => `${type}_${account.replace(/[^A-Za-z0-9_.@+=-]/g, '-')}`;

export async function noteIntegration(
  deps: Deps,
  businessId: string,
  type: IntegrationType,
  account: string,
  outcome: { ok: true } | { ok: false; error: unknown },
): Promise<void> {
  const ref = at.channelStatus(businessId, statusId(type, account));
  const now = deps.now();
  if (outcome.ok) {
    const key = `${businessId}/${type}/${account}`;
    if (now.getTime() - (lastNoted.get(key) ?? 0) < (deps.webhookNoteEveryMs ?? NOTE_EVERY_MS)) return;
    lastNoted.set(key, now.getTime());
    await deps.db.merge(ref, { channel: type, accountId: account, lastSendAt: now });
    return;
  }
  await deps.db.merge(ref, {
    channel: type,
    accountId: account,
    lastError: { at: now, message: describeError(outcome.error) },
    failures: FieldOp.increment(1),
  });
}

/** The id of an integration's "access lost" notification (answered when it is connected again). */
export const accessLostId = (type: IntegrationType) => ids.notification('booking_failed', `integration-${type}`);

/** Tells the owner once that an integration lost its access (raised again only after it was read). */
export async function raiseAccessLost(deps: Deps, businessId: string, type: IntegrationType, reason: string) {
  const ref = at.notification(businessId, accessLostId(type));
  await deps.db.transaction(async (tx) => {
    const current = await tx.get(ref);
    if (current && !current.read) return;
    raiseNotification(tx, businessId, {
      kind: 'booking_failed',
      reason,
      subject: { kind: 'integration', id: type },
      subjectId: `integration-${type}`,
      createdAt: deps.now(),
    });
  });
}
