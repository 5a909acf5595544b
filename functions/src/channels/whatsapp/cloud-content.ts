/**
 * What one WhatsApp Cloud API message says, by its `type` (shapes in
 * cloud-payload.ts; Meta's references under
 * developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/):
 * text, media (and the On-Premises API's `voice`), location, interactive and
 * template button replies, reactions, a customer's edit (the new content);
 * shared contacts and orders as unsupported content that says what they
 * hold, so staff see it; notices nobody typed (system, request_welcome, a
 * deletion) as a reason. Anything else is unsupported content that says what
 * it was, so the customer still gets an answer.
 */
import type { z } from 'zod';
import type { MediaRef, MessageContent } from '../../domain/message.js';
import { issuesOf, ownField, withoutUndefined } from '../shared/parse-helpers.js';
import * as P from './cloud-payload.js';

export type Problem = { reason: string };

export function readContent(type: string, message: unknown, nested = false): MessageContent | Problem {
  const body = ownField(message, type);
  const bad = (error: z.ZodError): Problem => ({
    reason: `"${type}" message without a usable "${type}" object: ${issuesOf(error)}`,
  });
  switch (type) {
    case 'text': {
      const text = P.TextBody.safeParse(body);
      return text.success ? { type: 'text', text: text.data.body } : bad(text.error);
    }
    case 'image':
    case 'video':
    case 'document':
    case 'sticker': {
      const media = P.MediaBody.safeParse(body);
      if (!media.success) return bad(media.error);
      const caption = type === 'sticker' ? undefined : media.data.caption;
      return withoutUndefined<MessageContent>({ type, media: mediaRef(media.data), caption });
    }
    case 'audio':
    case 'voice': {
      // `voice` is the On-Premises API's voice note (still forwarded by Qiscus); the Cloud API says `voice: true`.
      const media = P.MediaBody.safeParse(body);
      return media.success
        ? { type: 'audio', media: mediaRef(media.data), voice: type === 'voice' || media.data.voice === true }
        : bad(media.error);
    }
    case 'location': {
      const location = P.LocationBody.safeParse(body);
      if (!location.success) return bad(location.error);
      const { latitude, longitude, name, address } = location.data;
      return withoutUndefined<MessageContent>({ type: 'location', latitude, longitude, name, address });
    }
    case 'interactive':
      return readInteractive(body);
    case 'button': {
      const button = P.ButtonBody.safeParse(body);
      if (!button.success) return bad(button.error);
      const replyId = button.data.payload || button.data.text;
      if (!replyId) return { reason: 'template button reply without payload or text' };
      return { type: 'interactive', replyId, title: button.data.text };
    }
    case 'reaction': {
      const reaction = P.ReactionBody.safeParse(body);
      if (!reaction.success) return bad(reaction.error);
      // Meta omits the emoji when the customer removes a reaction: '' says "removed".
      return { type: 'reaction', emoji: reaction.data.emoji ?? '', toProviderMessageId: reaction.data.message_id };
    }
    case 'system': {
      // Sent by WhatsApp (e.g. "the customer changed number"), not by the customer: nobody awaits an answer.
      const system = P.SystemBody.safeParse(body).data;
      const what = [system?.type, system?.body].filter(Boolean).join(': ').slice(0, 300);
      return {
        reason: `WhatsApp system notice (e.g. a changed number), not a customer message${what ? `: ${what}` : ''}`,
      };
    }
    case 'request_welcome':
      return { reason: 'the customer opened the chat for the first time (request_welcome); nothing was written yet' };
    case 'revoke': {
      const revoke = P.RevokeBody.safeParse(body);
      if (!revoke.success) return bad(revoke.error);
      return {
        reason: `the customer deleted message ${revoke.data.original_message_id.slice(0, 120)}; deletions are not applied`,
      };
    }
    case 'edit': {
      // The edited message is the customer's latest word: read as a new message, as Telegram's edits are.
      const edit = P.EditBody.safeParse(body);
      if (!edit.success) return bad(edit.error);
      if (nested) return { reason: 'an edit inside an edit' };
      return readContent(edit.data.message.type, edit.data.message, true);
    }
    case 'contacts':
      return sharedContacts(body);
    case 'order': {
      const order = P.OrderBody.safeParse(body);
      if (!order.success) return bad(order.error);
      const items = order.data.product_items?.length ?? 0;
      const note = order.data.text?.trim();
      const summary = `an order from the catalog (${items} item${items === 1 ? '' : 's'})${note ? `: "${note}"` : ''}`;
      return { type: 'unsupported', providerType: 'order', summary: summary.slice(0, 500) };
    }
    case 'unsupported':
    case 'unknown':
      return unsupported(message, P.UnsupportedBody.safeParse(body).data?.type ?? type);
    default:
      return unsupported(message, type);
  }
}

