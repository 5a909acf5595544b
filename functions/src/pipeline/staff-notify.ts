/**
 * Tells staff on Telegram: every notification (handoffs, failed replies and
 * sends, floods, the daily budget, and whatever kinds come later) is sent by
 * the staff bot to each member of the business who linked their Telegram —
 * the owners only for owner kinds (domain/staff-message.ts) — with the
 * notification's actions as buttons.
 *
 * The notification's `telegram` map is a work item (pending → sending with a
 * lease → sent | retry | skipped | failed), claimed in a transaction so a
 * redelivered trigger and the sweep never send at once. Each chat reached
 * is recorded as soon as it is (with the thread that lets staff reply to
 * the message or press its buttons), so a retry after a passing failure
 * writes only to the chats not yet reached. A chat that cannot be reached
 * (it blocked the bot) is recorded with the reason and not tried again.
 */
import type { ChannelType } from '../domain/business.js';
import { kindStyle, staffMessageHtml } from '../domain/staff-message.js';
import { type WorkPolicy, afterFailure } from '../domain/work-state.js';
import { ProviderError, describeError } from '../errors.js';
import type { StaffMessenger } from '../notifiers/staff-messenger.js';
import { at } from '../store/collections.js';
import type { UpdateData } from '../store/database.js';
import type { MemberDoc, NotificationDoc, StaffDeliveryState } from '../store/documents.js';
import { safeId } from '../store/ids.js';
import { type WorkKind, claimWorkItem, workFields } from '../store/work-item.js';
import type { Deps } from './deps.js';

export const STAFF_DELIVERY_POLICY: WorkPolicy = { leaseMs: 60_000, maxAttempts: 5 };
const RETRY = { maxAttempts: STAFF_DELIVERY_POLICY.maxAttempts, baseDelayMs: 15_000, maxDelayMs: 10 * 60_000 };
/** How long staff can answer a staff bot message (its thread is kept, then Firestore's TTL removes it). */
export const THREAD_TTL_MS = 30 * 24 * 3_600_000;

const phase = (state: StaffDeliveryState) =>
  state === 'pending' ? 'pending' : state === 'sending' ? 'active' : state === 'retry' ? 'retry' : 'finished';

export const STAFF_DELIVERY_WORK: WorkKind<NotificationDoc> = {
  name: 'staff-telegram',
  policy: STAFF_DELIVERY_POLICY,
  prefix: 'telegram.',
  activeState: 'sending',
  view: (n) =>
    n.telegram
      ? {
          phase: phase(n.telegram.state),
          state: n.telegram.state,
          attempts: n.telegram.attempts,
          leaseUntilMs: n.telegram.leaseUntil?.getTime(),
          nextAttemptAtMs: n.telegram.nextAttemptAt?.getTime(),
        }
      : undefined,
};

export interface StaffNotifyDeps extends Deps {
  /** The staff bot; absent when this deployment has none (notifications stay in the dashboard). */
  messenger?: StaffMessenger | undefined;
}

export type StaffNotifyOutcome =
  | { result: 'sent'; chats: number; failed: number }
  | { result: 'skipped'; why: string }
  | { result: 'retry'; why: string; nextAttemptAt: Date }
  | { result: 'failed'; why: string };

/** The thread id of a staff bot message: what a reply or a button press refers to. */
export const threadId = (chatId: string, messageId: number) => `${safeId(chatId)}_${messageId}`;

/** The business's members the notification is for, with their linked chats. */
async function recipients(deps: Deps, businessId: string, kind: string): Promise<{ uid: string; member: MemberDoc }[]> {
  const members = await deps.db.query(at.members(businessId));
  const owners = kindStyle(kind).audience === 'owners';
  return members
    .filter((m) => Boolean(m.data.telegramChatId) && (!owners || m.data.role === 'owner'))
    .map((m) => ({ uid: m.ref.id, member: m.data }));
}

async function compose(deps: Deps, businessId: string, notification: NotificationDoc) {
  const business = await deps.db.get(at.business(businessId));
  const conversation = notification.conversationId
    ? await deps.db.get(at.conversation(businessId, notification.conversationId))
    : undefined;
  const html = staffMessageHtml({
    kind: notification.kind,
    businessName: business?.profile.name ?? businessId,
    reason: notification.reason,
    customer: conversation
      ? { name: conversation.contactName ?? undefined, channel: conversation.channel as ChannelType }
      : undefined,
    recent: conversation?.recent,
    replyable: Boolean(conversation),
  });
  const buttons = (notification.actions ?? []).map((a) => ({ id: a.id, label: a.label }));
  return { html, buttons };
}

