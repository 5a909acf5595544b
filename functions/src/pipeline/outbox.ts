/**
 * Delivers outbox items through the channel's adapter. Every reply is a
 * document first; this moves it pending → sending (lease) → sent, or retry
 * with backoff, or failed with the reason on both the outbox item and the
 * message, where staff see it. Claimed in a transaction, so a redelivered
 * trigger and the sweep never send the same item twice at once.
 *
 * A send whose outcome is unknown (it timed out after the request went
 * out) may have been delivered. Where the provider echoes our callback data
 * in its statuses (WhatsApp's `biz_opaque_callback_data`), the item waits
 * UNCONFIRMED_WAIT_MS for a status naming it — which records it as sent
 * (pipeline/ingest.ts, applyStatus) — and is only sent again if none comes.
 * Elsewhere there is no way to ask, and the send is retried: a rare
 * duplicate is less harmful than a customer left without an answer
 * (docs/architecture.md, "Ambiguous sends").
 */
import type { Sender } from '../channels/channel.js';
import type { ChannelAccount, ChannelType } from '../domain/business.js';
import { appendTurn } from '../domain/conversation.js';
import type { OutboundMessage } from '../domain/message.js';
import { serviceWindowDecision } from '../domain/service-window.js';
import {
  DEFAULT_RETRY,
  type RetryPolicy,
  afterFailure,
  nextDeliveryStatus,
  outboxPhase,
} from '../domain/work-state.js';
import { ConfigError, OutsideServiceWindowError, ProviderError, describeError } from '../errors.js';
import { at, defs } from '../store/collections.js';
import { group } from '../store/database.js';
import type { ConversationDoc, MessageDoc, OutboxDoc } from '../store/documents.js';
import { ids } from '../store/ids.js';
import { type WorkKind, claimWorkItem, dueWorkItems, workFields } from '../store/work-item.js';
import type { Deps } from './deps.js';
import { noteSend } from './diagnostics.js';
import { raiseNotification } from './notifications.js';
import { channelCredentials, forgetCredentials } from './secrets.js';

export const SENDING_LEASE_MS = 60_000;
/** How long an unconfirmed send waits for a status that names it before it is sent again. */
export const UNCONFIRMED_WAIT_MS = 3 * 60_000;

export function outboxWork(retry: RetryPolicy = DEFAULT_RETRY): WorkKind<OutboxDoc> {
  return {
    name: 'outbox',
    policy: { leaseMs: SENDING_LEASE_MS, maxAttempts: retry.maxAttempts },
    prefix: '',
    activeState: 'sending',
    view: (item) => ({
      phase: outboxPhase(item.state),
      state: item.state,
      attempts: item.attempts,
      leaseUntilMs: item.leaseUntil?.getTime(),
      nextAttemptAtMs: item.nextAttemptAt?.getTime(),
      claimToken: item.claimToken,
    }),
  };
}

export interface OutboxDeps extends Deps {
  senderFor(channel: ChannelType): Sender;
  retry?: RetryPolicy;
}

export type DeliveryOutcome =
  | { result: 'sent'; providerMessageId: string }
  | { result: 'retry'; nextAttemptAt: Date; reason: string }
  | { result: 'unconfirmed'; nextAttemptAt: Date; reason: string }
  | { result: 'failed'; reason: string }
  | { result: 'cancelled'; reason: string }
  | { result: 'skipped'; why: string };

const CANCELLED = 'a person replied before this AI message was sent';

/**
 * An item the caller already holds: the reply pipeline creates its outbox
 * item claimed when the function that wrote it sends it at once
 * (`sendsAtOnce`), in the same transaction that checked the conversation's
 * owner, so no second claim is needed.
 */
export interface HeldOutboxItem {
  item: OutboxDoc;
  /** The conversation as the commit read it (its window and thread). */
  conversation: ConversationDoc;
}

