/**
 * What the customer is told when their appointment changes without them
 * being in the middle of a conversation about it: the owner approved or
 * declined, the deposit arrived, the payment time ran out, the business
 * moved or cancelled it — and the reminders before it. In the dialogue's
 * languages; placeholders are filled only with the appointment's own
 * data ({service}, {day}, {time}, {deposit}, {url}, {until}, {refund}).
 *
 * Pure: the pipeline picks the language (the conversation's), formats the
 * values (dialogue/render.ts) and writes the message.
 */
import type { CustomerNotice } from './lifecycle.js';
import { type DialogueLanguage, fill, isDialogueLanguage } from './dialogue/texts.js';

export type NoticeKey = CustomerNotice | 'reminder' | 'reminder_confirmed' | 'refund_sent';

export interface NoticeTexts extends Record<NoticeKey, string> {
  /** Appended to a cancellation that refunds money. */
  refundPart: string;
  confirmButton: string;
  cancelButton: string;
}

export const NOTICES: Record<DialogueLanguage, NoticeTexts> = {
  en: {
    confirmed: 'Your {service} on {day} at {time} is confirmed. See you then!',
    pending_approval:
      'Thanks! Your request for {service} on {day} at {time} is waiting for the team’s approval. I’ll let you know.',
    awaiting_payment:
      'Your {service} on {day} at {time} is approved. Please pay the {deposit} deposit by {until} to confirm it: {url}',
    declined: 'Sorry, the team could not accept {service} on {day} at {time}.',
    cancelled: 'Your {service} on {day} at {time} is cancelled.',
    rescheduled: 'Your {service} is now on {day} at {time}.',
    payment_expired: 'The deposit for {service} on {day} at {time} was not paid in time, so the slot was released.',
    change_pending:
      'Your change to {service} on {day} at {time} is waiting for the team’s approval. I’ll let you know.',
    change_declined: 'The team could not accept the change: your {service} stays on {day} at {time}.',
    refund_pending:
      'Your {service} on {day} at {time} is cancelled. The refund of {refund} waits for the team’s approval.',
    refund_declined: 'The team did not approve a refund for {service} on {day} at {time}.',
    reminder: 'Reminder: {service} on {day} at {time}. Can you make it?',
    reminder_confirmed: 'Thank you, see you on {day} at {time}!',
    refund_sent: 'Your refund of {refund} is on its way.',
    refundPart: '{refund} will be refunded.',
    confirmButton: 'Confirm',
    cancelButton: 'Cancel',
  },
  es: {
    confirmed: 'Tu cita de {service} el {day} a las {time} está confirmada. ¡Te esperamos!',
    pending_approval:
      '¡Gracias! Tu solicitud de {service} el {day} a las {time} espera la aprobación del equipo. Te aviso en cuanto respondan.',
    awaiting_payment:
      'Tu cita de {service} el {day} a las {time} está aprobada. Paga el depósito de {deposit} antes de las {until} para confirmarla: {url}',
    declined: 'Lo siento, el equipo no ha podido aceptar {service} el {day} a las {time}.',
    cancelled: 'Tu cita de {service} el {day} a las {time} está cancelada.',
    rescheduled: 'Tu cita de {service} es ahora el {day} a las {time}.',
    payment_expired: 'El depósito de {service} el {day} a las {time} no se pagó a tiempo y la hora quedó libre.',
    change_pending: 'Tu cambio de {service} el {day} a las {time} espera la aprobación del equipo. Te aviso.',
    change_declined: 'El equipo no ha podido aceptar el cambio: tu cita de {service} sigue el {day} a las {time}.',
    refund_pending:
      'Tu cita de {service} el {day} a las {time} está cancelada. El reembolso de {refund} espera la aprobación del equipo.',
    refund_declined: 'El equipo no ha aprobado el reembolso de {service} el {day} a las {time}.',
    reminder: 'Recordatorio: {service} el {day} a las {time}. ¿Podrás venir?',
    reminder_confirmed: '¡Gracias, te esperamos el {day} a las {time}!',
    refund_sent: 'Tu reembolso de {refund} está en camino.',
    refundPart: 'Se reembolsarán {refund}.',
    confirmButton: 'Confirmar',
    cancelButton: 'Cancelar',
  },
  fr: {
    confirmed: 'Votre rendez-vous {service} le {day} à {time} est confirmé. À bientôt !',
    pending_approval:
      'Merci ! Votre demande pour {service} le {day} à {time} attend l’accord de l’équipe. Je vous tiens au courant.',
    awaiting_payment:
      'Votre rendez-vous {service} le {day} à {time} est accepté. Réglez l’acompte de {deposit} avant {until} pour le confirmer : {url}',
    declined: 'Désolé, l’équipe n’a pas pu accepter {service} le {day} à {time}.',
    cancelled: 'Votre rendez-vous {service} le {day} à {time} est annulé.',
    rescheduled: 'Votre rendez-vous {service} est maintenant le {day} à {time}.',
    payment_expired: 'L’acompte pour {service} le {day} à {time} n’a pas été réglé à temps : le créneau a été libéré.',
    change_pending:
      'Votre modification pour {service} le {day} à {time} attend l’accord de l’équipe. Je vous tiens au courant.',
    change_declined:
      'L’équipe n’a pas pu accepter la modification : votre rendez-vous {service} reste le {day} à {time}.',
    refund_pending:
      'Votre rendez-vous {service} le {day} à {time} est annulé. Le remboursement de {refund} attend l’accord de l’équipe.',
    refund_declined: 'L’équipe n’a pas accepté de remboursement pour {service} le {day} à {time}.',
    reminder: 'Rappel : {service} le {day} à {time}. Vous serez là ?',
    reminder_confirmed: 'Merci, à {time} le {day} !',
    refund_sent: 'Votre remboursement de {refund} est en route.',
    refundPart: '{refund} vous seront remboursés.',
    confirmButton: 'Confirmer',
    cancelButton: 'Annuler',
  },
  ar: {
    confirmed: 'تم تأكيد موعدك لـ {service} يوم {day} الساعة {time}. بانتظارك!',
    pending_approval: 'شكرًا! طلبك لـ {service} يوم {day} الساعة {time} بانتظار موافقة الفريق. سأخبرك بالرد.',
    awaiting_payment:
      'تمت الموافقة على موعدك لـ {service} يوم {day} الساعة {time}. ادفع العربون {deposit} قبل {until} لتأكيده: {url}',
    declined: 'عذرًا، لم يتمكن الفريق من قبول {service} يوم {day} الساعة {time}.',
    cancelled: 'تم إلغاء موعدك لـ {service} يوم {day} الساعة {time}.',
    rescheduled: 'أصبح موعدك لـ {service} يوم {day} الساعة {time}.',
    payment_expired: 'لم يُدفع العربون لـ {service} يوم {day} الساعة {time} في الوقت المحدد، فتم تحرير الموعد.',
    change_pending: 'طلب تعديل موعدك لـ {service} يوم {day} الساعة {time} بانتظار موافقة الفريق. سأخبرك بالرد.',
    change_declined: 'لم يتمكن الفريق من قبول التعديل: يبقى موعدك لـ {service} يوم {day} الساعة {time}.',
    refund_pending: 'تم إلغاء موعدك لـ {service} يوم {day} الساعة {time}. استرداد {refund} بانتظار موافقة الفريق.',
    refund_declined: 'لم يوافق الفريق على الاسترداد لـ {service} يوم {day} الساعة {time}.',
    reminder: 'تذكير: {service} يوم {day} الساعة {time}. هل ستحضر؟',
    reminder_confirmed: 'شكرًا، نراك يوم {day} الساعة {time}!',
    refund_sent: 'استرداد {refund} في الطريق إليك.',
    refundPart: 'سيتم استرداد {refund}.',
    confirmButton: 'تأكيد',
    cancelButton: 'إلغاء',
  },
  it: {
    confirmed: 'Il Suo appuntamento per {service} {day} alle {time} è confermato. A presto!',
    pending_approval:
      'Grazie! La Sua richiesta per {service} {day} alle {time} attende l’approvazione del team. La avviso appena rispondono.',
    awaiting_payment:
      'Il Suo appuntamento per {service} {day} alle {time} è approvato. Paghi l’acconto di {deposit} entro le {until} per confermarlo: {url}',
    declined: 'Mi dispiace, il team non ha potuto accettare {service} {day} alle {time}.',
    cancelled: 'Il Suo appuntamento per {service} {day} alle {time} è annullato.',
    rescheduled: 'Il Suo appuntamento per {service} è ora {day} alle {time}.',
    payment_expired:
      'L’acconto per {service} {day} alle {time} non è stato pagato in tempo e l’orario è stato liberato.',
    change_pending: 'La modifica di {service} {day} alle {time} attende l’approvazione del team. La avviso.',
    change_declined: 'Il team non ha potuto accettare la modifica: {service} resta {day} alle {time}.',
    refund_pending:
      'Il Suo appuntamento per {service} {day} alle {time} è annullato. Il rimborso di {refund} attende l’approvazione del team.',
    refund_declined: 'Il team non ha approvato il rimborso per {service} {day} alle {time}.',
    reminder: 'Promemoria: {service} {day} alle {time}. Riesce a venire?',
    reminder_confirmed: 'Grazie, La aspettiamo {day} alle {time}!',
    refund_sent: 'Il rimborso di {refund} è in arrivo.',
    refundPart: 'Le verranno rimborsati {refund}.',
    confirmButton: 'Confermo',
    cancelButton: 'Annulla',
  },
  de: {
    confirmed: 'Ihr Termin für {service} am {day} um {time} ist bestätigt. Bis dann!',
    pending_approval:
      'Danke! Ihre Anfrage für {service} am {day} um {time} wartet auf die Bestätigung des Teams. Ich melde mich.',
    awaiting_payment:
      'Ihr Termin für {service} am {day} um {time} ist angenommen. Bitte zahlen Sie die Anzahlung von {deposit} bis {until}, um ihn zu bestätigen: {url}',
    declined: 'Leider konnte das Team {service} am {day} um {time} nicht annehmen.',
    cancelled: 'Ihr Termin für {service} am {day} um {time} ist abgesagt.',
    rescheduled: 'Ihr Termin für {service} ist jetzt am {day} um {time}.',
    payment_expired:
      'Die Anzahlung für {service} am {day} um {time} wurde nicht rechtzeitig bezahlt, deshalb ist der Termin wieder frei.',
    change_pending:
      'Ihre Änderung für {service} am {day} um {time} wartet auf die Bestätigung des Teams. Ich melde mich.',
    change_declined: 'Das Team konnte die Änderung nicht annehmen: {service} bleibt am {day} um {time}.',
    refund_pending:
      'Ihr Termin für {service} am {day} um {time} ist abgesagt. Die Erstattung von {refund} wartet auf die Bestätigung des Teams.',
    refund_declined: 'Das Team hat keine Erstattung für {service} am {day} um {time} genehmigt.',
    reminder: 'Erinnerung: {service} am {day} um {time}. Passt es Ihnen?',
    reminder_confirmed: 'Danke, wir sehen uns am {day} um {time}!',
    refund_sent: 'Ihre Erstattung von {refund} ist unterwegs.',
    refundPart: '{refund} werden erstattet.',
    confirmButton: 'Bestätigen',
    cancelButton: 'Absagen',
  },
  ca: {
    confirmed: 'La teva cita de {service} el {day} a les {time} està confirmada. Fins aviat!',
    pending_approval:
      'Gràcies! La teva sol·licitud de {service} el {day} a les {time} espera l’aprovació de l’equip. T’aviso.',
    awaiting_payment:
      'La teva cita de {service} el {day} a les {time} està aprovada. Paga la paga i senyal de {deposit} abans de les {until} per confirmar-la: {url}',
    declined: 'Ho sento, l’equip no ha pogut acceptar {service} el {day} a les {time}.',
    cancelled: 'La teva cita de {service} el {day} a les {time} està cancel·lada.',
    rescheduled: 'La teva cita de {service} és ara el {day} a les {time}.',
    payment_expired:
      'La paga i senyal de {service} el {day} a les {time} no es va pagar a temps i l’hora ha quedat lliure.',
    change_pending: 'El teu canvi de {service} el {day} a les {time} espera l’aprovació de l’equip. T’aviso.',
    change_declined: 'L’equip no ha pogut acceptar el canvi: la teva cita de {service} continua el {day} a les {time}.',
    refund_pending:
      'La teva cita de {service} el {day} a les {time} està cancel·lada. El reemborsament de {refund} espera l’aprovació de l’equip.',
    refund_declined: 'L’equip no ha aprovat el reemborsament de {service} el {day} a les {time}.',
    reminder: 'Recordatori: {service} el {day} a les {time}. Podràs venir?',
    reminder_confirmed: 'Gràcies, t’esperem el {day} a les {time}!',
    refund_sent: 'El teu reemborsament de {refund} està en camí.',
    refundPart: 'Es reemborsaran {refund}.',
    confirmButton: 'Confirmar',
    cancelButton: 'Cancel·lar',
  },
  pt: {
    confirmed: 'A sua marcação de {service} a {day} às {time} está confirmada. Até lá!',
    pending_approval: 'Obrigado! O seu pedido de {service} a {day} às {time} aguarda a aprovação da equipa. Eu aviso.',
    awaiting_payment:
      'A sua marcação de {service} a {day} às {time} foi aprovada. Pague o sinal de {deposit} até às {until} para a confirmar: {url}',
    declined: 'Lamento, a equipa não pôde aceitar {service} a {day} às {time}.',
    cancelled: 'A sua marcação de {service} a {day} às {time} foi cancelada.',
    rescheduled: 'A sua marcação de {service} passou para {day} às {time}.',
    payment_expired: 'O sinal de {service} a {day} às {time} não foi pago a tempo e a hora foi libertada.',
    change_pending: 'A sua alteração de {service} a {day} às {time} aguarda a aprovação da equipa. Eu aviso.',
    change_declined: 'A equipa não pôde aceitar a alteração: a sua marcação de {service} mantém-se a {day} às {time}.',
    refund_pending:
      'A sua marcação de {service} a {day} às {time} foi cancelada. O reembolso de {refund} aguarda a aprovação da equipa.',
    refund_declined: 'A equipa não aprovou o reembolso de {service} a {day} às {time}.',
    reminder: 'Lembrete: {service} a {day} às {time}. Pode vir?',
    reminder_confirmed: 'Obrigado, até {day} às {time}!',
    refund_sent: 'O seu reembolso de {refund} está a caminho.',
    refundPart: 'Serão reembolsados {refund}.',
    confirmButton: 'Confirmar',
    cancelButton: 'Cancelar',
  },
};

export interface NoticeValues {
  service: string;
  day: string;
  time: string;
  deposit?: string | undefined;
  url?: string | undefined;
  until?: string | undefined;
  refund?: string | undefined;
}

/** The language to write in: the conversation's when the texts have it, else the business's first that does. */
export function noticeLanguage(
  preferred: string | null | undefined,
  businessLanguages: readonly string[],
): DialogueLanguage {
  if (isDialogueLanguage(preferred ?? undefined)) return preferred as DialogueLanguage;
  return businessLanguages.find((l): l is DialogueLanguage => isDialogueLanguage(l)) ?? 'en';
}

/** The notice, filled; a cancellation that refunds money says how much. */
export function noticeText(key: NoticeKey, language: DialogueLanguage, values: NoticeValues): string {
  const texts = NOTICES[language];
  const filled: Record<string, string> = { deposit: '', url: '', until: '', refund: '', ...definedOnly(values) };
  const text = fill(texts[key], filled);
  if (key === 'cancelled' && values.refund) return `${text} ${fill(texts.refundPart, filled)}`;
  return text;
}

function definedOnly(values: NoticeValues): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<string, string>;
}
