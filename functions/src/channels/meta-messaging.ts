/**
 * The Messenger Platform, shared by Messenger (messenger.ts) and Instagram
 * messaging (instagram.ts): one webhook format, one Send API, parameterised
 * by a `MessagingPlatform` (channel, webhook `object`, limits, send node).
 *
 * Meta's references this follows (developers.facebook.com/docs/messenger-platform/…):
 * - reference/webhook-events/messages: text, `quick_reply.payload`,
 *   `reply_to` ({ mid } or Instagram's { story: { url, id } }), attachments
 *   image | video | audio | file | sticker | reel | ig_reel | post | ig_post
 *   with `payload.url`, and `fallback` (link shares, or nothing).
 *   Stickers: until 2026-08-30 both an `image` and a `sticker` attachment are
 *   sent for one sticker (Messenger Platform changelog, June 2026).
 * - reference/webhook-events/message-echoes: `is_echo: true`, `app_id`,
 *   `metadata`; sender = the page, recipient = the customer (PSID).
 * - reference/webhook-events/messaging_postbacks: `postback { mid, title, payload }`.
 * - reference/webhook-events/message-reactions: `reaction { reaction, emoji,
 *   action: react | unreact, mid }`.
 * - reference/webhook-events/message-deliveries: `delivery { mids?, watermark }`;
 *   message-reads: `read { watermark }` ("all messages sent before or at this
 *   timestamp were read").
 * - instagram/features/webhook: object "instagram", entry.id = the Instagram
 *   professional account id, echoes inside the `messages` field,
 *   `messaging_seen` as `read { mid }`, story mentions as an attachment of type
 *   `story_mention`, `is_deleted` (unsent), `is_unsupported`.
 * - reference/webhook-events/standby and messaging_handovers: events for a
 *   thread another app controls arrive in `entry.standby[]`; handover events
 *   (`pass_thread_control`, `take_thread_control`, …) in `messaging[]`.
 * - reference/send-api and send-messages/quick-replies: POST /{node}/messages
 *   `{ recipient: { id }, messaging_type: 'RESPONSE', message: { text |
 *   attachment, quick_replies? } }` → `{ recipient_id, message_id }`; up to 13
 *   quick replies, titles up to 20 characters.
 * - error-codes (Messenger Platform "Common Error Codes" and Send API error codes).
 *
 * What becomes what:
 * - A message becomes one event per piece (its text, then each attachment);
 *   the first keeps the mid as its provider id, further pieces get `mid#1`,
 *   `mid#2`, …, so an echo of a message we sent maps to exactly the mid our
 *   send returned (the pipeline dedupes echoes by that id).
 * - Echoes are events with `echo: true` and `userId` = the customer.
 * - Deliveries become a `delivered` status per listed mid; reads a `read`
 *   status when they name a mid (Instagram). Messenger's watermark-only reads
 *   and deliveries name no message, and our outbound messages carry no
 *   Messenger timestamp to compare with, so they are acknowledged and
 *   dropped on purpose (neither events nor unprocessable: every read receipt
 *   would otherwise become a dead letter).
 * - Unsent messages, standby and handover events, referrals, opt-ins and
 *   anything else are `unprocessable` with a reason.
 */
import { issuesOf, ownField, withoutUndefined } from './parse-helpers.js';
import { ConfigError, ProviderError, ValidationError } from '../errors.js';
import { header } from '../http/raw-request.js';
import { parseOrThrow } from '../validation.js';
import type { ChannelAdapter, ChannelCapabilities, ChannelCredentials, SendContext } from './channel.js';
import { GRAPH_API_VERSION, postToGraph, type GraphErrorRule } from './meta-graph.js';
import * as P from './meta-messaging-payload.js';
import { META_SIGNATURE_HEADER, metaHandshake, verifyMetaSignature } from './meta-signature.js';
import type {
  FetchedMedia,
  InboundEvent,
  InboundMessageEvent,
  MediaRef,
  MessageContent,
  OutboundButton,
  OutboundMessage,
  ParsedDelivery,
  SendResult,
  StatusEvent,
} from './model.js';

export type MessagingChannel = 'messenger' | 'instagram';