export async function deliverOutboxItem(
  deps: OutboxDeps,
  businessId: string,
  outboxId: string,
  held?: HeldOutboxItem,
): Promise<DeliveryOutcome> {
  if (held) return send(deps, businessId, outboxId, held.item, held.conversation);
  const ref = at.outboxItem(businessId, outboxId);
  let conversation: ConversationDoc | undefined;
  let cancelled = false;
  const claim = await claimWorkItem(deps.db, ref, outboxWork(deps.retry), deps.now(), {
    check: async (tx, item) => {
      conversation = await tx.get(at.conversation(businessId, item.conversationId));
      // The owner is checked again just before sending: if a person wrote after
      // this AI reply was composed, the reply is not sent.
      const lastHumanAt = conversation?.lastHumanAt;
      if (item.author !== 'ai' || !lastHumanAt || lastHumanAt.getTime() <= item.createdAt.getTime()) return undefined;
      const now = deps.now();
      tx.update(ref, {
        ...workFields<OutboxDoc>('', { state: 'cancelled', finished: true }),
        lastError: { code: 'cancelled', message: CANCELLED, retryable: false },
      });
      tx.update(at.message(businessId, item.messageId), {
        delivery: { status: 'cancelled', at: now, error: { code: 'cancelled', message: CANCELLED } },
      });
      cancelled = true;
      return CANCELLED;
    },
  });
  if (!claim.claimed) {
    if (cancelled) return { result: 'cancelled', reason: claim.why };
    if (claim.giveUp && claim.doc) {
      const reason = 'the send did not finish after every attempt (the worker stopped or timed out)';
      await failForGood(deps, businessId, outboxId, claim.doc, { code: 'abandoned', message: reason }, undefined);
      return { result: 'failed', reason };
    }
    return { result: 'skipped', why: claim.why };
  }
  return send(deps, businessId, outboxId, { ...claim.doc, attempts: claim.attempts }, conversation);
}

async function send(
  deps: OutboxDeps,
  businessId: string,
  outboxId: string,
  item: OutboxDoc,
  conversation: ConversationDoc | undefined,
): Promise<DeliveryOutcome> {
  let sender: Sender | undefined;
  try {
    sender = deps.senderFor(item.channel);
    const credentials = await channelCredentials(deps, businessId, item.channel);
    const message = await shapeForWindow(deps, businessId, item, sender, conversation?.lastInboundAt ?? undefined);
    const thread = conversation?.providerThreadId ?? undefined;
    const result = await sender.send({ ...message, callbackData: outboxId, providerThreadId: thread }, credentials);
    await recordSent(deps, businessId, outboxId, item, result.providerMessageId);
    await noteSend(deps, businessId, item.channel, item.accountId, { ok: true });
    return { result: 'sent', providerMessageId: result.providerMessageId };
  } catch (err) {
    return recordFailure(deps, businessId, outboxId, item, err, sender);
  }
}

/**
 * Applies the customer-service window before anything is attempted: inside
 * it the message goes as it is; outside it, as the business's re-engagement
 * template if it has one, or not at all (a permanent failure with the reason).
 */
async function shapeForWindow(
  deps: OutboxDeps,
  businessId: string,
  item: OutboxDoc,
  sender: Sender,
  lastInboundAt: Date | undefined,
): Promise<OutboundMessage> {
  const message: OutboundMessage = {
    accountId: item.accountId,
    userId: item.userId,
    text: item.text,
    buttons: item.buttons ?? undefined,
    image: item.image ?? undefined,
    template: item.template ?? undefined,
  };
  const decide = (hasTemplate: boolean) =>
    serviceWindowDecision({
      windowHours: sender.serviceWindowHours,
      lastInboundAtMs: lastInboundAt?.getTime(),
      nowMs: deps.now().getTime(),
      isTemplate: Boolean(item.template),
      hasReengagementTemplate: hasTemplate,
    });
  if (decide(true).send === 'as-is') return message;
  // Outside the window: the business's template, read only now that it is needed.
  const business = await deps.db.get(at.business(businessId));
  const template = (business?.channels as ChannelAccount[] | undefined)?.find(
    (c) => c.type === item.channel && c.accountId === item.accountId,
  )?.reengagementTemplate;
  const decision = decide(Boolean(template));
  if (decision.send === 'refuse') throw new OutsideServiceWindowError(decision.reason);
  if (decision.send === 'template' && template) {
    // Template parameters are limited (1024 characters on WhatsApp).
    const body = item.text.length > 1000 ? `${item.text.slice(0, 999)}…` : item.text;
    return { ...message, buttons: undefined, image: undefined, template: { ...template, bodyParameters: [body] } };
  }
  return message;
}

