// An in-memory fake of the public chat API (/api/chat/...), following the contract the functions
// codebase implements, plus a static file server for hosting/dist — together they stand in for
// Firebase Hosting with its /api/** rewrite. The fake answers every customer message with an
// 'ai' message "Echo: <text>" after a short delay and honours after/wait long-polls.
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

export interface FakeBusiness {
  id: string;
  name: string;
  vertical: string;
  languages: string[];
  greeting: string;
}

export interface FakeMessage {
  id: string;
  author: 'customer' | 'ai' | 'staff' | 'system';
  text: string;
  createdAt: string;
}

interface FakeSession {
  sessionId: string;
  businessId: string;
  language?: string;
  messages: FakeMessage[];
  byClientMessageId: Map<string, string>;
  waiters: Set<() => void>;
  /** Who answers: 'human' after a handoff (no instant reply comes). */
  owner: 'ai' | 'human';
}

export const demoBusinesses: FakeBusiness[] = [
  {
    id: 'glow-laser-clinic',
    name: 'Glow Laser Clinic',
    vertical: 'laser-clinic',
    languages: ['en', 'ar'],
    greeting: "Hi! I'm the front desk at Glow Laser Clinic. Ask me about treatments, prices or booking a visit.",
  },
  {
    id: 'paws-and-claws',
    name: 'Paws & Claws Grooming',
    vertical: 'pet-grooming',
    languages: ['en', 'fr'],
    greeting: 'Woof! How can we help your pet today?',
  },
];

type Failure = { kind: 'status'; status: number } | { kind: 'network' };

export class FakeChatApi {
  readonly sessions = new Map<string, FakeSession>();
  /** Every POST …/messages body, in order, including rejected ones. */
  readonly postedMessages: { text: string; clientMessageId: string; status: number }[] = [];
  replyDelayMs = 600;
  private readonly postFailures: Failure[] = [];
  private readonly pollFailures: Failure[] = [];
  /** Tokens that were good and have expired: 401 session_expired, refreshable. */
  private readonly expired = new Set<string>();
  /** Every POST …/sessions/refresh, in order. */
  readonly refreshes: string[] = [];
  private nextId = 1;

  constructor(readonly businesses: FakeBusiness[] = demoBusinesses) {}

  /** The next POST …/messages calls fail, in order, before touching any state. */
  failNextPosts(...failures: Failure[]): void {
    this.postFailures.push(...failures);
  }

  /** The next GET …/messages calls fail, in order. */
  failNextPolls(...failures: Failure[]): void {
    this.pollFailures.push(...failures);
  }

  /** Expires a session token: calls with it answer 401 `session_expired` until the client refreshes. */
  expire(token: string): void {
    this.expired.add(token);
  }

  /** Hands the conversation to a person (or back): the messages page says who answers. */
  setOwner(token: string, owner: 'ai' | 'human'): void {
    const session = this.sessions.get(token);
    if (!session) throw new Error(`no session for token ${token}`);
    session.owner = owner;
    for (const wake of session.waiters) wake();
  }

  /** Adds a message as if written elsewhere (a staff reply from the dashboard, say). */
  push(token: string, author: FakeMessage['author'], text: string): FakeMessage {
    const session = this.sessions.get(token);
    if (!session) throw new Error(`no session for token ${token}`);
    const message = { id: `m${this.nextId++}`, author, text, createdAt: new Date().toISOString() };
    session.messages.push(message);
    for (const wake of session.waiters) wake();
    return message;
  }

