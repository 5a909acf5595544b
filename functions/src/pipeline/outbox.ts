/**
 * Delivers outbox items through the channel's adapter. Every reply is a
 * document first; this moves it pending → sending (lease) → sent, or retry
 * with backoff, or failed with the reason on both the outbox item and the
 * message, where staff see it. Claimed in a transaction, so a redelivered
 * trigger and the retry sweep never send the same item twice.
 */
import { Timestamp, type DocumentReference } from 'firebase-admin/firestore';
import type { ChannelCredentials, Sender } from '../channels/channel.js';
import type { OutboundMessage } from '../domain/message.js';
import { serviceWindowDecision } from '../domain/service-window.js';
import {
  afterFailure,
  claimOutbox,
  DEFAULT_RETRY,
  nextDeliveryStatus,
  type RetryPolicy,
} from '../domain/work-state.js';
import { ConfigError, ProviderError, describeError } from '../errors.js';
import type { ChannelAccount, ChannelType } from '../domain/business.js';
import type { MessageDoc, NotificationDoc, OutboxDoc } from '../store/documents.js';
import { ids, paths } from '../store/paths.js';
import type { Deps } from './deps.js';
import { noteSend } from './diagnostics.js';
import type { ParkedStatusDoc } from './ingest.js';

export const SENDING_LEASE_MS = 60_000;

export interface OutboxDeps extends Deps {
  senderFor(channel: ChannelType): Sender;
  retry?: RetryPolicy;
}

export type DeliveryOutcome =
  | { result: 'sent'; providerMessageId: string }
  | { result: 'retry'; nextAttemptAt: Date; reason: string }
  | { result: 'failed'; reason: string }
  | { result: 'cancelled'; reason: string }
  | { result: 'skipped'; why: string };

