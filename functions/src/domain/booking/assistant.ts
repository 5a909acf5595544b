/**
 * What the conversation engine's booking tools may do, for the one customer
 * it is talking to: the port the booking pipeline implements (bound to the
 * business, the contact and the conversation) and the tools call. Every
 * appointment it touches must be that contact's own: a customer's words
 * (or a prompt injection in them) can never reach someone else's booking.
 *
 * Results are plain JSON for the model: ISO instants with the local date and
 * time beside them, amounts in the business currency.
 */
import type { AppointmentStatus } from './appointment.js';
import type { BookingPort } from './dialogue/port.js';

export interface AssistantSlot {
  /** ISO instant: what `hold` and `reschedule` take. */
  start: string;
  /** Local date (YYYY-MM-DD) and time (HH:MM) in the business's time zone. */
  date: string;
  time: string;
  /** Who or which room is free then, when the business lists resources. */
  resources?: string[] | undefined;
}

export interface AssistantAppointment {
  id: string;
  serviceId: string;
  variantId?: string | undefined;
  start: string;
  date: string;
  time: string;
  status: AppointmentStatus;
  price: number;
  deposit: number;
  currency: string;
  resourceId?: string | undefined;
  petName?: string | undefined;
  /** What waits for the owner, if anything. */
  pending?: string | undefined;
  /** The deposit link while one is awaited. */
  paymentUrl?: string | undefined;
}

export type AssistantRefusal =
  | 'unknown_service'
  | 'unknown_variant'
  | 'taken'
  | 'not_found'
  | 'expired'
  | 'not_allowed'
  | 'no_deposit'
  | 'unavailable';

export type AssistantResult<T> = ({ ok: true } & T) | { ok: false; reason: AssistantRefusal; message: string };

export interface AssistantBooking {
  /** Free start times for a service (and option) on local dates `from`–`to`, earliest first. */
  availability(request: {
    serviceId: string;
    variantId?: string | undefined;
    from: string;
    to: string;
    resourceId?: string | undefined;
  }): Promise<AssistantResult<{ slots: AssistantSlot[]; more: boolean }>>;
  /** Holds a slot for a few minutes while the customer confirms. Idempotent per message. */
  hold(request: {
    serviceId: string;
    variantId?: string | undefined;
    start: string;
    resourceId?: string | undefined;
  }): Promise<AssistantResult<{ appointment: AssistantAppointment; holdExpiresAt: string }>>;
  /** Books a held slot: confirmed, waiting for the owner, or waiting for the deposit (with its link). */
  book(request: {
    appointmentId: string;
    customerName: string;
    petName?: string | undefined;
  }): Promise<AssistantResult<{ appointment: AssistantAppointment }>>;
  reschedule(request: {
    appointmentId: string;
    start: string;
  }): Promise<AssistantResult<{ appointment: AssistantAppointment }>>;
  cancel(request: {
    appointmentId: string;
  }): Promise<AssistantResult<{ appointment: AssistantAppointment; refund: number }>>;
  /** The customer's appointments from today on (and those waiting), soonest first. */
  list(): Promise<AssistantAppointment[]>;
  /** The deposit link of an appointment that waits for its deposit. */
  depositLink(request: {
    appointmentId: string;
  }): Promise<AssistantResult<{ url: string; amount: number; currency: string; expiresAt: string }>>;
}

/** Who a reply is for: what binds a `CustomerBooking` to one customer and one turn. */
export interface BookingCustomer {
  businessId: string;
  contactId: string;
  conversationId: string;
  /** The turn's leading message: retried steps find what the first attempt did. */
  messageId: string;
}

/**
 * Everything a responder can do about one customer's bookings, handed to it
 * with the message (`ReplyRequest.booking`): the engine's tools, the offline
 * dialogue's port, the pets on file, and the answer to a reminder's buttons.
 */
export interface CustomerBooking {
  /** The contact these are for. */
  contactId: string;
  tools: AssistantBooking;
  dialogue: BookingPort;
  /**
   * What booking knows of the customer: the name they booked under before
   * (a channel's display name is only a hint, so it is not this), and their
   * pets on file (the dialogue offers them by name; a size picks the option).
   */
  client(): Promise<{ name?: string | undefined; pets: { id: string; name: string; size?: string | undefined }[] }>;
  /** The reply to a reminder's Confirm / Cancel (a button id or the template's quick reply), or undefined. */
  answerReminder(input: {
    text: string;
    replyId?: string | undefined;
  }): Promise<{ text: string; language: string } | undefined>;
}
