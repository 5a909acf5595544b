/**
 * The rollup over appointments the booking layer wrote (holds, bookings and
 * a cancellation through its own transactions, on the in-memory store): the
 * reader follows the booking model's schema, not a copy of it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { changeAppointment, holdSlot } from '../booking/changes.js';
import { slotAt } from '../booking/availability.js';
import type { Appointment } from '../domain/booking/appointment.js';
import type { Business } from '../domain/business.js';
import { loadBusinessContext } from '../pipeline/business-context.js';
import { at } from '../store/collections.js';
import { type MemoryBookingDeps, memoryBookingDeps } from '../testing/booking-deps.js';
import { GROOMER, seedDemo } from '../testing/memory-deps.js';
import { rollupDay } from './rollup.js';

/** 04:00 on Tuesday 1 December in Austin (CST); the appointments are for Wednesday. */
const NOW = new Date('2026-12-01T10:00:00Z');
const WED = (hour: number) => new Date(Date.UTC(2026, 11, 2, hour + 6));

let deps: MemoryBookingDeps;
let groomer: Business;

beforeEach(async () => {
  deps = memoryBookingDeps({ start: NOW });
  await seedDemo(deps, GROOMER, (profile) => {
    (profile.settings as { booking: { backend: unknown } }).booking.backend = { type: 'frontdesk' };
  });
  groomer = await loadBusinessContext(deps, GROOMER);
});

async function hold(contactId: string, start: Date, source: Appointment['source']) {
  const slot = await slotAt(deps, groomer, { serviceId: 'nail-trim', start });
  if (!slot) throw new Error(`no nail trim at ${start.toISOString()}`);
  const held = await holdSlot(deps, groomer, {
    serviceId: 'nail-trim',
    slot,
    contactId,
    source,
    by: source === 'staff' ? 'staff' : 'customer',
  });
  if (!held.ok) throw new Error(held.message);
  return held.appointment;
}

const change = (id: string, type: 'book' | 'cancel') =>
  changeAppointment(deps, groomer, id, (_a, now) => ({ type, at: now, by: 'customer' }), { quiet: true });

describe('bookings in the rollup', () => {
  it('counts bookings by who made them, their value, a cancellation; a lapsed hold is neither', async () => {
    const byAi = await hold('ana', WED(10), 'dialogue');
    expect((await change(byAi.id, 'book')).ok).toBe(true);
    deps.advance(60_000);
    const byStaff = await hold('ben', WED(11), 'staff');
    expect((await change(byStaff.id, 'book')).ok).toBe(true);
    deps.advance(60_000);
    const cancelled = await hold('cleo', WED(12), 'assistant');
    expect((await change(cancelled.id, 'book')).ok).toBe(true);
    expect((await change(cancelled.id, 'cancel')).ok).toBe(true);
    await hold('dan', WED(13), 'dialogue'); // never booked

    const stored = await deps.db.get(at.appointment(GROOMER, byAi.id));
    expect(stored?.status).toMatch(/confirmed|awaiting_payment|pending_approval/);
    // Austin's 1 December ends at 06:00Z on the 2nd; final an hour later.
    deps.advance(Date.parse('2026-12-02T07:00:00Z') - deps.now().getTime());
    const day = await rollupDay(deps, GROOMER, '2026-12-01');
    expect(day.bookings).toMatchObject({ ai: 2, staff: 1, api: 0, cancelled: 1 });
    expect(day.bookings.byCurrency).toEqual({
      USD: { booked: (stored?.price ?? 0) * 2, depositsPaid: 0, refunded: 0 },
    });
    expect(deps.lines.filter((l) => l.message === 'analytics: appointment skipped')).toEqual([]);
  });
});
