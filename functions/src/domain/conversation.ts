/** The vocabulary of conversations: who owns one, and why the AI gave one to staff. */

export type ConversationOwner = 'ai' | 'human';

/**
 * Why a conversation went to staff: the customer asked for a person, the
 * AI was not sure, a complaint, something the AI cannot handle, staff took
 * it over, the AI failed (`error`, with the detail), or the message describes
 * a possible medical emergency (`emergency`: staff are told as urgent).
 */
export type HandoffReason =
  'requested' | 'low_confidence' | 'complaint' | 'unsupported' | 'staff' | 'error' | 'emergency';

/** One line of a conversation's recent history, as the responders read it. */
export interface Turn {
  author: 'customer' | 'ai' | 'staff' | 'system';
  text: string;
  at: Date;
  messageId: string;
}

/** How many turns a conversation keeps for the responders (and how long each may be). */
export const RECENT_TURNS = 12;
export const TURN_TEXT_MAX = 1_000;

/** The history with `turn` added at its place in time, the oldest dropped beyond `max`; idempotent per message. */
export function appendTurn(recent: readonly Turn[], turn: Turn, max = RECENT_TURNS): Turn[] {
  if (recent.some((t) => t.messageId === turn.messageId)) return [...recent];
  const text = turn.text.length > TURN_TEXT_MAX ? `${turn.text.slice(0, TURN_TEXT_MAX - 1)}…` : turn.text;
  const next = [...recent, { ...turn, text }].sort((a, b) => a.at.getTime() - b.at.getTime());
  return next.slice(Math.max(0, next.length - max));
}
