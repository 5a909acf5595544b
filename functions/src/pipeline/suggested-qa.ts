/**
 * Suggested Q&A: when a person on staff answers a customer the AI handed
 * over, the customer's question and that answer are a Q&A entry the
 * business may be missing. The staff reply (pipeline/staff-reply.ts) keeps
 * them as a suggestion, in its own transaction, with the Q&A entries the AI
 * found closest (`handoff.nearQa`); an owner accepts it as a new Q&A entry
 * or as another wording of an existing one (through the same validated edit
 * as the Q&A editor, which moves the business's revision), edits it first,
 * or dismisses it (staff/suggestions.ts).
 *
 * Only handoffs where the AI could not answer count: a customer asking for
 * a person, a complaint, or staff taking over on their own say nothing
 * about missing knowledge, and an emergency is never to be answered from a
 * Q&A entry.
 */
import type { HandoffReason } from '../domain/conversation.js';
import type { ConversationDoc, SuggestedQaDoc } from '../store/documents.js';
import { digest } from '../store/ids.js';

const FROM_REASONS: ReadonlySet<HandoffReason> = new Set(['low_confidence', 'unsupported', 'error']);
/** A question shorter than this ("ok", "?") is not worth an entry. */
const MIN_QUESTION = 8;
const MAX_TEXT = 2000;

export const suggestionId = (conversationId: string, questionMessageId: string) =>
  `sq-${digest(`suggested-qa\n${conversationId}\n${questionMessageId}`, 24)}`;

/**
 * The suggestion a staff answer makes, or undefined: the customer's turns
 * since the last answer (AI or staff) are the question, when the
 * conversation was handed to staff because the AI could not answer.
 */
export function suggestionFor(
  conversationId: string,
  conversation: Pick<ConversationDoc, 'channel' | 'handoff' | 'recent'>,
  answer: { text: string; messageId: string; staff: { uid: string; name: string } },
  now: Date,
): { id: string; doc: SuggestedQaDoc } | undefined {
  const reason = conversation.handoff?.reason;
  if (!reason || !FROM_REASONS.has(reason)) return undefined;
  // The customer's turns since the last answer, walking back; the AI's own words from the handoff on
  // (the "a colleague will answer" message) are no answer.
  const handoffAt = conversation.handoff?.at?.getTime() ?? Infinity;
  const unanswered = [];
  for (const turn of [...(conversation.recent ?? [])].reverse()) {
    if (turn.author === 'customer') unanswered.unshift(turn);
    else if (turn.author === 'staff' || turn.at.getTime() < handoffAt) break;
  }
  const question = unanswered
    .map((t) => t.text.trim())
    .filter(Boolean)
    .join('\n');
  const last = unanswered.at(-1);
  if (!last || question.length < MIN_QUESTION) return undefined;
  return {
    id: suggestionId(conversationId, last.messageId),
    doc: {
      conversationId,
      channel: conversation.channel,
      question: question.slice(0, MAX_TEXT),
      questionMessageIds: unanswered.map((t) => t.messageId),
      answer: answer.text.slice(0, MAX_TEXT),
      answerMessageId: answer.messageId,
      handoffReason: reason,
      nearQa: conversation.handoff?.nearQa ?? null,
      staff: answer.staff,
      state: 'open',
      createdAt: now,
    },
  };
}
