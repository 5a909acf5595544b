/**
 * The offline booking dialogue (domain/booking/dialogue) as a part of a
 * responder: given the request and the dialogue's stored state, it answers
 * when the customer is booking — a dialogue under way, a message asking to
 * book, a press of one of its buttons — or answers a reminder's Confirm /
 * Cancel; otherwise it leaves the message to the rest of the responder.
 *
 * The state is the dialogue's JSON (`DialogueState`): the caller keeps it
 * on the conversation between messages and hands it back (with the
 * pipeline's per-conversation responder state, under the key 'booking').
 * The booking itself goes through `request.booking` (the booking layer,
 * bound to this contact and conversation); without it, or with booking off
 * for the business, this part never answers.
 */
import { isStale, bookingTurn } from '../domain/booking/dialogue/dialogue.js';
import type { DialogueOutcome, DialogueState } from '../domain/booking/dialogue/port.js';
import { wantsPerson, wantsToBook } from '../domain/booking/dialogue/understand.js';
import type { ReplyRequest, ReplyResult } from './responder.js';

/** The state key this part owns in the conversation's responder state. */
export const BOOKING_STATE_KEY = 'booking';

/** Ids of the dialogue's own buttons: a press of one starts it again even after its state lapsed. */
const DIALOGUE_BUTTON = /^(svc|var|day|slot|pet|change):|^(yes|change|cancel)$/;
const REMINDER_BUTTON = /^apt:(confirm|cancel):/;

export interface BookingDialogueInput {
  request: ReplyRequest;
  /** The dialogue's state from the previous message, if any. */
  state: DialogueState | undefined;
  /** The id of the button the customer pressed (an interactive reply), if any. */
  replyId?: string | undefined;
  /** Buttons the channel shows at once (0: a numbered list instead). */
  maxButtons: number;
}

export interface BookingDialogueReply {
  reply: ReplyResult;
  buttons?: { id: string; title: string }[] | undefined;
  /** The state to keep for the next message; undefined: forget it (the dialogue is over). */
  state: DialogueState | undefined;
  outcome: DialogueOutcome | 'reminder';
}

export async function bookingDialogueReply(input: BookingDialogueInput): Promise<BookingDialogueReply | undefined> {
  const { request, replyId } = input;
  const booking = request.booking;
  if (!booking || request.business.settings.booking.enabled === false) return undefined;
  const text = request.message.text;
  const active = input.state !== undefined && !isStale(input.state, request.now);

  // A reminder's buttons (or the template's quick replies, outside a dialogue) are about an appointment.
  if ((replyId && REMINDER_BUTTON.test(replyId)) || (!active && text.trim().split(/\s+/).length <= 2)) {
    const answer = await booking.answerReminder({ text, replyId });
    if (answer) {
      return {
        reply: {
          text: answer.text,
          language: answer.language,
          confidence: 1,
          sources: [],
          responder: 'offline:booking-reminder',
        },
        state: input.state,
        outcome: 'reminder',
      };
    }
  }
  const pressed = replyId !== undefined && DIALOGUE_BUTTON.test(replyId);
  if (!active && !pressed && !wantsToBook(text)) return undefined;

  const turn = await bookingTurn(
    active ? input.state : undefined,
    { text, ...(replyId ? { replyId } : {}) },
    {
      business: request.business,
      now: request.now,
      language: request.contact.language,
      maxButtons: input.maxButtons,
      contact: { id: booking.contactId, name: request.contact.name, pets: await booking.pets() },
      booking: booking.dialogue,
    },
  );
  const handoff =
    turn.outcome === 'handoff'
      ? wantsPerson(text)
        ? { reason: 'requested' as const, detail: 'asked for a person while booking' }
        : { reason: 'low_confidence' as const, detail: 'the booking dialogue could not understand the customer' }
      : undefined;
  return {
    reply: {
      text: turn.reply.text,
      language: turn.language,
      ...(handoff ? { handoff } : {}),
      confidence: handoff ? 0.3 : 0.95,
      sources: turn.state?.serviceId ? [turn.state.serviceId] : [],
      responder: 'offline:booking',
    },
    buttons: turn.reply.buttons,
    state: turn.state,
    outcome: turn.outcome,
  };
}
