/**
 * The Bot API's wire format as the fake (fake-telegram-api.ts) reads and
 * writes it: routes, parameters from JSON, form or query, the answer envelope.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeTelegramFile } from './fake-telegram-api.js';

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
