/**
 * The web chat API behind /api/chat (the chat page and the embeddable
 * widget use it):
 *   GET  /api/chat/businesses                    businesses with a web chat
 *   POST /api/chat/{businessId}/sessions          → { sessionId, token }
 *   POST /api/chat/{businessId}/messages          { text, clientMessageId } → 202 { messageId }
 *   GET  /api/chat/{businessId}/messages?after=&wait=   long-poll for new messages
 * A customer's message goes through the same ingest as any channel, so the
 * same reply pipeline answers it; clientMessageId makes a retried POST safe.
 */
import { Timestamp, type Query } from 'firebase-admin/firestore';
import { z } from 'zod';
import type { InboundMessageEvent } from '../domain/message.js';
import { pickLocalized } from '../domain/localized.js';
import { ConfigError, NotFoundError } from '../errors.js';
import type { Deps } from '../pipeline/deps.js';
import { ingestMessage } from '../pipeline/ingest.js';
import { LanguageCode, type StyleGuide } from '../domain/business.js';
import type { MessageDoc } from '../store/documents.js';
import { ids, paths } from '../store/paths.js';
import { issueChatSession, readChatSession } from './chat-session.js';
import { errorBody, json, jsonBody } from './json.js';
import { header, type RawRequest, type RawResponse } from './raw-request.js';

export interface ChatDeps extends Deps {
  /** CHAT_SESSION_SECRET; without it the chat answers 500 with a ConfigError. */
  sessionSecret: string | undefined;
}

const SessionBody = z.object({ name: z.string().trim().min(1).max(80).optional(), language: LanguageCode.optional() });
const MessageBody = z.object({
  text: z.string().trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters'),
  clientMessageId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 characters of A–Z, a–z, 0–9, _ or -'),
});
const MAX_WAIT_S = 25;

export async function handleChat(deps: ChatDeps, request: RawRequest, segments: string[]): Promise<RawResponse> {
  const [first, second] = segments;
  if (first === 'businesses' && second === undefined && request.method === 'GET') return listBusinesses(deps);
  if (!first || !/^[a-z0-9][a-z0-9-]{1,62}$/.test(first)) return errorBody(404, 'not_found', 'No such chat endpoint.');
  if (!deps.sessionSecret) throw new ConfigError('Web chat is not configured: CHAT_SESSION_SECRET is not set.');
  const secret = deps.sessionSecret;
  if (second === 'sessions' && request.method === 'POST') return createSession(deps, secret, first, request);
  if (second === 'messages' && request.method === 'POST') return postMessage(deps, secret, first, request);
  if (second === 'messages' && request.method === 'GET') return listMessages(deps, secret, first, request);
  return errorBody(404, 'not_found', 'No such chat endpoint.');
}

async function listBusinesses(deps: ChatDeps): Promise<RawResponse> {
  const snap = await deps.db.collection('businesses').where('webchatAccountId', '!=', null).limit(50).get();
  const businesses = snap.docs.map((d) => {
    const languages = d.get('profile.languages') as string[];
    const greeting = d.get('styleGuide.greeting') as StyleGuide['greeting'];
    return {
      id: d.id,
      name: d.get('profile.name') as string,
      vertical: d.get('profile.vertical') as string,
      languages,
      greeting: greeting ? pickLocalized(greeting, languages[0], languages).text : '',
    };
  });
  return json(200, { businesses });
}

async function webchatAccount(deps: ChatDeps, businessId: string): Promise<string> {
  const snap = await deps.db.doc(paths.business(businessId)).get();
  const accountId = snap.get('webchatAccountId') as string | undefined;
  if (!snap.exists || !accountId) throw new NotFoundError(`Business "${businessId}" has no web chat.`);
  return accountId;
}

async function createSession(
  deps: ChatDeps,
  secret: string,
  businessId: string,
  request: RawRequest,
): Promise<RawResponse> {
  const body = jsonBody(request, SessionBody);
  await webchatAccount(deps, businessId);
  return json(201, issueChatSession(secret, businessId, body.name));
}

async function postMessage(
  deps: ChatDeps,
  secret: string,
  businessId: string,
  request: RawRequest,
): Promise<RawResponse> {
  const session = readChatSession(secret, businessId, header(request, 'authorization'));
  const body = jsonBody(request, MessageBody);
  const accountId = await webchatAccount(deps, businessId);
  const event: InboundMessageEvent = {
    kind: 'message',
    channel: 'webchat',
    accountId,
    userId: session.sessionId,
    userName: session.name,
    providerMessageId: `${session.sessionId}:${body.clientMessageId}`,
    timestamp: deps.now(),
    content: { type: 'text', text: body.text },
  };
  const outcome = await ingestMessage(deps, businessId, event);
  return json(outcome.result === 'created' ? 202 : 200, { messageId: outcome.messageId });
}

interface Cursor {
  seconds: number;
  nanos: number;
  id: string;
}

const encodeCursor = (c: Cursor) => `${c.seconds}_${c.nanos}_${c.id}`;
function decodeCursor(raw: string | undefined): Cursor | undefined {
  const m = raw ? /^(\d{1,12})_(\d{1,9})_([A-Za-z0-9_-]{1,100})$/.exec(raw) : null;
  return m ? { seconds: Number(m[1]), nanos: Number(m[2]), id: m[3]! } : undefined;
}

interface ChatMessage {
  id: string;
  author: MessageDoc['author'];
  text: string;
  createdAt: string;
}

async function listMessages(
  deps: ChatDeps,
  secret: string,
  businessId: string,
  request: RawRequest,
): Promise<RawResponse> {
  const session = readChatSession(secret, businessId, header(request, 'authorization'));
  const accountId = await webchatAccount(deps, businessId);
  const conversationId = ids.conversation('webchat', accountId, session.sessionId);
  const after = decodeCursor(request.query.after);
  if (request.query.after && !after) return errorBody(400, 'invalid_input', 'after: not a cursor from this API.');
  const wait = Math.min(MAX_WAIT_S, Math.max(0, Number(request.query.wait ?? 0) || 0));

  let query: Query = deps.db
    .collection(paths.messages(businessId))
    .where('conversationId', '==', conversationId)
    .orderBy('createdAt', 'asc')
    .orderBy('__name__', 'asc');
  if (after) query = query.startAfter(new Timestamp(after.seconds, after.nanos), after.id);
  query = query.limit(100);

  let docs = (await query.get()).docs;
  if (docs.length === 0 && wait > 0) docs = await waitForDocs(query, wait * 1000);

  const messages: ChatMessage[] = [];
  let cursor = after;
  for (const doc of docs) {
    const m = doc.data() as MessageDoc;
    cursor = { seconds: m.createdAt.seconds, nanos: m.createdAt.nanoseconds, id: doc.id };
    if (m.author === 'system' || m.delivery?.status === 'cancelled' || !m.text) continue;
    messages.push({ id: doc.id, author: m.author, text: m.text, createdAt: m.createdAt.toDate().toISOString() });
  }
  return json(200, { messages, cursor: cursor ? encodeCursor(cursor) : '' });
}

/** Resolves with the query's documents as soon as there are any, or [] after `ms`. */
function waitForDocs(query: Query, ms: number): Promise<FirebaseFirestore.QueryDocumentSnapshot[]> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (docs: FirebaseFirestore.QueryDocumentSnapshot[]) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unsubscribe();
      resolve(docs);
    };
    const timer = setTimeout(() => finish([]), ms);
    const unsubscribe = query.onSnapshot(
      (snap) => {
        if (!snap.empty) finish(snap.docs);
      },
      () => finish([]),
    );
  });
}
