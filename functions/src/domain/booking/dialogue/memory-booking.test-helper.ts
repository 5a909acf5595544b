/**
 * A booking engine in memory, made of the real pure parts (slots.ts,
 * locks.ts, lifecycle.ts) the way the pipeline will put them together
 * around Firestore transactions: the dialogue tests run against it, and it
 * shows the lead the wiring. Not a mock: holds really lock, lapse and
 * collide.
 */
import type { Business } from '../../business.js';
import { type Appointment, holdsSlot, occupiedBy } from '../appointment.js';
import { type Effect, type LifecyclePolicy, createHold, transition } from '../lifecycle.js';
import { type LockEntry, type LockWrite, planExtend, planLock, planRelease } from '../locks.js';
import { type BusyInterval, type Slot, availableSlots } from '../slots.js';
import type { BookResult, BookingPort, HoldResult, OfferedSlot } from './port.js';

export class MemoryBooking implements BookingPort {
  readonly appointments = new Map<string, Appointment>();
  readonly locks = new Map<string, LockEntry[]>();
  /** Every slot this engine ever offered: what a reply may mention. */
  readonly offeredTimes = new Set<string>();
  readonly calls: string[] = [];
  private next = 1;

  constructor(
    private readonly business: Business,
    private readonly clock: () => Date,
    private readonly busy: BusyInterval[] = [],
  ) {}

  private get policy(): LifecyclePolicy {
    return { timezone: this.business.profile.timezone, booking: this.business.settings.booking };
  }

  private slots(serviceId: string, variantId: string | undefined, from: string, to: string): Slot[] {
    const service = this.business.services.find((s) => s.id === serviceId);
    if (!service) return [];
    const now = this.clock();
    const occupied = [...this.appointments.values()]
      .filter((a) => holdsSlot(a, now))
      .map((a) => ({ ...occupiedBy(a), units: a.units }));
    return availableSlots({
      timezone: this.business.profile.timezone,
      hours: this.business.hours,
      holidays: this.business.holidays,
      booking: this.business.settings.booking,
      service,
      variantId,
      from,
      to,
      now,
      busy: this.busy,
      occupied,
    });
  }

  private apply(writes: readonly LockWrite[]) {
    for (const w of writes) {
      if (w.entries.length === 0) this.locks.delete(w.key);
      else this.locks.set(w.key, w.entries);
    }
  }

  private read = (key: string) => this.locks.get(key);

  private effects(appointment: Appointment, effects: readonly Effect[]) {
    const now = this.clock();
    for (const e of effects) {
      if (e.type === 'release_locks') this.apply(planRelease(appointment.id, e.keys, this.read, now));
      if (e.type === 'set_lock_expiry') this.apply(planExtend(appointment.id, e.keys, e.expiresAt, this.read, now));
    }
  }

  async findSlots(request: {
    serviceId: string;
    variantId?: string | undefined;
    from: string;
    to: string;
  }): Promise<OfferedSlot[]> {
    this.calls.push(
      `findSlots ${request.serviceId}${request.variantId ? `/${request.variantId}` : ''} ${request.from}..${request.to}`,
    );
    return this.slots(request.serviceId, request.variantId, request.from, request.to).map((s) => {
      this.offeredTimes.add(`${s.date} ${s.time}`);
      return { start: s.start.toISOString(), date: s.date, time: s.time };
    });
  }

  async hold(request: {
    serviceId: string;
    variantId?: string | undefined;
    start: string;
    contactId: string;
  }): Promise<HoldResult> {
    this.calls.push(`hold ${request.start}`);
    const now = this.clock();
    const date = new Date(request.start);
    const day = request.start.slice(0, 10);
    const candidates = this.slots(request.serviceId, request.variantId, addDay(day, -1), addDay(day, 1));
    const slot = candidates.find((s) => s.start.getTime() === date.getTime());
    if (!slot) return { ok: false };
    const id = `apt-${this.next++}`;
    const holdMinutes = this.business.settings.booking.holdMinutes;
    const expiresAt = new Date(now.getTime() + holdMinutes * 60_000);
    const plan = planLock(
      {
        appointmentId: id,
        span: { start: slot.occupiedStart, end: slot.occupiedEnd },
        options: slot.options,
        expiresAt,
        now,
      },
      this.read,
    );
    if (!plan.ok) return { ok: false };
    const created = createHold({
      id,
      service: this.business.services.find((s) => s.id === request.serviceId)!,
      variantId: request.variantId,
      start: slot.start,
      units: plan.units,
      lockKeys: plan.keys,
      contactId: request.contactId,
      currency: this.business.profile.currency,
      source: 'dialogue',
      by: 'customer',
      now,
      holdMinutes,
    });
    if (!created.ok) return { ok: false };
    this.apply(plan.writes);
    this.appointments.set(id, created.appointment);
    return { ok: true, appointmentId: id, expiresAt: expiresAt.toISOString() };
  }

  async book(request: {
    appointmentId: string;
    customerName: string;
    pet?: { id?: string | undefined; name: string } | undefined;
  }): Promise<BookResult> {
    this.calls.push(
      `book ${request.appointmentId} ${request.customerName}${request.pet ? ` ${request.pet.name}` : ''}`,
    );
    const appointment = this.appointments.get(request.appointmentId);
    if (!appointment) return { ok: false, reason: 'taken' };
    const result = transition(
      { ...appointment, customerName: request.customerName },
      { type: 'book', at: this.clock(), by: 'customer' },
      this.policy,
    );
    if (!result.ok) return { ok: false, reason: result.refusal === 'hold_expired' ? 'expired' : 'taken' };
    this.appointments.set(appointment.id, result.appointment);
    this.effects(result.appointment, result.effects);
    const status = result.appointment.status;
    if (status === 'awaiting_payment')
      return {
        ok: true,
        status,
        paymentUrl: `https://pay.example.test/${appointment.id}`,
        paymentExpiresAt: result.appointment.paymentExpiresAt!.toISOString(),
      };
    return { ok: true, status: status === 'confirmed' ? 'confirmed' : 'pending_approval' };
  }

  async release(appointmentId: string): Promise<void> {
    this.calls.push(`release ${appointmentId}`);
    const appointment = this.appointments.get(appointmentId);
    if (!appointment) return;
    const result = transition(appointment, { type: 'cancel', at: this.clock(), by: 'customer' }, this.policy);
    if (!result.ok) return;
    this.appointments.set(appointmentId, result.appointment);
    this.effects(result.appointment, result.effects);
  }

  /** Appointments that still hold their slot now. */
  live(): Appointment[] {
    return [...this.appointments.values()].filter((a) => holdsSlot(a, this.clock()));
  }
}

function addDay(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
