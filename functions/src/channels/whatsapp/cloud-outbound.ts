/**
 * What Frontdesk sends on WhatsApp, shared by every WhatsApp provider.
 *
 * `planWhatsAppMessage` turns an OutboundMessage into the WhatsApp messages
 * that carry it (pure, provider-neutral), within WhatsApp's limits:
 * - text: 4096 characters a message; longer texts go out as several
 *   messages, split at paragraphs or sentences (text-split.ts);
 * - 1–3 buttons: an interactive message with reply buttons (body ≤ 1024,
 *   titles ≤ 20); earlier parts of a long text go first as plain text;
 * - 4–10 buttons: an interactive list (rows ≤ 24 characters, the full title
 *   kept as the row's description when cut);
 * - more buttons, or a provider without interactive messages: a numbered
 *   list appended to the text;
 * - an image: an image message with the text as caption (≤ 1024), the rest
 *   of a long text after it; with reply buttons, the image is their header;
 * - a template: sent instead of the text (the only message WhatsApp accepts
 *   outside the 24-hour customer-service window).
 *
 * `cloudApiMessageBody` writes one part as a Cloud API `/messages` body
 * (developers.facebook.com/documentation/business-messaging/whatsapp/messages/…),
 * which Meta, 360dialog and Qiscus accept alike — with the send's callback
 * data as `biz_opaque_callback_data` where the provider passes it on (the
 * Cloud API echoes it in the message's status webhooks).
 */
import { SERVICE_WINDOW_HOURS } from '../../domain/service-window.js';
import { z } from 'zod';
import type { OutboundButton, OutboundMessage, OutboundTemplate } from '../../domain/message.js';
import { ValidationError } from '../../errors.js';
import type { ChannelCapabilities } from '../channel.js';
import { partCallbackData } from '../shared/callback-data.js';
import { codePointLength, splitHead, splitTail, splitText } from '../shared/text-split.js';
import type { GraphErrorRules } from '../meta/graph.js';

export const WHATSAPP_TEXT_LIMIT = 4096;
export const WHATSAPP_CAPTION_LIMIT = 1024;
export const WHATSAPP_INTERACTIVE_BODY_LIMIT = 1024;
export const WHATSAPP_MAX_REPLY_BUTTONS = 3;
export const WHATSAPP_BUTTON_TITLE_LIMIT = 20;
export const WHATSAPP_MAX_LIST_ROWS = 10;
export const WHATSAPP_LIST_ROW_TITLE_LIMIT = 24;
export const WHATSAPP_LIST_ROW_DESCRIPTION_LIMIT = 72;
/** The label of the button that opens a list: a symbol, since the customer's language is not known here. */
export const WHATSAPP_LIST_BUTTON_LABEL = '☰';

/** What every WhatsApp provider with interactive messages can show (and whether it passes callback data on). */
export function whatsappCapabilities(confirmsByCallback: boolean): ChannelCapabilities {
  return {
    maxTextLength: WHATSAPP_TEXT_LIMIT,
    maxButtons: WHATSAPP_MAX_REPLY_BUTTONS,
    serviceWindowHours: SERVICE_WINDOW_HOURS['whatsapp-meta'],
    confirmsByCallback,
  };
}

/** Cloud API error codes (developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes). */
export const WHATSAPP_ERROR_RULES: GraphErrorRules = {
  130429: { retryable: true, message: 'rate limited: Cloud API throughput reached' },
  131048: { retryable: true, message: 'rate limited: spam rate limit hit for this business number' },
  131056: { retryable: true, message: 'rate limited: too many messages to this customer in a short time' },
  131000: { retryable: true, message: 'WhatsApp failed to send the message (unknown error)' },
  131047: {
    retryable: false,
    message: "outside WhatsApp's 24-hour customer service window; a template message is required",
  },
  131026: {
    retryable: false,
    message:
      'message undeliverable: the number may not use WhatsApp, may have blocked the business, or needs to update',
  },
  131030: {
    retryable: false,
    message: 'recipient is not in the allowed list of test numbers (the Meta app is in development mode)',
  },
  131031: { retryable: false, message: 'the WhatsApp Business Account is locked' },
  132001: { retryable: false, message: 'template not found: check its name and language (it may not be approved yet)' },
  132000: { retryable: false, message: "the template's parameter count does not match its placeholders" },
  368: { retryable: false, message: 'the business is temporarily blocked for policy violations' },
  100: { retryable: false, message: 'invalid parameter: check the phone number id and the recipient' },
  190: {
    retryable: false,
    message: 'access token rejected (expired or revoked): reconnect WhatsApp for this business',
  },
};

