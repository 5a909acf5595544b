/**
 * Reading one Telegram `Update` into a normalised event (what becomes what:
 * telegram.ts; shapes: payload.ts).
 */
import { z } from 'zod';
import type { InboundMessageEvent, MediaRef, MessageContent, Unprocessable } from '../../domain/message.js';
import { issuesOf, ownField, withoutUndefined } from '../shared/parse-helpers.js';
import * as P from './payload.js';

const CHANNEL = 'telegram';

/** Provider id prefix of a button press (a callback query). */
export const CALLBACK_PREFIX = 'cbq:';

type Problem = Pick<Unprocessable, 'reason'>;

/** What a blocked or unblocked bot means, from `my_chat_member.new_chat_member.status` in a private chat. */
const MEMBER_NOTICES: Record<string, string> = {
  kicked: 'the customer blocked the bot (my_chat_member "kicked"): messages to them fail until they unblock it',
  member: 'the customer (re)started or unblocked the bot (my_chat_member "member")',
};

/**
 * One update as an event, a reason it is not one, or `null` for the bot's
 * own reply in a business chat (echoed by Telegram, already recorded when we
 * sent it).
 */
export function readUpdate(update: Record<string, unknown>, accountId: string): InboundMessageEvent | Problem | null {
  const kind = Object.keys(update).find((key) => key !== 'update_id');
  if (kind === undefined) return { reason: 'Telegram update without content' };
  const body = update[kind];
  switch (kind) {
    case 'message':
      return readMessage(body, accountId, false);
    case 'edited_message':
      return readMessage(body, accountId, true);
    case 'business_message':
      return readBusinessMessage(body, accountId, false);
    case 'edited_business_message':
      return readBusinessMessage(body, accountId, true);
    case 'deleted_business_messages':
      return { reason: 'the customer or the business deleted messages in a business chat; deletions are not applied' };
    case 'business_connection':
      return { reason: 'a Telegram Business account connected, changed or disconnected the bot (business_connection)' };
    case 'callback_query':
      return readCallbackQuery(body, accountId);
    case 'message_reaction':
      return readReaction(body, accountId);
    case 'my_chat_member': {
      const member = P.ChatMemberUpdated.safeParse(body);
      if (!member.success) return { reason: `my_chat_member does not fit: ${issuesOf(member.error)}` };
      if (member.data.chat.type !== 'private') return { reason: groupReason(member.data.chat.type) };
      const status = member.data.new_chat_member.status;
      return { reason: MEMBER_NOTICES[status] ?? `the bot's membership changed to "${status.slice(0, 40)}"` };
    }
    default:
      return { reason: `Telegram "${kind.slice(0, 60)}" updates are not handled` };
  }
}

function groupReason(type: string): string {
  return `group chats are not supported (chat type "${type.slice(0, 40)}")`;
}

function readMessage(
  raw: unknown,
  accountId: string,
  edited: boolean,
  business?: { connectionId: string; echo: boolean },
): InboundMessageEvent | Problem {
  const what = `${edited ? 'edited_' : ''}${business ? 'business_' : ''}message`;
  const base = P.MessageBase.safeParse(raw);
  if (!base.success) return { reason: `${what} does not fit: ${issuesOf(base.error)}` };
  const { chat, message_id, date, edit_date, from } = base.data;
  if (chat.type !== 'private') return { reason: groupReason(chat.type) };
  if (edited && edit_date === undefined) return { reason: `${what} without edit_date` };
  const content = readContent(raw as Record<string, unknown>);
  if ('reason' in content) return content;
  // A business chat is "independent from any bot chat which might share the same identifier": its ids get their own space.
  const id = business ? `${chat.id}:biz:${message_id}` : messageId(chat.id, message_id);
  return withoutUndefined<InboundMessageEvent>({
    kind: 'message',
    channel: CHANNEL,
    accountId,
    userId: String(chat.id),
    userName: business?.echo ? nameOf(chat) : (nameOf(from) ?? nameOf(chat)),
    providerMessageId: edited ? `${id}:edit:${edit_date}` : id,
    timestamp: new Date((edited ? edit_date! : date) * 1000),
    content,
    echo: business?.echo || undefined,
    // Replies to it go through the business connection (send.ts), as the business account.
    providerThreadId: business?.connectionId,
  });
}

