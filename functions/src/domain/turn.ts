/**
 * Which messages one reply answers. A customer often writes in bursts
 * ("hi" / "how much is full legs?" / "and is Saturday free?"); each message
 * waits a short quiet window, and then only the newest unanswered one leads
 * a turn that answers it together with every earlier unanswered one. An
 * older message's turn, finding a newer unanswered message, steps aside:
 * the newer one's turn will answer it.
 *
 * Pure: the pipeline reads the messages' states in a transaction and
 * applies the decision there, holding the conversation's reply lock so two
 * turns of one conversation are never written at once.
 */
import type { ProcessingState } from './work-state.js';

export interface TurnCandidate {
  messageId: string;
  state: ProcessingState;
  /** False for what needs no answer of its own (a reaction): it neither leads a turn nor is answered in one. */
  answerable: boolean;
}

export type TurnDecision =
  /** Lead the turn; `members` are the earlier unanswered messages it answers too, oldest first. */
  | { lead: true; members: string[] }
  /** A newer unanswered message will lead the turn that answers this one. */
  | { lead: false; newer: string };

const unanswered = (c: TurnCandidate) => c.answerable && (c.state === 'pending' || c.state === 'processing');

/**
 * The decision for `leaderId`, given the conversation's customer messages
 * in the order they arrived (the conversation's recent turns). A message
 * missing from the list (it fell out of the recent turns) leads a turn of
 * its own unless an unanswered message in the list is newer.
 */
export function decideTurn(customerMessages: readonly TurnCandidate[], leaderId: string): TurnDecision {
  const index = customerMessages.findIndex((c) => c.messageId === leaderId);
  const newer = customerMessages.slice(index + 1).find(unanswered);
  if (newer) return { lead: false, newer: newer.messageId };
  const members = index < 0 ? [] : customerMessages.slice(0, index).filter(unanswered);
  return { lead: true, members: members.map((m) => m.messageId) };
}
