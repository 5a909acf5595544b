/**
 * What the booking tools share: the customer's booking port from the
 * context (or an answer telling the model to hand over where booking is not
 * available), the input fields, and results in the shape tools return.
 *
 * Approval rules are kept by the appointment itself, not by the tools'
 * `needsApproval`: a booking the owner must approve is held in
 * `pending_approval` with its slot locked and the owner gets Approve /
 * Decline (booking/effects.ts). A tool-level approval would run nothing
 * and let the slot go while the owner decides. So each tool runs, and its
 * result says when something waits for the owner — and the model is told to
 * say exactly that.
 */
import { z } from 'zod';
import type { AssistantAppointment, AssistantBooking, AssistantResult } from '../../../domain/booking/assistant.js';
import type { ToolContext, ToolResult } from './tool.js';

export const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
export const Instant = z.iso
  .datetime({ offset: true })
  .describe('The exact start as given by check_availability (an ISO time with its offset), never made up.');
export const AppointmentId = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .describe('The id from hold_slot or list_my_appointments.');
export const ServiceId = z.string().trim().min(1).max(64).describe('A service id from list_services.');
export const VariantId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .optional()
  .describe('The option id (size, area…) when the service has variants.');

/** The port, or a result that tells the model to hand over (booking is off or not wired here). */
export function bookingOf(ctx: ToolContext): AssistantBooking | ToolResult {
  if (ctx.business.settings.booking.enabled === false || !ctx.booking) {
    return {
      content: {
        error:
          'Booking in the chat is not available for this business. Hand the conversation to staff with handoff_to_staff.',
      },
      summary: 'booking not available',
      isError: true,
    };
  }
  return ctx.booking;
}

export const isPort = (value: AssistantBooking | ToolResult): value is AssistantBooking => 'availability' in value;

/** What to tell the customer about an appointment's state. */
export function nextStep(a: AssistantAppointment): string {
  switch (a.status) {
    case 'held':
      return 'Held for a few minutes. Ask for the name to book under (and the pet where relevant), then call book_appointment.';
    case 'pending_approval':
      return 'Waiting for the owner’s approval. Tell the customer it is requested and they will be told the outcome; do not say it is confirmed.';
    case 'awaiting_payment':
      return 'Approved, waiting for the deposit: give the customer paymentUrl and say the booking is confirmed once it is paid.';
    case 'confirmed':
      return 'Confirmed. Tell the customer the day and time.';
    default:
      return `The appointment is ${a.status}.`;
  }
}

/** Money the result introduces (the grounding check allows only amounts the business set or a tool returned). */
export function amountsOf(a: AssistantAppointment, extra: number[] = []): number[] {
  return [a.price, a.deposit, ...extra].filter((n) => n > 0);
}

export function refusedResult(result: Extract<AssistantResult<object>, { ok: false }>, what: string): ToolResult {
  return {
    content: { ok: false, reason: result.reason, message: result.message },
    summary: `${what} refused: ${result.reason}`,
    isError: true,
  };
}