/** What differs between Messenger and Instagram on the Messenger Platform. */
export interface MessagingPlatform {
  channel: MessagingChannel;
  /** The webhook's `object`. */
  object: 'page' | 'instagram';
  /** The channel's name for people: 'Messenger', 'Instagram'. */
  label: string;
  capabilities: ChannelCapabilities;
  /** How much of `capabilities.maxTextLength` one code point uses (UTF-16 units, UTF-8 bytes, …). */
  textUnits(codePoint: string): number;
  /** Turns the outbox's plain text (with *bold* and _italic_) into what the channel renders. */
  formatText(text: string): string;
  /** Channel error codes; they take precedence over the Graph-wide ones. */
  errorRules: Readonly<Record<number, GraphErrorRule>>;
  /** The Graph node whose `/messages` edge sends for this account. */
  sendNode(message: OutboundMessage, credentials: ChannelCredentials): string;
  /** `message.attachment.payload` for an image at a URL. */
  imagePayload(url: string): Record<string, unknown>;
}

/** Attachments are CDN downloads of up to 25 MB (Meta's largest attachment size). */
export const MESSAGING_MEDIA_MAX_BYTES = 25 * 1024 * 1024;
export const MESSAGING_MEDIA_TIMEOUT_MS = 30_000;
/** Meta's maximum number of quick replies, and of characters in their titles. */
export const QUICK_REPLY_LIMIT = 13;
export const QUICK_REPLY_TITLE_LIMIT = 20;

/**
 * Messenger Platform send errors (Messenger Platform "Common Error Codes",
 * Send API error codes), decided on code and subcode as Meta recommends.
 */
export function messagingErrorRules(label: string): Readonly<Record<number, GraphErrorRule>> {
  const outsideWindow = {
    retryable: false,
    message: `outside ${label}'s 24-hour messaging window: the customer last wrote more than 24 hours ago, so Meta accepts a reply only after they write again`,
  };
  const unavailable = {
    retryable: false,
    message: `this person is not available on ${label} right now (they may have blocked the account or deactivated theirs)`,
  };
  return {
    10: {
      retryable: false,
      message: `Meta refused the message: outside ${label}'s 24-hour messaging window, or the token lacks messaging permission`,
      subcodes: {
        2018278: outsideWindow,
        2018065: outsideWindow,
        2534022: outsideWindow,
        2018108: {
          retryable: false,
          message: `this person is not receiving messages from the account on ${label} right now`,
        },
      },
    },
    551: unavailable,
    200: {
      retryable: false,
      message: 'permission denied: the access token lacks a required permission',
      subcodes: { 1545041: unavailable },
    },
    230: {
      retryable: false,
      message: `the page access token lacks the messaging permission: reconnect ${label} for this business`,
    },
    100: {
      retryable: false,
      message: 'invalid parameter: check the account id and the recipient',
      subcodes: {
        2018001: {
          retryable: false,
          message: `no matching user: the recipient is not a ${label} customer of this account`,
        },
      },
    },
    190: {
      retryable: false,
      message: `page access token rejected (expired or revoked): reconnect ${label} for this business`,
    },
    368: { retryable: false, message: 'the account is temporarily blocked from messaging for policy violations' },
    1200: { retryable: true, message: 'temporary send failure at Meta' },
    613: { retryable: true, message: 'rate limited: too many calls in a short time' },
    80006: { retryable: true, message: `rate limited: too many ${label} calls for this account` },
  };
}

export function messagingAdapter(platform: MessagingPlatform): ChannelAdapter {
  return {
    type: platform.channel,
    webhookAuth: 'deployment',
    capabilities: platform.capabilities,
    handshake(request, secrets) {
      if (request.method !== 'GET') return undefined;
      return metaHandshake(request, secrets.metaVerifyToken);
    },
    verify(request, secrets) {
      verifyMetaSignature(request.rawBody, header(request, META_SIGNATURE_HEADER), secrets.metaAppSecret);
    },
    parse: (request) => parseMessagingWebhook(platform, request.rawBody),
    send: (message, context) => sendMessaging(platform, message, context),
    fetchMedia: (media, context) => fetchMessagingMedia(platform.channel, media, context),
  };
}

// ---------------------------------------------------------------- inbound

type Problem = { reason: string };
type Piece = InboundEvent | Problem;

interface EntryContext {
  platform: MessagingPlatform;
  entryId: string | undefined;
}

export function parseMessagingWebhook(platform: MessagingPlatform, rawBody: Buffer): ParsedDelivery {
  const what = `${platform.label} webhook`;
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString('utf8'));
  } catch (err) {
    throw new ValidationError(`${what} body is not valid JSON`, [], { cause: err });
  }
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
const EVENT_KINDS = ['message', 'postback', 'reaction', 'read', 'delivery', ...HANDOVER_EVENTS];
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
  // An echo of our own send: recorded already, when we sent it.
  if (echo && message.metadata === OWN_SEND_MARK) return [];
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

