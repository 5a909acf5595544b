/**
 * The one writer of a reply by a person on staff, from the dashboard (the
 * `staff` callable) and from the staff bot on Telegram: the message and its
 * outbox item, and the conversation handed to a person, in one transaction.
 * A person writing makes a person the owner: the AI stays quiet until the
 * business's quiet period passes (domain/ownership.ts), and an AI reply
 * composed before this one is not sent (the outbox checks `lastHumanAt`).
 * The first person to reply becomes the conversation's assignee when it has
 * none. An answer to a question the AI handed over becomes a suggested Q&A
 * entry (pipeline/suggested-qa.ts).
 *
 * Idempotent per `key` (the Telegram message it came from; a key the
 * dashboard generates per reply): the message id derives from it, so a
 * redelivered update or a retried call sends nothing twice.
 *
 * A reply with `sendAt` is scheduled: its outbox item is not claimed before
 * then (pipeline/outbox.ts; the sweep takes it when it is due), it is
 * refused now if the channel's window will not allow it then
 * (domain/scheduled-send.ts), and it may be cancelled until it goes
 * (`cancelScheduledReply`). Until it goes it is not part of the
 * conversation's history and does not change who owns it.
 */
import type { ChannelAccount } from '../domain/business.js';
import { appendTurn } from '../domain/conversation.js';
import { scheduleDecision } from '../domain/scheduled-send.js';
import { SERVICE_WINDOW_HOURS } from '../domain/service-window.js';
import { NotFoundError, StoreError, ValidationError } from '../errors.js';
import { at } from '../store/collections.js';
import type { ConversationDoc, MessageDoc, OutboxDoc } from '../store/documents.js';
import { digest } from '../store/ids.js';
import { newWork, workFields } from '../store/work-item.js';
import type { Transaction } from '../store/database.js';
import type { Deps } from './deps.js';
import { suggestionFor } from './suggested-qa.js';

/** The longest staff reply (Telegram's and the dashboard's limit; channels split longer texts themselves). */
export const MAX_STAFF_REPLY = 4096;

export interface StaffRef {
  uid: string;
  name: string;
}

export interface StaffReply {
  text: string;
  staff: StaffRef;
  via: 'telegram' | 'dashboard';
  /** What makes this reply unique (e.g. `telegram:<chat>:<message id>`, `dashboard:<uid>:<client key>`). */
  key: string;
  /** Send at this time rather than now. */
  sendAt?: Date | undefined;
}

export type StaffReplyOutcome = {
  result: 'sent' | 'scheduled' | 'duplicate';
  messageId: string;
  customerName?: string | undefined;
  /** A scheduled reply that will go inside the business's re-engagement template (the window will have closed). */
  asTemplate?: boolean | undefined;
};

export const staffReplyId = (key: string) => `staff-${digest(`staff-reply\n${key}`)}`;

/** Refuses a scheduled reply the channel will not take at that time, with the reason. */
async function checkSchedule(
  deps: Deps,
  tx: Transaction,
  businessId: string,
  conversation: ConversationDoc,
  sendAt: Date,
) {
  const windowHours = SERVICE_WINDOW_HOURS[conversation.channel];
  // The template is read only when the window will have closed by then.
  const needsTemplate =
    windowHours !== undefined &&
    (conversation.lastInboundAt?.getTime() ?? -Infinity) + windowHours * 3_600_000 <= sendAt.getTime();
  const business = needsTemplate ? await tx.get(at.business(businessId)) : undefined;
  const template = (business?.channels as ChannelAccount[] | undefined)?.find(
    (c) => c.type === conversation.channel && c.accountId === conversation.accountId,
  )?.reengagementTemplate;
  const decision = scheduleDecision({
    sendAtMs: sendAt.getTime(),
    nowMs: deps.now().getTime(),
    windowHours,
    lastInboundAtMs: conversation.lastInboundAt?.getTime(),
    hasReengagementTemplate: Boolean(template),
  });
  if (!decision.schedule) throw new ValidationError(decision.reason, [{ path: 'sendAt', message: decision.reason }]);
  return decision.as === 'template';
}

