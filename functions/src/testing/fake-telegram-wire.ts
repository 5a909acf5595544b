/**
 * The Bot API's wire format as the fake (fake-telegram-api.ts) reads and
 * writes it: routes, parameters from JSON, form or query, the answer envelope.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RecordedTelegramRequest {
  /** HTTP method. */
  method: string;
  /** Path without the query string, e.g. /bot<token>/sendMessage (the token is part of it, as at Telegram). */
  path: string;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  /** The Bot API parameters (JSON body, form body or query string); undefined for file downloads. */
  body: unknown;
  /** The Bot API method, or 'file' for a download. */
  apiMethod: string;
  token: string;
}

export interface TelegramFailure {
  status: number;
  /** Defaults to Telegram's envelope { ok: false, error_code: status, description }. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Only the next request for this Bot API method (or 'file' for a download) fails. */
  method?: string;
  /** Let this many matching requests through normally first. Default 0. */
  after?: number;
}

export interface FakeTelegramFile {
  fileId: string;
  fileUniqueId: string;
  /** Path under /file/bot<token>/, as getFile returns it. */
  filePath: string;
  data: Buffer;
  /** Content-Type of the download. Telegram's file server sends application/octet-stream for most files. */
  contentType: string;
  /** The size getFile reports; defaults to data.length (set it to fake a file over 20 MB). */
  size: number;
}

export interface FakeWebhook {
  url: string;
  secretToken?: string | undefined;
  allowedUpdates?: string[] | undefined;
  maxConnections?: number | undefined;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

export function telegramError(
  status: number,
  description = DESCRIPTIONS[status] ?? 'Error',
  parameters?: Record<string, unknown>,
): Record<string, unknown> {
  return { ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) };
}

export type Reply = { status: number; body: unknown; headers?: Record<string, string> };

// ------------------------------------------------------------ routing

export type Route = { kind: 'method'; token: string; method: string } | { kind: 'file'; token: string; path: string };

export function routeOf(pathname: string): Route | undefined {
  const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(pathname);
  if (file) return { kind: 'file', token: decodeURIComponent(file[1]!), path: decodeURIComponent(file[2]!) };
  const method = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(pathname);
  if (method) return { kind: 'method', token: decodeURIComponent(method[1]!), method: method[2]! };
  return undefined;
}

export function sendFile(res: ServerResponse, files: Map<string, FakeTelegramFile>, path: string): void {
  const file = [...files.values()].find((f) => f.filePath === path);
  if (!file) return send(res, { status: 404, body: telegramError(404) });
  res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.data.length) });
  res.end(file.data);
}

// ------------------------------------------------------------ parameters

export type Params = Record<string, unknown>;

export function paramsOf(req: IncomingMessage, raw: Buffer, url: URL): Params {
  const params: Params = Object.fromEntries(url.searchParams);
  const type = req.headers['content-type'] ?? '';
  const text = raw.toString('utf8');
  if (type.startsWith('application/json')) {
    const json = parseJson(text);
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) Object.assign(params, json);
  } else if (type.startsWith('application/x-www-form-urlencoded')) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(text)));
  }
  return params;
}

/** A parameter as Telegram reads it: numbers and strings alike. */
export function stringParam(params: Params, name: string): string | undefined {
  const value = params[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function validKeyboard(markup: unknown): boolean {
  if (typeof markup !== 'object' || markup === null || !('inline_keyboard' in markup)) return false;
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows)) return false;
  return rows.every(
    (row) =>
      Array.isArray(row) &&
      row.every((button: unknown) => {
        if (typeof button !== 'object' || button === null) return false;
        const { text, callback_data: data, url } = button as Record<string, unknown>;
        if (typeof text !== 'string' || text === '') return false;
        if (typeof url === 'string') return true;
        return typeof data === 'string' && Buffer.byteLength(data) >= 1 && Buffer.byteLength(data) <= 64;
      }),
  );
}

// ------------------------------------------------------------ plumbing

export function ok(result: unknown, description?: string): Reply {
  return { status: 200, body: { ok: true, result, ...(description ? { description } : {}) } };
}

export function badRequest(description: string): Reply {
  return { status: 400, body: telegramError(400, description) };
}

export function send(res: ServerResponse, reply: Reply): void {
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
  res.end(text);
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(Buffer.concat(chunks)));
  });
}

/** setWebhook as Telegram checks it: an https URL, a secret token of allowed characters. */
export function setWebhook(webhooks: Map<string, FakeWebhook>, token: string, params: Params): Reply {
  const url = stringParam(params, 'url') ?? '';
  if (url === '') {
    webhooks.delete(token);
    return ok(true, 'Webhook was deleted');
  }
  if (!url.startsWith('https://'))
    return badRequest('Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
  const secretToken = stringParam(params, 'secret_token');
  if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
    return badRequest('Bad Request: secret token contains unallowed characters');
  }
  const allowed = params.allowed_updates;
  const allowedUpdates = typeof allowed === 'string' ? parseJson(allowed) : allowed;
  const maxConnections = Number(stringParam(params, 'max_connections') ?? 40);
  webhooks.set(token, {
    url,
    secretToken,
    allowedUpdates: Array.isArray(allowedUpdates) ? allowedUpdates.map(String) : undefined,
    maxConnections,
  });
  return ok(true, 'Webhook was set');
}
