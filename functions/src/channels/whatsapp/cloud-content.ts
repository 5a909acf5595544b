/**
 * What one WhatsApp Cloud API message says, by its `type` (shapes in
 * cloud-payload.ts): text, media, location, interactive and template button
 * replies, reactions; anything else as unsupported content that says what it
 * was, so the customer still gets an answer.
 */
import type { z } from 'zod';
import type { MediaRef, MessageContent } from '../../domain/message.js';
import { issuesOf, ownField, withoutUndefined } from '../shared/parse-helpers.js';
import * as P from './cloud-payload.js';

export type Problem = { reason: string };

export function readContent(type: string, message: unknown): MessageContent | Problem {
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
    case 'audio': {
      const media = P.MediaBody.safeParse(body);
      return media.success
        ? { type: 'audio', media: mediaRef(media.data), voice: media.data.voice === true }
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
    case 'system':
      // Sent by WhatsApp (e.g. "the customer changed number"), not by the customer: nobody awaits an answer.
      return { reason: 'WhatsApp system notice (e.g. a changed number), not a customer message' };
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
  for (const part of [error.title, error.message, error.error_data?.details]) {
    const text = part?.trim();
    if (text && !parts.includes(text)) parts.push(text);
  }
  const text = parts.length ? parts.join(': ') : `error ${error.code}`;
  return text.length > 500 ? `${text.slice(0, 499)}…` : text;
}
