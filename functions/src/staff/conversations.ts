/**
 * Staff actions on a conversation: take it over from the AI, hand it back,
 * and reply as a person. A reply is written like every outbound message — a
 * message document and its outbox item in one transaction — and the outbox
 * delivers it (with the channel's window rules and retries). Any human reply
 * makes a person the owner; the AI resumes after the business's quiet period
 * (domain/ownership.ts) or when handed back.
 */
import { Timestamp, type DocumentReference } from 'firebase-admin/firestore';
import { z } from 'zod';
import { NotFoundError } from '../errors.js';
import type { ConversationDoc, MessageDoc, OutboxDoc } from '../store/documents.js';
import { paths } from '../store/paths.js';
import { InBusiness, type MemberContext } from '../team/actions.js';

export const ConversationInput = InBusiness.extend({ conversationId: z.string().min(1).max(128) });
export const ReplyInput = ConversationInput.extend({
  text: z.string().trim().min(1, 'Write a reply first.').max(4096, 'A reply is at most 4096 characters.'),
});

/** The person on staff who acted, as kept on conversations and messages. */
export interface StaffRef {
  uid: string;
  name: string;
}

/** A staff reply carries who wrote it. */
export type StaffMessageDoc = MessageDoc & { staff: StaffRef };

const staffOf = (ctx: MemberContext): StaffRef => ({
  uid: ctx.membership.member.uid,
  name: ctx.membership.member.name,
});

function conversationRef(ctx: MemberContext, businessId: string, conversationId: string) {
  return ctx.deps.db.doc(`${paths.conversations(businessId)}/${conversationId}`) as DocumentReference<ConversationDoc>;
}

async function updateConversation(
  ctx: MemberContext,
  input: z.output<typeof ConversationInput>,
  change: (conversation: ConversationDoc, at: Timestamp) => Record<string, unknown>,
) {
  const ref = conversationRef(ctx, input.businessId, input.conversationId);
  return ctx.deps.db.runTransaction(async (tx) => {
    const conversation = (await tx.get(ref)).data();
    if (!conversation) throw new NotFoundError('No such conversation.');
    const at = Timestamp.fromDate(ctx.deps.now());
    tx.update(ref, change(conversation, at));
    return at;
  });
}

/** A person takes the conversation: the AI stops answering until handed back or the quiet period passes. */
export async function takeOver(ctx: MemberContext, input: z.output<typeof ConversationInput>) {
  const staff = staffOf(ctx);
  const at = await updateConversation(ctx, input, () => ({
    owner: 'human',
    handoff: { reason: 'staff', detail: `Taken over by ${staff.name}`, at: Timestamp.fromDate(ctx.deps.now()) },
    assignee: staff,
  }));
  return { owner: 'human' as const, at: at.toDate().toISOString() };
}

/** The AI answers the next customer message again. */
export async function handBack(ctx: MemberContext, input: z.output<typeof ConversationInput>) {
  await updateConversation(ctx, input, () => ({ owner: 'ai', handoff: null, assignee: null }));
  return { owner: 'ai' as const };
}

/** A reply written by a person on staff, delivered through the outbox. */
export async function sendStaffReply(ctx: MemberContext, input: z.output<typeof ReplyInput>) {
  const { db } = ctx.deps;
  const staff = staffOf(ctx);
  const ref = conversationRef(ctx, input.businessId, input.conversationId);
  const messageRef = db.collection(paths.messages(input.businessId)).doc();
  const outboxRef = db.doc(`${paths.outbox(input.businessId)}/${messageRef.id}`);
  await db.runTransaction(async (tx) => {
    const conversation = (await tx.get(ref)).data();
    if (!conversation) throw new NotFoundError('No such conversation.');
    const now = Timestamp.fromDate(ctx.deps.now());
    const message: StaffMessageDoc = {
      conversationId: input.conversationId,
      contactId: conversation.contactId,
      channel: conversation.channel,
      direction: 'out',
      author: 'staff',
      content: { type: 'text', text: input.text },
      text: input.text,
      providerMessageId: null,
      createdAt: now,
      delivery: { status: 'queued', at: now },
      staff,
    };
    const outbox: OutboxDoc = {
      messageId: messageRef.id,
      author: 'staff',
      conversationId: input.conversationId,
      channel: conversation.channel,
      accountId: conversation.accountId,
      userId: conversation.userId,
      text: input.text,
      state: 'pending',
      attempts: 0,
      createdAt: now,
    };
    tx.create(messageRef, message);
    tx.create(outboxRef, outbox);
    const current = conversation as ConversationDoc & { assignee?: StaffRef | null };
    tx.update(ref, {
      owner: 'human',
      lastHumanAt: now,
      lastMessageAt: now,
      lastMessagePreview: input.text.slice(0, 120),
      unread: 0,
      assignee: current.assignee ?? staff,
      // Replying to a conversation the AI held is taking it over.
      ...(conversation.owner === 'ai'
        ? { handoff: { reason: 'staff', detail: `${staff.name} replied`, at: now } }
        : {}),
    });
  });
  return { messageId: messageRef.id };
}
