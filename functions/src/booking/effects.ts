/**
 * The lifecycle's effects (domain/booking/lifecycle.ts) as writes in the
 * transaction that commits the change, so that nothing a change implies can
 * be lost between the change and its consequences:
 *
 * - locks: set from the appointment's new state (lock-state.ts);
 * - vendor calls (a deposit link, a refund, the calendar event or the clinic
 *   system's booking, ending a checkout): booking tasks, run right after
 *   the commit and retried by the sweep (tasks.ts);
 * - reminders: reminder documents the sweep sends when due (reminders.ts);
 * - the owner: a notification (approvals carry Approve / Decline actions);
 * - the customer: a message in their conversation — unless the change was
 *   made in this very turn of it (`quiet`), where the reply says it.
 */
import { type Appointment, paidBalance } from '../domain/booking/appointment.js';
import { isLate } from '../domain/booking/policy.js';
import type { Effect, StaffNotice } from '../domain/booking/lifecycle.js';
import { noticeLanguage, noticeText } from '../domain/booking/notices.js';
import type { Business } from '../domain/business.js';
import { type RaisedNotification, raiseNotification } from '../pipeline/notifications.js';
import { at } from '../store/collections.js';
import { FieldOp, type Writer } from '../store/database.js';
import type { BookingTaskDoc, ConversationDoc } from '../store/documents.js';
import { newWork } from '../store/work-item.js';
import { writeCustomerMessage } from './customer-messages.js';
import { noticeValues, staffLine } from './describe.js';

/** At most this many reminders per appointment (settings allow five): their ids are fixed, so old ones are replaced. */
export const MAX_REMINDERS = 5;
export const reminderId = (appointmentId: string, i: number) => `${appointmentId}_r${i}`;

export type TaskSpec =
  | { kind: 'payment'; amount: number; currency: string; expiresAt: Date; notify: boolean }
  | { kind: 'refund'; refundIndex: number }
  | { kind: 'calendar'; op: 'upsert' | 'delete' }
  | { kind: 'expire_checkout'; sessionId: string };

export type StoredTask = BookingTaskDoc & TaskSpec;

export interface EffectInput {
  business: Business;
  before: Appointment;
  after: Appointment;
  effects: readonly Effect[];
  /** The conversation the appointment was booked in (read in the transaction), to tell the customer. */
  conversation: ConversationDoc | undefined;
  /** The change is answered in this turn of the conversation: no separate message to the customer. */
  quiet: boolean;
  /** The backend mirrors bookings (a calendar, a clinic system): calendar tasks are needed. */
  mirrors: boolean;
  /** A deposit checkout still open for the appointment. */
  openCheckout: string | undefined;
  now: Date;
}

export interface EffectWrites {
  tasks: string[];
  reminderIds: string[] | undefined;
}

const APPROVAL_LABELS = { approve: 'Approve', decline: 'Decline' };

const STAFF_REASONS: Record<StaffNotice, string> = {
  new_booking: 'New booking',
  cancelled: 'Cancelled',
  rescheduled: 'Moved',
  no_show: 'No-show',
};

