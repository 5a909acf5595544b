/**
 * Telegram outbound, through grammY's `Api` (a thin typed client of the Bot
 * API: https://core.telegram.org/bots/api) pointed at `context.baseUrl`
 * (https://api.telegram.org, or a local fake in tests), with the business's
 * bot token (`credentials.botToken`).
 *
 * - Text goes with `parse_mode: 'HTML'`, converted from our *bold* /
 *   _italic_ markup (telegram-text.ts); over 4096 characters it is split at
 *   paragraph or sentence boundaries into several messages.
 * - Buttons become an inline keyboard (callback_data = button id, at most 64
 *   bytes) on the last message, one button per row.
 * - An image goes with `sendPhoto` by URL, the text as its caption when it
 *   fits in 1024 characters, else as messages after it.
 * - A template (WhatsApp's way around its 24-hour window) does not exist on
 *   Telegram, which has no such window: the message's text is sent instead.
 *
 * Errors become ProviderErrors that say whether a retry can help, decided on
 * Telegram's `error_code` and `description` (and `parameters.retry_after`
 * for flood control), and — grammY fetching through the vendor transport —
 * whether a request that got no answer had gone out (`ambiguous`). The bot
 * token is part of every Bot API URL, so no vendor or network error text
 * reaches a message without the token scrubbed.
 */
import { Api, GrammyError, HttpError } from 'grammy';
import { z } from 'zod';
import type { FetchedMedia, MediaRef, OutboundMessage, SendResult } from '../../domain/message.js';
import { ConfigError, FrontdeskError, ProviderError, ValidationError } from '../../errors.js';
import { scrub, transportFailure } from '../../vendor/failure.js';
import { DEFAULT_TIMEOUT_MS, transportErrorIn, type HttpClient } from '../../vendor/http-client.js';
import type { SendContext } from '../channel.js';
import { pickMimeType } from '../shared/media-type.js';
import { splitForTelegram, TELEGRAM_CAPTION_LIMIT, toTelegramHtml } from './text.js';

const PROVIDER = 'telegram';
export const TELEGRAM_API_ROOT = 'https://api.telegram.org';
/** Telegram's limit for a button's callback_data. */
export const TELEGRAM_CALLBACK_DATA_BYTES = 64;
/** Bots may download files of up to 20 MB (getFile). */
export const TELEGRAM_DOWNLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
/** grammY's own deadline, a little after the transport's (DEFAULT_TIMEOUT_MS), which is the one that says what happened. */
const GRAMMY_TIMEOUT_SECONDS = DEFAULT_TIMEOUT_MS / 1000 + 5;
export const TELEGRAM_DOWNLOAD_TIMEOUT_MS = 60_000;
const SERVICE = 'the Telegram Bot API';

/** A grammY client that remembers the HTTP status of its last answer (grammY keeps only Telegram's own error code). */
export interface TelegramClient {
  readonly api: Api;
  readonly apiRoot: string;
  readonly token: string;
  lastStatus(): number | undefined;
}

export function telegramClient(token: string, baseUrl: string, http: HttpClient): TelegramClient {
  const apiRoot = baseUrl.trim().replace(/\/+$/, '') || TELEGRAM_API_ROOT;
  let status: number | undefined;
  const recordingFetch: typeof fetch = async (input, init) => {
    status = undefined;
    const response = await http.fetch(input, init);
    status = response.status;
    return response;
  };
  const api = new Api(token, { apiRoot, fetch: recordingFetch, timeoutSeconds: GRAMMY_TIMEOUT_SECONDS });
  return { api, apiRoot, token, lastStatus: () => status };
}

