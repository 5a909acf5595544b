/**
 * The booking session behind the two ports that talk to customers: the
 * offline dialogue's `BookingPort` (domain/booking/dialogue/port.ts) and
 * the engine's `AssistantBooking` (domain/booking/assistant.ts).
 */
import type { Appointment } from '../domain/booking/appointment.js';
import type {
  AssistantAppointment,
  AssistantBooking,
  AssistantRefusal,
  AssistantResult,
  CustomerBooking,
} from '../domain/booking/assistant.js';
import type { BookingPort, OfferedSlot } from '../domain/booking/dialogue/port.js';
import { termsOf } from '../domain/booking/offer.js';
import { addDays } from '../domain/hours.js';
import { at } from '../store/collections.js';
import type { AppointmentDoc } from '../store/documents.js';
import { findSlots } from './availability.js';
import type { ChangeResult } from './changes.js';
import type { BookingDeps } from './deps.js';
import { localWhen } from './describe.js';
import { answerReminderReply, looksLikeReminderAnswer } from './replies.js';
import { BookingSession, type SessionContext } from './session.js';

export function dialoguePort(deps: BookingDeps, ctx: SessionContext): BookingPort {
  const session = new BookingSession(deps, ctx);
  return {
    async findSlots(request): Promise<OfferedSlot[]> {
      const slots = await findSlots(deps, ctx.business, request);
      return slots.map((s) => ({ start: s.start.toISOString(), date: s.date, time: s.time }));
    },
    async hold(request) {
      const held = await session.hold({ ...request, start: new Date(request.start) });
      if (!held.ok) return { ok: false };
      return {
        ok: true,
        appointmentId: held.appointment.id,
        expiresAt: (held.appointment.holdExpiresAt ?? held.appointment.start).toISOString(),
      };
    },
    async book(request) {
      const booked = await session.book(request);
      if (!booked.ok) return { ok: false, reason: booked.reason === 'expired' ? 'expired' : 'taken' };
      const a = booked.appointment;
      if (a.status === 'awaiting_payment' && a.checkout) {
        return {
          ok: true,
          status: 'awaiting_payment',
          paymentUrl: a.checkout.url,
          paymentExpiresAt: (a.paymentExpiresAt ?? a.checkout.expiresAt).toISOString(),
        };
      }
      return { ok: true, status: a.status === 'confirmed' ? 'confirmed' : 'pending_approval' };
    },
    release: (appointmentId) => session.release(appointmentId),
  };
}

/** An appointment as the model reads it. */
export function forAssistant(
  ctx: SessionContext,
  a: AppointmentDoc | Appointment,
  petName?: string,
): AssistantAppointment {
  const when = localWhen(ctx.business, a.start);
  const checkout = 'checkout' in a ? a.checkout : undefined;
  return {
    id: a.id,
    serviceId: a.serviceId,
    ...(a.variantId ? { variantId: a.variantId } : {}),
    start: a.start.toISOString(),
    date: when.date,
    time: when.time,
    status: a.status,
    price: a.price,
    deposit: a.deposit,
    currency: a.currency,
    ...(a.resourceId ? { resourceId: a.resourceId } : {}),
    ...(petName ? { petName } : {}),
    ...(a.pending ? { pending: a.pending.kind } : {}),
    ...(a.status === 'awaiting_payment' && checkout ? { paymentUrl: checkout.url } : {}),
  };
}

const refused = <T>(reason: AssistantRefusal, message: string): AssistantResult<T> => ({ ok: false, reason, message });

function refusalOf(result: Extract<ChangeResult, { ok: false }>): AssistantRefusal {
  switch (result.reason) {
    case 'not_found':
      return 'not_found';
    case 'not_yours':
      return 'not_found';
    case 'taken':
      return 'taken';
    case 'hold_expired':
      return 'expired';
    default:
      return 'not_allowed';
  }
}

/** How many slots one availability answer lists (the model offers a few; it can ask for another range). */
const MAX_SLOTS = 24;

