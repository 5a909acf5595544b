/**
 * Messages booking sends a customer on its own (an approval's outcome, a
 * deposit link after the owner approved, a reminder): written like every
 * reply — a message document and its outbox item in the same transaction
 * as the change that causes it, under an id derived from that change, so a
 * retried transaction or task never sends twice. Their author is `system`:
 * a person taking the conversation over does not cancel them.
 */
import { appendTurn } from '../domain/conversation.js';
import type { OutboundButton, OutboundTemplate } from '../domain/message.js';
import { at } from '../store/collections.js';
import type { Writer } from '../store/database.js';
import type { ConversationDoc, MessageDoc } from '../store/documents.js';
import { newWork } from '../store/work-item.js';

export interface CustomerMessage {
  text: string;
  buttons?: OutboundButton[] | undefined;
  template?: OutboundTemplate | undefined;
}

export function writeCustomerMessage(
  writer: Writer,
  businessId: string,
  conversationId: string,
  conversation: ConversationDoc,
  messageId: string,
  message: CustomerMessage,
  now: Date,
): void {
  const stored = {
    conversationId,
    contactId: conversation.contactId,
    channel: conversation.channel,
    direction: 'out',
    author: 'system',
    // A text message's text is stored once, in `text`.
    content: { type: 'text' },
    text: message.text,
    providerMessageId: null,
    createdAt: now,
    delivery: { status: 'queued', at: now },
  } as unknown as MessageDoc;
  writer.set(at.message(businessId, messageId), stored);
  writer.set(at.outboxItem(businessId, messageId), {
    messageId,
    author: 'system',
    conversationId,
    channel: conversation.channel,
    accountId: conversation.accountId,
    userId: conversation.userId,
    text: message.text,
    buttons: message.buttons ?? null,
    template: message.template ?? null,
    state: 'pending',
    createdAt: now,
    ...newWork(now),
  });
  writer.update(at.conversation(businessId, conversationId), {
    lastMessageAt: now,
    lastMessagePreview: message.text.slice(0, 120),
    recent: appendTurn(conversation.recent ?? [], { author: 'system', text: message.text, at: now, messageId }),
  });
}
