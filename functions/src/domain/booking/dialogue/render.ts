/**
 * How the dialogue shows things: a choice as buttons when the channel can
 * show them all (its `maxButtons`), else as a numbered list in the text;
 * money, days and times in the customer's language.
 */
import type { OutboundButton } from '../../message.js';
import { formatDate } from '../../hours.js';
import { type DialogueLanguage, TEXTS } from './texts.js';

export interface Choice {
  id: string;
  title: string;
}

export interface Rendered {
  text: string;
  buttons?: OutboundButton[];
}

/** WhatsApp cuts reply-button titles at 20 characters; longer titles go in a list instead. */
export const MAX_BUTTON_TITLE = 20;

export function renderChoices(
  prompt: string,
  choices: readonly Choice[],
  maxButtons: number,
  language: DialogueLanguage,
): Rendered {
  if (choices.length === 0) return { text: prompt };
  const fits = choices.length <= maxButtons && choices.every((c) => [...c.title].length <= MAX_BUTTON_TITLE);
  if (fits) return { text: prompt, buttons: choices.map((c) => ({ id: c.id, title: c.title })) };
  const list = choices.map((c, i) => `${i + 1}. ${c.title}`).join('\n');
  return { text: `${prompt}\n${list}\n${TEXTS[language].replyNumber}` };
}

/** Arabic keeps Latin digits, as times are written everywhere else. */
const locale = (language: DialogueLanguage) => (language === 'ar' ? 'ar-u-nu-latn' : language);

export function formatMoney(amount: number, currency: string, language: DialogueLanguage): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(locale(language), {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : undefined,
    maximumFractionDigits: whole ? 0 : undefined,
  }).format(amount);
}

/** "Friday, February 13" / "viernes, 13 de febrero": a day inside a sentence. */
export const formatDay = (date: string, language: DialogueLanguage) => formatDate(date, language);

/** "Fri, Feb 13" / "vie, 13 feb": a day on a button. */
export function shortDay(date: string, language: DialogueLanguage): string {
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(`${date}T12:00:00Z`));
}
