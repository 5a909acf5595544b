/**
 * What the responder is given for a turn: the customer's messages (texts
 * joined, photos and voice notes with their bytes from our media store and
 * any transcript already made), the conversation so far, what we remember
 * about the contact, the responder parts' state, the deadline, today's
 * spend, whether the reply carries the out-of-hours notice, and the
 * customer's bookings (where the deployment has booking).
 */
import type { Business, LanguageCode } from '../domain/business.js';
import { emptyMemory } from '../domain/contact-memory.js';
import type { MediaStore } from '../media/media-store.js';
import type { ConversationTurn, MessageMedia, ReplyRequest } from '../responders/responder.js';
import type { ContactDoc, ConversationDoc, MessageDoc } from '../store/documents.js';
import type { Deps } from './deps.js';
import type { ReplyDeps } from './reply.js';
import { type Turn, turnMessages } from './turn.js';

/** Media whose bytes a model can use: photos (vision) and voice notes (transcription). */
const WITH_BYTES = new Set(['image', 'sticker', 'audio']);

async function mediaOf(deps: Deps & { media?: MediaStore | undefined }, message: MessageDoc) {
  const content = message.content;
  if (!('media' in content) || message.media?.state !== 'stored') return [];
  const stored = message.media;
  const bytes = WITH_BYTES.has(content.type) && deps.media ? await deps.media.get(stored.path) : undefined;
  const item: MessageMedia = {
    kind: content.type,
    mimeType: stored.contentType,
    data: bytes?.data,
    fileName: content.media.fileName ?? undefined,
    voice: content.type === 'audio' ? content.voice : undefined,
    transcript: message.transcript?.text,
  };
  return [item];
}

export interface RequestContext {
  business: Business;
  turn: Turn;
  conversation: ConversationDoc;
  contact: ContactDoc | undefined;
  now: Date;
  deadline?: Date | undefined;
  spentTodayUsd?: number | undefined;
  closedNotice?: 'now' | 'earlier' | undefined;
}

export async function buildReplyRequest(
  deps: Deps & { media?: MediaStore | undefined; booking?: ReplyDeps['booking'] },
  context: RequestContext,
): Promise<ReplyRequest> {
  const { turn, conversation, contact } = context;
  const messages = turnMessages(turn);
  const ids = new Set(messages.map((m) => m.id));
  const leader = turn.leader.doc;
  // Everything before, and the replies and staff messages written since (the previous turn's reply
  // may be committed after this turn's messages arrived); later customer messages belong to later turns.
  const history: ConversationTurn[] = (conversation.recent ?? [])
    .filter((t) => !ids.has(t.messageId) && (t.author !== 'customer' || t.at.getTime() <= leader.createdAt.getTime()))
    .map((t) => ({ author: t.author, text: t.text, at: t.at }));
  const media = (await Promise.all(messages.map((m) => mediaOf(deps, m.doc)))).flat();
  const memory = contact?.memory ?? emptyMemory();
  const text = messages
    .map((m) => m.doc.text.trim())
    .filter(Boolean)
    .join('\n');
  return assembleRequest({
    business: context.business,
    contact: {
      ...memory,
      name: memory.name ?? conversation.contactName ?? contact?.name ?? undefined,
      language: memory.language ?? conversation.language ?? contact?.language ?? undefined,
    },
    history,
    message: {
      text,
      type: messages.length === 1 ? leader.content.type : (media[0]?.kind ?? 'text'),
      media: media.length ? media : undefined,
      replyId: messages.length === 1 && leader.content.type === 'interactive' ? leader.content.replyId : undefined,
    },
    now: context.now,
    messageId: turn.leader.id,
    deadline: context.deadline,
    spentTodayUsd: context.spentTodayUsd,
    conversationState: conversation.responderState ?? {},
    booking: deps.booking?.(context.business, {
      businessId: context.business.id,
      contactId: leader.contactId,
      conversationId: leader.conversationId,
      messageId: turn.leader.id,
    }),
    closedNotice: context.closedNotice,
  });
}

/** Every request has all its fields named, so the pipeline's and the try-it panel's cannot drift apart. */
function assembleRequest(request: { [K in keyof Required<ReplyRequest>]: ReplyRequest[K] }): ReplyRequest {
  return request;
}

/**
 * The request for a question asked in the dashboard's "try it" panel: the
 * same business context, a new contact with no history and no state, no
 * message id (so no tool with side effects has a key to act on), and
 * today's spend so the business's budget holds.
 */
export function tryItRequest(context: {
  business: Business;
  text: string;
  language?: LanguageCode | undefined;
  now: Date;
  deadline?: Date | undefined;
  spentTodayUsd?: number | undefined;
}): ReplyRequest {
  return assembleRequest({
    business: context.business,
    contact: { ...emptyMemory(), language: context.language },
    history: [],
    message: { text: context.text, type: 'text', media: undefined },
    now: context.now,
    messageId: undefined,
    deadline: context.deadline,
    spentTodayUsd: context.spentTodayUsd,
    conversationState: {},
    closedNotice: undefined,
    // No customer: nothing to book, move or cancel.
    booking: undefined,
  });
}
