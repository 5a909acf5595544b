/**
 * Reading WhatsApp Cloud API webhook payloads into normalised events, shared
 * by every WhatsApp provider that forwards Meta's payload: Meta itself,
 * 360dialog and MontyMobile (the whole `whatsapp_business_account` envelope)
 * and Qiscus (one change `value`, flattened, with Qiscus's own ids around it).
 * The payload shapes are in cloud-payload.ts; a message's content is read in
 * cloud-content.ts.
 *
 * Every entry, change, message, status and echo is read on its own; a piece
 * that does not fit becomes `unprocessable` with a reason instead of failing
 * the batch. Only a body that is not the Cloud API's shape at all throws
 * ValidationError.
 */
import type { ChannelType } from '../../domain/business.js';
import type { InboundMessageEvent, ParsedDelivery, StatusEvent, Unprocessable } from '../../domain/message.js';
import { parseOrThrow } from '../../validation.js';
import { issuesOf, withoutUndefined } from '../shared/parse-helpers.js';
import { describeWebhookError, readContent, type Problem } from './cloud-content.js';
import * as P from './cloud-payload.js';

export { parseJsonBody } from '../shared/parse-helpers.js';

/** Change fields that carry messages: customer messages, and echoes of what the business sent from its phone. */
const MESSAGE_FIELDS = new Set(['messages', 'smb_message_echoes', 'message_echoes']);

export interface CloudApiParseOptions {
  /** Names the payload in errors, e.g. 'WhatsApp (360dialog) webhook'. */
  label: string;
  /**
   * Whether `object: 'whatsapp_business_account'` is required. Meta and
   * 360dialog always send it; for a forwarder that does not document it,
   * `false` accepts any or no `object` (the entries are still checked).
   */
  requireObject?: boolean;
}

/** Where the events of one change belong. */
export interface CloudApiSource {
  channel: ChannelType;
  /** The business's account at the provider, which routes the events. */
  accountId: string;
}

const LenientEnvelope = P.Envelope.extend({ object: P.MessageType.optional() });

/** A whole `{ object: 'whatsapp_business_account', entry: [...] }` delivery; each change's phone_number_id is its account. */
export function parseCloudApiDelivery(
  json: unknown,
  channel: ChannelType,
  options: CloudApiParseOptions,
): ParsedDelivery {
  const schema = options.requireObject === false ? LenientEnvelope : P.Envelope;
  const envelope = parseOrThrow(schema, json, options.label);
  const delivery: ParsedDelivery = { events: [], unprocessable: [] };
  for (const entry of envelope.entry) readEntry(entry, channel, delivery);
  return delivery;
}

function readEntry(raw: unknown, channel: ChannelType, out: ParsedDelivery): void {
  const entry = P.Entry.safeParse(raw);
  if (!entry.success) {
    out.unprocessable.push({ reason: `entry does not fit: ${issuesOf(entry.error)}`, fragment: raw });
    return;
  }
  for (const change of entry.data.changes) readChange(change, channel, out);
}

function readChange(raw: unknown, channel: ChannelType, out: ParsedDelivery): void {
  const change = P.Change.safeParse(raw);
  if (!change.success) {
    out.unprocessable.push({ reason: `change does not fit: ${issuesOf(change.error)}`, fragment: raw });
    return;
  }
  if (!MESSAGE_FIELDS.has(change.data.field)) {
    const field = change.data.field.slice(0, 80);
    out.unprocessable.push({
      reason: `"${field}" webhooks are not handled (only "messages" and "smb_message_echoes")`,
      fragment: raw,
    });
    return;
  }
  const value = P.MessagesValue.safeParse(change.data.value);
  if (!value.success) {
    out.unprocessable.push({ reason: `messages change does not fit: ${issuesOf(value.error)}`, fragment: raw });
    return;
  }
  readCloudApiValue(value.data, { channel, accountId: value.data.metadata.phone_number_id }, out, raw);
}

/**
 * One change value's messages, statuses, echoes and errors, all routed to
 * `source.accountId`. `fragment` is what is kept when the value holds nothing.
 */
export function readCloudApiValue(
  value: P.ValueLists,
  source: CloudApiSource,
  out: ParsedDelivery,
  fragment: unknown,
): void {
  const { contacts = [], messages = [], statuses = [], errors = [], message_echoes: echoes = [] } = value;
  const { accountId } = source;
  const keep = (result: InboundMessageEvent | StatusEvent | Problem, piece: unknown): void => {
    if ('reason' in result) out.unprocessable.push({ ...result, fragment: piece, accountId } satisfies Unprocessable);
    else out.events.push(result);
  };
  const names = contactNames(contacts);
  for (const message of messages) keep(readMessage(message, source, names), message);
  for (const echo of echoes) keep(readEcho(echo, source), echo);
  for (const status of statuses) keep(readStatus(status, source), status);
  for (const error of errors) {
    const parsed = P.WebhookError.safeParse(error);
    const what = parsed.success ? describeWebhookError(parsed.data) : 'an error in an unknown format';
    out.unprocessable.push({ reason: `WhatsApp reported ${what}`, fragment: error, accountId });
  }
  if (messages.length + echoes.length + statuses.length + errors.length === 0) {
    out.unprocessable.push({
      reason: 'messages change without messages, echoes, statuses or errors',
      fragment,
      accountId,
    });
  }
}

