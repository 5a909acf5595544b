/**
 * Reading Messenger Platform webhooks (sources in messaging.ts): envelope,
 * entries and events here, a message's content in messaging-content.ts.
 */
import type { InboundEvent, InboundMessageEvent, ParsedDelivery, StatusEvent } from '../../domain/message.js';
import { parseOrThrow } from '../../validation.js';
import { issuesOf, ownField, parseJsonBody, withoutUndefined } from '../shared/parse-helpers.js';
import { contentsOf } from './messaging-content.js';
import * as P from './messaging-payload.js';
import { readOwnSendMetadata, type MessagingPlatform } from './messaging-platform.js';

type Problem = { reason: string };
type Piece = InboundEvent | Problem;

interface EntryContext {
  platform: MessagingPlatform;
  entryId: string | undefined;
}

export function parseMessagingWebhook(platform: MessagingPlatform, rawBody: Buffer): ParsedDelivery {
  const what = `${platform.label} webhook`;
  const json = parseJsonBody(rawBody, what);
  const envelope = parseOrThrow(P.envelopeOf(platform.object), json, what);
  const out: ParsedDelivery = { events: [], unprocessable: [] };
  for (const entry of envelope.entry) readEntry(platform, entry, out);
  return out;
}

function readEntry(platform: MessagingPlatform, raw: unknown, out: ParsedDelivery): void {
  const entry = P.Entry.safeParse(raw);
  if (!entry.success) {
    out.unprocessable.push({ reason: `entry does not fit: ${issuesOf(entry.error)}`, fragment: raw });
    return;
  }
  const { id: entryId, messaging = [], standby = [], changes = [] } = entry.data;
  const context: EntryContext = { platform, entryId };
  for (const event of messaging) {
    for (const piece of readEvent(context, event)) {
      if ('reason' in piece) out.unprocessable.push({ ...piece, fragment: event, accountId: entryId });
      else out.events.push(piece);
    }
  }
  for (const event of standby) {
    out.unprocessable.push({
      reason:
        'standby event: another app controls this conversation (handover protocol), so Frontdesk neither records nor answers it',
      fragment: event,
      accountId: entryId,
    });
  }
  for (const change of changes) {
    const field = P.Change.safeParse(change).data?.field.slice(0, 80) ?? 'unknown';
    out.unprocessable.push({
      reason: `"${field}" change webhooks are not handled (only messaging)`,
      fragment: change,
      accountId: entryId,
    });
  }
  if (messaging.length + standby.length + changes.length === 0) {
    out.unprocessable.push({
      reason: 'entry without messaging, standby or changes',
      fragment: raw,
      accountId: entryId,
    });
  }
}

const HANDOVER_EVENTS = ['pass_thread_control', 'take_thread_control', 'request_thread_control', 'app_roles'];
const EVENT_KINDS = ['message', 'message_edit', 'postback', 'reaction', 'read', 'delivery', ...HANDOVER_EVENTS];
const ENVELOPE_KEYS = new Set(['sender', 'recipient', 'timestamp']);

function readEvent(context: EntryContext, raw: unknown): Piece[] {
  const parsed = P.MessagingEvent.safeParse(raw);
  if (!parsed.success) return [{ reason: `messaging event does not fit: ${issuesOf(parsed.error)}` }];
  const event = parsed.data;
  const kind =
    EVENT_KINDS.find((key) => Object.hasOwn(raw as object, key)) ??
    Object.keys(raw as object).find((key) => !ENVELOPE_KEYS.has(key));
  const body = kind === undefined ? undefined : ownField(raw, kind);
  switch (kind) {
    case 'message':
      return readMessage(context, event, body);
    case 'message_edit':
      return [readEdit(context, event, body)];
    case 'postback':
      return [readPostback(context, event, body)];
    case 'reaction':
      return [readReaction(context, event, body)];
    case 'read':
      return readRead(context, event, body);
    case 'delivery':
      return readDeliveryReceipt(context, event, body);
    case undefined:
      return [{ reason: 'messaging event without content' }];
    default: {
      const name = kind.slice(0, 60);
      if (HANDOVER_EVENTS.includes(kind)) {
        return [{ reason: `handover protocol event "${name}": thread control is not used by Frontdesk` }];
      }
      return [{ reason: `"${name}" messaging events are not handled` }];
    }
  }
}