const stillOurs = (item: OutboxDoc | undefined, attempts: number) =>
  item?.state === 'sending' && item.attempts === attempts;

async function recordSent(
  deps: OutboxDeps,
  businessId: string,
  outboxId: string,
  item: OutboxDoc,
  providerMessageId: string,
): Promise<void> {
  const ref = at.outboxItem(businessId, outboxId);
  const messageRef = at.message(businessId, item.messageId);
  const parkedRef = at.parkedStatus(businessId, ids.parkedStatus(item.channel, providerMessageId));
  const now = deps.now();
  // A staff reply scheduled for later joins the conversation when it goes out, not when it was written.
  const scheduled =
    item.author === 'staff' && item.scheduledFor ? at.conversation(businessId, item.conversationId) : undefined;
  await deps.db.transaction(async (tx) => {
    const [current, parked, conversation] = await Promise.all([
      tx.get(ref),
      tx.get(parkedRef),
      scheduled ? tx.get(scheduled) : undefined,
    ]);
    if (!stillOurs(current, item.attempts)) {
      // A status confirmed an earlier, unanswered attempt meanwhile: that one stands.
      deps.log.warn('send recorded by someone else', { businessId, outboxId, providerMessageId });
      return;
    }
    tx.update(ref, {
      ...workFields<OutboxDoc>('', { state: 'sent', finished: true }),
      sentAt: now,
      lastError: null,
      unconfirmed: null,
      providerMessageId,
    });
    // A status callback may have raced ahead of the send's response (the
    // webhook parked it): apply it now; statuses never move back.
    let delivery: MessageDoc['delivery'] = { status: 'sent', at: now, error: null };
    if (parked && nextDeliveryStatus('sent', parked.status)) {
      delivery = { status: parked.status, at: parked.at, error: parked.error };
    }
    if (parked) tx.delete(parkedRef);
    tx.update(messageRef, { providerMessageId, delivery });
    if (scheduled && conversation) {
      tx.update(scheduled, {
        owner: 'human',
        lastHumanAt: now,
        lastMessageAt: now,
        lastMessagePreview: item.text.slice(0, 120),
        recent: appendTurn(conversation.recent ?? [], {
          author: 'staff',
          text: item.text,
          at: now,
          messageId: item.messageId,
        }),
      } satisfies Partial<ConversationDoc>);
    }
  });
}

async function recordFailure(
  deps: OutboxDeps,
  businessId: string,
  outboxId: string,
  item: OutboxDoc,
  err: unknown,
  sender: Sender | undefined,
): Promise<DeliveryOutcome> {
  const refused = err instanceof OutsideServiceWindowError;
  const retryable = err instanceof ProviderError ? err.retryable : !(err instanceof ConfigError) && !refused;
  const code =
    err instanceof ProviderError
      ? (err.providerCode ?? String(err.status ?? 'provider_error'))
      : err instanceof ConfigError || refused
        ? err.code
        : 'error';
  const reason = describeError(err);
  const now = deps.now();
  const lastError = { code, message: reason, retryable };
  const ref = at.outboxItem(businessId, outboxId);
  if (err instanceof ProviderError && (err.status === 401 || err.status === 403 || err.providerCode === '190')) {
    forgetCredentials(businessId);
  }

  // An answer that never came: the provider may have delivered it.
  if (err instanceof ProviderError && err.ambiguous && sender?.confirmsByCallback) {
    const nextAttemptAt = new Date(now.getTime() + UNCONFIRMED_WAIT_MS);
    const reason = `${describeError(err)} — waiting for the provider's status to confirm it went out before sending again`;
    await whileOurs(deps, ref, item.attempts, {
      ...workFields<OutboxDoc>('', { state: 'retry', nextAttemptAt }),
      lastError: { code: 'unconfirmed', message: reason, retryable: true },
      unconfirmed: { since: item.unconfirmed?.since ?? now, attempt: item.attempts },
    });
    deps.log.warn('send unconfirmed', { channel: item.channel, attempts: item.attempts, reason });
    return { result: 'unconfirmed', nextAttemptAt, reason };
  }

  const retryAfterMs = err instanceof ProviderError ? err.retryAfterMs : undefined;
  const next = afterFailure(
    item.attempts,
    retryable,
    now.getTime(),
    deps.retry ?? DEFAULT_RETRY,
    retryAfterMs,
    Math.random(),
  );
  if (next.state === 'retry') {
    const nextAttemptAt = new Date(next.nextAttemptAtMs);
    await whileOurs(deps, ref, item.attempts, {
      ...workFields<OutboxDoc>('', { state: 'retry', nextAttemptAt }),
      lastError,
    });
    deps.log.warn('send failed, will retry', { channel: item.channel, attempts: item.attempts, reason });
    return { result: 'retry', nextAttemptAt, reason };
  }
  // Diagnostics first: whoever sees the failed message or staff's notification finds the channel's error too.
  await noteSend(deps, businessId, item.channel, item.accountId, { ok: false, error: reason });
  await failForGood(deps, businessId, outboxId, item, lastError, item.attempts);
  deps.log.error('send failed for good', { channel: item.channel, attempts: item.attempts, reason });
  return { result: 'failed', reason };
}