/**
 * A message in a chat of a Telegram Business account that connected the bot
 * (Bot API `business_message`): the customer wrote to the business's own
 * account. In that private chat the customer's user id is the chat id, so a
 * message from anyone else was sent by the business — its owner from their
 * app (an echo), or the bot itself (`sender_business_bot`: our reply, `null`).
 */
function readBusinessMessage(raw: unknown, accountId: string, edited: boolean): InboundMessageEvent | Problem | null {
  const parsed = P.BusinessMessage.safeParse(raw);
  if (!parsed.success) return { reason: `business message does not fit: ${issuesOf(parsed.error)}` };
  const { business_connection_id: connectionId, chat, from, sender_business_bot: bot } = parsed.data;
  if (bot?.username !== undefined && bot.username.toLowerCase() === accountId.replace(/^@/, '').toLowerCase()) {
    return null;
  }
  const echo = from !== undefined && from.id !== chat.id;
  return readMessage(raw, accountId, edited, { connectionId, echo });
}

/** Our id of a Telegram message: ids are only unique within their chat. */
export function messageId(chatId: number | string, telegramMessageId: number): string {
  return `${chatId}:${telegramMessageId}`;
}

const media = (
  file: { file_id: string; mime_type?: string | undefined; file_name?: string | undefined },
  mimeType?: string,
): MediaRef =>
  withoutUndefined<MediaRef>({
    providerMediaId: file.file_id,
    mimeType: file.mime_type ?? mimeType,
    fileName: file.file_name,
  });

/** Content fields in the order they are looked for (an animation also carries a document; a venue, a location). */
// prettier-ignore
const CONTENT_FIELDS = [
  'text', 'photo', 'voice', 'audio', 'video', 'video_note', 'animation', 'document', 'sticker', 'venue', 'location',
  'contact',
] as const;

/** Fields every message may carry besides its content. */
// prettier-ignore
const MESSAGE_META = new Set([
  'message_id', 'message_thread_id', 'direct_messages_topic', 'from', 'sender_chat', 'sender_boost_count',
  'sender_business_bot', 'sender_tag', 'date', 'business_connection_id', 'chat', 'forward_origin', 'is_topic_message',
  'is_automatic_forward', 'reply_to_message', 'external_reply', 'quote', 'reply_to_story', 'reply_to_checklist_task_id',
  'via_bot', 'edit_date', 'has_protected_content', 'is_from_offline', 'is_paid_post', 'media_group_id',
  'author_signature', 'paid_star_count', 'entities', 'caption_entities', 'link_preview_options', 'suggested_post_info',
  'effect_id', 'show_caption_above_media', 'has_media_spoiler', 'reply_markup', 'caption',
]);

/** Events in a chat that no customer wrote (never answered). */
// prettier-ignore
const SERVICE_MESSAGES = new Set([
  'new_chat_members', 'left_chat_member', 'new_chat_title', 'new_chat_photo', 'delete_chat_photo',
  'group_chat_created', 'supergroup_chat_created', 'channel_chat_created', 'message_auto_delete_timer_changed',
  'migrate_to_chat_id', 'migrate_from_chat_id', 'pinned_message', 'connected_website', 'write_access_allowed',
  'proximity_alert_triggered', 'boost_added', 'chat_background_set', 'forum_topic_created', 'forum_topic_edited',
  'forum_topic_closed', 'forum_topic_reopened', 'general_forum_topic_hidden', 'general_forum_topic_unhidden',
  'video_chat_scheduled', 'video_chat_started', 'video_chat_ended', 'video_chat_participants_invited',
  'users_shared', 'chat_shared', 'gift', 'unique_gift', 'refunded_payment', 'successful_payment',
]);

