/**
 * Staff appointments through the `staff` callable's action table on the
 * in-memory store: list a day, create, move, cancel, approve or decline —
 * the same transactions as the AI's bookings, so a slot the AI holds for a
 * customer is taken for staff too, and who may decide is checked first.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadBusinessContext } from '../pipeline/business-context.js';
import { BookingSession } from '../booking/session.js';
import { at } from '../store/collections.js';
import type { Caller } from '../team/access.js';
import type { MemoryBookingDeps } from '../testing/booking-deps.js';
import { GROOMER } from '../testing/memory-deps.js';
import { type GroomerDesk, groomerDesk, person } from './groomer-desk.test-helper.js';
import type { AppointmentView } from './bookings.js';

const OWNER = person('owner@happy-paws-grooming.example');
const CARLOS = person('carlos@happy-paws-grooming.example');
const STRANGER = person('someone@example.com');

let deps: MemoryBookingDeps;
let contactId: string;

let desk: GroomerDesk;
const call = (caller: Caller, action: string, data: Record<string, unknown>) => desk.call(caller, action, data);
const create = async (caller: Caller, data: Record<string, unknown>) =>
  ((await call(caller, 'createAppointment', { contactId, ...data })) as { appointment: AppointmentView }).appointment;

beforeEach(async () => {
  // Tuesday 09:00 in Chicago.
  desk = await groomerDesk();
  ({ deps, contactId } = desk);
});

describe('staff appointments', () => {
  it('creates, lists, moves and cancels with the same locks as the AI', async () => {
    const made = await create(CARLOS, {
      serviceId: 'nail-trim',
      resourceId: 'carlos',
      start: '2026-12-03T16:00:00Z',
      customerName: 'Ana Ruiz',
    });
    expect(made).toMatchObject({ status: 'confirmed', resourceId: 'carlos', customerName: 'Ana Ruiz' });
    expect(made.end).toBe('2026-12-03T16:15:00.000Z');

    const day = (await call(CARLOS, 'listAppointments', { from: '2026-12-03' })) as {
      timezone: string;
      appointments: AppointmentView[];
    };
    expect(day.timezone).toBe('America/Chicago');
    expect(day.appointments.map((a) => a.id)).toEqual([made.id]);
    const dayBefore = (await call(CARLOS, 'listAppointments', { from: '2026-12-02' })) as {
      appointments: unknown[];
    };
    expect(dayBefore.appointments).toEqual([]);

    const moved = (
      (await call(CARLOS, 'moveAppointment', { appointmentId: made.id, start: '2026-12-03T17:00:00Z' })) as {
        appointment: AppointmentView;
      }
    ).appointment;
    expect(moved.start).toBe('2026-12-03T17:00:00.000Z');
    // The old time is free again: staff can book it for someone.
    await expect(
      create(OWNER, { serviceId: 'nail-trim', resourceId: 'carlos', start: '2026-12-03T16:00:00Z' }),
    ).resolves.toMatchObject({ status: 'confirmed' });

    const cancelled = (
      (await call(CARLOS, 'cancelAppointment', { appointmentId: made.id, note: 'asked by phone' })) as {
        appointment: AppointmentView;
      }
    ).appointment;
    expect(cancelled.status).toBe('cancelled');
    const stored = await deps.db.get(at.appointment(GROOMER, made.id));
    expect(stored!.history.at(-1)).toMatchObject({ event: 'cancel', by: 'staff', note: 'asked by phone' });
  });

  it('refuses a slot the AI holds for a customer, and a taken one, with a clear error', async () => {
    const business = await loadBusinessContext(deps, GROOMER);
    const session = new BookingSession(deps, { business, contactId, source: 'assistant' });
    const held = await session.hold({
      serviceId: 'nail-trim',
      resourceId: 'carlos',
      start: new Date('2026-12-03T18:00:00Z'),
    });
    expect(held.ok).toBe(true);
    await expect(
      create(CARLOS, { serviceId: 'nail-trim', resourceId: 'carlos', start: '2026-12-03T18:00:00Z' }),
    ).rejects.toMatchObject({ code: 'failed_precondition', message: expect.stringMatching(/not free|taken/) });

    const first = await create(CARLOS, { serviceId: 'nail-trim', resourceId: 'carlos', start: '2026-12-03T19:00:00Z' });
    await expect(
      call(CARLOS, 'moveAppointment', { appointmentId: first.id, start: '2026-12-03T18:00:00Z' }),
    ).rejects.toMatchObject({ code: 'failed_precondition' });
    expect((await deps.db.get(at.appointment(GROOMER, first.id)))!.start.toISOString()).toBe(
      '2026-12-03T19:00:00.000Z',
    );
  });

  it('an owner approves a pending request once (a second decision changes nothing); staff cannot', async () => {
    // Same day: the groomer's approval rules hold it for the owner.
    const pending = await create(CARLOS, { serviceId: 'paw-pad-care', start: '2026-12-01T19:00:00Z' });
    expect(pending.status).toBe('pending_approval');
    await expect(
      call(CARLOS, 'decideAppointment', { appointmentId: pending.id, decision: 'approve' }),
    ).rejects.toMatchObject({ code: 'permission_denied' });
    const approved = (await call(OWNER, 'decideAppointment', { appointmentId: pending.id, decision: 'approve' })) as {
      appointment: AppointmentView;
    };
    expect(approved.appointment.status).toBe('confirmed');
    // A second decision (another owner pressing too) changes nothing and says what stands.
    const again = (await call(OWNER, 'decideAppointment', { appointmentId: pending.id, decision: 'decline' })) as {
      text: string;
      appointment: AppointmentView;
    };
    expect(again.text).toMatch(/^Already decided \(approved by owner\)/);
    expect(again.appointment.status).toBe('confirmed');
  });

  it('checks membership and input first', async () => {
    await expect(call(STRANGER, 'listAppointments', { from: '2026-12-03' })).rejects.toMatchObject({
      code: 'permission_denied',
    });
    await expect(call(CARLOS, 'listAppointments', { from: '3 Dec' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(create(CARLOS, { serviceId: 'no-such-service', start: '2026-12-03T16:00:00Z' })).rejects.toMatchObject(
      { code: 'invalid_input' },
    );
    await expect(
      create(CARLOS, { serviceId: 'nail-trim', start: '2026-12-03T16:00:00Z', contactId: 'nobody' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
