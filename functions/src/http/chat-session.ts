/**
 * Web chat sessions are stateless signed tokens: `<payload>.<mac>`, where the
 * payload names the business, the session and the visitor's name, and the
 * MAC is an HMAC-SHA256 with CHAT_SESSION_SECRET. Only the holder of a token
 * can post to or read that session's conversation.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { secureEqual } from '../channels/secure-compare.js';
import { WebhookAuthError } from '../errors.js';

const Payload = z.object({ b: z.string(), s: z.string(), n: z.string().optional() });
export type ChatSession = { businessId: string; sessionId: string; name?: string | undefined };

const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export function issueChatSession(
  secret: string,
  businessId: string,
  name?: string,
): { sessionId: string; token: string } {
  const sessionId = `w${randomBytes(16).toString('base64url')}`;
  const payload = Buffer.from(JSON.stringify({ b: businessId, s: sessionId, ...(name ? { n: name } : {}) })).toString(
    'base64url',
  );
  return { sessionId, token: `${payload}.${mac(secret, payload)}` };
}

export function readChatSession(secret: string, businessId: string, authorization: string | undefined): ChatSession {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined;
  if (!token)
    throw new WebhookAuthError('Missing chat session token (Authorization: Bearer …). Start a session first.');
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || !secureEqual(signature, mac(secret, payload))) {
    throw new WebhookAuthError('Invalid chat session token. Start a new session.');
  }
  let parsed: z.infer<typeof Payload>;
  try {
    parsed = Payload.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    throw new WebhookAuthError('Invalid chat session token. Start a new session.');
  }
  if (parsed.b !== businessId) throw new WebhookAuthError('This chat session belongs to another business.', 403);
  return { businessId: parsed.b, sessionId: parsed.s, name: parsed.n };
}
