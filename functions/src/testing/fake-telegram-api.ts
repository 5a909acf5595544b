/**
 * A local fake of the Telegram Bot API, on node:http, for unit and emulator
 * tests. It speaks Telegram's wire format:
 *
 *   POST|GET /bot<token>/<method>   → { ok: true, result } or { ok: false, error_code, description, parameters? }
 *   GET /file/bot<token>/<file_path> → the file's bytes
 *
 * Parameters are read from a JSON or form-urlencoded body, or the query
 * string (as Telegram does). Implemented methods: getMe, sendMessage,
 * sendPhoto, getFile, setWebhook, getWebhookInfo, deleteWebhook,
 * answerCallbackQuery. A token the fake does not know gets Telegram's 401;
 * an unknown method its 404. `sendMessage` and `sendPhoto` check text
 * lengths after entity parsing and that HTML `parse_mode` text is well
 * formed, so formatting bugs fail here as they would at Telegram.
 *
 * Every request is recorded; `failNext` scripts failures (e.g. a 429 with
 * `parameters.retry_after`), optionally for one method only; `slowNext` and
 * `breakNext` script network trouble (testing/fake-http.ts): a slowed
 * sendMessage is still sent — the chat has it — while the client gave up.
 */
import { flattenHeaders, networkTrouble, takeFailure, type NetworkScript } from './fake-http.js';
import { parseTelegramHtml } from './fake-telegram-html.js';
import {
  badRequest,
  ok,
  setWebhook,
  paramsOf,
  parseJson,
  readBody,
  routeOf,
  send,
  sendFile,
  telegramError,
  stringParam,
  validKeyboard,
  type FakeTelegramFile,
  type FakeWebhook,
  type Params,
  type RecordedTelegramRequest,
  type Reply,
  type Route,
  type TelegramFailure,
} from './fake-telegram-wire.js';

import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export { telegramError } from './fake-telegram-wire.js';
export type { FakeTelegramFile, FakeWebhook, RecordedTelegramRequest, TelegramFailure } from './fake-telegram-wire.js';

/** A bot the fake knows by default; its token is accepted without `addBot`. */
export const FAKE_TELEGRAM_BOT = {
  token: '7012345678:AAHfakeTokenForFrontdeskTests-0123456789',
  id: 7012345678,
  username: 'frontdesk_demo_bot',
  firstName: 'Frontdesk Demo',
} as const;

/** Telegram's download limit for bots (getFile). */
export const TELEGRAM_DOWNLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

export interface FakeTelegramApi extends NetworkScript {
  /** Base URL, e.g. http://127.0.0.1:53211 (use as grammY's apiRoot / SendContext.baseUrl). */
  readonly url: string;
  readonly requests: RecordedTelegramRequest[];
  /** Downloadable files by file_id. */
  readonly files: Map<string, FakeTelegramFile>;
  /** Webhooks set with setWebhook, by bot token. */
  readonly webhooks: Map<string, FakeWebhook>;
  /** The next `count` matching requests get `failure` instead of a normal answer. */
  failNext(count: number, failure: TelegramFailure): void;
  /** Makes a token valid, for a bot with this username. */
  addBot(token: string, username: string): void;
  /** Registers a file for getFile and download; fills in ids, path and size. */
  addFile(file: Partial<FakeTelegramFile> & { data: Buffer }): FakeTelegramFile;
  /** Forgets recorded requests, scripted failures and webhooks (bots and files stay). */
  reset(): void;
  close(): Promise<void>;
}

export interface FakeTelegramApiOptions {
  /** 0 (default) picks a free port; emulator tests use a fixed one. */
  port?: number;
  host?: string;
}

interface Bot {
  id: number;
  username: string;
  firstName: string;
}