export function assistantPort(deps: BookingDeps, ctx: SessionContext): AssistantBooking {
  const session = new BookingSession(deps, ctx);
  const business = ctx.business;
  const service = (id: string) => business.services.find((s) => s.id === id && s.active);

  return {
    async availability(request) {
      const found = service(request.serviceId);
      if (!found) return refused('unknown_service', `no service "${request.serviceId}"; use list_services`);
      if (!termsOf(found, request.variantId) || (found.variants.length > 0 && !request.variantId)) {
        return refused(
          'unknown_variant',
          `${request.serviceId} needs one of: ${found.variants.map((v) => v.id).join(', ')}`,
        );
      }
      const to =
        request.to < request.from
          ? request.from
          : request.to > addDays(request.from, 31)
            ? addDays(request.from, 31)
            : request.to;
      const slots = await findSlots(deps, business, { ...request, to, limit: MAX_SLOTS + 1 });
      const names = new Map(business.settings.booking.resources.map((r) => [r.id, r.id]));
      return {
        ok: true,
        more: slots.length > MAX_SLOTS,
        slots: slots.slice(0, MAX_SLOTS).map((s) => {
          const resources = [
            ...new Set(
              s.options.flatMap((o) => o.map((u) => /^r\.([^.]+)\./.exec(u)?.[1]).filter(Boolean) as string[]),
            ),
          ];
          return {
            start: s.start.toISOString(),
            date: s.date,
            time: s.time,
            ...(resources.length && names.size ? { resources } : {}),
          };
        }),
      };
    },

    async hold(request) {
      const found = service(request.serviceId);
      if (!found) return refused('unknown_service', `no service "${request.serviceId}"`);
      if (!termsOf(found, request.variantId) || (found.variants.length > 0 && !request.variantId)) {
        return refused(
          'unknown_variant',
          `${request.serviceId} needs one of: ${found.variants.map((v) => v.id).join(', ')}`,
        );
      }
      const held = await session.hold({ ...request, start: new Date(request.start) });
      if (!held.ok) return refused(held.reason === 'taken' ? 'taken' : 'not_allowed', held.message);
      return {
        ok: true,
        appointment: forAssistant(ctx, held.appointment),
        holdExpiresAt: (held.appointment.holdExpiresAt ?? held.appointment.start).toISOString(),
      };
    },

    async book(request) {
      const pets = request.petName ? await deps.db.query(at.pets(business.id, ctx.contactId)) : [];
      const known = pets.find((p) => p.data.name.toLowerCase() === request.petName?.toLowerCase());
      const booked = await session.book({
        appointmentId: request.appointmentId,
        customerName: request.customerName,
        ...(request.petName ? { pet: { id: known?.data.id, name: known?.data.name ?? request.petName } } : {}),
      });
      if (!booked.ok) return refused(booked.reason === 'not_yours' ? 'not_found' : booked.reason, booked.message);
      return { ok: true, appointment: forAssistant(ctx, booked.appointment, request.petName) };
    },

    async reschedule(request) {
      const { result, appointment } = await session.reschedule(request.appointmentId, new Date(request.start));
      if (!result.ok) return refused(refusalOf(result), result.message);
      return { ok: true, appointment: forAssistant(ctx, appointment ?? result.appointment) };
    },

    async cancel(request) {
      const { result, appointment } = await session.cancel(request.appointmentId);
      if (!result.ok) return refused(refusalOf(result), result.message);
      const a = appointment ?? result.appointment;
      const refund =
        a.pending?.kind === 'refund'
          ? (a.pending.refundAmount ?? 0)
          : a.refunds.filter((r) => r.at.getTime() === a.updatedAt.getTime()).reduce((s, r) => s + r.amount, 0);
      return { ok: true, appointment: forAssistant(ctx, a), refund };
    },

    async list() {
      return (await session.appointments()).map((a) => forAssistant(ctx, a));
    },

    async depositLink(request) {
      const a = await session.get(request.appointmentId);
      if (!a) return refused('not_found', 'no such appointment for this customer');
      if (a.status !== 'awaiting_payment' || !a.checkout) {
        return refused(
          'no_deposit',
          a.status === 'awaiting_payment'
            ? 'the link is being made; ask again in a moment'
            : `no deposit is awaited (${a.status})`,
        );
      }
      return {
        ok: true,
        url: a.checkout.url,
        amount: a.checkout.amount,
        currency: a.currency,
        expiresAt: (a.paymentExpiresAt ?? a.checkout.expiresAt).toISOString(),
      };
    },
  };
}

/**
 * One customer's bookings for a responder (ReplyRequest.booking): the
 * engine's tools (appointments made by them are the assistant's), the
 * offline dialogue's port (the dialogue's), the pets, reminder answers.
 */
export function customerBooking(
  deps: BookingDeps,
  ctx: Omit<SessionContext, 'source'> & { conversationId: string },
): CustomerBooking {
  return {
    contactId: ctx.contactId,
    tools: assistantPort(deps, { ...ctx, source: 'assistant' }),
    dialogue: dialoguePort(deps, { ...ctx, source: 'dialogue' }),
    async client() {
      const [contact, pets] = await Promise.all([
        deps.db.get(at.contact(ctx.business.id, ctx.contactId)),
        deps.db.query(at.pets(ctx.business.id, ctx.contactId)),
      ]);
      return {
        name: contact?.client?.name,
        pets: pets.map((p) => ({ id: p.data.id, name: p.data.name, ...(p.data.size ? { size: p.data.size } : {}) })),
      };
    },
    async answerReminder(input) {
      if (!looksLikeReminderAnswer(input)) return undefined;
      const conversation = await deps.db.get(at.conversation(ctx.business.id, ctx.conversationId));
      const answer = await answerReminderReply(
        deps,
        ctx.business,
        { contactId: ctx.contactId, conversationId: ctx.conversationId, language: conversation?.language },
        input,
      );
      return answer && { text: answer.text, language: answer.language };
    },
  };
}
