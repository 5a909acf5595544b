/**
 * A customer's answer to a reminder: the buttons of the in-window reminder
 * (`apt:confirm:<id>`, `apt:cancel:<id>`) or the quick replies of the
 * reminder template (their text: "Confirm", "Cancel", in any of the notice
 * languages), which name no appointment — then it is the customer's next
 * confirmed one within two days. Confirm is noted on the appointment;
 * Cancel cancels it by the policy (a refund, or the owner's approval when
 * it is late). Returns the reply to send, or undefined when the message is
 * not an answer to a reminder.
 */
import { NOTICES, noticeLanguage, noticeText } from '../domain/booking/notices.js';
import type { Business } from '../domain/business.js';
import { at } from '../store/collections.js';
import type { BookingDeps } from './deps.js';
import { noticeValues } from './describe.js';
import { BookingSession } from './session.js';

const REPLY_ID = /^apt:(confirm|cancel):(.+)$/;
const TWO_DAYS = 48 * 3_600_000;

const words = (key: 'confirmButton' | 'cancelButton') =>
  new Set(Object.values(NOTICES).map((t) => t[key].toLocaleLowerCase()));

/** Whether a message can be an answer to a reminder at all (checked before anything is read). */
export function looksLikeReminderAnswer(input: { replyId?: string | undefined; text: string }): boolean {
  if (input.replyId && REPLY_ID.test(input.replyId)) return true;
  const said = (input.replyId ?? input.text).trim().toLocaleLowerCase();
  return words('confirmButton').has(said) || words('cancelButton').has(said);
}

export interface ReminderAnswer {
  text: string;
  language: string;
  appointmentId: string;
}

export async function answerReminderReply(
  deps: BookingDeps,
  business: Business,
  who: { contactId: string; conversationId: string; language?: string | null | undefined },
  input: { replyId?: string | undefined; text: string },
): Promise<ReminderAnswer | undefined> {
  const session = new BookingSession(deps, { business, ...who, source: 'dialogue' });
  const exact = input.replyId ? REPLY_ID.exec(input.replyId) : null;
  let action: 'confirm' | 'cancel' | undefined = exact?.[1] as 'confirm' | 'cancel' | undefined;
  let appointmentId = exact?.[2];
  if (!action) {
    const said = (input.replyId ?? input.text).trim().toLocaleLowerCase();
    action = words('confirmButton').has(said) ? 'confirm' : words('cancelButton').has(said) ? 'cancel' : undefined;
    if (!action) return undefined;
    const now = deps.now().getTime();
    const next = (await session.appointments()).find(
      (a) => a.status === 'confirmed' && a.start.getTime() - now <= TWO_DAYS,
    );
    if (!next) return undefined;
    appointmentId = next.id;
  }
  const stored = appointmentId ? await session.get(appointmentId) : undefined;
  if (!stored) return undefined;
  const language = noticeLanguage(who.language, business.profile.languages);

  if (action === 'confirm') {
    if (stored.status === 'confirmed' && !stored.attendanceConfirmedAt) {
      await deps.db.update(at.appointment(business.id, stored.id), { attendanceConfirmedAt: deps.now() });
    }
    const key = stored.status === 'confirmed' ? 'reminder_confirmed' : 'cancelled';
    return {
      text: noticeText(key, language, noticeValues(business, stored, language)),
      language,
      appointmentId: stored.id,
    };
  }
  const { result, appointment } = await session.cancel(stored.id);
  const after = appointment ?? stored;
  if (!result.ok && result.reason !== 'wrong_status') {
    return { text: result.message, language, appointmentId: stored.id };
  }
  const refund = after.refunds.reduce((s, r) => s + r.amount, 0);
  const key =
    after.status === 'pending_approval'
      ? 'change_pending'
      : after.pending?.kind === 'refund'
        ? 'refund_pending'
        : 'cancelled';
  const values = noticeValues(business, after, language, {
    refund: after.pending?.refundAmount ?? (refund || undefined),
  });
  return { text: noticeText(key, language, values), language, appointmentId: stored.id };
}
