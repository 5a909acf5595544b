/**
 * Zod schemas for the WhatsApp Cloud API `messages` webhook, as Meta documents
 * it (developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages):
 *
 *   { object: 'whatsapp_business_account',
 *     entry: [{ id: <WABA id>, changes: [{ field: 'messages', value: {
 *       messaging_product: 'whatsapp',
 *       metadata: { display_phone_number, phone_number_id },
 *       contacts?: [{ profile: { name?, username? }, wa_id?, user_id? }],
 *       messages?: [{ from?, from_user_id?, id, timestamp, type, <type>: {...}, context?, errors? }],
 *       statuses?: [{ id, status, timestamp, recipient_id?, recipient_user_id?, errors?, pricing?,
 *                     conversation?, biz_opaque_callback_data? }],
 *       errors?: [{ code, title, message, error_data: { details } }] } }] }] }
 *
 * and the `smb_message_echoes` webhook (…/webhooks/reference/smb_message_echoes),
 * which reports what the business itself sent from the WhatsApp Business app
 * or a linked device (Coexistence), in a change of its own:
 *
 *   { field: 'smb_message_echoes', value: { messaging_product, metadata,
 *       message_echoes: [{ from: <business number>, to: <customer>, id, timestamp, type, <type>: {...} }] } }
 *
 * Business-scoped user ids (…/whatsapp/business-scoped-user-ids, from April
 * 2026): every message names the customer's BSUID in `from_user_id`
 * ("US.13491208655302741918"); `from` (the phone number) is omitted for a
 * customer who adopted a username and whose number Meta withholds. A status
 * names the recipient as the send did: `recipient_id` for a phone number,
 * `recipient_user_id` for a BSUID. Contacts carry `user_id` and, when known,
 * `wa_id`.
 *
 * The schemas are deliberately layered: the envelope is checked first, then
 * each change, then each message or status on its own, so one piece that does
 * not fit never costs the rest of the batch.
 */
import { z } from 'zod';

/** Provider ids (wamid…, phone number ids, WhatsApp ids): non-blank and bounded. */
export const ProviderId = z
  .string()
  .min(1)
  .max(512)
  .refine((s) => s.trim().length > 0, 'must not be blank');

/** Meta sends Unix seconds as a string of digits. */
export const UnixSeconds = z
  .union([z.string().regex(/^\d{1,12}$/, 'must be Unix seconds'), z.number().int().min(0).max(1e12)])
  .transform((value) => new Date(Number(value) * 1000));

/** A message type name: `text`, `image`, … or one Meta adds later. */
export const MessageType = z
  .string()
  .min(1)
  .max(64)
  .refine((s) => s.trim().length > 0, 'must not be blank');

export const Envelope = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(z.unknown()).min(1),
});

export const Entry = z.object({
  id: z.string().optional(),
  changes: z.array(z.unknown()),
});

export const Change = z.object({
  field: z.string(),
  value: z.unknown(),
});

/** The lists a `messages` (or echoes) change value may carry; each element is checked on its own. */
export const ValueLists = z.object({
  contacts: z.array(z.unknown()).optional(),
  messages: z.array(z.unknown()).optional(),
  statuses: z.array(z.unknown()).optional(),
  errors: z.array(z.unknown()).optional(),
  message_echoes: z.array(z.unknown()).optional(),
});
export type ValueLists = z.infer<typeof ValueLists>;

export const MessagesValue = ValueLists.extend({
  messaging_product: z.literal('whatsapp'),
  metadata: z.object({
    display_phone_number: z.string().optional(),
    phone_number_id: ProviderId,
  }),
});

export const Contact = z.object({
  wa_id: z.string().optional(),
  /** The customer's business-scoped user id (BSUID). */
  user_id: z.string().optional(),
  profile: z.object({ name: z.string().max(256).optional(), username: z.string().max(256).optional() }).optional(),
});