/** The message's text (or quick-reply choice) first, then one content per attachment. */
function contentsOf(platform: MessagingPlatform, message: P.Message): MessageContent[] {
  if (message.is_unsupported === true) {
    const what = `${platform.label} message`;
    return [
      unsupported('is_unsupported', `${article(what.toLowerCase())} ${what} Meta does not pass to apps (e.g. a GIF)`),
    ];
  }
  const contents: MessageContent[] = [];
  const text = message.text !== undefined && message.text.trim() !== '' ? message.text : undefined;
  const choice = message.quick_reply?.payload;
  if (choice !== undefined && choice.trim() !== '') {
    contents.push({ type: 'interactive', replyId: choice, title: text ?? choice });
  } else if (text !== undefined) {
    contents.push({ type: 'text', text });
  }
  let stickerSeen = false;
  for (const raw of message.attachments ?? []) {
    const attachment = P.Attachment.safeParse(raw);
    if (!attachment.success) {
      contents.push(unsupported('attachment', 'an attachment in a format Frontdesk does not know'));
      continue;
    }
    const sticker = isSticker(attachment.data, message);
    if (sticker && stickerSeen) continue; // the same sticker twice (image + sticker, see the header)
    stickerSeen ||= sticker;
    const content = attachmentContent(platform, attachment.data, sticker, text !== undefined);
    if (content) contents.push(content);
  }
  if (contents.length === 0 && message.reply_to?.story) {
    contents.push(unsupported('story_reply', `replied to an ${platform.label} story without text`));
  }
  return contents;
}

function isSticker(attachment: P.Attachment, message: P.Message): boolean {
  if (attachment.type === 'sticker') return true;
  if (attachment.type !== 'image') return false;
  return (
    message.sticker_id !== undefined || P.MediaPayload.safeParse(attachment.payload).data?.sticker_id !== undefined
  );
}

const SHARED_KINDS: Readonly<Record<string, string>> = {
  share: 'a shared post',
  post: 'a shared post',
  ig_post: 'a shared Instagram post',
  reel: 'a shared reel',
  ig_reel: 'a shared Instagram reel',
  template: 'a structured (template) message',
  product: 'a shared product',
  appointment_booking: 'an appointment booking card',
};

