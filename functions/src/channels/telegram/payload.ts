/**
 * Zod schemas for the parts of a Telegram Bot API `Update` that Frontdesk
 * reads (https://core.telegram.org/bots/api#update). Each piece is parsed on
 * its own, so one odd field makes that piece unprocessable, not the delivery.
 * Unknown fields are ignored: Telegram adds fields in every Bot API release.
 */
import { z } from 'zod';

/** Telegram ids have up to 52 significant bits: safe integers in JavaScript. */
export const TelegramId = z.int();
/** Unix time in seconds, within what a Date can hold. */
export const UnixTime = z.int().min(0).max(8_640_000_000_000);
const Text = z.string();
const NonBlank = z
  .string()
  .min(1)
  .max(512)
  .refine((s) => s.trim() !== '', 'blank');

export const Update = z.object({ update_id: z.int().min(0) });

export const Chat = z.object({
  id: TelegramId,
  type: z.string(),
  first_name: Text.optional(),
  last_name: Text.optional(),
  username: Text.optional(),
});
export type Chat = z.infer<typeof Chat>;

export const User = z.object({
  id: TelegramId,
  is_bot: z.boolean().optional(),
  first_name: Text.optional(),
  last_name: Text.optional(),
  username: Text.optional(),
});
export type User = z.infer<typeof User>;

export const MessageBase = z.object({
  message_id: TelegramId,
  date: UnixTime,
  chat: Chat,
  from: User.optional(),
  edit_date: UnixTime.optional(),
});

/** A message in a Telegram Business chat: the connection it came through, and who sent it. */
export const BusinessMessage = z.object({
  business_connection_id: NonBlank,
  chat: Chat,
  from: User.optional(),
  sender_business_bot: User.optional(),
});

const FileBase = z.object({ file_id: NonBlank, file_size: z.int().min(0).optional() });

export const PhotoSizes = z
  .array(FileBase.extend({ width: z.int().min(0), height: z.int().min(0) }))
  .min(1, 'no photo sizes');
export const MediaFile = FileBase.extend({ mime_type: Text.optional(), file_name: Text.optional() });
export const Sticker = FileBase.extend({ is_animated: z.boolean().optional(), is_video: z.boolean().optional() });

export const Location = z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) });
export const Venue = z.object({ location: Location, title: Text.optional(), address: Text.optional() });
export const Contact = z.object({ phone_number: Text, first_name: Text.optional(), last_name: Text.optional() });

/** The message a callback button was on; `date` is 0 when the bot can no longer access it. */
export const CallbackMessage = z.object({ message_id: TelegramId, date: UnixTime, chat: Chat });
export const InlineKeyboard = z.object({
  inline_keyboard: z.array(z.array(z.object({ text: Text, callback_data: Text.optional() }))),
});

export const CallbackQuery = z.object({
  id: NonBlank,
  from: User,
  message: z.unknown().optional(),
  inline_message_id: Text.optional(),
  data: Text.optional(),
  game_short_name: Text.optional(),
});

export const Reaction = z.object({ type: z.string(), emoji: Text.optional() });
export const MessageReaction = z.object({
  chat: Chat,
  message_id: TelegramId,
  user: User.optional(),
  date: UnixTime,
  old_reaction: z.array(Reaction),
  new_reaction: z.array(Reaction),
});

export const ChatMemberUpdated = z.object({
  chat: Chat,
  from: User.optional(),
  date: UnixTime,
  old_chat_member: z.object({ status: z.string() }).optional(),
  new_chat_member: z.object({ status: z.string() }),
});