function readContent(message: Record<string, unknown>): MessageContent | Problem {
  const field = CONTENT_FIELDS.find((f) => Object.hasOwn(message, f));
  if (field === undefined) {
    const other =
      Object.keys(message)
        .find((key) => !MESSAGE_META.has(key))
        ?.slice(0, 60) ?? 'unknown';
    if (SERVICE_MESSAGES.has(other)) return { reason: `Telegram service message "${other}", not a customer message` };
    return {
      type: 'unsupported',
      providerType: other,
      summary: `a Telegram "${other}" message, which Frontdesk cannot read`,
    };
  }
  const body = message[field];
  const caption = typeof message.caption === 'string' ? message.caption : undefined;
  const bad = (error: z.ZodError): Problem => ({ reason: `message with an unusable "${field}": ${issuesOf(error)}` });
  const withCaption = (content: Extract<MessageContent, { caption?: string | undefined }>): MessageContent =>
    caption === undefined ? content : { ...content, caption };

  switch (field) {
    case 'text': {
      const text = z.string().safeParse(body);
      return text.success ? { type: 'text', text: text.data } : bad(text.error);
    }
    case 'photo': {
      const sizes = P.PhotoSizes.safeParse(body);
      if (!sizes.success) return bad(sizes.error);
      const largest = sizes.data.reduce((a, b) => (area(b) >= area(a) ? b : a));
      // Telegram re-encodes photos as JPEG.
      return withCaption({ type: 'image', media: media(largest, 'image/jpeg') });
    }
    case 'voice': {
      const voice = P.MediaFile.safeParse(body);
      return voice.success ? { type: 'audio', voice: true, media: media(voice.data, 'audio/ogg') } : bad(voice.error);
    }
    case 'audio': {
      const audio = P.MediaFile.safeParse(body);
      return audio.success ? { type: 'audio', voice: false, media: media(audio.data) } : bad(audio.error);
    }
    case 'video':
    case 'video_note':
    case 'animation': {
      // Round video notes and GIF animations are MP4 videos at Telegram.
      const video = P.MediaFile.safeParse(body);
      if (!video.success) return bad(video.error);
      const mimeType = field === 'video' ? undefined : 'video/mp4';
      return withCaption({ type: 'video', media: media(video.data, mimeType) });
    }
    case 'document': {
      const doc = P.MediaFile.safeParse(body);
      return doc.success ? withCaption({ type: 'document', media: media(doc.data) }) : bad(doc.error);
    }
    case 'sticker': {
      const sticker = P.Sticker.safeParse(body);
      if (!sticker.success) return bad(sticker.error);
      const { is_animated, is_video } = sticker.data;
      const mimeType = is_animated ? 'application/x-tgsticker' : is_video ? 'video/webm' : 'image/webp';
      return { type: 'sticker', media: media(sticker.data, mimeType) };
    }
    case 'venue': {
      const venue = P.Venue.safeParse(body);
      if (!venue.success) return bad(venue.error);
      const { location, title, address } = venue.data;
      return withoutUndefined<MessageContent>({ type: 'location', ...location, name: title, address });
    }
    case 'location': {
      const location = P.Location.safeParse(body);
      return location.success ? { type: 'location', ...location.data } : bad(location.error);
    }
    case 'contact': {
      // Staff read it (and the AI hands over): a phone number is not something to answer automatically.
      const contact = P.Contact.safeParse(body);
      if (!contact.success) return bad(contact.error);
      const { first_name, last_name, phone_number } = contact.data;
      const name = [first_name, last_name].filter(Boolean).join(' ').trim();
      const summary = `a shared contact: ${[name, phone_number.trim()].filter(Boolean).join(', ')}`.slice(0, 300);
      return { type: 'unsupported', providerType: 'contact', summary };
    }
  }
}

