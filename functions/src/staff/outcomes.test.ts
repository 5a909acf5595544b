/**
 * How a confirmed appointment went, recorded by staff from the calendar:
 * completed, or a no-show (counted on the client) — only once it has
 * started, only for a confirmed appointment, only by the business's members,
 * through the same `changeAppointment` transaction as every other change.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { at } from '../store/collections.js';
import type { Caller } from '../team/access.js';
import type { MemoryBookingDeps } from '../testing/booking-deps.js';
import { GROOMER } from '../testing/memory-deps.js';
import { type GroomerDesk, groomerDesk, person } from './groomer-desk.test-helper.js';
import type { AppointmentView } from './bookings.js';

const CARLOS = person('carlos@happy-paws-grooming.example');
const CLINIC_OWNER = person('owner@glow-laser-clinic.example');
const HOUR = 3_600_000;

let deps: MemoryBookingDeps;
let contactId: string;

let desk: GroomerDesk;
const call = async (caller: Caller, action: string, data: Record<string, unknown>) =>
  ((await desk.call(caller, action, data)) as { appointment: AppointmentView }).appointment;

/** A confirmed nail trim with Carlos on Thursday 10:00 in Chicago (the clock stands at Tuesday 09:00). */
const book = () =>
  call(CARLOS, 'createAppointment', {
    contactId,
    serviceId: 'nail-trim',
    resourceId: 'carlos',
    start: '2026-12-03T16:00:00Z',
  });
/** Moves the clock to `minutes` after Thursday 10:00. */
const toThursday = (minutes: number) => deps.advance(2 * 24 * HOUR + HOUR + minutes * 60_000);

beforeEach(async () => {
  desk = await groomerDesk({ withClinic: true });
  ({ deps, contactId } = desk);
});

describe('completed and no-show', () => {
  it('marks a started appointment completed, once, in the member’s name', async () => {
    const made = await book();
    toThursday(20);
    const done = await call(CARLOS, 'completeAppointment', { appointmentId: made.id });
    expect(done.status).toBe('completed');
    const stored = (await deps.db.get(at.appointment(GROOMER, made.id)))!;
    expect(stored.history.at(-1)).toMatchObject({ event: 'complete', by: 'staff', from: 'confirmed', to: 'completed' });
    expect((await deps.db.get(at.contact(GROOMER, contactId)))!.client?.noShows ?? 0).toBe(0);
    // Pressed again (or a colleague's No-show after it): what stands is kept.
    await expect(call(CARLOS, 'completeAppointment', { appointmentId: made.id })).rejects.toMatchObject({
      code: 'failed_precondition',
      message: expect.stringContaining('completed'),
    });
    await expect(call(CARLOS, 'markNoShow', { appointmentId: made.id })).rejects.toMatchObject({
      code: 'failed_precondition',
    });
  });

  it('marks a no-show and counts it on the client', async () => {
    const made = await book();
    toThursday(30);
    const missed = await call(CARLOS, 'markNoShow', { appointmentId: made.id });
    expect(missed.status).toBe('no_show');
    expect((await deps.db.get(at.contact(GROOMER, contactId)))!.client?.noShows).toBe(1);
    await expect(call(CARLOS, 'markNoShow', { appointmentId: made.id })).rejects.toMatchObject({
      code: 'failed_precondition',
    });
    expect((await deps.db.get(at.contact(GROOMER, contactId)))!.client?.noShows).toBe(1);
  });

  it('refuses one that has not started yet', async () => {
    const made = await book();
    toThursday(-1);
    for (const action of ['completeAppointment', 'markNoShow']) {
      await expect(call(CARLOS, action, { appointmentId: made.id })).rejects.toMatchObject({
        code: 'failed_precondition',
        message: 'The appointment has not started yet.',
      });
    }
    expect((await deps.db.get(at.appointment(GROOMER, made.id)))!.status).toBe('confirmed');
  });

  it('refuses a cancelled appointment and an unknown one', async () => {
    const made = await book();
    await call(CARLOS, 'cancelAppointment', { appointmentId: made.id });
    toThursday(20);
    for (const action of ['completeAppointment', 'markNoShow']) {
      await expect(call(CARLOS, action, { appointmentId: made.id })).rejects.toMatchObject({
        code: 'failed_precondition',
        message: expect.stringContaining('cancelled'),
      });
      await expect(call(CARLOS, action, { appointmentId: 'no-such-appointment' })).rejects.toMatchObject({
        code: 'not_found',
      });
    }
    expect((await deps.db.get(at.contact(GROOMER, contactId)))!.client?.noShows ?? 0).toBe(0);
  });

  it('names a bad field, and refuses a member of another business before reading anything', async () => {
    await expect(call(CARLOS, 'markNoShow', {})).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: 'appointmentId' })],
    });
    const made = await book();
    toThursday(20);
    for (const action of ['completeAppointment', 'markNoShow']) {
      await expect(call(CLINIC_OWNER, action, { appointmentId: made.id })).rejects.toMatchObject({
        code: 'permission_denied',
      });
    }
    expect((await deps.db.get(at.appointment(GROOMER, made.id)))!.status).toBe('confirmed');
  });
});
