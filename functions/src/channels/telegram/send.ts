/**
 * Telegram outbound, through grammY's `Api` (a thin typed client of the Bot
 * API: https://core.telegram.org/bots/api) pointed at `context.baseUrl`
 * (https://api.telegram.org, or a local fake in tests), with the business's
 * bot token (`credentials.botToken`).
 *
 * - Text goes with `parse_mode: 'HTML'`, converted from our *bold* /
 *   _italic_ markup (text.ts); over 4096 characters it is split at
 *   paragraph or sentence boundaries into several messages.
 * - Buttons become an inline keyboard (callback_data = button id, at most 64
 *   bytes) on the last message, one button per row.
 * - An image goes with `sendPhoto` by URL, the text as its caption when it
 *   fits in 1024 characters, else as messages after it.
 * - A reply to a customer of a Telegram Business chat (`providerThreadId`,
 *   the business connection id) carries `business_connection_id`, so it is
 *   sent as the business account.
 * - A template (WhatsApp's way around its 24-hour window) does not exist on
 *   Telegram, which has no such window: the message's text is sent instead.
 *
 * Errors become ProviderErrors as errors.ts reads them (the client is in
 * client.ts).
 */
import { z } from 'zod';
import type { FetchedMedia, MediaRef, OutboundMessage, SendResult } from '../../domain/message.js';
import { ProviderError, ValidationError } from '../../errors.js';
import type { SendContext } from '../channel.js';
import { pickMimeType } from '../shared/media-type.js';
import { botTokenOf, telegramClient } from './client.js';
import { telegramFailure } from './errors.js';
import { splitForTelegram, TELEGRAM_CAPTION_LIMIT, toTelegramHtml } from './text.js';

export { telegramClient } from './client.js';
export { telegramFailure } from './errors.js';

const PROVIDER = 'telegram';
/** Telegram's limit for a button's callback_data. */
export const TELEGRAM_CALLBACK_DATA_BYTES = 64;
/** Bots may download files of up to 20 MB (getFile). */
export const TELEGRAM_DOWNLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
export const TELEGRAM_DOWNLOAD_TIMEOUT_MS = 60_000;

// ---------------------------------------------------------------- send

const SentMessage = z.object({ message_id: z.int(), chat: z.object({ id: z.int() }) });

type Step = () => Promise<unknown>;