/** One WhatsApp message of a planned send. */
export type OutboundPart =
  | { kind: 'text'; text: string }
  | { kind: 'image'; url: string; caption?: string | undefined }
  | { kind: 'buttons'; text: string; buttons: OutboundButton[]; imageUrl?: string | undefined }
  | { kind: 'list'; text: string; buttons: OutboundButton[] }
  | { kind: 'template'; template: OutboundTemplate };

export interface PlanOptions {
  /** False for a provider without interactive messages: buttons become a numbered list. Default true. */
  interactive?: boolean;
}

/** The WhatsApp messages that carry `message`, in sending order. Throws ValidationError for nothing to send. */
export function planWhatsAppMessage(message: OutboundMessage, options: PlanOptions = {}): OutboundPart[] {
  if (message.template) return [{ kind: 'template', template: checkedTemplate(message.template) }];

  let text = message.text.trim();
  const image = message.image?.url.trim() || undefined;
  const buttons = usableButtons(message.buttons);
  if (text === '' && !image) throw new ValidationError('Refusing to send an empty WhatsApp message');

  const interactive = options.interactive !== false && text !== '';
  if (interactive && buttons.length > 0 && buttons.length <= WHATSAPP_MAX_LIST_ROWS) {
    const [leading, body] = splitTail(text, WHATSAPP_INTERACTIVE_BODY_LIMIT);
    const before: OutboundPart[] = splitText(leading, WHATSAPP_TEXT_LIMIT).map((t) => ({ kind: 'text', text: t }));
    if (buttons.length <= WHATSAPP_MAX_REPLY_BUTTONS) {
      return [...before, { kind: 'buttons', text: body, buttons, imageUrl: image }];
    }
    const picture: OutboundPart[] = image ? [{ kind: 'image', url: image }] : [];
    return [...picture, ...before, { kind: 'list', text: body, buttons }];
  }
  if (buttons.length > 0) text = [text, numberedList(buttons)].filter(Boolean).join('\n\n');

  if (image) {
    const [caption, rest] = splitHead(text, WHATSAPP_CAPTION_LIMIT);
    return [
      { kind: 'image', url: image, caption: caption || undefined },
      ...splitText(rest, WHATSAPP_TEXT_LIMIT).map((t): OutboundPart => ({ kind: 'text', text: t })),
    ];
  }
  return splitText(text, WHATSAPP_TEXT_LIMIT).map((t) => ({ kind: 'text', text: t }));
}

/** "1. Haircut\n2. Colour …": buttons for a channel (or a count) that cannot show them. */
export function numberedList(buttons: readonly OutboundButton[]): string {
  return buttons.map((button, index) => `${index + 1}. ${button.title.trim()}`).join('\n');
}

function usableButtons(buttons: readonly OutboundButton[] | undefined): OutboundButton[] {
  const seen = new Set<string>();
  const usable: OutboundButton[] = [];
  for (const button of buttons ?? []) {
    const id = button.id.trim();
    const title = button.title.trim();
    if (id === '' || title === '' || seen.has(id)) continue;
    seen.add(id);
    usable.push({ id, title });
  }
  return usable;
}

function checkedTemplate(template: OutboundTemplate): OutboundTemplate {
  const name = template.name.trim();
  const language = template.language.trim();
  if (name === '' || language === '') {
    throw new ValidationError('A WhatsApp template needs a name and a language code');
  }
  return { name, language, bodyParameters: template.bodyParameters };
}

