/**
 * What staff can do to an appointment from a notification's buttons
 * (the staff Telegram bot, the dashboard): Approve and Decline what waits
 * for the owner. Handlers by action id, for the registry of notification
 * action handlers; each takes the notification's subject and who pressed.
 *
 * Who may press is checked by whoever delivers the press (the bot maps the
 * Telegram user to a member of this business; the dashboard signs in); the
 * handler checks the subject is this business's appointment. Idempotent: a
 * second press, or a press after the other button, changes nothing and says
 * what stands.
 */
import { ValidationError } from '../errors.js';
import { loadBusinessContext } from '../pipeline/business-context.js';
import type { Deps } from '../pipeline/deps.js';
import type { ActionHandler as NotificationActionHandler } from '../pipeline/notification-actions.js';
import { at } from '../store/collections.js';
import { changeAppointment } from './changes.js';
import type { BookingDeps } from './deps.js';
import { staffLine } from './describe.js';
import { runTasks } from './tasks.js';

export interface ActionRequest {
  businessId: string;
  subject: { kind: string; id: string };
  /** The member who pressed: owners and staff act as themselves in the appointment's history. */
  actor: { role: 'owner' | 'staff'; name?: string | undefined };
  note?: string | undefined;
}

export interface ActionResult {
  ok: boolean;
  /** One line for whoever pressed (the bot edits its message with it). */
  text: string;
}

export type ActionHandler = (deps: BookingDeps, request: ActionRequest) => Promise<ActionResult>;

const STATUS_WORDS: Record<string, string> = {
  held: 'held',
  pending_approval: 'waiting for approval',
  awaiting_payment: 'approved, waiting for the deposit',
  confirmed: 'confirmed',
  cancelled: 'cancelled',
  completed: 'completed',
  no_show: 'a no-show',
};

function decide(kind: 'approve' | 'decline'): ActionHandler {
  return async (deps, request) => {
    if (request.subject.kind !== 'appointment') return { ok: false, text: 'Not an appointment.' };
    const stored = await deps.db.get(at.appointment(request.businessId, request.subject.id));
    if (!stored) return { ok: false, text: 'This appointment no longer exists.' };
    const business = await loadBusinessContext(deps, request.businessId);
    const result = await changeAppointment(deps, business, stored.id, (_a, now) => ({
      type: kind,
      at: now,
      by: request.actor.role,
      ...(request.note ? { note: request.note } : {}),
    }));
    if (!result.ok) {
      const current = result.appointment ?? stored;
      const by = current.history.findLast((h) => h.event === 'approve' || h.event === 'decline');
      return {
        ok: result.reason === 'nothing_pending',
        text: `Already decided${by ? ` (${by.event}d by ${by.by})` : ''}: ${staffLine(business, current)} is ${STATUS_WORDS[current.status]}.`,
      };
    }
    await runTasks(deps, request.businessId, result.tasks);
    const after = (await deps.db.get(at.appointment(request.businessId, stored.id))) ?? result.appointment;
    return {
      ok: true,
      text: `${kind === 'approve' ? 'Approved' : 'Declined'}${request.actor.name ? ` by ${request.actor.name}` : ''}: ${staffLine(business, after)} is ${STATUS_WORDS[after.status]}.`,
    };
  };
}

/**
 * Action ids (as on the `approval` notification's `actions`; short, for
 * Telegram's callback data) → handlers, for the notification action
 * registry's `approval` kind.
 */
export const appointmentActions: Record<string, ActionHandler> = {
  approve: decide('approve'),
  decline: decide('decline'),
};

/**
 * The `approval` kind's handler for the notification action registry
 * (pipeline/notification-actions.ts): the registry has checked the press
 * (a linked member of this business, an owner, the first press); this
 * decides the appointment with the booking pipeline the caller builds from
 * the registry's deps (the deployment's vendors: entries/booking-runtime.ts).
 */
export function approvalActionHandler(booking: (deps: Deps) => BookingDeps): NotificationActionHandler {
  return {
    roles: ['owner'],
    async run(ctx) {
      const handler = appointmentActions[ctx.actionId];
      const subject = ctx.notification.subject;
      if (!handler || !subject) throw new ValidationError('This button does nothing any more');
      const result = await handler(booking(ctx.deps), {
        businessId: ctx.businessId,
        subject,
        actor: { role: ctx.staff.role, name: ctx.staff.name },
      });
      if (!result.ok) throw new ValidationError(result.text);
      return { text: result.text };
    },
  };
}
