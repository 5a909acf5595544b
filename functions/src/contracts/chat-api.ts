/**
 * The web chat API contract (/api/chat/…), shared by the functions that
 * serve it (http/chat-api.ts) and the chat page and widget that call it
 * (hosting/src/features/chat): the request and response shapes, as zod
 * schemas both sides check with, and the limits both sides keep.
 *
 *   GET  /api/chat/businesses                           → BusinessList
 *   POST /api/chat/{businessId}/sessions                 SessionRequest → 201 Session
 *   POST /api/chat/{businessId}/sessions/refresh         (Bearer token) → 200 Session
 *   POST /api/chat/{businessId}/messages                 MessageRequest → 202 | 200 Posted
 *   GET  /api/chat/{businessId}/messages?after=&wait=    → MessagesPage (long-poll)
 *
 * Errors are `{ error: { code, message } }`; an expired session answers 401
 * with code `session_expired` (refresh it), any other bad token 401
 * `unauthenticated` (start a new session).
 *
 * Pure: imports only zod's small build, so the widget stays small.
 */
import * as z from 'zod/mini';

export const MAX_MESSAGE_LENGTH = 4000;
/** The longest long-poll the API holds a request for, in seconds. */
export const MAX_WAIT_SECONDS = 25;
/** A session token is good for this long… */
export const SESSION_TTL_SECONDS = 24 * 3600;
/** …and can be refreshed until this long after it expired (then a new session starts). */
export const SESSION_REFRESH_WINDOW_SECONDS = 30 * 24 * 3600;
/** Largest request body the chat API reads. */
export const MAX_BODY_BYTES = 64 * 1024;

export const LANGUAGE = z.string().check(z.regex(/^[a-z]{2}$/, 'must be a two-letter language code, e.g. "en"'));
const CLIENT_MESSAGE_ID = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 characters of A–Z, a–z, 0–9, _ or -'));

export const SessionRequest = z.object({
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))),
  /** The visitor's language (the page's); the assistant answers in it when the message does not say otherwise. */
  language: z.optional(LANGUAGE),
});
export type SessionRequest = z.infer<typeof SessionRequest>;

export const Session = z.object({
  sessionId: z.string(),
  token: z.string(),
  /** When the token expires (ISO 8601); refresh before or after, within the refresh window. */
  expiresAt: z.string(),
});
export type Session = z.infer<typeof Session>;

export const MessageRequest = z.object({
  text: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'must not be empty'),
      z.maxLength(MAX_MESSAGE_LENGTH, `must be at most ${MAX_MESSAGE_LENGTH} characters`),
    ),
  clientMessageId: CLIENT_MESSAGE_ID,
});
export type MessageRequest = z.infer<typeof MessageRequest>;

export const Posted = z.object({ messageId: z.string() });

export const AUTHORS = ['customer', 'ai', 'staff', 'system'] as const;
export const ChatMessage = z.object({
  id: z.string(),
  author: z.enum(AUTHORS),
  text: z.string(),
  createdAt: z.string(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const MessagesPage = z.object({
  messages: z.array(ChatMessage),
  cursor: z.string(),
  /**
   * Who answers this conversation now: the assistant, or a person on staff
   * (after a handoff or a takeover) — then no instant reply is coming, and
   * the page says a person will answer instead of showing a typing indicator.
   */
  owner: z.enum(['ai', 'human']),
});
export type MessagesPage = z.infer<typeof MessagesPage>;

export const ChatBusiness = z.object({
  id: z.string(),
  name: z.string(),
  vertical: z.string(),
  languages: z.array(z.string()),
  greeting: z.string(),
});
export type ChatBusiness = z.infer<typeof ChatBusiness>;

export const BusinessList = z.object({ businesses: z.array(ChatBusiness) });

export const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** Checks a value against one of these schemas (callers need no zod of their own). */
export function conforms<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
): { ok: true; value: z.infer<S> } | { ok: false } {
  const result = z.safeParse(schema, value);
  return result.success ? { ok: true, value: result.data } : { ok: false };
}

export type Infer<S extends z.ZodMiniType> = z.infer<S>;