/** At most `limit` code points, with an ellipsis when cut. */
export function fitTitle(title: string, limit: number): string {
  if (codePointLength(title) <= limit) return title;
  return `${Array.from(title)
    .slice(0, limit - 1)
    .join('')
    .trimEnd()}…`;
}

// ------------------------------------------------------------ Cloud API bodies

/**
 * A business-scoped user id ("US.13491208655302741918", "US.ENT.…"): two
 * letters, a dot, then the id. Phone numbers are digits, so never match.
 */
const BSUID = /^[A-Za-z]{2}\.[A-Za-z0-9.]+$/;

/**
 * Who a send goes to: a phone number in `to`; a customer known only by a
 * BSUID in `recipient`, which Meta added for them (…/whatsapp/business-scoped-user-ids,
 * "Messages API"; `to` would take precedence, so it is left out).
 */
export function cloudApiRecipient(userId: string): { to: string } | { recipient: string } {
  return BSUID.test(userId) ? { recipient: userId } : { to: userId };
}

/** One part as a Cloud API `/messages` body for the customer `to`, tagged with `callbackData` when given. */
export function cloudApiMessageBody(part: OutboundPart, to: string, callbackData?: string): Record<string, unknown> {
  const envelope = {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    ...cloudApiRecipient(to),
    ...(callbackData ? { biz_opaque_callback_data: callbackData } : {}),
  };
  switch (part.kind) {
    case 'text':
      return { ...envelope, type: 'text', text: { preview_url: false, body: part.text } };
    case 'image':
      return {
        ...envelope,
        type: 'image',
        image: part.caption ? { link: part.url, caption: part.caption } : { link: part.url },
      };
    case 'buttons':
      return {
        ...envelope,
        type: 'interactive',
        interactive: {
          type: 'button',
          ...(part.imageUrl ? { header: { type: 'image', image: { link: part.imageUrl } } } : {}),
          body: { text: part.text },
          action: {
            buttons: part.buttons.map((b) => ({
              type: 'reply',
              reply: { id: b.id, title: fitTitle(b.title, WHATSAPP_BUTTON_TITLE_LIMIT) },
            })),
          },
        },
      };
    case 'list':
      return {
        ...envelope,
        type: 'interactive',
        interactive: {
          type: 'list',
          body: { text: part.text },
          action: { button: WHATSAPP_LIST_BUTTON_LABEL, sections: [{ rows: part.buttons.map(listRow) }] },
        },
      };
    case 'template':
      return { ...envelope, type: 'template', template: cloudApiTemplate(part.template) };
  }
}

/** Every Cloud API body for `message`, in sending order, each part tagged with its callback data. */
export function cloudApiMessageBodies(message: OutboundMessage): Record<string, unknown>[] {
  return planWhatsAppMessage(message).map((part, index) =>
    cloudApiMessageBody(part, message.userId, partCallbackData(message.callbackData, index)),
  );
}

function listRow(button: OutboundButton): Record<string, string> {
  const title = fitTitle(button.title, WHATSAPP_LIST_ROW_TITLE_LIMIT);
  return title === button.title
    ? { id: button.id, title }
    : { id: button.id, title, description: fitTitle(button.title, WHATSAPP_LIST_ROW_DESCRIPTION_LIMIT) };
}

/** `{ name, language: { code }, components: [{ type: 'body', parameters: [{ type: 'text', text }] }] }`. */
export function cloudApiTemplate(template: OutboundTemplate): Record<string, unknown> {
  const parameters = template.bodyParameters.map((text) => ({ type: 'text', text }));
  return {
    name: template.name,
    language: { code: template.language },
    ...(parameters.length ? { components: [{ type: 'body', parameters }] } : {}),
  };
}

const CloudApiSendAnswer = z.object({ messages: z.array(z.object({ id: z.string().trim().min(1).max(512) })).min(1) });

/** The message id of a Cloud API send answer `{ messaging_product, contacts, messages: [{ id }] }`. */
export function cloudApiMessageId(json: unknown): string | undefined {
  const parsed = CloudApiSendAnswer.safeParse(json);
  return parsed.success ? parsed.data.messages[0]?.id : undefined;
}