export async function startFakeTelegramApi(options: FakeTelegramApiOptions = {}): Promise<FakeTelegramApi> {
  const requests: RecordedTelegramRequest[] = [];
  const failures: TelegramFailure[] = [];
  const files = new Map<string, FakeTelegramFile>();
  const webhooks = new Map<string, FakeWebhook>();
  const bots = new Map<string, Bot>([
    [
      FAKE_TELEGRAM_BOT.token,
      { id: FAKE_TELEGRAM_BOT.id, username: FAKE_TELEGRAM_BOT.username, firstName: FAKE_TELEGRAM_BOT.firstName },
    ],
  ]);
  const nextMessageId = new Map<string, number>();
  let fileCounter = 0;

  const trouble = networkTrouble();

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const url = new URL(req.url ?? '/', 'http://fake.invalid');
      const route = routeOf(url.pathname);
      const recorded: RecordedTelegramRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        headers: flattenHeaders(req),
        body: route?.kind === 'method' ? paramsOf(req, raw, url) : undefined,
        apiMethod: route?.kind === 'file' ? 'file' : (route?.method ?? ''),
        token: route?.token ?? '',
      };
      requests.push(recorded);
      trouble.deliver(res, handle(recorded, route, res));
    });
  });

  /** Handles a request at once (a message is "sent" even when its answer is slowed) and returns how to answer. */
  const handle = (recorded: RecordedTelegramRequest, route: Route | undefined, res: ServerResponse): (() => void) => {
    const failure = takeFailure(failures, (f) => f.method === undefined || f.method === recorded.apiMethod);
    if (failure) {
      const body = failure.body ?? telegramError(failure.status);
      return () => send(res, { status: failure.status, body, headers: failure.headers });
    }
    if (!route) return () => send(res, { status: 404, body: telegramError(404) });
    const bot = bots.get(route.token);
    if (!bot) return () => send(res, { status: 401, body: telegramError(401) });
    if (route.kind === 'file') return () => sendFile(res, files, route.path);
    const reply = answer(route.method, route.token, bot, recorded.body as Params);
    return () => send(res, reply);
  };

  const answer = (method: string, token: string, bot: Bot, params: Params): Reply => {
    switch (method) {
      case 'getMe':
        return ok({
          id: bot.id,
          is_bot: true,
          first_name: bot.firstName,
          username: bot.username,
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
        });
      case 'sendMessage':
      case 'sendPhoto':
        return sendContent(method, token, bot, params);
      case 'getFile': {
        const fileId = stringParam(params, 'file_id');
        const file = fileId ? files.get(fileId) : undefined;
        if (!file) return badRequest('Bad Request: invalid file_id');
        if (file.size > TELEGRAM_DOWNLOAD_LIMIT_BYTES) return badRequest('Bad Request: file is too big');
        return ok({
          file_id: file.fileId,
          file_unique_id: file.fileUniqueId,
          file_size: file.size,
          file_path: file.filePath,
        });
      }
      case 'setWebhook':
        return setWebhook(webhooks, token, params);
      case 'getWebhookInfo': {
        const hook = webhooks.get(token);
        return ok({
          url: hook?.url ?? '',
          has_custom_certificate: false,
          pending_update_count: 0,
          ...(hook?.allowedUpdates ? { allowed_updates: hook.allowedUpdates } : {}),
          ...(hook ? { max_connections: hook.maxConnections ?? 40 } : {}),
        });
      }
      case 'deleteWebhook':
        webhooks.delete(token);
        return ok(true);
      case 'answerCallbackQuery':
        return stringParam(params, 'callback_query_id')
          ? ok(true)
          : badRequest('Bad Request: query is too old and response timeout expired or query ID is invalid');
      default:
        return { status: 404, body: telegramError(404) };
    }
  };

  const sendContent = (method: string, token: string, bot: Bot, params: Params): Reply => {
    const chatId = stringParam(params, 'chat_id');
    if (!chatId) return badRequest('Bad Request: chat_id is empty');
    if (!/^-?\d{1,16}$/.test(chatId)) return badRequest('Bad Request: chat not found');
    const parseMode = stringParam(params, 'parse_mode');
    const isPhoto = method === 'sendPhoto';
    const raw = stringParam(params, isPhoto ? 'caption' : 'text') ?? '';
    const parsed = parseMode === 'HTML' ? parseTelegramHtml(raw) : parseMode ? undefined : { text: raw };
    if (!parsed) return badRequest(`Bad Request: can't parse entities: unsupported parse_mode "${parseMode}"`);
    if ('error' in parsed) return badRequest(`Bad Request: can't parse entities: ${parsed.error}`);
    if (isPhoto) {
      const photo = stringParam(params, 'photo');
      if (!photo) return badRequest('Bad Request: there is no photo in the request');
      if (parsed.text.length > 1024) return badRequest('Bad Request: message caption is too long');
    } else {
      if (parsed.text.trim() === '') return badRequest('Bad Request: message text is empty');
      if (parsed.text.length > 4096) return badRequest('Bad Request: message is too long');
    }
    const keyboard = params.reply_markup;
    const markup = typeof keyboard === 'string' ? parseJson(keyboard) : keyboard;
    if (markup !== undefined && !validKeyboard(markup)) return badRequest('Bad Request: BUTTON_DATA_INVALID');
    const key = `${token}\n${chatId}`;
    const messageId = (nextMessageId.get(key) ?? 100) + 1;
    nextMessageId.set(key, messageId);
    const message: Record<string, unknown> = {
      message_id: messageId,
      from: { id: bot.id, is_bot: true, first_name: bot.firstName, username: bot.username },
      chat: { id: Number(chatId), type: 'private' },
      date: Math.floor(Date.now() / 1000),
    };
    if (isPhoto) {
      fileCounter += 1;
      message.photo = [90, 320, 800].map((side) => ({
        file_id: `AgACAgQAAxkDAAI${fileCounter}x${side}`,
        file_unique_id: `AQAD${fileCounter}x${side}`,
        width: side,
        height: side,
      }));
      if (parsed.text) message.caption = parsed.text;
    } else {
      message.text = parsed.text;
    }
    if (markup !== undefined) message.reply_markup = markup;
    return ok(message);
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    requests,
    files,
    webhooks,
    failNext(count, failure) {
      for (let i = 0; i < count; i += 1) failures.push({ ...failure });
    },
    slowNext: trouble.slowNext,
    breakNext: trouble.breakNext,
    addBot(token, username) {
      const id = Number(token.split(':')[0]);
      bots.set(token, { id: Number.isSafeInteger(id) ? id : 1, username, firstName: username });
    },
    addFile(file) {
      fileCounter += 1;
      const complete: FakeTelegramFile = {
        fileId: file.fileId ?? `BQACAgQAAxkBAAI${fileCounter}fakeFileId`,
        fileUniqueId: file.fileUniqueId ?? `AgAD${fileCounter}`,
        filePath: file.filePath ?? `documents/file_${fileCounter}.bin`,
        data: file.data,
        contentType: file.contentType ?? 'application/octet-stream',
        size: file.size ?? file.data.length,
      };
      files.set(complete.fileId, complete);
      return complete;
    },
    reset() {
      requests.length = 0;
      failures.length = 0;
      trouble.reset();
      webhooks.clear();
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
