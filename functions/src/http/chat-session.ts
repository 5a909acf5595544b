/**
 * Web chat sessions are stateless signed tokens: `<payload>.<mac>`, where the
 * payload names the business, the session, the visitor's name and language
 * and when the token expires, and the MAC is an HMAC-SHA256 with
 * CHAT_SESSION_SECRET. Only the holder of a token can post to or read that
 * session's conversation.
 *
 * A token is good for SESSION_TTL_SECONDS. An expired one is refused with
 * `session_expired` and can be exchanged for a fresh one (same session)
 * within SESSION_REFRESH_WINDOW_SECONDS; after that the visitor starts a
 * new session.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { secureEqual } from '../channels/secure-compare.js';
import { SESSION_REFRESH_WINDOW_SECONDS, SESSION_TTL_SECONDS, type Session } from '../contracts/chat-api.js';
import { SessionExpiredError, AuthenticationError } from '../errors.js';

const Payload = z.object({
  b: z.string(),
  s: z.string(),
  n: z.string().optional(),
  l: z.string().optional(),
  /** Expiry, in Unix seconds. */
  e: z.number().int(),
});

export interface ChatSession {
  businessId: string;
  sessionId: string;
  name?: string | undefined;
  language?: string | undefined;
  expiresAt: Date;
}

const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

function sign(secret: string, session: Omit<ChatSession, 'expiresAt'>, now: Date): Session {
  const expires = Math.floor(now.getTime() / 1000) + SESSION_TTL_SECONDS;
  const body = {
    b: session.businessId,
    s: session.sessionId,
    ...(session.name ? { n: session.name } : {}),
    ...(session.language ? { l: session.language } : {}),
    e: expires,
  };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return {
    sessionId: session.sessionId,
    token: `${payload}.${mac(secret, payload)}`,
    expiresAt: new Date(expires * 1000).toISOString(),
  };
}

export function issueChatSession(
  secret: string,
  businessId: string,
  options: { name?: string | undefined; language?: string | undefined; now: Date },
): Session {
  const sessionId = `w${randomBytes(16).toString('base64url')}`;
  return sign(secret, { businessId, sessionId, name: options.name, language: options.language }, options.now);
}

/** A fresh token for the same session, from a good token or one that expired within the refresh window. */
export function refreshChatSession(
  secret: string,
  businessId: string,
  authorization: string | undefined,
  now: Date,
): Session {
  const session = verify(secret, businessId, authorization);
  const expiredFor = now.getTime() / 1000 - session.expiresAt.getTime() / 1000;
  if (expiredFor > SESSION_REFRESH_WINDOW_SECONDS) {
    throw new AuthenticationError('This chat session is too old to refresh. Start a new session.');
  }
  return sign(secret, session, now);
}

/** The session a request's token stands for; throws SessionExpiredError when it has expired. */
export function readChatSession(
  secret: string,
  businessId: string,
  authorization: string | undefined,
  now: Date,
): ChatSession {
  const session = verify(secret, businessId, authorization);
  if (session.expiresAt.getTime() <= now.getTime()) {
    throw new SessionExpiredError('The chat session has expired: refresh it (POST …/sessions/refresh).');
  }
  return session;
}

function verify(secret: string, businessId: string, authorization: string | undefined): ChatSession {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined;
  if (!token)
    throw new AuthenticationError('Missing chat session token (Authorization: Bearer …). Start a session first.');
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || !secureEqual(signature, mac(secret, payload))) {
    throw new AuthenticationError('Invalid chat session token. Start a new session.');
  }
  let parsed: z.infer<typeof Payload>;
  try {
    parsed = Payload.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    throw new AuthenticationError('Invalid chat session token. Start a new session.');
  }
  if (parsed.b !== businessId) throw new AuthenticationError('This chat session belongs to another business.', 403);
  return {
    businessId: parsed.b,
    sessionId: parsed.s,
    name: parsed.n,
    language: parsed.l,
    expiresAt: new Date(parsed.e * 1000),
  };
}