function botTokenOf(context: SendContext): string {
  const token = context.credentials.botToken?.trim();
  if (!token) {
    throw new ConfigError('Telegram is not connected for this business: no bot token (channels.telegram.botToken)');
  }
  return token;
}

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

  const captioned = message.image !== undefined && text.length <= TELEGRAM_CAPTION_LIMIT;
  const chunks = captioned ? [] : splitForTelegram(text);
  const steps: Step[] = [];
  if (message.image) {
    const { url } = message.image;
    const markup = chunks.length === 0 ? keyboard : undefined;
    steps.push(() =>
      captioned && text
        ? api.sendPhoto(chatId, url, { caption: toTelegramHtml(text), parse_mode: 'HTML', reply_markup: markup })
        : api.sendPhoto(chatId, url, { reply_markup: markup }),
    );
  }
  chunks.forEach((chunk, i) => {
    const markup = i === chunks.length - 1 ? keyboard : undefined;
    steps.push(() => api.sendMessage(chatId, toTelegramHtml(chunk), { parse_mode: 'HTML', reply_markup: markup }));
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

// ---------------------------------------------------------------- errors

interface ErrorRule {
  status: number;
  /** Matched against Telegram's description; no pattern matches any. */
  description?: RegExp;
  retryable: boolean;
  message: string;
}

/** Bot API failures by HTTP status and description, most specific first. */
const ERROR_RULES: readonly ErrorRule[] = [
  { status: 429, retryable: true, message: 'rate limited by Telegram (flood control)' },
  { status: 401, retryable: false, message: 'bot token rejected (wrong or revoked): check it with @BotFather' },
  { status: 404, retryable: false, message: 'Telegram does not know this bot token (or the Bot API URL is wrong)' },
  {
    status: 403,
    description: /blocked by the user/i,
    retryable: false,
    message: 'the customer blocked the bot: nothing can be sent until they unblock it',
  },
  {
    status: 403,
    description: /user is deactivated/i,
    retryable: false,
    message: 'the customer deleted their Telegram account',
  },
  {
    status: 403,
    description: /can't initiate conversation/i,
    retryable: false,
    message: 'the customer has not started the bot, so it cannot write to them first',
  },
  { status: 403, retryable: false, message: 'Telegram refused: the bot may not write to this chat' },
  {
    status: 400,
    description: /chat not found/i,
    retryable: false,
    message: 'chat not found: the customer never started this bot, or the chat id is wrong',
  },
  { status: 400, description: /file is too big/i, retryable: false, message: 'the file is over the 20 MB bot limit' },
  {
    status: 400,
    description: /HTTP URL|web page content|wrong file identifier/i,
    retryable: false,
    message: 'Telegram could not fetch the image from its URL',
  },
  { status: 400, retryable: false, message: 'request rejected by the Bot API' },
];

/**
 * Turns whatever a grammY call threw into an error that says who failed and
 * whether a retry can help; the bot token is scrubbed from anything quoted.
 */
export function telegramFailure(err: unknown, client: Pick<TelegramClient, 'token' | 'lastStatus'>): FrontdeskError {
  if (err instanceof FrontdeskError) return err;
  const status = client.lastStatus();
  if (err instanceof GrammyError) {
    const code: unknown = err.error_code;
    const telegramCode = typeof code === 'number' ? code : undefined;
    const httpStatus = status ?? telegramCode;
    const description = typeof err.description === 'string' ? scrub(err.description, [client.token]) : '';
    const retryAfter: unknown = err.parameters?.retry_after;
    const options = {
      status: httpStatus,
      providerCode: telegramCode === undefined ? undefined : String(telegramCode),
      retryAfterMs: typeof retryAfter === 'number' && retryAfter >= 0 ? retryAfter * 1000 : undefined,
    };
    const quoted = description ? ` [${description.slice(0, 300)}]` : '';
    const effective = telegramCode ?? httpStatus;
    const rule = ERROR_RULES.find(
      (r) => r.status === effective && (r.description === undefined || r.description.test(description)),
    );
    if (rule) return new ProviderError(PROVIDER, rule.message + quoted, rule.retryable, options);
    if (effective !== undefined && effective >= 500) {
      return new ProviderError(PROVIDER, `Bot API unavailable (HTTP ${effective})${quoted}`, true, options);
    }
    const what = effective === undefined ? 'an unexpected answer' : `HTTP ${effective}`;
    return new ProviderError(PROVIDER, `request failed with ${what}${quoted}`, false, options);
  }
  if (err instanceof HttpError) {
    const transport = transportErrorIn(err);
    if (transport) {
      const who = { provider: PROVIDER, service: SERVICE, secrets: [client.token] };
      return transportFailure(who, transport, {
        method: 'POST',
        timeoutMs: DEFAULT_TIMEOUT_MS,
        answered: status !== undefined,
      });
    }
    if (status !== undefined) {
      // An answer that is not the Bot API's JSON: a proxy, a load balancer, or a wrong URL.
      const retryable = status >= 500 || status === 429 || status === 408;
      const message = retryable
        ? `Bot API unavailable (HTTP ${status})`
        : `unexpected HTTP ${status} from the Bot API URL (is it right?)`;
      return new ProviderError(PROVIDER, message, retryable, { status });
    }
    // grammY's own deadline passed first: whether the request had gone out is unknown, so it may have.
    return new ProviderError(PROVIDER, `no answer from ${SERVICE} within ${GRAMMY_TIMEOUT_SECONDS} s`, true, {
      ambiguous: true,
    });
  }
  const transport = transportErrorIn(err);
  if (transport) {
    // Reading the answer failed outside grammY's own error handling: Telegram had answered.
    const who = { provider: PROVIDER, service: SERVICE, secrets: [client.token] };
    return transportFailure(who, transport, { method: 'POST', timeoutMs: DEFAULT_TIMEOUT_MS, answered: true });
  }
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new ProviderError(PROVIDER, `unexpected failure: ${scrub(text, [client.token]).slice(0, 300)}`, false);
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
