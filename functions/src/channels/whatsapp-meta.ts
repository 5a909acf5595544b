/**
 * WhatsApp through Meta's Cloud API.
 *
 * Inbound: the WhatsApp Business Account `messages` webhook (payload shapes in
 * whatsapp-meta-payload.ts), signed with X-Hub-Signature-256 and subscribed
 * with the hub.challenge handshake (meta-signature.ts). Every entry, change,
 * message and status of a delivery is read; a piece that does not fit becomes
 * `unprocessable` with a reason instead of failing the batch.
 *
 * Outbound: POST {base}/v21.0/{phone-number-id}/messages with the business's
 * access token (credentials.accessToken), a free-form text message, which
 * WhatsApp only accepts inside the 24-hour customer service window.
 */
import { z } from 'zod';
import { ConfigError, ProviderError, ValidationError } from '../errors.js';
import { header } from '../http/raw-request.js';
import { formatIssues, parseOrThrow, toIssues } from '../validation.js';
import type { ChannelAdapter, SendContext } from './channel.js';
import { GRAPH_API_VERSION, postToGraph, type GraphErrorRule } from './meta-graph.js';
import { META_SIGNATURE_HEADER, metaHandshake, verifyMetaSignature } from './meta-signature.js';
import type {
  InboundMessageEvent,
  MediaRef,
  MessageContent,
  OutboundMessage,
  ParsedDelivery,
  SendResult,
  StatusEvent,
} from './model.js';
import * as P from './whatsapp-meta-payload.js';

const CHANNEL = 'whatsapp-meta';

/** WhatsApp's limit for a text message body, in characters. */
export const WHATSAPP_TEXT_LIMIT = 4096;

/** Cloud API error codes (developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes). */
export const WHATSAPP_ERROR_RULES: Readonly<Record<number, GraphErrorRule>> = {
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
  368: { retryable: false, message: 'the business is temporarily blocked for policy violations' },
  100: { retryable: false, message: 'invalid parameter: check the phone number id and the recipient' },
  190: {
    retryable: false,
    message: 'access token rejected (expired or revoked): reconnect WhatsApp for this business',
  },
};

const SendResponse = z.object({ messages: z.array(z.object({ id: P.ProviderId })) });

export const whatsappMeta: ChannelAdapter = {
  type: CHANNEL,
  webhookAuth: 'deployment',
  capabilities: { maxTextLength: WHATSAPP_TEXT_LIMIT, maxButtons: 3, serviceWindowHours: 24 },

  handshake(request, secrets) {
    if (request.method !== 'GET') return undefined;
    return metaHandshake(request, secrets.metaVerifyToken);
  },

  verify(request, secrets) {
    verifyMetaSignature(request.rawBody, header(request, META_SIGNATURE_HEADER), secrets.metaAppSecret);
  },

  parse(request) {
    let json: unknown;
    try {
      json = JSON.parse(request.rawBody.toString('utf8'));
    } catch (err) {
      throw new ValidationError('WhatsApp (Meta) webhook body is not valid JSON', [], { cause: err });
    }
    const envelope = parseOrThrow(P.Envelope, json, 'WhatsApp (Meta) webhook');
    const delivery: ParsedDelivery = { events: [], unprocessable: [] };
    for (const entry of envelope.entry) readEntry(entry, delivery);
    return delivery;
  },

  send,
};

// ---------------------------------------------------------------- inbound

function readEntry(raw: unknown, out: ParsedDelivery): void {
  const entry = P.Entry.safeParse(raw);
  if (!entry.success) {
    out.unprocessable.push({ reason: `entry does not fit: ${issuesOf(entry.error)}`, fragment: raw });
    return;
  }
  for (const change of entry.data.changes) readChange(change, out);
}

function readChange(raw: unknown, out: ParsedDelivery): void {
  const change = P.Change.safeParse(raw);
  if (!change.success) {
    out.unprocessable.push({ reason: `change does not fit: ${issuesOf(change.error)}`, fragment: raw });
    return;
  }
  if (change.data.field !== 'messages') {
    const field = change.data.field.slice(0, 80);
    out.unprocessable.push({ reason: `"${field}" webhooks are not handled (only "messages")`, fragment: raw });
    return;
  }
  const value = P.MessagesValue.safeParse(change.data.value);
  if (!value.success) {
    out.unprocessable.push({ reason: `messages change does not fit: ${issuesOf(value.error)}`, fragment: raw });
    return;
  }
  const { metadata, contacts = [], messages = [], statuses = [], errors = [] } = value.data;
  const accountId = metadata.phone_number_id;
  const names = contactNames(contacts);
  for (const message of messages) {
    const result = readMessage(message, accountId, names);
    if ('reason' in result) out.unprocessable.push({ ...result, fragment: message, accountId });
    else out.events.push(result);
  }
  for (const status of statuses) {
    const result = readStatus(status, accountId);
    if ('reason' in result) out.unprocessable.push({ ...result, fragment: status, accountId });
    else out.events.push(result);
  }
  for (const error of errors) {
    const parsed = P.WebhookError.safeParse(error);
    const what = parsed.success ? describeError(parsed.data) : 'an error in an unknown format';
    out.unprocessable.push({ reason: `WhatsApp reported ${what}`, fragment: error, accountId });
  }
  if (messages.length + statuses.length + errors.length === 0) {
    out.unprocessable.push({
      reason: 'messages change without messages, statuses or errors',
      fragment: raw,
      accountId,
    });
  }
}

