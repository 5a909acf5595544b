/** The vocabulary of conversations: who owns one, and why the AI gave one to staff. */

export type ConversationOwner = 'ai' | 'human';

/**
 * Why a conversation went to staff: the customer asked for a person, the
 * AI was not sure, a complaint, something the AI cannot handle, staff took
 * it over, or the AI failed (`error`, with the detail).
 */
export type HandoffReason = 'requested' | 'low_confidence' | 'complaint' | 'unsupported' | 'staff' | 'error';
