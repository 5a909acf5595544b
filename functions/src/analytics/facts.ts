/**
 * What a rollup reads, narrowed to the fields it uses: the stored messages
 * and conversations as the pipelines write them (store/documents.ts), so
 * the maths takes plain values and is table-tested without a database.
 */
import type { ConversationDoc, MessageDoc } from '../store/documents.js';

export type MessageFact = Pick<
  MessageDoc,
  'conversationId' | 'channel' | 'direction' | 'author' | 'createdAt' | 'ai' | 'delivery' | 'processing'
> & { content: { type: MessageDoc['content']['type'] } };

export type ConversationFact = Pick<ConversationDoc, 'channel' | 'createdAt'>;

/** Whether an instant falls in [start, end). */
export const within = (at: Date, window: { start: Date; end: Date }): boolean =>
  at.getTime() >= window.start.getTime() && at.getTime() < window.end.getTime();