/** undefined: nothing to add (a link preview of the message's own text). */
function attachmentContent(
  platform: MessagingPlatform,
  attachment: P.Attachment,
  sticker: boolean,
  hasText: boolean,
): MessageContent | undefined {
  const type = attachment.type;
  const payload = P.MediaPayload.safeParse(attachment.payload).data;
  const url = payload?.url !== undefined && isHttpUrl(payload.url) ? payload.url : undefined;
  const media: MediaRef | undefined = url === undefined ? undefined : { url };
  switch (type) {
    case 'image':
    case 'video':
    case 'audio':
    case 'file':
    case 'sticker': {
      const what = sticker ? 'sticker' : type === 'file' ? 'file' : type;
      if (!media)
        return unsupported(type, `${article(what)} ${what} without a download URL (e.g. from a private account)`);
      if (sticker) return { type: 'sticker', media };
      if (type === 'file') return { type: 'document', media };
      // Both apps send recorded voice clips as audio attachments; neither marks them.
      if (type === 'audio') return { type: 'audio', media, voice: true };
      return { type, media };
    }
    case 'location': {
      const location = P.LocationPayload.safeParse(attachment.payload);
      if (!location.success) return unsupported('location', 'a location without coordinates');
      const { lat, long } = location.data.coordinates;
      return withoutUndefined<MessageContent>({
        type: 'location',
        latitude: lat,
        longitude: long,
        name: attachment.title?.trim() || undefined,
      });
    }
    case 'story_mention':
      // The story is the customer's own post (its CDN URL expires with it): reported, not downloaded as ours.
      return unsupported('story_mention', `mentioned the business in their ${platform.label} story`);
    case 'fallback': {
      if (hasText) return undefined;
      const title = (payload?.title ?? attachment.title)?.trim().slice(0, 200);
      const link =
        url ?? (typeof attachment.url === 'string' && isHttpUrl(attachment.url) ? attachment.url : undefined);
      const summary = [title ? `shared "${title}"` : 'shared a link', link?.slice(0, 300)].filter(Boolean).join(': ');
      return unsupported('fallback', summary);
    }
    case 'ephemeral':
      return unsupported('ephemeral', 'a view-once photo or video, which Meta does not pass to apps');
    default: {
      const shared = Object.hasOwn(SHARED_KINDS, type) ? SHARED_KINDS[type] : undefined;
      return unsupported(type, shared ?? `a "${type}" attachment, which Frontdesk cannot read`);
    }
  }
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

/** Content we cannot read still becomes an event, so staff see it and the customer gets a polite answer. */
function unsupported(providerType: string, summary: string): MessageContent {
  return { type: 'unsupported', providerType: providerType.slice(0, 64), summary };
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function isHttpUrl(value: string): boolean {
  return value.length <= 8192 && /^https?:\/\/\S+$/i.test(value);
}

// ---------------------------------------------------------------- outbound

export async function sendMessaging(
  platform: MessagingPlatform,
  message: OutboundMessage,
  context: SendContext,
): Promise<SendResult> {
  const { channel, label } = platform;
  const accessToken = context.credentials.accessToken;
  if (!accessToken) throw new ConfigError(`${label} is not connected for this business: no page access token`);
  if (message.template) {
    // Templates exist to reach WhatsApp customers after the 24-hour window; the Messenger Platform has none.
    const name = message.template.name.slice(0, 60);
    throw new ProviderError(channel, `message templates are WhatsApp-only; ${label} cannot send "${name}"`, false);
  }
  const bodies = requestBodies(platform, message);
  if (bodies.length === 0) throw new ValidationError(`Refusing to send an empty ${label} message`);
  const node = platform.sendNode(message, context.credentials);
  const url = `${context.baseUrl.replace(/\/+$/, '')}/${GRAPH_API_VERSION}/${encodeURIComponent(node)}/messages`;
  const ids: string[] = [];
  for (const body of bodies) {
    try {
      const json = await postToGraph({
        provider: channel,
        url,
        accessToken,
        fetch: context.fetch,
        errorRules: platform.errorRules,
        body,
      });
      ids.push(messageIdOf(channel, json));
    } catch (err) {
      throw ids.length === 0 ? err : partialFailure(channel, err, ids.length, bodies.length);
    }
  }
  const [first, ...more] = ids;
  return more.length > 0 ? { providerMessageId: first!, moreProviderMessageIds: more } : { providerMessageId: first! };
}

/** The image first (its caption follows as text), then the text in parts; quick replies ride on the last one. */
function requestBodies(platform: MessagingPlatform, message: OutboundMessage): Record<string, unknown>[] {
  const parts: Record<string, unknown>[] = [];
  if (message.image) {
    parts.push({ attachment: { type: 'image', payload: platform.imagePayload(message.image.url) } });
  }
  const text = platform.formatText(message.text);
  for (const chunk of splitText(text, platform.capabilities.maxTextLength, platform.textUnits)) {
    parts.push({ text: chunk });
  }
  const quickReplies = quickRepliesOf(message.buttons ?? []);
  const last = parts.at(-1);
  if (last && quickReplies.length > 0) last.quick_replies = quickReplies;
  // Messenger returns `metadata` in the echo of a send, so our own sends are
  // told apart from staff replies made in Meta's inbox even when the echo
  // arrives before the send's response (the pipeline also dedupes by mid).
  if (platform.channel === 'messenger') for (const part of parts) part.metadata = OWN_SEND_MARK;
  return parts.map((part) => ({ recipient: { id: message.userId }, messaging_type: 'RESPONSE', message: part }));
}

/** `message.metadata` on our Messenger sends (Send API: "delivered as a message echo"). */
export const OWN_SEND_MARK = 'frontdesk:own-send';

function quickRepliesOf(buttons: OutboundButton[]): Record<string, string>[] {
  return buttons.slice(0, QUICK_REPLY_LIMIT).map((button) => ({
    content_type: 'text',
    title: truncate(button.title.trim() || button.id, QUICK_REPLY_TITLE_LIMIT),
    payload: button.id || button.title,
  }));
}

function messageIdOf(channel: MessagingChannel, json: unknown): string {
  const parsed = P.SendResponse.safeParse(json);
  if (!parsed.success) throw new ProviderError(channel, 'unexpected response from the Graph API: no message id', false);
  return parsed.data.message_id;
}

/** Later parts failing must not resend the earlier ones, so the outbox is told not to retry. */
function partialFailure(channel: MessagingChannel, err: unknown, sent: number, total: number): ProviderError {
  const cause = err instanceof ProviderError ? err : undefined;
  const detail = cause ? cause.message.replace(`${channel}: `, '') : 'unknown error';
  return new ProviderError(
    channel,
    `only ${sent} of ${total} parts of a long reply were sent (not retried, so they are not repeated): ${detail}`,
    false,
    { status: cause?.status, providerCode: cause?.providerCode, cause: err },
  );
}

/**
 * Splits text into parts of at most `limit` units (as counted by `units` per
 * code point), at the last paragraph break, else line break, else sentence
 * end, else space in the last two thirds of each part; a hard cut (never
 * inside a surrogate pair) only for text without any.
 */
export function splitText(text: string, limit: number, units: (codePoint: string) => number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest !== '') {
    const window = longestPrefix(rest, limit, units);
    if (window.length === rest.length) {
      parts.push(rest);
      break;
    }
    const cut = breakPoint(rest, window.length);
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return parts;
}

function longestPrefix(text: string, limit: number, units: (codePoint: string) => number): string {
  let used = 0;
  let end = 0;
  for (const codePoint of text) {
    used += units(codePoint);
    if (used > limit) break;
    end += codePoint.length;
  }
  // A single code point over the limit still has to go somewhere.
  return end > 0 ? text.slice(0, end) : text.slice(0, text.codePointAt(0)! > 0xffff ? 2 : 1);
}

const SENTENCE_END = /[.!?…。！？]/;
const NO_SPACE_SENTENCE_END = /[。！？]/;

/** Where to cut `text` at or before `max` (UTF-16 index): right after the best break found. */
function breakPoint(text: string, max: number): number {
  const min = Math.floor(max / 3);
  const paragraph = text.lastIndexOf('\n\n', max - 2);
  if (paragraph >= min) return paragraph + 2;
  const line = text.lastIndexOf('\n', max - 1);
  if (line >= min) return line + 1;
  for (let i = max - 1; i >= min; i -= 1) {
    const c = text[i]!;
    const next = text[i + 1];
    if (NO_SPACE_SENTENCE_END.test(c) || (SENTENCE_END.test(c) && next !== undefined && /\s/.test(next))) {
      return i + 1;
    }
  }
  for (let i = max; i >= min; i -= 1) {
    if (/\s/.test(text[i] ?? '')) return i;
  }
  return max;
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

// ---------------------------------------------------------------- media

/**
 * Downloads an attachment from the CDN URL in its webhook (no token: the URL
 * is signed, and it expires). Sizes are capped before and while reading;
 * the URL never appears in an error.
 */
export async function fetchMessagingMedia(
  channel: MessagingChannel,
  media: MediaRef,
  context: SendContext,
  maxBytes = MESSAGING_MEDIA_MAX_BYTES,
): Promise<FetchedMedia> {
  const url = media.url;
  if (url === undefined || !isHttpUrl(url))
    throw new ProviderError(channel, 'the attachment has no download URL', false);
  let response: Response;
  try {
    response = await context.fetch(url, { signal: AbortSignal.timeout(MESSAGING_MEDIA_TIMEOUT_MS) });
  } catch (err) {
    throw new ProviderError(channel, downloadFailure(err), true, { cause: err });
  }
  const status = response.status;
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    if (status === 429 || status >= 500) {
      throw new ProviderError(channel, `Meta's media host is unavailable (HTTP ${status})`, true, { status });
    }
    throw new ProviderError(
      channel,
      `the attachment is no longer available (HTTP ${status}): Meta's attachment URLs expire`,
      false,
      { status },
    );
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(channel, maxBytes, status);
  }
  const data = await readCapped(channel, response, maxBytes);
  return {
    data,
    mimeType: mimeTypeOf(response.headers.get('content-type')) ?? media.mimeType ?? 'application/octet-stream',
  };
}

async function readCapped(channel: MessagingChannel, response: Response, maxBytes: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(channel, maxBytes, response.status);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof ProviderError) throw err;
    throw new ProviderError(channel, downloadFailure(err), true, { cause: err });
  }
  return Buffer.concat(chunks);
}

function tooLarge(channel: MessagingChannel, maxBytes: number, status: number): ProviderError {
  const mb = Math.round(maxBytes / (1024 * 1024));
  return new ProviderError(channel, `the attachment is larger than ${mb} MB, so it is not downloaded`, false, {
    status,
  });
}

function downloadFailure(err: unknown): string {
  const timedOut = typeof err === 'object' && err !== null && 'name' in err && err.name === 'TimeoutError';
  return timedOut
    ? `no complete answer from Meta's media host within ${MESSAGING_MEDIA_TIMEOUT_MS / 1000} s`
    : "could not download from Meta's media host (network error)";
}

function mimeTypeOf(contentType: string | null): string | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type && /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : undefined;
}