async function whileOurs(
  deps: OutboxDeps,
  ref: ReturnType<typeof at.outboxItem>,
  attempts: number,
  update: Record<string, unknown>,
) {
  await deps.db.transaction(async (tx) => {
    if (stillOurs(await tx.get(ref), attempts)) tx.update(ref, update);
  });
}

/** Fails the item and its message, and tells staff, with the reason: nothing fails silently. */
async function failForGood(
  deps: OutboxDeps,
  businessId: string,
  outboxId: string,
  item: OutboxDoc,
  error: { code: string; message: string; retryable?: boolean },
  attempts: number | undefined,
): Promise<void> {
  const ref = at.outboxItem(businessId, outboxId);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const current = await tx.get(ref);
    if (attempts !== undefined ? !stillOurs(current, attempts) : current?.state !== 'sending') return;
    tx.update(ref, {
      ...workFields<OutboxDoc>('', { state: 'failed', finished: true }),
      lastError: { retryable: false, ...error },
    });
    tx.update(at.message(businessId, item.messageId), {
      delivery: { status: 'failed', at: now, error: { code: error.code, message: error.message } },
    });
    raiseNotification(tx, businessId, {
      kind: 'delivery_failed',
      conversationId: item.conversationId,
      messageId: item.messageId,
      subjectId: outboxId,
      channel: item.channel,
      reason: error.message,
      createdAt: now,
    });
  });
}

/**
 * Delivers an item, and waits out short backoffs in this process (a few
 * seconds: a provider's brief hiccup) instead of leaving them for the
 * once-a-minute sweep. Longer waits (rate limits, outages, unconfirmed
 * sends) go to the sweep.
 */
export async function deliverWithShortRetries(
  deps: OutboxDeps,
  businessId: string,
  outboxId: string,
  maxWaitMs = 10_000,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  held?: HeldOutboxItem,
): Promise<DeliveryOutcome> {
  let outcome = await deliverOutboxItem(deps, businessId, outboxId, held);
  while (outcome.result === 'retry') {
    const wait = outcome.nextAttemptAt.getTime() - deps.now().getTime();
    if (wait > maxWaitMs) break;
    await sleep(Math.max(0, wait) + 5);
    outcome = await deliverOutboxItem(deps, businessId, outboxId);
  }
  return outcome;
}

/** Outbox items due now: retries, unconfirmed sends, sends whose worker died, items no trigger took. */
export async function dueOutboxItems(deps: Deps, limit = 100): Promise<{ businessId: string; outboxId: string }[]> {
  const due = await dueWorkItems(deps.db, group(defs.outbox), '', deps.now(), limit);
  return due.map((d) => ({ businessId: d.ref.path.split('/')[1]!, outboxId: d.ref.id }));
}
