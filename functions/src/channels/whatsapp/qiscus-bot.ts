/**
 * Qiscus Omnichannel's Bot Webhook: the webhook a business sets under
 * Integration → Bot Integration, which Qiscus calls "when your customer
 * sends a message to your Qiscus Omnichannel Chat" (Qiscus Documentation,
 * "Webhooks" → "Bot Webhook", documentation.qiscus.com/omnichannel-chat/webhook):
 *
 *   { app_code, channel: { id, name, source: 'wa' },
 *     payload: { from: { email: <the customer's number for WhatsApp>, name, … },
 *                message: { type: 'text' | 'file_attachment' | 'location' | 'reply' | …,
 *                           text, payload, timestamp, unix_timestamp,
 *                           unique_temp_id: 'wa_<wamid>', id, id_str },
 *                room: { id, id_str, name, options: '<JSON: channel_details.channel_id, source, …>' },
 *                type: 'post_comment_mobile' },
 *     type: 'post_comment_mobile' | 'post_comment_rest' }
 *
 * Older accounts send no `app_code` / `channel` and `room.options` as an
 * object (Qiscus Knowledge Base, "Webhooks"): both are read.
 *
 * Every channel of the Qiscus app reaches this one webhook; only WhatsApp
 * (`source: 'wa'`) is the whatsapp-qiscus channel, the rest is kept as
 * unprocessable with the reason. The account is the WhatsApp channel id (as
 * in the WA webhook); the customer is `from.email`, their number, so both
 * webhooks meet in one conversation; the message keeps its wamid (from
 * `unique_temp_id`), so one configured twice is still stored once; and the
 * room id travels on the event (`providerThreadId`), so the reply goes back
 * through the room (qiscus-bot-send.ts).
 */
import { z } from 'zod';
import type { InboundMessageEvent, MessageContent, ParsedDelivery } from '../../domain/message.js';
import { issuesOf, withoutUndefined } from '../shared/parse-helpers.js';

const CHANNEL = 'whatsapp-qiscus';

const Id = z.union([z.string().trim().min(1).max(128), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)]);

const RoomOptions = z.object({
  source: z.string().optional(),
  channel: z.string().optional(),
  channel_details: z.object({ channel_id: Id.optional() }).loose().optional(),
});

const Room = z.object({
  id: Id,
  id_str: z.string().optional(),
  options: z.union([z.string(), RoomOptions, z.null()]).optional(),
});

const Message = z.object({
  type: z.string().trim().min(1).max(64),
  text: z.string().nullish(),
  payload: z.unknown().optional(),
  id_str: z.string().optional(),
  unique_temp_id: z.string().max(512).nullish(),
  unix_timestamp: z.number().int().min(0).max(1e11).optional(),
  timestamp: z.string().optional(),
  created_at: z.string().optional(),
});

/** Recognises the Bot Webhook among Qiscus's payloads (the WA webhook has none of these). */
export const BotWebhookShape = z.object({
  payload: z.object({ room: z.object({}).loose() }).loose(),
});

const BotWebhook = z.object({
  app_code: z.string().optional(),
  channel: z.object({ id: Id.optional(), source: z.string().optional() }).loose().optional(),
  payload: z.object({
    from: z.object({ email: z.string().trim().min(1).max(256), name: z.string().max(256).optional() }),
    room: Room,
    message: Message,
  }),
});
type BotWebhook = z.infer<typeof BotWebhook>;

export function isBotWebhook(json: unknown): boolean {
  return BotWebhookShape.safeParse(json).success;
}

/** One Bot Webhook call: at most one customer message. */
export function parseBotWebhook(json: unknown): ParsedDelivery {
  const delivery: ParsedDelivery = { events: [], unprocessable: [] };
  const parsed = BotWebhook.safeParse(json);
  if (!parsed.success) {
    delivery.unprocessable.push({
      reason: `Qiscus Bot Webhook does not fit: ${issuesOf(parsed.error)}`,
      fragment: json,
    });
    return delivery;
  }
  const result = readMessage(parsed.data);
  if ('reason' in result) delivery.unprocessable.push({ ...result, fragment: json });
  else delivery.events.push(result);
  return delivery;
}

type Problem = { reason: string; accountId?: string | undefined };

function readMessage(webhook: BotWebhook): InboundMessageEvent | Problem {
  const { from, room, message } = webhook.payload;
  const options = roomOptions(room.options);
  const source = (webhook.channel?.source ?? options?.source ?? options?.channel)?.toLowerCase();
  const channelId = webhook.channel?.id ?? options?.channel_details?.channel_id;
  const accountId = channelId === undefined ? undefined : String(channelId);
  if (source !== 'wa') {
    const what = source ? `"${source.slice(0, 30)}"` : 'an unnamed';
    return {
      reason: `a message from ${what} Qiscus channel: only WhatsApp ("wa") is the whatsapp-qiscus channel`,
      accountId,
    };
  }
  if (!accountId) return { reason: 'Qiscus Bot Webhook names no WhatsApp channel id' };
  const customer = from.email.replace(/^\+/, '');
  if (!/^\d{5,20}$/.test(customer)) {
    // Qiscus documents this webhook for customers' messages; anything else is kept, not answered.
    return { reason: `message from "${from.email.slice(0, 60)}", not a WhatsApp customer's number`, accountId };
  }
  const providerMessageId = messageIdOf(message, room);
  if (!providerMessageId) return { reason: 'Qiscus message without an id', accountId };
  const timestamp = timeOf(message);
  if (!timestamp) return { reason: 'Qiscus message without a time', accountId };
  return withoutUndefined<InboundMessageEvent>({
    kind: 'message',
    channel: CHANNEL,
    accountId,
    userId: customer,
    userName: from.name?.trim() || undefined,
    providerMessageId,
    timestamp,
    content: contentOf(message),
    providerThreadId: room.id_str?.trim() || String(room.id),
  });
}