function readCallbackQuery(raw: unknown, accountId: string): InboundMessageEvent | Problem {
  const query = P.CallbackQuery.safeParse(raw);
  if (!query.success) return { reason: `callback_query does not fit: ${issuesOf(query.error)}` };
  const { id, from, data, message } = query.data;
  if (data === undefined || data.trim() === '') {
    return { reason: 'callback_query without data (a game or URL button), nothing to answer' };
  }
  // Telegram says when the button's message was sent, not when it was pressed: the best time there is.
  const carrier = P.CallbackMessage.safeParse(message);
  if (!carrier.success || carrier.data.date === 0) {
    return {
      reason: 'callback_query on a message the bot can no longer access (or an inline message): no chat or time',
    };
  }
  if (carrier.data.chat.type !== 'private') return { reason: groupReason(carrier.data.chat.type) };
  return withoutUndefined<InboundMessageEvent>({
    kind: 'message',
    channel: CHANNEL,
    accountId,
    userId: String(carrier.data.chat.id),
    userName: nameOf(from),
    providerMessageId: `${CALLBACK_PREFIX}${id}`,
    timestamp: new Date(carrier.data.date * 1000),
    content: { type: 'interactive', replyId: data, title: buttonText(message, data) ?? data },
  });
}

/** The label of the button that was pressed, found on the message that carried it. */
function buttonText(message: unknown, data: string): string | undefined {
  const markup = P.InlineKeyboard.safeParse(ownField(message, 'reply_markup'));
  if (!markup.success) return undefined;
  return markup.data.inline_keyboard.flat().find((button) => button.callback_data === data)?.text;
}

function readReaction(raw: unknown, accountId: string): InboundMessageEvent | Problem {
  const parsed = P.MessageReaction.safeParse(raw);
  if (!parsed.success) return { reason: `message_reaction does not fit: ${issuesOf(parsed.error)}` };
  const { chat, message_id, user, date, old_reaction, new_reaction } = parsed.data;
  if (chat.type !== 'private') return { reason: groupReason(chat.type) };
  const emojis = new_reaction.flatMap((r) => (r.type === 'emoji' && r.emoji ? [r.emoji] : []));
  const before = new Set(old_reaction.flatMap((r) => (r.type === 'emoji' && r.emoji ? [r.emoji] : [])));
  const target = messageId(chat.id, message_id);
  let content: MessageContent;
  if (new_reaction.length === 0) content = { type: 'reaction', emoji: '', toProviderMessageId: target };
  else if (emojis.length > 0) {
    content = {
      type: 'reaction',
      emoji: emojis.find((e) => !before.has(e)) ?? emojis[0]!,
      toProviderMessageId: target,
    };
  } else {
    const kind = new_reaction[0]!.type.slice(0, 40);
    content = {
      type: 'unsupported',
      providerType: `reaction.${kind}`,
      summary: `a "${kind}" reaction, which Frontdesk cannot read`,
    };
  }
  return withoutUndefined<InboundMessageEvent>({
    kind: 'message',
    channel: CHANNEL,
    accountId,
    userId: String(chat.id),
    userName: nameOf(user),
    // One reaction state per message per second; a redelivered update lands on the same id.
    providerMessageId: `${target}:reaction:${date}`,
    timestamp: new Date(date * 1000),
    content,
  });
}

// ---------------------------------------------------------------- helpers

function area(size: { width: number; height: number; file_size?: number | undefined }): number {
  return size.width * size.height || (size.file_size ?? 0);
}

function nameOf(
  who: { first_name?: string | undefined; last_name?: string | undefined; username?: string | undefined } | undefined,
): string | undefined {
  if (!who) return undefined;
  const full = [who.first_name, who.last_name].filter(Boolean).join(' ').trim();
  const name = full || who.username?.trim();
  return name ? name.slice(0, 200) : undefined;
}