export async function deliverOutboxItem(
  deps: OutboxDeps,
  businessId: string,
  outboxId: string,
): Promise<DeliveryOutcome> {
  const { db } = deps;
  const ref = db.doc(`${paths.outbox(businessId)}/${outboxId}`) as DocumentReference<OutboxDoc>;

  const claim = await db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const item = snap.data();
    if (!item) return { claimed: false as const, why: 'no such outbox item' };
    if (item.author === 'ai' && (item.state === 'pending' || item.state === 'retry')) {
      // The owner is checked again just before sending: if a person wrote after
      // this AI reply was composed, the reply is not sent.
      const conversation = await tx.get(db.doc(`${paths.conversations(businessId)}/${item.conversationId}`));
      const lastHumanAt = conversation.get('lastHumanAt') as Timestamp | undefined;
      if (lastHumanAt && lastHumanAt.toMillis() > item.createdAt.toMillis()) {
        const reason = 'a person replied before this AI message was sent';
        tx.update(ref, { state: 'cancelled', lastError: { code: 'cancelled', message: reason, retryable: false } });
        tx.update(db.doc(`${paths.messages(businessId)}/${item.messageId}`), {
          delivery: {
            status: 'cancelled',
            at: Timestamp.fromDate(deps.now()),
            error: { code: 'cancelled', message: reason },
          },
        });
        return { claimed: false as const, why: reason, cancelled: true as const };
      }
    }
    const decision = claimOutbox(
      {
        state: item.state,
        attempts: item.attempts,
        leaseUntilMs: item.leaseUntil?.toMillis(),
        nextAttemptAtMs: item.nextAttemptAt?.toMillis(),
      },
      deps.now().getTime(),
      SENDING_LEASE_MS,
    );
    if (!decision.claim) return { claimed: false as const, why: decision.why };
    tx.update(ref, {
      state: 'sending',
      attempts: decision.attempts,
      leaseUntil: Timestamp.fromMillis(decision.leaseUntilMs),
    });
    return { claimed: true as const, item: { ...item, attempts: decision.attempts } };
  });
  if (!claim.claimed) {
    return 'cancelled' in claim ? { result: 'cancelled', reason: claim.why } : { result: 'skipped', why: claim.why };
  }
  const item = claim.item;
  const messageRef = db.doc(`${paths.messages(businessId)}/${item.messageId}`) as DocumentReference<MessageDoc>;

  try {
    const sender = deps.senderFor(item.channel);
    const [secrets, conversation, business] = await Promise.all([
      db.doc(`${paths.businessSecrets}/${businessId}`).get(),
      sender.serviceWindowHours === undefined
        ? undefined
        : db.doc(`${paths.conversations(businessId)}/${item.conversationId}`).get(),
      sender.serviceWindowHours === undefined ? undefined : db.doc(paths.business(businessId)).get(),
    ]);
    const credentials = (secrets.get(`channels.${item.channel}`) as ChannelCredentials | undefined) ?? {};
    const message = shapeForWindow(deps, item, sender, conversation?.get('lastInboundAt'), business?.get('channels'));
    const result = await sender.send(message, credentials);
    const now = Timestamp.fromDate(deps.now());
    const parkedRef = db.doc(
      `${paths.parkedStatuses(businessId)}/${ids.parkedStatus(item.channel, result.providerMessageId)}`,
    );
    await db.runTransaction(async (tx) => {
      const [message, parkedSnap] = await Promise.all([tx.get(messageRef), tx.get(parkedRef)]);
      tx.update(ref, {
        state: 'sent',
        sentAt: now,
        leaseUntil: null,
        lastError: null,
        providerMessageId: result.providerMessageId,
      });
      // A status callback may have raced ahead of the send's response (the
      // webhook parked it): apply it now; statuses never move back.
      const current = message.data()?.delivery?.status;
      let delivery: MessageDoc['delivery'] =
        current === undefined || current === 'queued' ? { status: 'sent', at: now, error: null } : undefined;
      const parked = parkedSnap.data() as ParkedStatusDoc | undefined;
      if (parked && nextDeliveryStatus(delivery?.status ?? current, parked.status)) {
        delivery = { status: parked.status, at: parked.at, error: parked.error };
      }
      if (parked) tx.delete(parkedRef);
      tx.update(messageRef, { providerMessageId: result.providerMessageId, ...(delivery ? { delivery } : {}) });
    });
    await noteSend(deps, businessId, item.channel, item.accountId, { ok: true });
    return { result: 'sent', providerMessageId: result.providerMessageId };
  } catch (err) {
    return recordFailure(deps, businessId, ref, messageRef, item, err);
  }
}

/**
 * Applies the customer-service window before anything is attempted: inside
 * it the message goes as it is; outside it, as the business's re-engagement
 * template if it has one, or not at all (a permanent failure with the reason).
 */
function shapeForWindow(
  deps: OutboxDeps,
  item: OutboxDoc,
  sender: Sender,
  lastInboundAt: Timestamp | undefined,
  channels: ChannelAccount[] | undefined,
): OutboundMessage {
  const message: OutboundMessage = {
    accountId: item.accountId,
    userId: item.userId,
    text: item.text,
    buttons: item.buttons ?? undefined,
    image: item.image ?? undefined,
    template: item.template ?? undefined,
  };
  const template = channels?.find(
    (c) => c.type === item.channel && c.accountId === item.accountId,
  )?.reengagementTemplate;
  const decision = serviceWindowDecision({
    windowHours: sender.serviceWindowHours,
    lastInboundAtMs: lastInboundAt?.toMillis(),
    nowMs: deps.now().getTime(),
    isTemplate: Boolean(item.template),
    hasReengagementTemplate: Boolean(template),
  });
  if (decision.send === 'refuse') throw new OutsideWindowError(decision.reason);
  if (decision.send === 'template' && template) {
    // Template parameters are limited (1024 characters on WhatsApp).
    const body = item.text.length > 1000 ? `${item.text.slice(0, 999)}…` : item.text;
    return { ...message, buttons: undefined, image: undefined, template: { ...template, bodyParameters: [body] } };
  }
  return message;
}

/** A send refused before it was attempted, because the channel's window is closed. */
export class OutsideWindowError extends ProviderError {
  constructor(reason: string) {
    super('window', reason, false, { providerCode: 'outside_window' });
  }
}

