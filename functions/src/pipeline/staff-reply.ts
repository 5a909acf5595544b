/**
 * A reply a person on staff writes to a customer (from the staff bot on
 * Telegram today; the dashboard can use the same): the message and its
 * outbox item, and the conversation handed to a person, in one transaction.
 * A person writing makes a person the owner: the AI stays quiet until the
 * business's quiet period passes (domain/ownership.ts), and an AI reply
 * composed before this one is not sent (the outbox checks `lastHumanAt`).
 *
 * Idempotent per `key` (the Telegram message it came from): the message id
 * derives from it, so a redelivered update sends nothing twice.
 */
import { appendTurn } from '../domain/conversation.js';
import { NotFoundError, StoreError, ValidationError } from '../errors.js';
import { at } from '../store/collections.js';
import type { ConversationDoc, MessageDoc } from '../store/documents.js';
import { digest } from '../store/ids.js';
import { newWork } from '../store/work-item.js';
import type { Deps } from './deps.js';

/** The longest staff reply (Telegram's and the dashboard's limit; channels split longer texts themselves). */
export const MAX_STAFF_REPLY = 4096;

export interface StaffReply {
  text: string;
  staff: { uid: string; name: string };
  via: 'telegram' | 'dashboard';
  /** What makes this reply unique (e.g. `telegram:<chat>:<message id>`). */
  key: string;
}

export type StaffReplyOutcome = { result: 'sent' | 'duplicate'; messageId: string; customerName?: string | undefined };

export const staffReplyId = (key: string) => `staff-${digest(`staff-reply\n${key}`)}`;

export async function sendStaffReply(
  deps: Deps,
  businessId: string,
  conversationId: string,
  reply: StaffReply,
): Promise<StaffReplyOutcome> {
  const text = reply.text.trim();
  if (!text) throw new ValidationError('A staff reply needs some text');
  if (text.length > MAX_STAFF_REPLY)
    throw new ValidationError(`A staff reply is at most ${MAX_STAFF_REPLY} characters`);
  const messageId = staffReplyId(reply.key);
  const conversationRef = at.conversation(businessId, conversationId);
  try {
    return await deps.db.transaction(async (tx): Promise<StaffReplyOutcome> => {
      const [conversation, existing] = await Promise.all([
        tx.get(conversationRef),
        tx.get(at.message(businessId, messageId)),
      ]);
      if (!conversation) throw new NotFoundError(`No conversation ${conversationId}`);
      const customerName = conversation.contactName ?? undefined;
      if (existing) return { result: 'duplicate', messageId, customerName };
      const now = deps.now();
      const message = {
        conversationId,
        contactId: conversation.contactId,
        channel: conversation.channel,
        direction: 'out',
        author: 'staff',
        content: { type: 'text' },
        text,
        providerMessageId: null,
        createdAt: now,
        delivery: { status: 'queued', at: now },
        staff: { uid: reply.staff.uid, name: reply.staff.name },
        via: reply.via,
      } as unknown as MessageDoc;
      tx.create(at.message(businessId, messageId), message);
      tx.create(at.outboxItem(businessId, messageId), {
        messageId,
        author: 'staff',
        conversationId,
        channel: conversation.channel,
        accountId: conversation.accountId,
        userId: conversation.userId,
        text,
        state: 'pending',
        createdAt: now,
        ...newWork(now),
      });
      tx.update(conversationRef, {
        owner: 'human',
        lastHumanAt: now,
        // A person answering is a handoff of its own when the AI still had the conversation.
        handoff: conversation.handoff ?? { reason: 'staff', detail: `${reply.staff.name} answered`, at: now },
        lastMessageAt: now,
        lastMessagePreview: text.slice(0, 120),
        unread: 0,
        recent: appendTurn(conversation.recent ?? [], { author: 'staff', text, at: now, messageId }),
      } satisfies Partial<ConversationDoc>);
      return { result: 'sent', messageId, customerName };
    });
  } catch (err) {
    // Two deliveries of the same update racing: the other one wrote it.
    if (err instanceof StoreError && err.kind === 'already-exists') return { result: 'duplicate', messageId };
    throw err;
  }
}