/**
 * Profile names by WhatsApp id or BSUID (a customer with a username and no
 * name is called by the username); a lone contact also names a sender whose
 * number differs from its id.
 */
function contactNames(contacts: unknown[]): (waId: string) => string | undefined {
  const byId = new Map<string, string>();
  for (const raw of contacts) {
    const contact = P.Contact.safeParse(raw);
    if (!contact.success) continue;
    const { wa_id, user_id, profile } = contact.data;
    const name = profile?.name?.trim() || profile?.username?.trim();
    if (!name) continue;
    for (const id of [wa_id, user_id]) if (id) byId.set(id, name);
  }
  const only = new Set(byId.values()).size === 1 && contacts.length === 1 ? [...byId.values()][0] : undefined;
  return (waId) => byId.get(waId) ?? only;
}

function readMessage(
  raw: unknown,
  source: CloudApiSource,
  nameOf: (waId: string) => string | undefined,
): InboundMessageEvent | Problem {
  const base = P.MessageBase.safeParse(raw);
  if (!base.success) return { reason: `message does not fit: ${issuesOf(base.error)}` };
  const { from, from_user_id, id, timestamp, type, group_id } = base.data;
  if (group_id !== undefined) {
    return { reason: 'a message in a WhatsApp group (Groups API): Frontdesk answers one customer at a time' };
  }
  const content = readContent(type, raw);
  if ('reason' in content) return content;
  // The phone number while Meta gives it (the conversation customers always had), else the BSUID, which sends accept too.
  const userId = from ?? from_user_id!;
  return withoutUndefined<InboundMessageEvent>({
    kind: 'message',
    channel: source.channel,
    accountId: source.accountId,
    userId,
    userName: nameOf(userId),
    providerMessageId: id,
    timestamp,
    content,
  });
}

/**
 * A message staff sent from the WhatsApp Business app (or a linked device):
 * recorded in the customer's conversation as an echo, never answered.
 */
function readEcho(raw: unknown, source: CloudApiSource): InboundMessageEvent | Problem {
  const echo = P.MessageEcho.safeParse(raw);
  if (!echo.success) return { reason: `message echo does not fit: ${issuesOf(echo.error)}` };
  const { to, id, timestamp, type } = echo.data;
  const content = readContent(type, raw);
  if ('reason' in content) return { reason: `echo of the business's own message: ${content.reason}` };
  return {
    kind: 'message',
    channel: source.channel,
    accountId: source.accountId,
    userId: customerId(to),
    providerMessageId: id,
    timestamp,
    content,
    echo: true,
  };
}

/**
 * An echo's `to` is the number as the business typed it ("+1 650-555-1234");
 * customers' own messages carry the bare WhatsApp id ("16505551234"). Phone
 * numbers are reduced to their digits so both meet in one conversation.
 */
function customerId(to: string): string {
  const digits = to.replace(/\D/g, '');
  return /^\+?[\d\s().-]+$/.test(to.trim()) && digits !== '' ? digits : to;
}

const TRACKED_STATUSES = ['sent', 'delivered', 'read', 'failed'] as const;
/** Statuses that say as much as a tracked one: a voice message played (from March 2026) has been read. */
const STATUS_ALIASES: Readonly<Record<string, (typeof TRACKED_STATUSES)[number]>> = { played: 'read' };

function readStatus(raw: unknown, source: CloudApiSource): StatusEvent | Problem {
  const parsed = P.Status.safeParse(raw);
  if (!parsed.success) return { reason: `status does not fit: ${issuesOf(parsed.error)}` };
  const { id, status, timestamp, errors = [], biz_opaque_callback_data } = parsed.data;
  const recipient = parsed.data.recipient_id ?? parsed.data.recipient_user_id;
  if (recipient === undefined)
    return { reason: 'status names no recipient (neither recipient_id nor recipient_user_id)' };
  const tracked =
    TRACKED_STATUSES.find((s) => s === status) ??
    (Object.hasOwn(STATUS_ALIASES, status) ? STATUS_ALIASES[status] : undefined);
  if (!tracked) return { reason: `status "${status.slice(0, 40)}" is not tracked` };
  const first = P.WebhookError.safeParse(errors[0]);
  const error = first.success
    ? { code: String(first.data.code), message: describeWebhookError(first.data) }
    : undefined;
  return withoutUndefined<StatusEvent>({
    kind: 'status',
    channel: source.channel,
    accountId: source.accountId,
    userId: recipient,
    providerMessageId: id,
    status: tracked,
    timestamp,
    error,
    // Echoed from the send (OutboundMessage.callbackData): names our outbox item even if the send's answer was lost.
    callbackData: biz_opaque_callback_data,
  });
}
