/**
 * Holds, bookings, moves and cancellations as transactions on the in-memory
 * store (Firestore's semantics, with every operation yielding so that racing
 * customers interleave): the slot locks never let two appointments share a
 * unit, and the appointment, its locks, reminders and notifications always
 * agree.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Business } from '../domain/business.js';
import { loadBusinessContext } from '../pipeline/business-context.js';
import { at } from '../store/collections.js';
import { GROOMER, seedDemo } from '../testing/memory-deps.js';
import { type MemoryBookingDeps, memoryBookingDeps } from '../testing/booking-deps.js';
import { findSlots, slotAt } from './availability.js';
import { changeAppointment, holdSlot } from './changes.js';

const WEDNESDAY = '2026-12-02';
/** 10:00 in Austin on Wednesday 2 December 2026 (CST, UTC−6). */
const WED_10 = new Date('2026-12-02T16:00:00Z');

let deps: MemoryBookingDeps;
let groomer: Business;

beforeEach(async () => {
  deps = memoryBookingDeps();
  await seedDemo(deps, GROOMER, (profile) => {
    (profile.settings as { booking: { backend: unknown } }).booking.backend = { type: 'frontdesk' };
  });
  groomer = await loadBusinessContext(deps, GROOMER);
});

async function hold(contactId: string, serviceId = 'paw-pad-care', start = WED_10, variantId?: string) {
  const slot = await slotAt(deps, groomer, { serviceId, variantId, start });
  if (!slot) return { ok: false as const, reason: 'taken' as const, message: 'not offered' };
  return holdSlot(deps, groomer, { serviceId, variantId, slot, contactId, source: 'dialogue', by: 'customer' });
}

const book = (id: string) =>
  changeAppointment(deps, groomer, id, (_a, now) => ({ type: 'book', at: now, by: 'customer' }), { quiet: true });

async function locks() {
  return (await deps.db.query(at.slotLocks(GROOMER))).map((l) => ({ key: l.ref.id, entries: l.data.entries }));
}

describe('holds', () => {
  it('thirty customers racing for one slot: exactly one holds it', async () => {
    // Paw and pad care is Jess's alone: one unit at 10:00.
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => hold(`contact-${i}`)));
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === 'taken')).toBe(true);
    const held = await locks();
    expect(held.flatMap((l) => l.entries)).toHaveLength(1);
    expect(held[0]!.key).toBe('r.jess.1_2026-12-02T16Z');
    // The winner's appointment is the one the lock names.
    expect(held[0]!.entries[0]!.appointmentId).toBe(won[0]!.ok ? won[0]!.appointment.id : '');
    expect(
      (await findSlots(deps, groomer, { serviceId: 'paw-pad-care', from: WEDNESDAY, to: WEDNESDAY })).map(
        (s) => s.time,
      ),
    ).not.toContain('10:00');
  });

  it('with two groomers who can both do it, two customers get the slot and the third does not', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => hold(`c${i}`, 'nail-trim')));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    const units = results.flatMap((r) => (r.ok ? r.appointment.units : []));
    expect(units.sort()).toEqual(['r.carlos.1', 'r.jess.1']);
  });

  it('a hold lapses by its time, before any sweep: the next customer gets the slot', async () => {
    const first = await hold('ana');
    expect(first.ok).toBe(true);
    expect((await hold('ben')).ok).toBe(false);
    deps.advance(groomer.settings.booking.holdMinutes * 60_000 + 1);
    const second = await hold('ben');
    expect(second.ok).toBe(true);
    // The lapsed entry was dropped on the way.
    expect((await locks()).flatMap((l) => l.entries.map((e) => e.appointmentId))).toEqual([
      second.ok && second.appointment.id,
    ]);
    // Booking the lapsed hold is refused.
    const late = await book(first.ok ? first.appointment.id : '');
    expect(late).toMatchObject({ ok: false, reason: 'hold_expired' });
  });

  it('a retried hold with the same id finds its own, and never takes a second slot', async () => {
    const slot = (await slotAt(deps, groomer, { serviceId: 'paw-pad-care', start: WED_10 }))!;
    const request = {
      appointmentId: 'a-fixed',
      serviceId: 'paw-pad-care',
      slot,
      contactId: 'ana',
      source: 'assistant' as const,
      by: 'customer' as const,
    };
    const [one, two] = await Promise.all([holdSlot(deps, groomer, request), holdSlot(deps, groomer, request)]);
    expect(one.ok && two.ok).toBe(true);
    expect((await locks()).flatMap((l) => l.entries)).toHaveLength(1);
  });
});

