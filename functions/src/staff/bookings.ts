/**
 * Staff work on appointments from the dashboard: list a day or a week,
 * create, move, cancel, approve or decline what waits for a decision, and
 * record how a confirmed appointment went (completed, or a no-show, which
 * the booking effects count on the client).
 * Every change goes through the booking pipeline the AI uses
 * (booking/changes.ts: the hold → book transactions over the slot locks,
 * booking/actions.ts for decisions), so a time the AI holds for a customer
 * is taken for staff too, and the customer hears of a change the same way.
 *
 * The pipeline's vendors (calendar backends, Stripe) are built by the entry
 * and passed in as `booking`, loaded only when a booking action runs.
 */
import { z } from 'zod';
import { appointmentActions } from '../booking/actions.js';
import { slotAt } from '../booking/availability.js';
import { type ChangeResult, changeAppointment, holdSlot } from '../booking/changes.js';
import type { BookingDeps } from '../booking/deps.js';
import { runTasks } from '../booking/tasks.js';
import { paidBalance } from '../domain/booking/appointment.js';
import type { AppointmentEvent } from '../domain/booking/lifecycle.js';
import { addDays, zonedInstant } from '../domain/hours.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { loadBusinessContext } from '../pipeline/business-context.js';
import type { Deps } from '../pipeline/deps.js';
import { at } from '../store/collections.js';
import type { AppointmentDoc } from '../store/documents.js';
import { ConflictError } from '../team/access.js';
import { InBusiness, type MemberContext } from '../team/actions.js';

export type BookingFor = (deps: Deps) => Promise<BookingDeps>;

const Id = z.string().min(1).max(128);
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A day is written YYYY-MM-DD.');
const Instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

export const ListAppointmentsInput = InBusiness.extend({
  /** The first local day (in the business's time zone). */
  from: LocalDate,
  days: z.number().int().min(1).max(31).default(1),
});
export const CreateAppointmentInput = InBusiness.extend({
  serviceId: Id,
  variantId: Id.optional(),
  start: Instant,
  contactId: Id,
  petId: Id.optional(),
  resourceId: Id.optional(),
  customerName: z.string().trim().min(1).max(120).optional(),
});
export const AppointmentInput = InBusiness.extend({ appointmentId: Id });
export const MoveAppointmentInput = AppointmentInput.extend({ start: Instant });
export const CancelAppointmentInput = AppointmentInput.extend({ note: z.string().trim().max(500).optional() });
export const DecideAppointmentInput = AppointmentInput.extend({
  decision: z.enum(['approve', 'decline']),
  note: z.string().trim().max(500).optional(),
});

const actorOf = (ctx: MemberContext) => ctx.membership.member.role;

/** What the dashboard shows of an appointment: dates as ISO strings. */
export function appointmentView(a: AppointmentDoc) {
  return {
    id: a.id,
    status: a.status,
    serviceId: a.serviceId,
    variantId: a.variantId ?? null,
    resourceId: a.resourceId ?? null,
    contactId: a.contactId,
    petId: a.petId ?? null,
    customerName: a.customerName ?? null,
    start: a.start.toISOString(),
    end: a.end.toISOString(),
    price: a.price,
    deposit: a.deposit,
    currency: a.currency,
    paid: paidBalance(a),
    awaitingPaymentUntil: a.paymentExpiresAt?.toISOString() ?? null,
    checkoutUrl: a.checkout?.url ?? null,
    pending: a.pending ? { kind: a.pending.kind, reasons: a.pending.reasons } : null,
  };
}
export type AppointmentView = ReturnType<typeof appointmentView>;

/** A refusal of the pipeline as a message for the person who asked. */
function refused(result: Extract<ChangeResult, { ok: false }>): never {
  switch (result.reason) {
    case 'not_found':
      throw new NotFoundError('No such appointment.');
    case 'taken':
      throw new ConflictError('That time is taken: someone else has it or holds it. Pick another time.');
    case 'in_the_past':
      throw new ValidationError('That time has passed.');
    case 'not_started':
      throw new ConflictError('The appointment has not started yet.');
    default:
      throw new ConflictError(`Not possible: ${result.message}.`);
  }
}

async function finish(booking: BookingDeps, businessId: string, result: ChangeResult) {
  if (!result.ok) refused(result);
  await runTasks(booking, businessId, result.tasks);
  const after = (await booking.db.get(at.appointment(businessId, result.appointment.id))) ?? result.appointment;
  return { appointment: appointmentView(after) };
}

export async function listAppointments(ctx: MemberContext, input: z.output<typeof ListAppointmentsInput>) {
  const business = await loadBusinessContext(ctx.deps, input.businessId);
  const tz = business.profile.timezone;
  const from = zonedInstant(input.from, 0, tz);
  const to = zonedInstant(addDays(input.from, input.days), 0, tz);
  const found = await ctx.deps.db.query(at.appointments(input.businessId), {
    where: [
      ['start', '>=', from],
      ['start', '<', to],
    ],
  });
  const appointments = found.map((d) => appointmentView(d.data)).sort((a, b) => a.start.localeCompare(b.start));
  return { timezone: tz, from: from.toISOString(), to: to.toISOString(), appointments };
}