function roomOptions(options: BotWebhook['payload']['room']['options']): z.infer<typeof RoomOptions> | undefined {
  if (options === null || options === undefined) return undefined;
  if (typeof options !== 'string') return options;
  try {
    return RoomOptions.safeParse(JSON.parse(options)).data;
  } catch {
    return undefined;
  }
}

/**
 * The WhatsApp message id when Qiscus passes it on (`unique_temp_id:
 * "wa_wamid.…"`), so the WA webhook and this one store a message once;
 * else Qiscus's own comment id.
 */
function messageIdOf(
  message: BotWebhook['payload']['message'],
  room: BotWebhook['payload']['room'],
): string | undefined {
  const temp = message.unique_temp_id?.trim();
  const wamid = temp?.replace(/^wa_/, '');
  if (wamid?.startsWith('wamid.')) return wamid;
  const comment = message.id_str?.trim();
  if (comment && comment !== '0') return `qiscus:${comment}`;
  return temp ? `qiscus:${String(room.id)}:${temp}` : undefined;
}

function timeOf(message: BotWebhook['payload']['message']): Date | undefined {
  if (message.unix_timestamp !== undefined && message.unix_timestamp > 0)
    return new Date(message.unix_timestamp * 1000);
  for (const text of [message.timestamp, message.created_at]) {
    const at = text ? Date.parse(text) : Number.NaN;
    if (Number.isFinite(at)) return new Date(at);
  }
  return undefined;
}

const FileAttachment = z.object({
  url: z
    .string()
    .max(8192)
    .refine((url) => /^https?:\/\/\S+$/i.test(url) && URL.canParse(url), 'not an http(s) URL'),
  caption: z.string().nullish(),
  file_name: z.string().nullish(),
});
const Location = z.object({
  latitude: z.coerce.number().min(-90).max(90),
  longitude: z.coerce.number().min(-180).max(180),
  name: z.string().nullish(),
  address: z.string().nullish(),
});
const Reply = z.object({ text: z.string() });

/** What a file is, by its extension (Qiscus's attachment payload names no type). WhatsApp voice notes are Ogg/Opus. */
const EXTENSIONS: Readonly<Record<string, { kind: 'image' | 'audio' | 'voice' | 'video' | 'document'; mime: string }>> =
  {
    jpg: { kind: 'image', mime: 'image/jpeg' },
    jpeg: { kind: 'image', mime: 'image/jpeg' },
    png: { kind: 'image', mime: 'image/png' },
    webp: { kind: 'image', mime: 'image/webp' },
    gif: { kind: 'image', mime: 'image/gif' },
    ogg: { kind: 'voice', mime: 'audio/ogg' },
    oga: { kind: 'voice', mime: 'audio/ogg' },
    opus: { kind: 'voice', mime: 'audio/ogg' },
    mp3: { kind: 'audio', mime: 'audio/mpeg' },
    m4a: { kind: 'audio', mime: 'audio/mp4' },
    aac: { kind: 'audio', mime: 'audio/aac' },
    amr: { kind: 'audio', mime: 'audio/amr' },
    wav: { kind: 'audio', mime: 'audio/wav' },
    mp4: { kind: 'video', mime: 'video/mp4' },
    '3gp': { kind: 'video', mime: 'video/3gpp' },
    mov: { kind: 'video', mime: 'video/quicktime' },
    webm: { kind: 'video', mime: 'video/webm' },
    pdf: { kind: 'document', mime: 'application/pdf' },
  };

function contentOf(message: BotWebhook['payload']['message']): MessageContent {
  const text = message.text?.trim() ?? '';
  switch (message.type) {
    case 'text':
      if (text) return { type: 'text', text: message.text! };
      break;
    case 'reply': {
      const reply = Reply.safeParse(message.payload);
      const said = reply.success ? reply.data.text : text;
      if (said.trim()) return { type: 'text', text: said };
      break;
    }
    case 'file_attachment': {
      const file = FileAttachment.safeParse(message.payload);
      if (!file.success) break;
      // Qiscus writes an attachment's text as "[file] <url> [/file]" when it has no caption.
      const caption = file.data.caption?.trim() || (/^\[file\]/.test(text) ? undefined : text || undefined);
      const name = file.data.file_name?.trim() || new URL(file.data.url).pathname.split('/').pop() || '';
      const extension = name.split('.').pop()?.toLowerCase() ?? '';
      const known = Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
      const media = withoutUndefined({
        url: file.data.url,
        mimeType: known?.mime,
        fileName: file.data.file_name?.trim() || undefined,
      });
      const kind = known?.kind ?? 'document';
      if (kind === 'voice' || kind === 'audio') return { type: 'audio', media, voice: kind === 'voice' };
      return withoutUndefined<MessageContent>({ type: kind, media, caption });
    }
    case 'location': {
      const location = Location.safeParse(message.payload);
      if (!location.success) break;
      const { latitude, longitude, name, address } = location.data;
      return withoutUndefined<MessageContent>({
        type: 'location',
        latitude,
        longitude,
        name: name ?? undefined,
        address: address ?? undefined,
      });
    }
  }
  const type = message.type.slice(0, 64);
  const said = text && !/^\[file\]/.test(text) ? `: "${text.slice(0, 200)}"` : '';
  return {
    type: 'unsupported',
    providerType: type,
    summary: `a Qiscus "${type}" message${said}, which Frontdesk cannot read`,
  };
}