async function recordFailure(
  deps: OutboxDeps,
  businessId: string,
  ref: DocumentReference<OutboxDoc>,
  messageRef: DocumentReference<MessageDoc>,
  item: OutboxDoc,
  err: unknown,
): Promise<DeliveryOutcome> {
  const retryable = err instanceof ProviderError ? err.retryable : !(err instanceof ConfigError);
  const code =
    err instanceof ProviderError
      ? (err.providerCode ?? String(err.status ?? 'provider_error'))
      : err instanceof ConfigError
        ? err.code
        : 'error';
  const reason = err instanceof OutsideWindowError ? err.message.replace(/^window: /, '') : describeError(err);
  const retryAfterMs = err instanceof ProviderError ? err.retryAfterMs : undefined;
  const next = afterFailure(
    item.attempts,
    retryable,
    deps.now().getTime(),
    deps.retry ?? DEFAULT_RETRY,
    retryAfterMs,
    Math.random(),
  );
  const now = Timestamp.fromDate(deps.now());
  const lastError = { code, message: reason, retryable };

  if (next.state === 'retry') {
    await ref.update({
      state: 'retry',
      leaseUntil: null,
      nextAttemptAt: Timestamp.fromMillis(next.nextAttemptAtMs),
      lastError,
    });
    deps.log.warn('send failed, will retry', { channel: item.channel, attempts: item.attempts, reason });
    return { result: 'retry', nextAttemptAt: new Date(next.nextAttemptAtMs), reason };
  }
  await deps.db.runTransaction(async (tx) => {
    tx.update(ref, { state: 'failed', leaseUntil: null, nextAttemptAt: null, lastError });
    tx.update(messageRef, { delivery: { status: 'failed', at: now, error: { code, message: reason } } });
    // Staff are told, with the reason: nothing fails silently.
    const notification: NotificationDoc = {
      kind: 'delivery_failed',
      conversationId: item.conversationId,
      messageId: item.messageId,
      channel: item.channel,
      reason,
      createdAt: now,
      read: false,
    };
    tx.create(deps.db.doc(`${paths.notifications(businessId)}/${ref.id}`), notification);
  });
  await noteSend(deps, businessId, item.channel, item.accountId, { ok: false, error: reason });
  deps.log.error('send failed for good', { channel: item.channel, attempts: item.attempts, reason });
  return { result: 'failed', reason };
}

/**
 * Delivers an item, and waits out short backoffs in this process (a few
 * seconds: a provider's brief hiccup) instead of leaving them for the
 * once-a-minute sweep. Longer waits (rate limits, outages) go to the sweep.
 */
export async function deliverWithShortRetries(
  deps: OutboxDeps,
  businessId: string,
  outboxId: string,
  maxWaitMs = 10_000,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<DeliveryOutcome> {
  let outcome = await deliverOutboxItem(deps, businessId, outboxId);
  while (outcome.result === 'retry') {
    const wait = outcome.nextAttemptAt.getTime() - deps.now().getTime();
    if (wait > maxWaitMs) break;
    await sleep(Math.max(0, wait) + 5);
    outcome = await deliverOutboxItem(deps, businessId, outboxId);
  }
  return outcome;
}

/** Outbox items whose retry is due, or whose sending lease ran out (a crashed worker). */
export async function dueOutboxItems(deps: Deps, limit = 100): Promise<{ businessId: string; outboxId: string }[]> {
  const now = Timestamp.fromDate(deps.now());
  const [retries, stuck] = await Promise.all([
    deps.db
      .collectionGroup('outbox')
      .where('state', '==', 'retry')
      .where('nextAttemptAt', '<=', now)
      .limit(limit)
      .get(),
    deps.db.collectionGroup('outbox').where('state', '==', 'sending').where('leaseUntil', '<=', now).limit(limit).get(),
  ]);
  return [...retries.docs, ...stuck.docs].map((d) => ({ businessId: d.ref.parent.parent!.id, outboxId: d.id }));
}