/** Who is who: customers write to the account; echoes go from the account to the customer. */
function partiesOf(
  context: EntryContext,
  event: P.MessagingEvent,
  echo: boolean,
): { accountId: string; userId: string } | Problem {
  const business = echo ? event.sender : event.recipient;
  const customer = echo ? event.recipient : event.sender;
  const accountId = context.entryId ?? business.id;
  if (!accountId) return { reason: 'event names no page or account id' };
  if (!customer.id) {
    return {
      reason: customer.user_ref
        ? 'the person is known only by a user_ref (chat plugin guest without a PSID), which Frontdesk cannot address'
        : 'event names no customer id',
    };
  }
  return { accountId, userId: customer.id };
}

function readMessage(context: EntryContext, event: P.MessagingEvent, body: unknown): Piece[] {
  const parsed = P.Message.safeParse(body);
  if (!parsed.success) return [{ reason: `message does not fit: ${issuesOf(parsed.error)}` }];
  const message = parsed.data;
  const echo = message.is_echo === true;
  const parties = partiesOf(context, event, echo);
  if ('reason' in parties) return [parties];
  if (!event.timestamp) return [{ reason: 'message without a timestamp' }];
  if (message.is_deleted === true) {
    return [{ reason: `the customer unsent message ${message.mid.slice(0, 120)}; deletions are not applied` }];
  }
  // An echo of our own send: recorded already, when we sent it — unless the
  // send's answer was lost, which the callback data it carries settles.
  const own = echo ? readOwnSendMetadata(message.metadata) : { own: false };
  if (own.own) {
    if (!own.callbackData) return [];
    const sent: StatusEvent = {
      kind: 'status',
      channel: context.platform.channel,
      ...parties,
      providerMessageId: message.mid,
      status: 'sent',
      timestamp: event.timestamp,
      callbackData: own.callbackData,
    };
    return [sent];
  }
  const contents = contentsOf(context.platform, message);
  if (contents.length === 0) return [{ reason: 'message without text or attachments' }];
  const timestamp = event.timestamp;
  return contents.map((content, index) =>
    withoutUndefined<InboundMessageEvent>({
      kind: 'message',
      channel: context.platform.channel,
      ...parties,
      providerMessageId: index === 0 ? message.mid : `${message.mid}#${index}`,
      timestamp,
      content,
      echo: echo || undefined,
    }),
  );
}

/**
 * The customer edited a message (`message_edits` webhook field: `{ mid, text,
 * num_edit }`): the new text is their latest word, read as a new message
 * under its own id, as Telegram's and WhatsApp's edits are.
 */
function readEdit(context: EntryContext, event: P.MessagingEvent, body: unknown): Piece {
  const parsed = P.MessageEdit.safeParse(body);
  if (!parsed.success) return { reason: `message_edit does not fit: ${issuesOf(parsed.error)}` };
  const parties = partiesOf(context, event, false);
  if ('reason' in parties) return parties;
  if (!event.timestamp) return { reason: 'message_edit without a timestamp' };
  const { mid, text, num_edit } = parsed.data;
  if (text === undefined || text.trim() === '')
    return { reason: `the customer edited message ${mid.slice(0, 120)} to no text` };
  return {
    kind: 'message',
    channel: context.platform.channel,
    ...parties,
    providerMessageId: `${mid}#edit${num_edit ?? `@${event.timestamp.getTime()}`}`,
    timestamp: event.timestamp,
    content: { type: 'text', text },
  };
}