  /** Handles /api/chat/** requests; returns false for anything else. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (!url.pathname.startsWith('/api/')) return false;

    // The widget calls the API from other sites' pages: the real API must answer CORS the same way.
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return true;
    }

    const parts = url.pathname.split('/').filter(Boolean); // ['api', 'chat', businessId, resource]
    if (parts[1] !== 'chat') return sendError(res, 404, 'not_found', 'No such endpoint.');
    if (parts.length === 3 && parts[2] === 'businesses' && req.method === 'GET') {
      return sendJson(res, 200, { businesses: this.businesses });
    }
    const businessId = parts[2] ?? '';
    const resource = parts[3];
    if (parts.length < 4 || parts.length > 5 || !this.businesses.some((business) => business.id === businessId)) {
      return sendError(res, 404, 'not_found', 'No such business.');
    }
    const expiresAt = () => new Date(Date.now() + 24 * 3600_000).toISOString();

    if (resource === 'sessions' && parts[4] === 'refresh' && req.method === 'POST') {
      const old = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
      const session = this.sessions.get(old);
      if (!session || session.businessId !== businessId) {
        return sendError(res, 401, 'unauthenticated', 'Invalid chat session token. Start a new session.');
      }
      const token = `tok_${randomUUID()}`;
      this.sessions.set(token, session);
      this.expired.add(old);
      this.refreshes.push(old);
      return sendJson(res, 200, { sessionId: session.sessionId, token, expiresAt: expiresAt() });
    }
    if (parts.length !== 4) return sendError(res, 404, 'not_found', 'No such endpoint.');

    if (resource === 'sessions' && req.method === 'POST') {
      const body = await readJson(req);
      const token = `tok_${randomUUID()}`;
      const language = isObject(body) && typeof body['language'] === 'string' ? body['language'] : undefined;
      this.sessions.set(token, {
        sessionId: `s${this.nextId++}`,
        businessId,
        language,
        messages: [],
        byClientMessageId: new Map(),
        waiters: new Set(),
        owner: 'ai',
      });
      return sendJson(res, 201, { sessionId: this.sessions.get(token)!.sessionId, token, expiresAt: expiresAt() });
    }

    if (resource !== 'messages') return sendError(res, 404, 'not_found', 'No such endpoint.');
    const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    const session = this.sessions.get(token);
    if (!session || session.businessId !== businessId) {
      return sendError(res, 401, 'unauthenticated', 'Missing or invalid session token.');
    }
    if (this.expired.has(token)) {
      return sendError(res, 401, 'session_expired', 'The chat session has expired: refresh it.');
    }

    if (req.method === 'POST') return this.postMessage(req, res, token, session);
    if (req.method === 'GET') return this.getMessages(res, url, session);
    return sendError(res, 405, 'method_not_allowed', 'Use GET or POST.');
  }

  private async postMessage(req: IncomingMessage, res: ServerResponse, token: string, session: FakeSession) {
    const body = await readJson(req);
    const text = isObject(body) && typeof body['text'] === 'string' ? body['text'] : '';
    const clientMessageId =
      isObject(body) && typeof body['clientMessageId'] === 'string' ? body['clientMessageId'] : '';
    const failure = this.postFailures.shift();
    if (failure) {
      this.postedMessages.push({ text, clientMessageId, status: failure.kind === 'status' ? failure.status : 0 });
      if (failure.kind === 'network') return destroy(res);
      return sendError(res, failure.status, 'internal', 'Something broke (injected by the test).');
    }
    if (text.length < 1 || text.length > 4000 || !/^[A-Za-z0-9_-]{8,64}$/.test(clientMessageId)) {
      this.postedMessages.push({ text, clientMessageId, status: 400 });
      return sendError(res, 400, 'invalid_argument', 'text must be 1..4000 characters.');
    }
    const existing = session.byClientMessageId.get(clientMessageId);
    if (existing) {
      this.postedMessages.push({ text, clientMessageId, status: 200 });
      return sendJson(res, 200, { messageId: existing });
    }
    const message = this.push(token, 'customer', text);
    session.byClientMessageId.set(clientMessageId, message.id);
    this.postedMessages.push({ text, clientMessageId, status: 202 });
    // A person owns the conversation: no instant answer.
    if (session.owner === 'ai') setTimeout(() => this.push(token, 'ai', `Echo: ${text}`), this.replyDelayMs);
    return sendJson(res, 202, { messageId: message.id });
  }

  private async getMessages(res: ServerResponse, url: URL, session: FakeSession) {
    const failure = this.pollFailures.shift();
    if (failure?.kind === 'network') return destroy(res);
    if (failure) return sendError(res, failure.status, 'internal', 'Something broke (injected by the test).');

    const afterParam = url.searchParams.get('after');
    const after = afterParam === null ? 0 : Number(afterParam);
    const wait = Number(url.searchParams.get('wait') ?? '0');
    if (!Number.isInteger(after) || after < 0 || after > session.messages.length) {
      return sendError(res, 400, 'invalid_argument', 'Unknown cursor.');
    }
    if (!(wait >= 0 && wait <= 25)) return sendError(res, 400, 'invalid_argument', 'wait must be 0..25.');

    if (session.messages.length === after && wait > 0) {
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          session.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, wait * 1000);
        session.waiters.add(wake);
        res.once('close', wake); // the client gave up (aborted fetch, closed tab)
      });
    }
    if (res.destroyed) return true;
    return sendJson(res, 200, {
      messages: session.messages.slice(after),
      cursor: String(session.messages.length),
      owner: session.owner,
    });
  }
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `distDir` like Firebase Hosting (directories → index.html) with the fake API under /api. */
export async function serveHosting(distDir: string, api: FakeChatApi): Promise<RunningServer> {
  return listen(async (req, res) => {
    if (await api.handle(req, res)) return;
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(distDir, pathname));
    if (!file.startsWith(distDir + sep) && file !== distDir) return sendError(res, 403, 'forbidden', 'Outside dist.');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      sendError(res, 404, 'not_found', 'No such file.');
    }
  });
}

/** A plain page on another origin that embeds the widget, as a business's own site would. */
export async function serveHostPage(html: string): Promise<RunningServer> {
  return listen((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => unknown): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, 'internal', String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}

function sendError(res: ServerResponse, status: number, code: string, message: string): true {
  return sendJson(res, status, { error: { code, message } });
}

function destroy(res: ServerResponse): true {
  res.socket?.destroy();
  return true;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