export const WebhookError = z.object({
  code: z.coerce.number().int(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.object({ details: z.string().optional() }).optional(),
  /** The On-Premises API's errors (numbers still served through Qiscus) put the details at the top. */
  details: z.string().optional(),
});
export type WebhookError = z.infer<typeof WebhookError>;

/** The customer: the phone number (`from`) where Meta gives it, else the BSUID; one of them is always there. */
export const MessageBase = z
  .object({
    from: ProviderId.optional(),
    from_user_id: ProviderId.optional(),
    id: ProviderId,
    timestamp: UnixSeconds,
    type: MessageType,
    /** Set for a message in a WhatsApp group (Groups API), which is no one customer's conversation. */
    group_id: z.string().optional(),
  })
  .refine((m) => m.from !== undefined || m.from_user_id !== undefined, {
    message: 'names no sender (neither from nor from_user_id)',
    path: ['from'],
  });

/** A message the business sent itself; `to` is the customer (a number as typed, possibly with "+"). */
export const MessageEcho = z.object({
  from: z.string().optional(),
  to: ProviderId,
  id: ProviderId,
  timestamp: UnixSeconds,
  type: MessageType,
});

export const TextBody = z.object({ body: z.string() });

/** image, video, document, sticker and audio share this shape; not every field is sent for every type. */
export const MediaBody = z.object({
  id: ProviderId,
  mime_type: z.string().optional(),
  sha256: z.string().optional(),
  caption: z.string().optional(),
  filename: z.string().optional(),
  url: z.string().optional(),
  voice: z.boolean().optional(),
});

/** A coordinate; some SDKs type it as a string, so a numeric string is read too. */
const Coordinate = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

export const LocationBody = z.object({
  latitude: Coordinate.pipe(z.number().min(-90).max(90)),
  longitude: Coordinate.pipe(z.number().min(-180).max(180)),
  name: z.string().optional(),
  address: z.string().optional(),
});

const Reply = z.object({ id: z.string().min(1), title: z.string() });

export const InteractiveKind = z.object({ type: z.string() });
export const ButtonReplyBody = z.object({ button_reply: Reply });
export const ListReplyBody = z.object({ list_reply: Reply });

/** A quick-reply button of a template message. */
export const ButtonBody = z.object({ payload: z.string().optional(), text: z.string() });

/** `emoji` is omitted when the customer removes a reaction. */
export const ReactionBody = z.object({ message_id: ProviderId, emoji: z.string().optional() });

export const UnsupportedBody = z.object({ type: MessageType.optional() });

/** A shared contact card (…/reference/messages/contacts): each contact's name and phones. */
export const ContactsBody = z
  .array(
    z.object({
      name: z.object({ formatted_name: z.string().optional(), first_name: z.string().optional() }).optional(),
      phones: z.array(z.object({ phone: z.string().optional(), wa_id: z.string().optional() })).optional(),
    }),
  )
  .min(1);

/** An order from the business's catalog (…/reference/messages/order). */
export const OrderBody = z.object({
  catalog_id: z.string().optional(),
  text: z.string().optional(),
  product_items: z.array(z.unknown()).optional(),
});

/** A notice from WhatsApp itself (…/reference/messages/system): a changed number or BSUID. */
export const SystemBody = z.object({ type: z.string().optional(), body: z.string().optional() });

/** Coexistence numbers: the customer edited a message (…/reference/messages/edit); `message` is the new one. */
export const EditBody = z.object({
  original_message_id: ProviderId,
  message: z.object({ type: MessageType }).loose(),
});

/** Coexistence numbers: the customer deleted a message (…/reference/messages/revoke). */
export const RevokeBody = z.object({ original_message_id: ProviderId });

export const Status = z.object({
  id: ProviderId,
  status: z.string(),
  timestamp: UnixSeconds,
  /** The phone number the send went to; omitted when it went to a BSUID (`recipient_user_id`). */
  recipient_id: ProviderId.optional(),
  recipient_user_id: ProviderId.optional(),
  errors: z.array(z.unknown()).optional(),
  /** What the send carried (at most 512 characters, as Meta allows); anything else is ignored, not refused. */
  biz_opaque_callback_data: z.string().min(1).max(512).optional().catch(undefined),
});
