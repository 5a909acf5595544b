/**
 * What the booking dialogue needs from the outside, and what it keeps.
 *
 * `BookingPort` is implemented by the booking pipeline (availability from
 * slots.ts or the business's backend, holds and bookings as transactions
 * with locks.ts and lifecycle.ts). The dialogue never invents a slot: every
 * time it offers came from `findSlots`, every price from the service list.
 *
 * `DialogueState` is a plain JSON object (ISO strings, no Dates): store it on
 * the conversation as it is and hand it back with the next message.
 */
import type { Business } from '../../business.js';
import type { WhenDate, WhenTime } from '../when/parse.js';
import type { DialogueLanguage } from './texts.js';

/** A free start time, as availability gives it. */
export interface OfferedSlot {
  /** ISO instant. */
  start: string;
  /** Local date (YYYY-MM-DD) and time (HH:MM) in the business's time zone. */
  date: string;
  time: string;
}

export type HoldResult = { ok: true; appointmentId: string; expiresAt: string } | { ok: false };

export type BookResult =
  | { ok: true; status: 'confirmed' | 'pending_approval' }
  | { ok: true; status: 'awaiting_payment'; paymentUrl: string; paymentExpiresAt: string }
  | { ok: false; reason: 'expired' | 'taken' };

export interface BookingPort {
  /** Free slots for the service on local dates `from`–`to` (inclusive), earliest first. */
  findSlots(request: {
    serviceId: string;
    variantId?: string | undefined;
    from: string;
    to: string;
  }): Promise<OfferedSlot[]>;
  /** Holds a slot for a few minutes; `ok: false` when someone else got it first. */
  hold(request: {
    serviceId: string;
    variantId?: string | undefined;
    start: string;
    contactId: string;
  }): Promise<HoldResult>;
  /** Books a held slot: confirmed, waiting for the owner, or waiting for the deposit (with its link). */
  book(request: {
    appointmentId: string;
    customerName: string;
    pet?: { id?: string | undefined; name: string } | undefined;
  }): Promise<BookResult>;
  /** Lets a hold go (the customer changed their mind). */
  release(appointmentId: string): Promise<void>;
}

export interface DialogueContext {
  business: Business;
  now: Date;
  /** The language of this message, if known (detected, or the contact's). */
  language?: string | undefined;
  /** How many buttons the channel shows (0: none, a numbered list instead). */
  maxButtons: number;
  contact: {
    id: string;
    /** The name the customer booked under before; the dialogue asks when absent. */
    name?: string | undefined;
    pets?: readonly { id: string; name: string; size?: string | undefined }[] | undefined;
  };
  booking: BookingPort;
}

/** The customer's message: its text, and the id of the button they pressed, if any. */
export interface DialogueInput {
  text: string;
  replyId?: string | undefined;
}

export type DialogueStep = 'service' | 'variant' | 'day' | 'time' | 'name' | 'pet' | 'confirm' | 'change';

export interface DialogueState {
  v: 1;
  step: DialogueStep;
  language: DialogueLanguage;
  serviceId?: string;
  variantId?: string;
  /** When the customer wants to come; `alternatives` are the other readings of an "at 5". */
  when?: { date?: WhenDate; time?: WhenTime; alternatives?: number[] };
  /** The choice ids on screen, so "2" means the second. */
  choices: string[];
  /** The slots on screen. */
  offered: OfferedSlot[];
  hold?: { appointmentId: string; start: string; date: string; time: string; expiresAt: string };
  name?: string;
  pet?: { id?: string; name: string };
  /** Replies in a row the dialogue did not understand. */
  misses: number;
  startedAt: string;
  updatedAt: string;
}

export type DialogueOutcome = 'continue' | 'booked' | 'pending_approval' | 'awaiting_payment' | 'abandoned' | 'handoff';

export interface DialogueTurn {
  /** The state to keep for the next message; undefined once the dialogue is over. */
  state: DialogueState | undefined;
  reply: { text: string; buttons?: { id: string; title: string }[] | undefined };
  language: DialogueLanguage;
  outcome: DialogueOutcome;
  appointmentId?: string | undefined;
}
