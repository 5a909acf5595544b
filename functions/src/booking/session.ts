/**
 * One customer's booking session: the operations the offline dialogue
 * (its BookingPort) and the engine's tools (AssistantBooking) share, bound
 * to the business, the contact and the conversation. Every change is the
 * transaction in changes.ts, then its tasks run at once — so a deposit link
 * exists before the reply that carries it is written.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Appointment } from '../domain/booking/appointment.js';
import type { Business } from '../domain/business.js';
import { ProviderError } from '../errors.js';
import { appointmentOf } from '../store/booking.js';
import { at } from '../store/collections.js';
import type { AppointmentDoc } from '../store/documents.js';
import { slotAt } from './availability.js';
import { type ChangeResult, changeAppointment, holdSlot } from './changes.js';
import type { BookingDeps } from './deps.js';
import { runTasks } from './tasks.js';

export interface SessionContext {
  business: Business;
  contactId: string;
  conversationId?: string | undefined;
  /** The inbound message being answered: retried tool calls find what the first one did. */
  messageId?: string | undefined;
  source: Appointment['source'];
}

export type BookOutcome =
  | { ok: true; appointment: AppointmentDoc }
  | { ok: false; reason: 'expired' | 'taken' | 'not_found' | 'not_yours'; message: string };

/** The appointment after its tasks ran (a checkout link, a mirrored booking). */
async function afterTasks(
  deps: BookingDeps,
  businessId: string,
  result: ChangeResult,
): Promise<AppointmentDoc | undefined> {
  if (!result.ok) return result.appointment;
  if (result.tasks.length === 0) return result.appointment;
  await runTasks(deps, businessId, result.tasks);
  return deps.db.get(at.appointment(businessId, result.appointment.id));
}

export class BookingSession {
  constructor(
    private readonly deps: BookingDeps,
    readonly ctx: SessionContext,
  ) {}

  private get business() {
    return this.ctx.business;
  }

  async hold(request: {
    serviceId: string;
    variantId?: string | undefined;
    start: Date;
    resourceId?: string | undefined;
  }) {
    const slot = await slotAt(this.deps, this.business, request);
    if (!slot) return { ok: false as const, reason: 'taken' as const, message: 'that time is not free' };
    const id = this.ctx.messageId
      ? `a-${createHash('sha256')
          .update(
            `${this.ctx.messageId}\n${request.serviceId}\n${request.variantId ?? ''}\n${request.start.toISOString()}`,
          )
          .digest('hex')
          .slice(0, 24)}`
      : randomUUID();
    return holdSlot(this.deps, this.business, {
      appointmentId: id,
      serviceId: request.serviceId,
      variantId: request.variantId,
      slot,
      contactId: this.ctx.contactId,
      conversationId: this.ctx.conversationId,
      source: this.ctx.source,
      by: 'customer',
    });
  }

  /** Books a hold under the customer's name (and pet): the name and a new pet are kept on the contact. */
  async book(request: {
    appointmentId: string;
    customerName: string;
    pet?: { id?: string | undefined; name: string } | undefined;
  }): Promise<BookOutcome> {
    const { business, contactId } = this.ctx;
    const petId = request.pet
      ? (request.pet.id ?? (await this.newPet(request.appointmentId, request.pet.name)))
      : undefined;
    await this.deps.db.merge(at.contact(business.id, contactId), { client: { name: request.customerName } });
    const result = await changeAppointment(
      this.deps,
      business,
      request.appointmentId,
      (_a, now) => ({ type: 'book', at: now, by: 'customer' }),
      { quiet: true, contactId, patch: { customerName: request.customerName, ...(petId ? { petId } : {}) } },
    );
    if (!result.ok) {
      // Booked already (a retried turn): the same answer again.
      const current = result.appointment;
      if (
        current &&
        result.reason === 'wrong_status' &&
        ['pending_approval', 'awaiting_payment', 'confirmed'].includes(current.status)
      ) {
        return { ok: true, appointment: await this.withCheckout(current) };
      }
      if (result.reason === 'hold_expired') return { ok: false, reason: 'expired', message: result.message };
      if (result.reason === 'not_found' || result.reason === 'not_yours')
        return { ok: false, reason: result.reason, message: result.message };
      return { ok: false, reason: 'taken', message: result.message };
    }
    const after = await afterTasks(this.deps, business.id, result);
    if (!after) return { ok: false, reason: 'not_found', message: 'the appointment is gone' };
    return { ok: true, appointment: await this.withCheckout(after) };
  }

