/**
 * The offline booking dialogue (domain/booking/dialogue) as a decorator of
 * a responder: `withBookingDialogue(offline)` answers when the customer is
 * booking, and leaves every other message to the responder it wraps.
 *
 * It answers
 * - a dialogue under way (its state in the conversation state, under
 *   'booking', read through `stateSlot`), or a press of one of its buttons;
 * - a reminder's Confirm / Cancel (a button, or the template's quick reply);
 * - a message the wrapped responder read as a wish to book (`intent:
 *   'booking'`): the dialogue starts from it, taking whatever it already
 *   says (service, day, time), instead of the responder's handoff.
 *
 * Around the conversation engine (whose offline fallback is wrapped too), a
 * dialogue that fallback started, its buttons and a reminder's buttons
 * carry on here; the engine itself books with its tools.
 *
 * Safety and prompt injection stay the wrapped responder's: a message that
 * may be an emergency, or that tries to instruct us, goes to it even in the
 * middle of a booking, and the dialogue ends (its hold is let go by the
 * sweep). Choices go out as `ReplyResult.buttons`: each channel adapter
 * shows them as buttons, a list, or a numbered list in the text, and a
 * customer who answers "2" gets the second (the dialogue keeps the ids on
 * screen in order). The booking itself goes through `request.booking`
 * (booking/ports.ts, bound to this customer and turn); without it, or with
 * booking off for the business, the wrapped responder answers alone.
 */
import { z } from 'zod';
import type { CustomerBooking } from '../domain/booking/assistant.js';
import { bookingTurn, isStale } from '../domain/booking/dialogue/dialogue.js';
import type { DialogueState } from '../domain/booking/dialogue/port.js';
import { saysChange, saysStop, wantsPerson } from '../domain/booking/dialogue/understand.js';
import { emergencyIn, injectionIn, spokenForms } from './offline/dialect.js';
import { type ReplyRequest, type ReplyResult, type Responder, stateSlot } from './responder.js';

/** The dialogue's stored state: checked where it matters; another version's shape reads as absent. */
const StoredDialogue = z
  .object({
    v: z.literal(1),
    step: z.enum(['service', 'variant', 'day', 'time', 'name', 'pet', 'confirm', 'change']),
    language: z.string(),
    choices: z.array(z.string()),
    offered: z.array(z.object({ start: z.string(), date: z.string(), time: z.string() })),
    misses: z.number(),
    startedAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
  })
  .passthrough()
  .transform((stored) => stored as unknown as DialogueState);

/** The dialogue's slot in the conversation state. */
export const bookingSlot = stateSlot('booking', StoredDialogue);

/** Ids of the dialogue's own buttons: a press of one starts it again even after its state lapsed. */
const DIALOGUE_BUTTON = /^(svc|var|day|slot|pet|change):|^(yes|change|cancel)$/;
const REMINDER_BUTTON = /^apt:(confirm|cancel):/;
/** The most choices the dialogue offers as buttons: more, or long titles, go as a numbered list in the text. */
const MAX_CHOICES = 10;

export function withBookingDialogue(inner: Responder): Responder {
  return {
    name: inner.name,
    ...(inner.usesDailySpend ? { usesDailySpend: true } : {}),
    async reply(request) {
      const booking = request.booking;
      if (!booking || request.business.settings.booking.enabled === false) return inner.reply(request);
      const stored = bookingSlot.read(request.conversationState);
      const active = stored !== undefined && !isStale(stored, request.now) ? stored : undefined;
      const { text, replyId } = request.message;
      const forget = stored ? bookingSlot.write(undefined) : undefined;

      // Read every way the responders read it (dialect German, the English gist of a language Frontdesk does not read).
      const forms = spokenForms(text);
      if (emergencyIn(forms).emergency !== null || injectionIn(forms).attempts.length > 0) {
        return withState(await inner.reply(request), forget);
      }
      const reminder = await reminderAnswer(booking, text, replyId, active !== undefined);
      if (reminder) return reminder;
      const pressed = replyId !== undefined && DIALOGUE_BUTTON.test(replyId);
      if (active || pressed) return dialogueReply(request, booking, stored);

      const answer = await inner.reply(request);
      // A wish to move or cancel an appointment is not a new booking: the responder's answer stands.
      if (answer.intent !== 'booking' || saysStop(text) || saysChange(text)) return withState(answer, forget);
      // The responder's reading of the language starts the dialogue in it.
      return dialogueReply(request, booking, stored, answer.language);
    },
  };
}

/** Adds state changes to a reply; what the reply itself changes wins (a fallback that started a dialogue). */
const withState = (reply: ReplyResult, changes: Record<string, unknown> | undefined): ReplyResult =>
  changes ? { ...reply, conversationState: { ...changes, ...reply.conversationState } } : reply;

/** Confirm / Cancel on a reminder (outside a dialogue, a short reply may be the template's quick reply). */
async function reminderAnswer(
  booking: CustomerBooking,
  text: string,
  replyId: string | undefined,
  inDialogue: boolean,
): Promise<ReplyResult | undefined> {
  const pressed = replyId !== undefined && REMINDER_BUTTON.test(replyId);
  if (!pressed && (inDialogue || text.trim().split(/\s+/).length > 2)) return undefined;
  const answer = await booking.answerReminder({ text, replyId });
  if (!answer) return undefined;
  return {
    text: answer.text,
    language: answer.language,
    confidence: 1,
    sources: [],
    responder: 'offline:booking-reminder',
  };
}

async function dialogueReply(
  request: ReplyRequest,
  booking: CustomerBooking,
  stored: DialogueState | undefined,
  language = request.contact.language,
): Promise<ReplyResult> {
  const { text, replyId } = request.message;
  const turn = await bookingTurn(
    stored,
    { text, ...(replyId ? { replyId } : {}) },
    {
      business: request.business,
      now: request.now,
      language,
      maxButtons: MAX_CHOICES,
      contact: { id: booking.contactId, ...(await booking.client()) },
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
    text: turn.reply.text,
    language: turn.language,
    ...(handoff ? { handoff } : {}),
    confidence: handoff ? 0.3 : 0.95,
    sources: turn.state?.serviceId ? [turn.state.serviceId] : [],
    responder: 'offline:booking',
    note: `booking dialogue: ${turn.state ? `at ${turn.state.step}` : turn.outcome}`,
    ...(turn.reply.buttons?.length ? { buttons: turn.reply.buttons } : {}),
    conversationState: bookingSlot.write(turn.state),
  };
}