function readInteractive(body: unknown): MessageContent | Problem {
  const kind = P.InteractiveKind.safeParse(body);
  if (!kind.success) return { reason: `"interactive" message without a type: ${issuesOf(kind.error)}` };
  const reply =
    kind.data.type === 'button_reply'
      ? P.ButtonReplyBody.safeParse(body)
      : kind.data.type === 'list_reply'
        ? P.ListReplyBody.safeParse(body)
        : undefined;
  if (!reply) return unsupported(undefined, `interactive.${kind.data.type.slice(0, 40)}`);
  if (!reply.success) return { reason: `interactive ${kind.data.type} does not fit: ${issuesOf(reply.error)}` };
  const { id, title } = 'button_reply' in reply.data ? reply.data.button_reply : reply.data.list_reply;
  return { type: 'interactive', replyId: id, title };
}

/** A shared contact card: staff read it (a phone number is not something to answer automatically). */
function sharedContacts(body: unknown): MessageContent | Problem {
  const contacts = P.ContactsBody.safeParse(body);
  if (!contacts.success) return { reason: `"contacts" message without usable contacts: ${issuesOf(contacts.error)}` };
  const cards = contacts.data.map((contact) => {
    const name = (contact.name?.formatted_name ?? contact.name?.first_name)?.trim();
    const phones = (contact.phones ?? []).map((p) => (p.phone ?? p.wa_id)?.trim()).filter(Boolean);
    return [name, ...phones].filter(Boolean).join(', ');
  });
  const summary = `a shared contact: ${cards.filter(Boolean).join('; ') || 'no name or number'}`.slice(0, 500);
  return { type: 'unsupported', providerType: 'contacts', summary };
}

/** Content we cannot read still becomes an event, so the customer gets a polite answer. */
function unsupported(message: unknown, providerType: string): MessageContent {
  const errors = ownField(message, 'errors');
  const first = P.WebhookError.safeParse(Array.isArray(errors) ? errors[0] : undefined);
  const summary = first.success
    ? describeWebhookError(first.data)
    : `a WhatsApp "${providerType}" message, which Frontdesk cannot read`;
  return { type: 'unsupported', providerType, summary };
}

function mediaRef(media: z.infer<typeof P.MediaBody>): MediaRef {
  return withoutUndefined<MediaRef>({
    providerMediaId: media.id,
    url: media.url,
    mimeType: media.mime_type,
    sha256: media.sha256,
    fileName: media.filename,
  });
}

/** "title: details" from a webhook error object, e.g. "Re-engagement message: Message failed to send because…". */
export function describeWebhookError(error: P.WebhookError): string {
  const parts: string[] = [];
  for (const part of [error.title, error.message, error.error_data?.details, error.details]) {
    const text = part?.trim();
    if (text && !parts.includes(text)) parts.push(text);
  }
  const text = parts.length ? parts.join(': ') : `error ${error.code}`;
  return text.length > 500 ? `${text.slice(0, 499)}…` : text;
}
