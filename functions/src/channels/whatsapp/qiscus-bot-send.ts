/**
 * Replying through a Qiscus Omnichannel room, for messages that came through
 * the Bot Webhook (qiscus-bot.ts): the reply is posted into the room, where
 * Qiscus's agents see it and Qiscus delivers it on the room's channel
 * (Qiscus Documentation, "Bot-Human Collaboration" → "Send Message"):
 *
 *   POST {base}/{app_id}/bot   header QISCUS_SDK_SECRET: <Qiscus Secret Key>
 *   { sender_email, message, type: 'text', room_id }
 *   { sender_email, message: <caption>, type: 'file_attachment', room_id, payload: { url, caption } }
 *
 * `sender_email` is the app's admin, `{app_id}_admin@qismo.com`, as Qiscus's
 * own integrations use it (credentials.senderEmail overrides it). A room
 * message holds at most 4000 characters (Qiscus's post_comment limit), so
 * longer texts are split; buttons become a numbered list (the room's button
 * messages call URLs, they do not answer as the customer). Qiscus documents
 * no answer body for this call: the comment id is read where its REST API
 * puts one (`results.comment`), else the message is named by room and time.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { OutboundMessage, SendResult } from '../../domain/message.js';
import { ValidationError } from '../../errors.js';
import type { Explain } from '../../vendor/http-client.js';
import type { SendContext } from '../channel.js';
import { splitHead, splitText } from '../shared/text-split.js';
import { numberedList } from './cloud-outbound.js';
import { sendInOrder } from './send-in-order.js';

const CHANNEL = 'whatsapp-qiscus';
const SERVICE = 'the Qiscus bot API';
/** Qiscus's limit for one room message (post_comment: "Max message content is 4000 chars"). */
export const QISCUS_ROOM_TEXT_LIMIT = 4000;

export interface QiscusRoomCredentials {
  appId: string;
  secretKey: string;
  senderEmail?: string | undefined;
}

type RoomPart = { type: 'text'; message: string } | { type: 'file_attachment'; url: string; caption: string };

export async function sendToQiscusRoom(
  message: OutboundMessage,
  roomId: string,
  credentials: QiscusRoomCredentials,
  context: SendContext,
  explain: Explain,
): Promise<SendResult> {
  const parts = roomParts(message);
  if (parts.length === 0) throw new ValidationError('Refusing to send an empty Qiscus message');
  const url = `${context.baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(credentials.appId)}/bot`;
  const sender = credentials.senderEmail?.trim() || `${credentials.appId}_admin@qismo.com`;
  return sendInOrder(CHANNEL, parts, async (part) => {
    const body =
      part.type === 'text'
        ? { sender_email: sender, message: part.message, type: 'text', room_id: roomId }
        : {
            sender_email: sender,
            message: part.caption,
            type: 'file_attachment',
            room_id: roomId,
            payload: { url: part.url, caption: part.caption },
          };
    const json = await context.http.json({
      provider: CHANNEL,
      service: SERVICE,
      url,
      headers: { QISCUS_SDK_SECRET: credentials.secretKey, accept: 'application/json' },
      json: body,
      secrets: [credentials.secretKey],
      explain,
    });
    return commentIdOf(json) ?? `qiscus-room:${roomId}:${randomUUID()}`;
  });
}

/** The image with the start of the text as its caption, then the rest of the text in room-sized parts. */
function roomParts(message: OutboundMessage): RoomPart[] {
  const buttons = (message.buttons ?? []).filter((b) => b.title.trim() !== '');
  let text = message.text.trim();
  if (buttons.length > 0) text = [text, numberedList(buttons)].filter(Boolean).join('\n\n');
  const parts: RoomPart[] = [];
  if (message.image) {
    const [caption, rest] = splitHead(text, QISCUS_ROOM_TEXT_LIMIT);
    parts.push({ type: 'file_attachment', url: message.image.url, caption });
    text = rest;
  }
  for (const chunk of splitText(text, QISCUS_ROOM_TEXT_LIMIT)) parts.push({ type: 'text', message: chunk });
  return parts;
}

const Comment = z.object({
  id_str: z.string().min(1).optional(),
  id: z.union([z.number(), z.string()]).optional(),
  unique_temp_id: z.string().min(1).optional(),
});
const Answer = z.object({
  results: z.object({ comment: Comment }).optional(),
  data: z.object({ comment: Comment }).loose().optional(),
});

function commentIdOf(json: unknown): string | undefined {
  const answer = Answer.safeParse(json);
  const comment = answer.data?.results?.comment ?? answer.data?.data?.comment;
  const id = comment?.id_str ?? (comment?.id === undefined ? undefined : String(comment.id)) ?? comment?.unique_temp_id;
  return id && id !== '0' ? `qiscus:${id}` : undefined;
}