/** Holds the slot and books it at once, in the staff member's name: approvals and deposits apply as for the AI. */
export async function createAppointment(
  ctx: MemberContext,
  input: z.output<typeof CreateAppointmentInput>,
  bookingFor: BookingFor,
) {
  const booking = await bookingFor(ctx.deps);
  const business = await loadBusinessContext(booking, input.businessId);
  const service = business.services.find((s) => s.id === input.serviceId);
  if (!service) throw new ValidationError(`No service "${input.serviceId}".`);
  const contact = await booking.db.get(at.contact(input.businessId, input.contactId));
  if (!contact) throw new NotFoundError('No such client.');
  if (input.petId && !(await booking.db.get(at.pet(input.businessId, input.contactId, input.petId)))) {
    throw new NotFoundError('No such pet for this client.');
  }
  const slot = await slotAt(booking, business, {
    serviceId: input.serviceId,
    variantId: input.variantId,
    start: input.start,
    resourceId: input.resourceId,
  });
  if (!slot) throw new ConflictError('That time is not free (outside hours, or taken). Pick another time.');
  const customerName = input.customerName ?? contact.client?.name ?? contact.name ?? undefined;
  const held = await holdSlot(booking, business, {
    serviceId: input.serviceId,
    variantId: input.variantId,
    slot,
    contactId: input.contactId,
    customerName,
    source: 'staff',
    by: actorOf(ctx),
  });
  if (!held.ok) {
    if (held.reason === 'taken') refused({ ok: false, reason: 'taken', message: held.message });
    throw new ValidationError(`Not possible: ${held.message}.`);
  }
  const result = await changeAppointment(
    booking,
    business,
    held.appointment.id,
    (_a, now) => ({ type: 'book', at: now, by: actorOf(ctx) }),
    { patch: { ...(customerName ? { customerName } : {}), ...(input.petId ? { petId: input.petId } : {}) } },
  );
  return finish(booking, input.businessId, result);
}

export async function moveAppointment(
  ctx: MemberContext,
  input: z.output<typeof MoveAppointmentInput>,
  bookingFor: BookingFor,
) {
  const booking = await bookingFor(ctx.deps);
  const business = await loadBusinessContext(booking, input.businessId);
  const stored = await booking.db.get(at.appointment(input.businessId, input.appointmentId));
  if (!stored) throw new NotFoundError('No such appointment.');
  const slot = await slotAt(booking, business, {
    serviceId: stored.serviceId,
    variantId: stored.variantId,
    start: input.start,
    resourceId: stored.resourceId,
    ignoreAppointment: stored.id,
  });
  if (!slot) throw new ConflictError('That time is not free (outside hours, or taken). Pick another time.');
  const result = await changeAppointment(
    booking,
    business,
    stored.id,
    (a, now) => ({
      type: 'reschedule',
      at: now,
      by: actorOf(ctx),
      to: { start: slot.start, end: slot.end, units: a.units, lockKeys: a.lockKeys },
    }),
    { move: slot },
  );
  return finish(booking, input.businessId, result);
}

export async function cancelAppointment(
  ctx: MemberContext,
  input: z.output<typeof CancelAppointmentInput>,
  bookingFor: BookingFor,
) {
  return changeAs(ctx, input, bookingFor, (by, now) => ({
    type: 'cancel',
    at: now,
    by,
    ...(input.note ? { note: input.note } : {}),
  }));
}

/** Approve or decline: the same handler as the notification's buttons, so a second decision changes nothing. */
export async function decideAppointment(
  ctx: MemberContext,
  input: z.output<typeof DecideAppointmentInput>,
  bookingFor: BookingFor,
) {
  const booking = await bookingFor(ctx.deps);
  const handler = appointmentActions[input.decision];
  if (!handler) throw new ValidationError('Approve or decline.');
  const result = await handler(booking, {
    businessId: input.businessId,
    subject: { kind: 'appointment', id: input.appointmentId },
    actor: { role: actorOf(ctx), name: ctx.membership.member.name },
    note: input.note,
  });
  if (!result.ok) throw new ConflictError(result.text);
  const after = await booking.db.get(at.appointment(input.businessId, input.appointmentId));
  return { text: result.text, appointment: after ? appointmentView(after) : null };
}

/** Records that a confirmed appointment took place (once it has started). */
export async function completeAppointment(
  ctx: MemberContext,
  input: z.output<typeof AppointmentInput>,
  bookingFor: BookingFor,
) {
  return changeAs(ctx, input, bookingFor, (by, now) => ({ type: 'complete', at: now, by }));
}

/** Records that the client did not come: the booking effects add one to their `noShows`. */
export async function markNoShow(ctx: MemberContext, input: z.output<typeof AppointmentInput>, bookingFor: BookingFor) {
  return changeAs(ctx, input, bookingFor, (by, now) => ({ type: 'no_show', at: now, by }));
}

/** One lifecycle event on an appointment, made by this member, through the AI's own change transaction. */
async function changeAs(
  ctx: MemberContext,
  input: { businessId: string; appointmentId: string },
  bookingFor: BookingFor,
  event: (by: ReturnType<typeof actorOf>, now: Date) => AppointmentEvent,
) {
  const booking = await bookingFor(ctx.deps);
  const business = await loadBusinessContext(booking, input.businessId);
  const result = await changeAppointment(booking, business, input.appointmentId, (_a, now) => event(actorOf(ctx), now));
  return finish(booking, input.businessId, result);
}