/** Profile names by WhatsApp id; a lone contact also names a sender whose number differs from its id. */
function contactNames(contacts: unknown[]): (waId: string) => string | undefined {
  const byId = new Map<string, string>();
  for (const raw of contacts) {
    const contact = P.Contact.safeParse(raw);
    const name = contact.success ? contact.data.profile?.name?.trim() : undefined;
    if (contact.success && name) byId.set(contact.data.wa_id, name);
  }
  const only = byId.size === 1 && contacts.length === 1 ? [...byId.values()][0] : undefined;
  return (waId) => byId.get(waId) ?? only;
}

type Problem = { reason: string };

function readMessage(
  raw: unknown,
  accountId: string,
  nameOf: (waId: string) => string | undefined,
): InboundMessageEvent | Problem {
  const base = P.MessageBase.safeParse(raw);
  if (!base.success) return { reason: `message does not fit: ${issuesOf(base.error)}` };
  const { from, id, timestamp, type } = base.data;
  const content = readContent(type, raw);
  if ('reason' in content) return content;
  return withoutUndefined<InboundMessageEvent>({
    kind: 'message',
    channel: CHANNEL,
    accountId,
    userId: from,
    userName: nameOf(from),
    providerMessageId: id,
    timestamp,
    content,
  });
}

function readContent(type: string, message: unknown): MessageContent | Problem {
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
    ? describeError(first.data)
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

const TRACKED_STATUSES = ['sent', 'delivered', 'read', 'failed'] as const;

function readStatus(raw: unknown, accountId: string): StatusEvent | Problem {
  const parsed = P.Status.safeParse(raw);
  if (!parsed.success) return { reason: `status does not fit: ${issuesOf(parsed.error)}` };
  const { id, status, timestamp, recipient_id, errors = [] } = parsed.data;
  const tracked = TRACKED_STATUSES.find((s) => s === status);
  if (!tracked) return { reason: `status "${status.slice(0, 40)}" is not tracked` };
  const first = P.WebhookError.safeParse(errors[0]);
  const error = first.success ? { code: String(first.data.code), message: describeError(first.data) } : undefined;
  return withoutUndefined<StatusEvent>({
    kind: 'status',
    channel: CHANNEL,
    accountId,
    userId: recipient_id,
    providerMessageId: id,
    status: tracked,
    timestamp,
    error,
  });
}

/** "title: details" from a webhook error object, e.g. "Re-engagement message: Message failed to send because…". */
function describeError(error: P.WebhookError): string {
  const parts: string[] = [];
  for (const part of [error.title, error.message, error.error_data?.details]) {
    const text = part?.trim();
    if (text && !parts.includes(text)) parts.push(text);
  }
  const text = parts.length ? parts.join(': ') : `error ${error.code}`;
  return text.length > 500 ? `${text.slice(0, 499)}…` : text;
}

function issuesOf(error: z.ZodError): string {
  return formatIssues(toIssues(error), 3).slice(0, 500);
}

function ownField(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string, unknown>)[key];
}

/** Drops keys whose value is undefined: events end up in Firestore, which refuses undefined. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// ---------------------------------------------------------------- outbound

async function send(message: OutboundMessage, context: SendContext): Promise<SendResult> {
  const accessToken = context.credentials.accessToken;
  if (!accessToken) throw new ConfigError('WhatsApp (Meta) is not connected for this business: no access token');
  if (message.text.trim() === '') throw new ValidationError('Refusing to send an empty WhatsApp message');
  const base = context.baseUrl.replace(/\/+$/, '');
  const json = await postToGraph({
    provider: CHANNEL,
    url: `${base}/${GRAPH_API_VERSION}/${encodeURIComponent(message.accountId)}/messages`,
    accessToken,
    fetch: context.fetch,
    errorRules: WHATSAPP_ERROR_RULES,
    body: {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: message.userId,
      type: 'text',
      text: { preview_url: false, body: fitText(message.text) },
    },
  });
  const parsed = SendResponse.safeParse(json);
  const id = parsed.success ? parsed.data.messages[0]?.id : undefined;
  if (!id) throw new ProviderError(CHANNEL, 'unexpected response from the Graph API: no message id', false);
  return { providerMessageId: id };
}

/** Longer texts are cut (at a character, never inside a surrogate pair) and end with an ellipsis. */
export function fitText(text: string): string {
  const chars = Array.from(text);
  return chars.length <= WHATSAPP_TEXT_LIMIT ? text : `${chars.slice(0, WHATSAPP_TEXT_LIMIT - 1).join('')}…`;
}
