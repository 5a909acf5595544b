/**
 * Reminders before an appointment (`settings.booking.reminders.hoursBefore`,
 * 24 h and 2 h by default): reminder documents written with the booking
 * (effects.ts), each due at its time, sent by the sweep through the outbox
 * like any reply.
 *
 * Inside WhatsApp's 24-hour window the reminder is a text with Confirm /
 * Cancel buttons (`apt:confirm:<id>`, `apt:cancel:<id>`). Outside it, the
 * business's reminder template (`reminders.template`: body {{1}} the
 * service, {{2}} the day and time; quick-reply buttons "Confirm" and
 * "Cancel"), which is the only thing WhatsApp lets a business send then.
 * Without a template the outbox applies its usual rule (the re-engagement
 * template, or a refusal with the reason).
 *
 * Sending is one transaction: the reminder moves to `sent` with the outbox
 * item it became, or to `skipped` (the appointment was moved, cancelled or
 * is over) — a sweep that runs it twice finds it finished.
 */
import { type Appointment, HOLDS_SLOT } from '../domain/booking/appointment.js';
import { noticeLanguage, noticeText, NOTICES } from '../domain/booking/notices.js';
import { loadBusinessContext } from '../pipeline/business-context.js';
import { appointmentOf } from '../store/booking.js';
import { at, defs } from '../store/collections.js';
import { group } from '../store/database.js';
import type { ConversationDoc, ReminderDoc } from '../store/documents.js';
import { workFields } from '../store/work-item.js';
import { writeCustomerMessage } from './customer-messages.js';
import type { BookingDeps } from './deps.js';
import { noticeValues } from './describe.js';

export const reminderGroup = () => group(defs.reminders);

/** WhatsApp's customer-service window: only templates go out after it. */
const WINDOW_MS = 24 * 3_600_000;

export const confirmId = (appointmentId: string) => `apt:confirm:${appointmentId}`;
export const cancelId = (appointmentId: string) => `apt:cancel:${appointmentId}`;

export type ReminderOutcome = { result: 'sent'; outboxId: string } | { result: 'skipped' | 'not_due'; why: string };

function outsideWindow(conversation: ConversationDoc, now: Date): boolean {
  if (!conversation.channel.startsWith('whatsapp-')) return false;
  const last = conversation.lastInboundAt?.getTime();
  return last === undefined || now.getTime() - last >= WINDOW_MS;
}

export async function sendReminder(
  deps: BookingDeps,
  businessId: string,
  reminderId: string,
): Promise<ReminderOutcome> {
  const business = await loadBusinessContext(deps, businessId);
  return deps.db.transaction(async (tx): Promise<ReminderOutcome> => {
    const now = deps.now();
    const ref = at.reminder(businessId, reminderId);
    const reminder = await tx.get(ref);
    if (!reminder) return { result: 'skipped', why: 'no such reminder' };
    if (reminder.state !== 'pending' && reminder.state !== 'retry')
      return { result: 'skipped', why: `already ${reminder.state}` };
    if (reminder.at > now) return { result: 'not_due', why: 'not yet' };
    const stored = await tx.get(at.appointment(businessId, reminder.appointmentId));
    const a: Appointment | undefined = stored && appointmentOf(stored);
    const conversation = a?.conversationId ? await tx.get(at.conversation(businessId, a.conversationId)) : undefined;
    const skip = (why: string): ReminderOutcome => {
      tx.update(ref, { ...workFields<ReminderDoc>('', { state: 'skipped', reason: why, finished: true }) });
      return { result: 'skipped', why };
    };
    if (!a || !HOLDS_SLOT.has(a.status) || a.status === 'held')
      return skip(`the appointment is ${a?.status ?? 'gone'}`);
    if (a.start.getTime() !== reminder.start.getTime()) return skip('the appointment was moved');
    if (a.start <= now) return skip('the appointment has started');
    if (!conversation || !a.conversationId) return skip('booked outside a conversation: nobody to remind');

    const language = noticeLanguage(conversation.language, business.profile.languages);
    const values = noticeValues(business, a, language);
    const text = noticeText('reminder', language, values);
    const template = business.settings.booking.reminders.template;
    const message =
      template && outsideWindow(conversation, now)
        ? {
            text,
            template: {
              name: template.name,
              language: template.language,
              bodyParameters: [values.service, `${values.day} ${values.time}`],
            },
          }
        : {
            text,
            buttons: [
              { id: confirmId(a.id), title: NOTICES[language].confirmButton },
              { id: cancelId(a.id), title: NOTICES[language].cancelButton },
            ],
          };
    const outboxId = `${reminderId}-${reminder.attempts + 1}`;
    writeCustomerMessage(tx, businessId, a.conversationId, conversation, outboxId, message, now);
    tx.update(ref, {
      ...workFields<ReminderDoc>('', { state: 'sent', finished: true }),
      attempts: reminder.attempts + 1,
      outboxId,
    });
    return { result: 'sent', outboxId };
  });
}