  /** An appointment waiting for its deposit, with its link: made now if the first try did not finish. */
  private async withCheckout(appointment: AppointmentDoc): Promise<AppointmentDoc> {
    if (appointment.status !== 'awaiting_payment' || appointment.checkout) return appointment;
    const tasks = await this.deps.db.query(at.bookingTasks(this.business.id), {
      where: [['appointmentId', '==', appointment.id]],
    });
    const payment = tasks.filter(
      (t) => t.data.kind === 'payment' && t.data.state !== 'done' && t.data.state !== 'failed',
    );
    await runTasks(
      this.deps,
      this.business.id,
      payment.map((t) => t.ref.id),
    );
    const after = await this.deps.db.get(at.appointment(this.business.id, appointment.id));
    if (!after?.checkout) {
      const failed = tasks.find((t) => t.data.kind === 'payment')?.data.lastError?.message;
      throw new ProviderError('stripe', `the deposit link could not be made${failed ? `: ${failed}` : ''}`, true);
    }
    return after;
  }

  private async newPet(appointmentId: string, name: string): Promise<string> {
    const { business, contactId } = this.ctx;
    const stored = await this.deps.db.get(at.appointment(business.id, appointmentId));
    const service = business.services.find((s) => s.id === stored?.serviceId);
    const species = String(service?.details.species ?? '').toLowerCase();
    const id = `pet-${createHash('sha256').update(`${contactId}\n${name.toLowerCase()}`).digest('hex').slice(0, 16)}`;
    const now = this.deps.now();
    const existing = await this.deps.db.get(at.pet(business.id, contactId, id));
    if (!existing) {
      await this.deps.db.set(at.pet(business.id, contactId, id), {
        id,
        contactId,
        name,
        species:
          (['dog', 'cat', 'rabbit', 'bird'] as const).find((s) => species.includes(s)) ??
          (service?.id.startsWith('cat') ? 'cat' : 'dog'),
        ...(stored?.variantId && ['small', 'medium', 'large', 'xl', 'toy', 'giant'].includes(stored.variantId)
          ? { size: stored.variantId }
          : {}),
        photos: [],
        createdAt: now,
        updatedAt: now,
      });
    }
    return id;
  }

  async release(appointmentId: string): Promise<void> {
    const result = await this.cancelled(appointmentId);
    if (result.ok) await runTasks(this.deps, this.business.id, result.tasks);
  }

  async cancel(appointmentId: string) {
    const result = await this.cancelled(appointmentId);
    return { result, appointment: await afterTasks(this.deps, this.business.id, result) };
  }

  /** The customer's own cancellation (of a hold or a booking), their appointments only. */
  private cancelled(appointmentId: string) {
    return changeAppointment(
      this.deps,
      this.business,
      appointmentId,
      (_a, now) => ({ type: 'cancel', at: now, by: 'customer' }),
      { quiet: true, contactId: this.ctx.contactId },
    );
  }

  /** Moves the customer's appointment to a new start (its own time never blocks the new one). */
  async reschedule(appointmentId: string, start: Date) {
    const stored = await this.deps.db.get(at.appointment(this.business.id, appointmentId));
    if (!stored || stored.contactId !== this.ctx.contactId) {
      return {
        result: { ok: false, reason: 'not_found', message: 'no such appointment' } as ChangeResult,
        appointment: undefined,
      };
    }
    const slot = await slotAt(this.deps, this.business, {
      serviceId: stored.serviceId,
      variantId: stored.variantId,
      start,
      ignoreAppointment: appointmentId,
    });
    if (!slot) {
      return {
        result: { ok: false, reason: 'taken', message: 'that time is not free' } as ChangeResult,
        appointment: stored,
      };
    }
    const result = await changeAppointment(
      this.deps,
      this.business,
      appointmentId,
      (a, now) => ({
        type: 'reschedule',
        at: now,
        by: 'customer',
        to: { start: slot.start, end: slot.end, units: a.units, lockKeys: a.lockKeys },
      }),
      { quiet: true, contactId: this.ctx.contactId, move: slot },
    );
    return { result, appointment: await afterTasks(this.deps, this.business.id, result) };
  }

  /** The contact's appointments that still hold a time (or wait for something), soonest first. */
  async appointments(): Promise<Appointment[]> {
    const found = await this.deps.db.query(at.appointments(this.business.id), {
      where: [['contactId', '==', this.ctx.contactId]],
    });
    const now = this.deps.now();
    return found
      .map((d) => appointmentOf(d.data))
      .filter((a) => ['held', 'pending_approval', 'awaiting_payment', 'confirmed'].includes(a.status) && a.end > now)
      .sort((a, b) => a.start.getTime() - b.start.getTime());
  }

  async get(appointmentId: string): Promise<AppointmentDoc | undefined> {
    const found = await this.deps.db.get(at.appointment(this.business.id, appointmentId));
    return found && found.contactId === this.ctx.contactId ? found : undefined;
  }
}