function readPostback(context: EntryContext, event: P.MessagingEvent, body: unknown): Piece {
  const parsed = P.Postback.safeParse(body);
  if (!parsed.success) return { reason: `postback does not fit: ${issuesOf(parsed.error)}` };
  const parties = partiesOf(context, event, false);
  if ('reason' in parties) return parties;
  if (!event.timestamp) return { reason: 'postback without a timestamp' };
  const { mid, title, payload } = parsed.data;
  const replyId = [payload, title].find((value) => value !== undefined && value.trim() !== '');
  if (replyId === undefined) return { reason: 'postback without payload or title' };
  return {
    kind: 'message',
    channel: context.platform.channel,
    ...parties,
    // Postbacks carry a mid since Graph v11; before that, the time and person identify one.
    providerMessageId: mid ?? `postback:${parties.userId}:${event.timestamp.getTime()}`,
    timestamp: event.timestamp,
    content: { type: 'interactive', replyId, title: title?.trim() ? title : replyId },
  };
}

const REACTION_EMOJI = new Map([
  ['like', '👍'],
  ['love', '❤️'],
  ['smile', '😆'],
  ['laugh', '😆'],
  ['wow', '😮'],
  ['sad', '😢'],
  ['angry', '😠'],
  ['dislike', '👎'],
]);

function readReaction(context: EntryContext, event: P.MessagingEvent, body: unknown): Piece {
  const parsed = P.Reaction.safeParse(body);
  if (!parsed.success) return { reason: `reaction does not fit: ${issuesOf(parsed.error)}` };
  const parties = partiesOf(context, event, false);
  if ('reason' in parties) return parties;
  if (!event.timestamp) return { reason: 'reaction without a timestamp' };
  const { mid, action, reaction, emoji } = parsed.data;
  if (action !== 'react' && action !== 'unreact')
    return { reason: `reaction action "${action.slice(0, 40)}" is unknown` };
  // As for WhatsApp, an empty emoji says "removed".
  const shown = action === 'unreact' ? '' : emoji?.trim() || REACTION_EMOJI.get(reaction ?? '');
  if (shown === undefined) return { reason: 'reaction without an emoji' };
  return {
    kind: 'message',
    channel: context.platform.channel,
    ...parties,
    // Reactions have no id of their own; the reacted-to mid, action and time identify one.
    providerMessageId: `${mid}#${action}@${event.timestamp.getTime()}`,
    timestamp: event.timestamp,
    content: { type: 'reaction', emoji: shown, toProviderMessageId: mid },
  };
}

function readRead(context: EntryContext, event: P.MessagingEvent, body: unknown): Piece[] {
  const parsed = P.Read.safeParse(body);
  if (!parsed.success) return [{ reason: `read receipt does not fit: ${issuesOf(parsed.error)}` }];
  const { mid, watermark } = parsed.data;
  if (mid === undefined) return []; // Messenger: a watermark only (see the header)
  return statusEvents(context, event, [mid], 'read', watermark);
}

function readDeliveryReceipt(context: EntryContext, event: P.MessagingEvent, body: unknown): Piece[] {
  const parsed = P.Delivery.safeParse(body);
  if (!parsed.success) return [{ reason: `delivery receipt does not fit: ${issuesOf(parsed.error)}` }];
  const { mids = [], watermark } = parsed.data;
  const ids = mids.filter((mid): mid is string => P.MessagingId.safeParse(mid).success);
  const pieces = statusEvents(context, event, ids, 'delivered', watermark);
  if (ids.length < mids.length) pieces.push({ reason: 'delivery receipt lists message ids that are not ids' });
  return pieces;
}

function statusEvents(
  context: EntryContext,
  event: P.MessagingEvent,
  mids: string[],
  status: StatusEvent['status'],
  watermark: Date | undefined,
): Piece[] {
  if (mids.length === 0) return [];
  const parties = partiesOf(context, event, false);
  if ('reason' in parties) return [parties];
  const timestamp = event.timestamp ?? watermark;
  if (!timestamp) return [{ reason: `${status} receipt without a timestamp or watermark` }];
  return mids.map((mid) => ({
    kind: 'status',
    channel: context.platform.channel,
    ...parties,
    providerMessageId: mid,
    status,
    timestamp,
  }));
}