export function writeEffects(writer: Writer, input: EffectInput): EffectWrites {
  const { business, after: a, now } = input;
  const b = business.id;
  // One id space per change: the history grows by one entry with every change.
  const step = `${a.id}-${a.history.length}`;
  const tasks: string[] = [];
  let reminderIds: string[] | undefined;
  const task = (suffix: string, spec: TaskSpec) => {
    const id = `${step}-${suffix}`;
    const doc = { ...spec, appointmentId: a.id, state: 'pending', createdAt: now, ...newWork(now) } as StoredTask;
    writer.set(at.bookingTask(b, id), doc as BookingTaskDoc);
    tasks.push(id);
  };

  input.effects.forEach((effect, i) => {
    switch (effect.type) {
      case 'set_lock_expiry':
      case 'release_locks':
        // Locks follow the appointment's state (lock-state.ts), written by the caller.
        break;
      case 'request_payment':
        task('payment', {
          kind: 'payment',
          amount: effect.amount,
          currency: effect.currency,
          expiresAt: effect.expiresAt,
          notify: !input.quiet,
        });
        break;
      case 'refund': {
        const index = refundIndex(a, effect);
        if (index >= 0) task(`refund-${i}`, { kind: 'refund', refundIndex: index });
        break;
      }
      case 'calendar':
        if (input.mirrors) task('calendar', { kind: 'calendar', op: effect.op });
        break;
      case 'reminders': {
        reminderIds = [];
        for (let r = 0; r < MAX_REMINDERS; r++) {
          const ref = at.reminder(b, reminderId(a.id, r));
          const when = effect.at[r];
          if (!when) {
            writer.delete(ref);
            continue;
          }
          writer.set(ref, {
            appointmentId: a.id,
            start: a.start,
            at: when,
            state: 'pending',
            attempts: 0,
            createdAt: now,
            dueAt: when,
          });
          reminderIds.push(ref.id);
        }
        break;
      }
      case 'request_approval':
        notify(writer, b, step, {
          kind: 'approval',
          reason: `${approvalTitle(effect.kind)} (${effect.reasons.join(', ')}): ${staffLine(business, a)}`,
          subject: { kind: 'appointment', id: a.id },
          actions: [
            { id: 'approve', label: APPROVAL_LABELS.approve },
            { id: 'decline', label: APPROVAL_LABELS.decline },
          ],
          ...(a.conversationId ? { conversationId: a.conversationId } : {}),
          createdAt: now,
        });
        break;
      case 'notify_staff':
        notify(writer, b, step, {
          kind: 'booking',
          reason: `${STAFF_REASONS[effect.notice]}: ${staffLine(business, a)}`,
          subject: { kind: 'appointment', id: a.id },
          ...(a.conversationId ? { conversationId: a.conversationId } : {}),
          createdAt: now,
        });
        break;
      case 'notify_customer': {
        // The deposit link is told by the payment task, once the link exists.
        if (input.quiet || effect.notice === 'awaiting_payment') break;
        if (!input.conversation || !a.conversationId) break;
        const language = noticeLanguage(input.conversation.language, business.profile.languages);
        const refund = a.refunds.filter((r) => r.at.getTime() === now.getTime()).reduce((s, r) => s + r.amount, 0);
        const pendingRefund = a.pending?.kind === 'refund' ? a.pending.refundAmount : undefined;
        const text = noticeText(
          effect.notice,
          language,
          noticeValues(business, a, language, { refund: pendingRefund ?? (refund || undefined) }),
        );
        writeCustomerMessage(writer, b, a.conversationId, input.conversation, `${step}-notice`, { text }, now);
        break;
      }
    }
  });

  // A checkout that can no longer be paid is ended, so the customer cannot pay for nothing.
  if (a.status === 'cancelled' && input.openCheckout && paidBalance(a) === 0 && input.before.status !== 'cancelled') {
    task('expire-checkout', { kind: 'expire_checkout', sessionId: input.openCheckout });
  }
  countOnClient(writer, input);
  return { tasks, reminderIds };
}

function approvalTitle(kind: string): string {
  return kind === 'booking'
    ? 'Booking to approve'
    : kind === 'cancellation'
      ? 'Late cancellation to approve'
      : kind === 'reschedule'
        ? 'Move to approve'
        : 'Refund to approve';
}

/** One notification per kind and step (the change's id): the staff bot sends it to Telegram (pipeline/staff-notify.ts). */
function notify(writer: Writer, businessId: string, step: string, doc: RaisedNotification): void {
  raiseNotification(writer, businessId, { ...doc, subjectId: step });
}

/** The index of an effect's refund in the appointment's refunds (the lifecycle appends them). */
function refundIndex(a: Appointment, effect: Extract<Effect, { type: 'refund' }>): number {
  const same = a.refunds.indexOf(effect.refund);
  if (same >= 0) return same;
  return a.refunds.findIndex(
    (r) =>
      r.paymentReference === effect.refund.paymentReference &&
      r.amount === effect.refund.amount &&
      r.at.getTime() === effect.refund.at.getTime() &&
      r.reference === undefined,
  );
}

/** No-shows and late cancellations are counted on the client (policies may ask such clients for a deposit). */
function countOnClient(writer: Writer, input: EffectInput): void {
  const { before, after, business, now } = input;
  const contact = at.contact(business.id, after.contactId);
  if (after.status === 'no_show' && before.status !== 'no_show') {
    writer.merge(contact, { client: { noShows: FieldOp.increment(1) } });
  }
  const cancelledLate =
    after.status === 'cancelled' &&
    before.status === 'confirmed' &&
    after.history.at(-1)?.by === 'customer' &&
    isLate(before.start, now, business.settings.booking);
  if (cancelledLate) writer.merge(contact, { client: { lateCancellations: FieldOp.increment(1) } });
}