export async function sendTelegram(message: OutboundMessage, context: SendContext): Promise<SendResult> {
  const token = botTokenOf(context);
  const text = message.text.trim();
  if (text === '' && !message.image) throw new ValidationError('Refusing to send an empty Telegram message');
  const buttons = message.buttons ?? [];
  for (const button of buttons) {
    const bytes = Buffer.byteLength(button.id, 'utf8');
    if (bytes === 0 || bytes > TELEGRAM_CALLBACK_DATA_BYTES) {
      throw new ValidationError(
        `Button "${button.title.slice(0, 40)}" has an id of ${bytes} bytes; Telegram's callback_data takes 1 to 64`,
      );
    }
  }
  const keyboard = buttons.length
    ? { inline_keyboard: buttons.map((b) => [{ text: b.title.trim() || b.id, callback_data: b.id }]) }
    : undefined;
  const client = telegramClient(token, context.baseUrl, context.http);
  const { api } = client;
  const chatId = message.userId;
  // A customer who wrote to the business's own Telegram Business account is answered from it, through the connection.
  const via = message.providerThreadId ? { business_connection_id: message.providerThreadId } : {};

  const captioned = message.image !== undefined && text.length <= TELEGRAM_CAPTION_LIMIT;
  const chunks = captioned ? [] : splitForTelegram(text);
  const steps: Step[] = [];
  if (message.image) {
    const { url } = message.image;
    const markup = chunks.length === 0 ? keyboard : undefined;
    steps.push(() =>
      captioned && text
        ? api.sendPhoto(chatId, url, {
            ...via,
            caption: toTelegramHtml(text),
            parse_mode: 'HTML',
            reply_markup: markup,
          })
        : api.sendPhoto(chatId, url, { ...via, reply_markup: markup }),
    );
  }
  chunks.forEach((chunk, i) => {
    const markup = i === chunks.length - 1 ? keyboard : undefined;
    steps.push(() =>
      api.sendMessage(chatId, toTelegramHtml(chunk), { ...via, parse_mode: 'HTML', reply_markup: markup }),
    );
  });

  const ids: string[] = [];
  for (const step of steps) {
    let sent: unknown;
    try {
      sent = await step();
    } catch (err) {
      const failure = telegramFailure(err, client);
      if (ids.length === 0 || !(failure instanceof ProviderError)) throw failure;
      // Staff should know the customer already has part of the reply (a retry sends it all again).
      const reason = failure.message.slice(`${PROVIDER}: `.length);
      const done = `after ${ids.length} of ${steps.length} parts were sent`;
      throw new ProviderError(PROVIDER, `${reason} (${done})`, failure.retryable, {
        status: failure.status,
        providerCode: failure.providerCode,
        retryAfterMs: failure.retryAfterMs,
        ambiguous: failure.ambiguous,
      });
    }
    const parsed = SentMessage.safeParse(sent);
    if (!parsed.success) {
      throw new ProviderError(PROVIDER, 'unexpected response from the Bot API: no message id', false);
    }
    ids.push(`${parsed.data.chat.id}:${parsed.data.message_id}`);
  }
  const [first, ...more] = ids;
  return more.length ? { providerMessageId: first!, moreProviderMessageIds: more } : { providerMessageId: first! };
}

// ---------------------------------------------------------------- media

const TelegramFile = z.object({ file_path: z.string().min(1).optional(), file_size: z.number().optional() });

const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  oga: 'audio/ogg',
  ogg: 'audio/ogg',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  mp4: 'video/mp4',
  webm: 'video/webm',
  pdf: 'application/pdf',
  tgs: 'application/x-tgsticker',
};

/** Downloads a file a customer sent: getFile for its path, then GET {apiRoot}/file/bot{token}/{path}. */
export async function fetchTelegramMedia(media: MediaRef, context: SendContext): Promise<FetchedMedia> {
  const token = botTokenOf(context);
  const fileId = media.providerMediaId;
  if (!fileId) throw new ProviderError(PROVIDER, 'no Telegram file id to download', false);
  const client = telegramClient(token, context.baseUrl, context.http);
  let info: z.infer<typeof TelegramFile>;
  try {
    info = TelegramFile.parse(await client.api.getFile(fileId));
  } catch (err) {
    if (err instanceof z.ZodError) throw new ProviderError(PROVIDER, 'unexpected getFile response', false);
    throw telegramFailure(err, client);
  }
  if (info.file_size !== undefined && info.file_size > TELEGRAM_DOWNLOAD_LIMIT_BYTES) {
    throw new ProviderError(PROVIDER, 'the file is over the 20 MB bot download limit', false);
  }
  if (!info.file_path) throw new ProviderError(PROVIDER, 'Telegram gave no download path for this file', false);

  const path = info.file_path.split('/').map(encodeURIComponent).join('/');
  const { data, contentType } = await context.http.download({
    provider: PROVIDER,
    service: 'the Telegram file server',
    url: `${client.apiRoot}/file/bot${token}/${path}`,
    timeoutMs: TELEGRAM_DOWNLOAD_TIMEOUT_MS,
    maxBytes: TELEGRAM_DOWNLOAD_LIMIT_BYTES,
    secrets: [token],
  });
  const extension = info.file_path.split('.').pop()?.toLowerCase() ?? '';
  return { data, mimeType: pickMimeType(media.mimeType, contentType, MIME_BY_EXTENSION[extension]) };
}