describe('book, move, cancel', () => {
  it('books a hold: confirmed, the slot kept for good, reminders at 24 h and 2 h, the owner told', async () => {
    const held = await hold('ana');
    if (!held.ok) throw new Error(held.message);
    const booked = await book(held.appointment.id);
    expect(booked).toMatchObject({ ok: true, changed: true });
    const a = await deps.db.get(at.appointment(GROOMER, held.appointment.id));
    expect(a).toMatchObject({
      status: 'confirmed',
      holdExpiresAt: null,
      expiry: { hold: { dueAt: null }, payment: { dueAt: null } },
    });
    expect((await locks())[0]!.entries[0]!.expiresAt).toBeNull();
    const reminders = await deps.db.query(at.reminders(GROOMER));
    expect(reminders.map((r) => r.data.at.toISOString()).sort()).toEqual([
      '2026-12-01T16:00:00.000Z',
      '2026-12-02T14:00:00.000Z',
    ]);
    const notifications = await deps.db.query(at.notifications(GROOMER));
    expect(notifications.map((n) => n.data.kind)).toEqual(['booking']);
    expect(notifications[0]!.data.reason).toMatch(
      /^New booking: Paw .*, Wednesday, December 2 10:00, a customer, \$18$/,
    );
    // Booking again changes nothing (a button pressed twice).
    expect(await book(held.appointment.id)).toMatchObject({ ok: false, reason: 'wrong_status' });
  });

  it('moves a booking: the new time is locked, the old one freed, the reminders follow', async () => {
    const held = await hold('ana');
    if (!held.ok) throw new Error(held.message);
    await book(held.appointment.id);
    const to = new Date('2026-12-03T19:30:00Z'); // Thursday 13:30
    const slot = await slotAt(deps, groomer, {
      serviceId: 'paw-pad-care',
      start: to,
      ignoreAppointment: held.appointment.id,
    });
    const moved = await changeAppointment(
      deps,
      groomer,
      held.appointment.id,
      (a, now) => ({
        type: 'reschedule',
        at: now,
        by: 'staff',
        to: { start: to, end: to, units: a.units, lockKeys: a.lockKeys },
      }),
      { move: slot },
    );
    expect(moved.ok).toBe(true);
    expect((await locks()).map((l) => l.key)).toEqual(['r.jess.1_2026-12-03T19Z']);
    expect((await hold('ben')).ok).toBe(true);
    const reminders = await deps.db.query(at.reminders(GROOMER));
    expect(reminders.map((r) => r.data.start.toISOString())).toEqual([to.toISOString(), to.toISOString()]);
  });

  it('a customer moving inside the policy window waits for approval, holding both times; decline gives the new one back', async () => {
    const held = await hold('ana');
    if (!held.ok) throw new Error(held.message);
    await book(held.appointment.id);
    deps.advance(20 * 3_600_000); // 20 h before: inside the 24 h window
    const to = new Date('2026-12-02T16:30:00Z'); // half an hour later: shares the 16Z cell
    const slot = await slotAt(deps, groomer, {
      serviceId: 'paw-pad-care',
      start: to,
      ignoreAppointment: held.appointment.id,
    });
    const moved = await changeAppointment(
      deps,
      groomer,
      held.appointment.id,
      (a, now) => ({
        type: 'reschedule',
        at: now,
        by: 'customer',
        to: { start: to, end: to, units: a.units, lockKeys: a.lockKeys },
      }),
      { move: slot, quiet: true },
    );
    expect(moved).toMatchObject({
      ok: true,
      appointment: { status: 'pending_approval', pending: { kind: 'reschedule' } },
    });
    const cell = (await locks()).find((l) => l.key === 'r.jess.1_2026-12-02T16Z')!;
    expect(cell.entries.map((e) => e.start.toISOString()).sort()).toEqual([
      '2026-12-02T16:00:00.000Z',
      '2026-12-02T16:30:00.000Z',
    ]);
    const declined = await changeAppointment(deps, groomer, held.appointment.id, (_a, now) => ({
      type: 'decline',
      at: now,
      by: 'owner',
    }));
    expect(declined).toMatchObject({ ok: true, appointment: { status: 'confirmed', start: WED_10 } });
    expect((await locks()).flatMap((l) => l.entries.map((e) => e.start.toISOString()))).toEqual([
      '2026-12-02T16:00:00.000Z',
    ]);
  });

  it('cancelling frees the slot and deletes the reminders', async () => {
    const held = await hold('ana');
    if (!held.ok) throw new Error(held.message);
    await book(held.appointment.id);
    const cancelled = await changeAppointment(
      deps,
      groomer,
      held.appointment.id,
      (_a, now) => ({ type: 'cancel', at: now, by: 'customer' }),
      {
        contactId: 'ana',
      },
    );
    expect(cancelled).toMatchObject({ ok: true, appointment: { status: 'cancelled' } });
    expect(await locks()).toEqual([]);
    expect(await deps.db.query(at.reminders(GROOMER))).toEqual([]);
    expect((await hold('ben')).ok).toBe(true);
  });

  it('someone else cannot change a customer’s appointment', async () => {
    const held = await hold('ana');
    if (!held.ok) throw new Error(held.message);
    const attempt = await changeAppointment(
      deps,
      groomer,
      held.appointment.id,
      (_a, now) => ({ type: 'cancel', at: now, by: 'customer' }),
      {
        contactId: 'mallory',
      },
    );
    expect(attempt).toMatchObject({ ok: false, reason: 'not_yours' });
  });
});

describe('time zones', () => {
  it('10:00 in Austin is 10:00 on both sides of the spring change (16:00Z before, 15:00Z after)', async () => {
    deps = memoryBookingDeps({ start: new Date('2027-03-10T12:00:00Z') });
    await seedDemo(deps, GROOMER, (profile) => {
      (profile.settings as { booking: { backend: unknown } }).booking.backend = { type: 'frontdesk' };
    });
    groomer = await loadBusinessContext(deps, GROOMER);
    const saturday = (
      await findSlots(deps, groomer, { serviceId: 'nail-trim', from: '2027-03-13', to: '2027-03-13' })
    ).find((s) => s.time === '10:00')!;
    const sunday = (
      await findSlots(deps, groomer, { serviceId: 'nail-trim', from: '2027-03-14', to: '2027-03-14' })
    ).find((s) => s.time === '10:00')!;
    expect(saturday.start.toISOString()).toBe('2027-03-13T16:00:00.000Z');
    expect(sunday.start.toISOString()).toBe('2027-03-14T15:00:00.000Z');
    const held = await holdSlot(deps, groomer, {
      serviceId: 'nail-trim',
      slot: sunday,
      contactId: 'ana',
      source: 'dialogue',
      by: 'customer',
    });
    expect(held).toMatchObject({ ok: true, appointment: { start: new Date('2027-03-14T15:00:00.000Z') } });
  });
});