export async function notifyStaff(
  deps: StaffNotifyDeps,
  businessId: string,
  notificationId: string,
): Promise<StaffNotifyOutcome> {
  const ref = at.notification(businessId, notificationId);
  const claim = await claimWorkItem(deps.db, ref, STAFF_DELIVERY_WORK, deps.now());
  if (!claim.claimed) {
    if (claim.giveUp) {
      await finish(deps, ref, undefined, 'failed', 'the staff bot did not finish after every attempt');
      return { result: 'failed', why: 'out of attempts' };
    }
    return { result: 'skipped', why: claim.why };
  }
  const notification = claim.doc;
  const attempts = claim.attempts;
  const messenger = deps.messenger;
  if (!messenger) {
    const why = 'no staff bot in this deployment (STAFF_TELEGRAM_BOT_TOKEN)';
    await finish(deps, ref, attempts, 'skipped', why);
    return { result: 'skipped', why };
  }
  try {
    const to = await recipients(deps, businessId, notification.kind);
    const done = new Set([
      ...(notification.telegram?.deliveries ?? []).map((d) => d.chatId),
      ...(notification.telegram?.failures ?? []).map((f) => f.chatId),
    ]);
    const pending = [...new Set(to.map((r) => r.member.telegramChatId!))].filter((chat) => !done.has(chat));
    if (to.length === 0) {
      const why = 'no staff member has linked Telegram';
      await finish(deps, ref, attempts, 'skipped', why);
      return { result: 'skipped', why };
    }
    const message = await compose(deps, businessId, notification);
    let reached = notification.telegram?.deliveries?.length ?? 0;
    let failed = notification.telegram?.failures?.length ?? 0;
    for (const chatId of pending) {
      try {
        const sent = await messenger.send(chatId, message);
        await recordDelivery(deps, businessId, notificationId, notification, chatId, sent.messageId);
        reached += 1;
      } catch (err) {
        if (err instanceof ProviderError && !err.retryable) {
          await recordChatFailure(deps, ref, attempts, chatId, describeError(err));
          failed += 1;
          continue;
        }
        throw err;
      }
    }
    const state = reached > 0 ? 'sent' : 'failed';
    await finish(deps, ref, attempts, state, reached > 0 ? null : 'no staff chat could be reached');
    return reached > 0 ? { result: 'sent', chats: reached, failed } : { result: 'failed', why: 'no chat reached' };
  } catch (err) {
    const why = describeError(err);
    const retryAfter = err instanceof ProviderError ? err.retryAfterMs : undefined;
    const next = afterFailure(attempts, true, deps.now().getTime(), RETRY, retryAfter, Math.random());
    if (next.state === 'failed') {
      await finish(deps, ref, attempts, 'failed', why);
      return { result: 'failed', why };
    }
    const nextAttemptAt = new Date(next.nextAttemptAtMs);
    await deps.db.transaction(async (tx) => {
      if (!stillOurs(await tx.get(ref), attempts)) return;
      tx.update(ref, workFields<NotificationDoc>('telegram.', { state: 'retry', reason: why, nextAttemptAt }));
    });
    deps.log.warn('staff bot send failed, will retry', { businessId, notificationId, error: why });
    return { result: 'retry', why, nextAttemptAt };
  }
}

const stillOurs = (n: NotificationDoc | undefined, attempts: number | undefined) =>
  n?.telegram?.state === 'sending' && (attempts === undefined || n.telegram.attempts === attempts);

async function finish(
  deps: Deps,
  ref: ReturnType<typeof at.notification>,
  attempts: number | undefined,
  state: 'sent' | 'skipped' | 'failed',
  reason: string | null,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    if (!stillOurs(await tx.get(ref), attempts)) return;
    tx.update(ref, workFields<NotificationDoc>('telegram.', { state, reason, finished: true }));
  });
}

/** Records a chat reached, and the thread a reply or a button press will come back on. */
async function recordDelivery(
  deps: Deps,
  businessId: string,
  notificationId: string,
  notification: NotificationDoc,
  chatId: string,
  messageId: number,
): Promise<void> {
  const ref = at.notification(businessId, notificationId);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const current = await tx.get(ref);
    // Whatever happened to the claim, the message went out: the thread must exist for staff to answer it.
    tx.set(at.staffThread(threadId(chatId, messageId)), {
      businessId,
      notificationId,
      conversationId: notification.conversationId ?? null,
      createdAt: now,
      expireAt: new Date(now.getTime() + THREAD_TTL_MS),
    });
    if (!current?.telegram) return;
    const deliveries = [...(current.telegram.deliveries ?? []), { chatId, messageId, at: now }];
    tx.update(ref, { 'telegram.deliveries': deliveries } as UpdateData<NotificationDoc>);
  });
}

async function recordChatFailure(
  deps: Deps,
  ref: ReturnType<typeof at.notification>,
  attempts: number,
  chatId: string,
  reason: string,
): Promise<void> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const current = await tx.get(ref);
    if (!current?.telegram || !stillOurs(current, attempts)) return;
    const failures = [...(current.telegram.failures ?? []), { chatId, reason: reason.slice(0, 300), at: now }];
    tx.update(ref, { 'telegram.failures': failures } as UpdateData<NotificationDoc>);
  });
}
