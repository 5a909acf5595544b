/**
 * Zod schemas for Messenger Platform webhooks, which Messenger (object
 * "page") and Instagram messaging (object "instagram", Instagram API with
 * Facebook Login) share:
 *
 *   { object: 'page' | 'instagram',
 *     entry: [{ id: <page id | Instagram professional account id>, time,
 *       messaging?: [{ sender: { id }, recipient: { id }, timestamp,
 *                      message | postback | reaction | read | delivery | referral | … }],
 *       standby?: [ …same shape, for apps that do not own the thread… ] }] }
 *
 * As for WhatsApp, the layers are checked one at a time (envelope, entry,
 * messaging event, then the event's own object), so one piece that does not
 * fit never costs the rest of the batch. Field names and shapes follow Meta's
 * webhook references (links in messaging.ts).
 */
import { z } from 'zod';

/** Page ids, PSIDs, IGSIDs, mids: non-blank, bounded strings (Meta sends them as strings). */
export const MessagingId = z
  .string()
  .min(1)
  .max(512)
  .refine((s) => s.trim().length > 0, 'must not be blank');

/**
 * An event time. Meta sends milliseconds as a number (`timestamp`,
 * `watermark`); its newer reference pages show seconds as a string of digits.
 * Both are read: values below 1e11 are taken as seconds (1e11 ms is 1973).
 */
export const EventTime = z
  .union([z.number().int().min(0).max(1e14), z.string().regex(/^\d{1,14}$/, 'must be a Unix time')])
  .transform((value) => {
    const n = Number(value);
    return new Date(n < 1e11 ? n * 1000 : n);
  });

/** Ids Meta sends as JSON numbers (app_id, sticker_id) or strings. */
const NumericId = z.union([z.number(), z.string().max(64)]);

export function envelopeOf(object: 'page' | 'instagram') {
  return z.object({ object: z.literal(object), entry: z.array(z.unknown()).min(1) });
}

export const Entry = z.object({
  id: MessagingId.optional(),
  messaging: z.array(z.unknown()).optional(),
  standby: z.array(z.unknown()).optional(),
  /** Non-messaging fields (Instagram comments, mentions, …) arrive as changes. */
  changes: z.array(z.unknown()).optional(),
});

/** `user_ref` replaces `id` for people who came through the chat plugin and have no PSID yet. */
const Party = z.object({ id: MessagingId.optional(), user_ref: z.string().max(512).optional() });

export const MessagingEvent = z.object({
  sender: Party,
  recipient: Party,
  timestamp: EventTime.optional(),
});
export type MessagingEvent = z.infer<typeof MessagingEvent>;

export const Message = z.object({
  mid: MessagingId,
  text: z.string().optional(),
  /** A message the page (or Instagram account) sent itself: from our app, Meta's inbox, or another app. */
  is_echo: z.boolean().optional(),
  /** The app that sent an echo. */
  app_id: NumericId.optional(),
  metadata: z.string().optional(),
  /** Instagram: the customer unsent this message. */
  is_deleted: z.boolean().optional(),
  /** Instagram: content Meta does not pass to apps. */
  is_unsupported: z.boolean().optional(),
  quick_reply: z.object({ payload: z.string() }).optional(),
  reply_to: z
    .object({
      mid: z.string().optional(),
      /** Instagram story replies. */
      story: z.object({ id: z.string().optional(), url: z.string().optional() }).optional(),
    })
    .optional(),
  attachments: z.array(z.unknown()).optional(),
  /** Messenger stickers (the "like" thumb is 369239263222822). */
  sticker_id: NumericId.optional(),
});
export type Message = z.infer<typeof Message>;

export const Attachment = z.object({
  type: z
    .string()
    .min(1)
    .max(64)
    .refine((s) => s.trim().length > 0, 'must not be blank'),
  payload: z.unknown().optional(),
  /** Legacy location and fallback attachments carry a title and url next to the payload. */
  title: z.string().nullish(),
  url: z.string().nullish(),
});
export type Attachment = z.infer<typeof Attachment>;

/** Media payloads: a CDN URL (expires), and for stickers their id. */
export const MediaPayload = z.object({
  url: z.string().optional(),
  sticker_id: NumericId.optional(),
  title: z.string().optional(),
});

/** Legacy Messenger location attachment. */
export const LocationPayload = z.object({
  coordinates: z.object({ lat: z.number().min(-90).max(90), long: z.number().min(-180).max(180) }),
});

/** A customer's edit of a message they sent (Messenger's `message_edits` field; Instagram's `message_edit`). */
export const MessageEdit = z.object({
  mid: MessagingId,
  text: z.string().optional(),
  /** Meta's reference shows it as a number or a string of digits. */
  num_edit: z.union([z.int().min(0), z.string().regex(/^\d{1,6}$/)]).optional(),
});

export const Postback = z.object({
  mid: MessagingId.optional(),
  title: z.string().optional(),
  /** Omitted for postbacks delivered to apps other than the one that sent the button. */
  payload: z.string().optional(),
});

export const Reaction = z.object({
  mid: MessagingId,
  action: z.string(),
  /** smile, angry, sad, wow, love, like, dislike, laugh, other. */
  reaction: z.string().optional(),
  emoji: z.string().optional(),
});

/** Messenger message_reads carry only a watermark; Instagram messaging_seen carries the mid. */
export const Read = z.object({ mid: MessagingId.optional(), watermark: EventTime.optional() });

/** Messenger message_deliveries: `mids` is "sometimes present", `watermark` always. */
export const Delivery = z.object({ mids: z.array(z.unknown()).optional(), watermark: EventTime.optional() });

export const Change = z.object({ field: z.string() });

/** The Send API's answer. */
export const SendResponse = z.object({ recipient_id: z.string().optional(), message_id: MessagingId });
