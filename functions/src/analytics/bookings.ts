/**
 * Bookings and money of a day, from the booking layer's appointments
 * (businesses/{b}/appointments, docs/booking.md). Read through a small
 * reader of just the fields used here: the rollup depends on how
 * appointments record what happened (source, status history, payments,
 * refunds), not on the rest of the booking model, and an appointment it
 * cannot read is counted and skipped, never fatal to the day.
 *
 * - A booking is *made* when its history first reaches a booked status
 *   (anything past a hold); the day it was made counts it, by its source:
 *   the AI (`dialogue`, `assistant`), staff, or an integration (`api`).
 *   Its price counts towards the day's booked value unless it has since
 *   been cancelled; a cancellation counts on its own day (a lapsed hold,
 *   never booked, is not one).
 * - Deposits paid and refunds made count on the day they happened, in the
 *   appointment's currency (major units, as the booking layer keeps them).
 */
import type { z } from 'zod';
import { Appointment, HOLDS_SLOT } from '../domain/booking/appointment.js';
import { defs } from '../store/collections.js';
import type { MoneyDay } from '../store/documents.js';
import { type CollectionRef, collection } from '../store/database.js';
import type { DayWindow } from './day-window.js';
import { within } from './facts.js';

/** Statuses a booking reaches once it is more than a hold. */
const BOOKED: ReadonlySet<string> = new Set(
  [...HOLDS_SLOT, 'completed', 'no_show'].filter((status) => status !== 'held'),
);
const BY_SOURCE = { dialogue: 'ai', assistant: 'ai', staff: 'staff', api: 'api' } as const;

/**
 * The fields of an appointment a rollup reads, with the booking model's own
 * schema for each (domain/booking/appointment.ts); the rest of the document
 * is ignored, so a change elsewhere in the model never breaks a rollup.
 */
export const AppointmentFactSchema = Appointment.pick({
  source: true,
  status: true,
  price: true,
  currency: true,
  payments: true,
  refunds: true,
  history: true,
  updatedAt: true,
}).strip();
export type AppointmentFact = z.infer<typeof AppointmentFactSchema>;

/** An appointment as read for a rollup, or why it could not be. */
export type AppointmentRead = { ok: true; fact: AppointmentFact } | { ok: false; path: string; problem: string };

/**
 * businesses/{b}/appointments (the booking layer's `at.appointments`), read
 * per document: one the rollup cannot read is reported, not fatal to the day
 * (the booking layer's own reads refuse it).
 */
export function appointmentsOf(businessId: string): CollectionRef<AppointmentRead> {
  return collection<AppointmentRead>(
    {
      id: defs.appointments.id,
      read: (data, path) => {
        const parsed = AppointmentFactSchema.safeParse(data);
        return parsed.success
          ? { ok: true, fact: parsed.data }
          : { ok: false, path, problem: parsed.error.issues[0]?.message ?? 'unreadable' };
      },
    },
    `businesses/${businessId}`,
  );
}

export interface BookingDay {
  ai: number;
  staff: number;
  api: number;
  cancelled: number;
  byCurrency: Record<string, MoneyDay>;
}

export function bookingDay(appointments: readonly AppointmentFact[], window: DayWindow): BookingDay {
  const day: BookingDay = { ai: 0, staff: 0, api: 0, cancelled: 0, byCurrency: {} };
  const money = (currency: string): MoneyDay =>
    (day.byCurrency[currency] ??= { booked: 0, depositsPaid: 0, refunded: 0 });
  for (const a of appointments) {
    const booked = [...a.history].sort((x, y) => x.at.getTime() - y.at.getTime()).find((h) => BOOKED.has(h.to));
    if (booked && within(booked.at, window)) {
      day[BY_SOURCE[a.source]] += 1;
      if (a.status !== 'cancelled') money(a.currency).booked += a.price;
    }
    // A lapsed hold ends cancelled too, but it was never a booking.
    if (booked) day.cancelled += a.history.filter((h) => h.to === 'cancelled' && within(h.at, window)).length;
    for (const p of a.payments) if (within(p.at, window)) money(a.currency).depositsPaid += p.amount;
    for (const r of a.refunds) if (r.reference && within(r.at, window)) money(a.currency).refunded += r.amount;
  }
  for (const m of Object.values(day.byCurrency)) {
    // Sums of decimal amounts drift (0.1 + 0.2); money is shown to the cent.
    m.booked = round2(m.booked);
    m.depositsPaid = round2(m.depositsPaid);
    m.refunded = round2(m.refunded);
  }
  return day;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
