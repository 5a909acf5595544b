/**
 * Staff actions on a conversation: take it over from the AI, hand it back,
 * and reply as a person. A reply is written like every outbound message — a
 * message document and its outbox item in one transaction — and the outbox
 * delivers it (with the channel's window rules and retries). Any human reply
 * makes a person the owner; the AI resumes after the business's quiet period
 * (domain/ownership.ts) or when handed back.
 */
import { z } from 'zod';
import { appendTurn } from '../domain/conversation.js';
import { NotFoundError } from '../errors.js';
import { at } from '../store/collections.js';
import { autoId, collection, doc, type CollectionDef } from '../store/database.js';
import type { MessageDoc, OutboxDoc } from '../store/documents.js';
import { newWork } from '../store/work-item.js';
import { InBusiness, type MemberContext } from '../team/actions.js';
import { team, type StaffConversationDoc, type StaffRef } from '../team/collections.js';

export type { StaffRef };

export const ConversationInput = InBusiness.extend({ conversationId: z.string().min(1).max(128) });
export const ReplyInput = ConversationInput.extend({
  text: z.string().trim().min(1, 'Write a reply first.').max(4096, 'A reply is at most 4096 characters.'),
});

/** A staff reply as stored: a text message's text lives in `text` only; `staff` says who wrote it. */
export type StaffMessageDoc = Omit<MessageDoc, 'content'> & { content: { type: 'text' }; staff: StaffRef };

/** A staff reply with the `staff` field (the pipelines read messages through their own definition, without it). */
export const staffMessageRef = (b: string, id: string) =>
  doc(
    collection(
      { id: 'messages', read: (data) => data as StaffMessageDoc } satisfies CollectionDef<StaffMessageDoc>,
      `businesses/${b}`,
    ),
    id,
  );

const staffOf = (ctx: MemberContext): StaffRef => ({
  uid: ctx.membership.member.uid,
  name: ctx.membership.member.name,
});

async function updateConversation(
  ctx: MemberContext,
  input: z.output<typeof ConversationInput>,
  change: (conversation: StaffConversationDoc, now: Date) => Record<string, unknown>,
): Promise<Date> {
  const ref = team.conversation(input.businessId, input.conversationId);
  return ctx.deps.db.transaction(async (tx) => {
    const conversation = await tx.get(ref);
    if (!conversation) throw new NotFoundError('No such conversation.');
    const now = ctx.deps.now();
    tx.update(ref, change(conversation, now));
    return now;
  });
}

/** A person takes the conversation: the AI stops answering until handed back or the quiet period passes. */
export async function takeOver(ctx: MemberContext, input: z.output<typeof ConversationInput>) {
  const staff = staffOf(ctx);
  const at = await updateConversation(ctx, input, (_c, now) => ({
    owner: 'human',
    handoff: { reason: 'staff', detail: `Taken over by ${staff.name}`, at: now },
    assignee: staff,
  }));
  return { owner: 'human' as const, at: at.toISOString() };
}

/** The AI answers the next customer message again. */
export async function handBack(ctx: MemberContext, input: z.output<typeof ConversationInput>) {
  await updateConversation(ctx, input, () => ({ owner: 'ai', handoff: null, assignee: null }));
  return { owner: 'ai' as const };
}

/** A reply written by a person on staff, delivered through the outbox. */
export async function sendStaffReply(ctx: MemberContext, input: z.output<typeof ReplyInput>) {
  const staff = staffOf(ctx);
  const ref = team.conversation(input.businessId, input.conversationId);
  const messageId = autoId();
  await ctx.deps.db.transaction(async (tx) => {
    const conversation = await tx.get(ref);
    if (!conversation) throw new NotFoundError('No such conversation.');
    const now = ctx.deps.now();
    const message: StaffMessageDoc = {
      conversationId: input.conversationId,
      contactId: conversation.contactId,
      channel: conversation.channel,
      direction: 'out',
      author: 'staff',
      content: { type: 'text' },
      text: input.text,
      providerMessageId: null,
      createdAt: now,
      delivery: { status: 'queued', at: now },
      staff,
    };
    const outbox: OutboxDoc = {
      messageId,
      author: 'staff',
      conversationId: input.conversationId,
      channel: conversation.channel,
      accountId: conversation.accountId,
      userId: conversation.userId,
      text: input.text,
      state: 'pending',
      createdAt: now,
      ...newWork(now),
    };
    tx.create(staffMessageRef(input.businessId, messageId), message);
    tx.create(at.outboxItem(input.businessId, messageId), outbox);
    tx.update(ref, {
      owner: 'human',
      lastHumanAt: now,
      lastMessageAt: now,
      lastMessagePreview: input.text.slice(0, 120),
      // The AI reads the recent turns when it answers again: a person's reply is part of them.
      recent: appendTurn(conversation.recent, { author: 'staff', text: input.text, at: now, messageId }),
      unread: 0,
      assignee: conversation.assignee ?? staff,
      // Replying to a conversation the AI held is taking it over.
      ...(conversation.owner === 'ai'
        ? { handoff: { reason: 'staff', detail: `${staff.name} replied`, at: now } }
        : {}),
    });
    return undefined;
  });
  return { messageId };
}