export async function sendStaffReply(
  deps: Deps,
  businessId: string,
  conversationId: string,
  reply: StaffReply,
): Promise<StaffReplyOutcome> {
  const text = reply.text.trim();
  if (!text) throw new ValidationError('Write a reply first.', [{ path: 'text', message: 'Write a reply first.' }]);
  if (text.length > MAX_STAFF_REPLY)
    throw new ValidationError(`A staff reply is at most ${MAX_STAFF_REPLY} characters.`);
  const messageId = staffReplyId(reply.key);
  const conversationRef = at.conversation(businessId, conversationId);
  const staff = { uid: reply.staff.uid, name: reply.staff.name };
  try {
    return await deps.db.transaction(async (tx): Promise<StaffReplyOutcome> => {
      const [conversation, existing] = await Promise.all([
        tx.get(conversationRef),
        tx.get(at.message(businessId, messageId)),
      ]);
      if (!conversation) throw new NotFoundError('No such conversation.');
      const customerName = conversation.contactName ?? undefined;
      if (existing) return { result: 'duplicate', messageId, customerName };
      const sendAt = reply.sendAt;
      const asTemplate = sendAt ? await checkSchedule(deps, tx, businessId, conversation, sendAt) : undefined;
      const suggestion = sendAt
        ? undefined
        : suggestionFor(conversationId, conversation, { text, messageId, staff }, deps.now());
      const suggested = suggestion ? await tx.get(at.suggestion(businessId, suggestion.id)) : undefined;

      const now = deps.now();
      const message = {
        conversationId,
        contactId: conversation.contactId,
        channel: conversation.channel,
        direction: 'out',
        author: 'staff',
        // A text message's text is stored once, in `text` (store/documents.ts).
        content: { type: 'text' },
        text,
        providerMessageId: null,
        createdAt: now,
        delivery: { status: 'queued', at: now },
        staff,
        via: reply.via,
        ...(sendAt ? { scheduledFor: sendAt } : {}),
      } as unknown as MessageDoc;
      const outbox: OutboxDoc = {
        messageId,
        author: 'staff',
        conversationId,
        channel: conversation.channel,
        accountId: conversation.accountId,
        userId: conversation.userId,
        text,
        state: 'pending',
        createdAt: now,
        // A scheduled item is "not due yet" for every claim until its time; then the sweep finds it.
        ...(sendAt ? { attempts: 0, nextAttemptAt: sendAt, dueAt: sendAt, scheduledFor: sendAt } : newWork(now)),
      };
      tx.create(at.message(businessId, messageId), message);
      tx.create(at.outboxItem(businessId, messageId), outbox);
      if (sendAt) return { result: 'scheduled', messageId, customerName, asTemplate };

      if (suggestion && !suggested) tx.create(at.suggestion(businessId, suggestion.id), suggestion.doc);
      tx.update(conversationRef, {
        owner: 'human',
        lastHumanAt: now,
        // A person answering a conversation the AI held is a handoff of its own.
        handoff:
          conversation.owner === 'ai' || !conversation.handoff
            ? { reason: 'staff', detail: `${staff.name} replied`, at: now }
            : conversation.handoff,
        assignee: conversation.assignee ?? staff,
        lastMessageAt: now,
        lastMessagePreview: text.slice(0, 120),
        unread: 0,
        // The AI reads the recent turns when it answers again: a person's reply is part of them.
        recent: appendTurn(conversation.recent ?? [], { author: 'staff', text, at: now, messageId }),
      } satisfies Partial<ConversationDoc>);
      return { result: 'sent', messageId, customerName };
    });
  } catch (err) {
    // Two deliveries of the same reply racing: the other one wrote it.
    if (err instanceof StoreError && err.kind === 'already-exists') return { result: 'duplicate', messageId };
    throw err;
  }
}

const CANCELLED = 'Cancelled before it was sent';

/** Cancels a scheduled reply that has not gone out yet; one already sending or sent is refused. */
export async function cancelScheduledReply(
  deps: Deps,
  businessId: string,
  messageId: string,
  by: StaffRef,
): Promise<{ cancelled: true }> {
  const ref = at.outboxItem(businessId, messageId);
  return deps.db.transaction(async (tx) => {
    const item = await tx.get(ref);
    if (!item?.scheduledFor) throw new NotFoundError('No such scheduled reply.');
    if (item.state === 'cancelled') return { cancelled: true as const };
    if (item.state !== 'pending')
      throw new ValidationError('Too late to cancel: this reply is already being sent or was sent.');
    const now = deps.now();
    const reason = `${CANCELLED} by ${by.name}`;
    tx.update(ref, {
      ...workFields<OutboxDoc>('', { state: 'cancelled', finished: true }),
      lastError: { code: 'cancelled', message: reason, retryable: false },
    });
    tx.update(at.message(businessId, item.messageId), {
      delivery: { status: 'cancelled', at: now, error: { code: 'cancelled', message: reason } },
    });
    return { cancelled: true as const };
  });
}
