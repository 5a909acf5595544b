/**
 * The web chat API behind /api/chat (the chat page and the embeddable
 * widget use it); its shapes and limits are in contracts/chat-api.ts,
 * shared with hosting. A customer's message goes through the same ingest as
 * any channel, so the same reply pipeline answers it; clientMessageId makes
 * a retried POST safe.
 */
import {
  type ChatMessage,
  MAX_BODY_BYTES,
  MAX_WAIT_SECONDS,
  MessageRequest,
  type MessagesPage,
  SessionRequest,
} from '../contracts/chat-api.js';
import type { InboundMessageEvent } from '../domain/message.js';
import { pickLocalized } from '../domain/localized.js';
import { effectiveOwner } from '../domain/ownership.js';
import { ConfigError, NotFoundError } from '../errors.js';
import type { MediaStore } from '../media/media-store.js';
import type { Deps } from '../pipeline/deps.js';
import { ingestMessage } from '../pipeline/ingest.js';
import { at, defs } from '../store/collections.js';
import { type QuerySpec, type Snapshot, collection } from '../store/database.js';
import type { BusinessDoc, MessageDoc } from '../store/documents.js';
import { ids } from '../store/ids.js';
import { issueChatSession, readChatSession, refreshChatSession } from './chat-session.js';
import { errorBody, json, jsonBody } from './json.js';
import { header, type RawRequest, type RawResponse } from './raw-request.js';

export interface ChatDeps extends Deps {
  /** CHAT_SESSION_SECRET; without it the chat answers 500 with a ConfigError. */
  sessionSecret: string | undefined;
  /** Keeps texts too long for a document (ingest). */
  media: MediaStore;
}

const BUSINESS_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

export async function handleChat(deps: ChatDeps, request: RawRequest, segments: string[]): Promise<RawResponse> {
  const [first, second, third] = segments;
  if (first === 'businesses' && second === undefined && request.method === 'GET') return listBusinesses(deps);
  if (!first || !BUSINESS_ID.test(first)) return errorBody(404, 'not_found', 'No such chat endpoint.');
  if (!deps.sessionSecret) throw new ConfigError('Web chat is not configured: CHAT_SESSION_SECRET is not set.');
  const secret = deps.sessionSecret;
  const post = request.method === 'POST';
  if (second === 'sessions' && third === undefined && post) return createSession(deps, secret, first, request);
  if (second === 'sessions' && third === 'refresh' && post) return refreshSession(deps, secret, first, request);
  if (second === 'messages' && third === undefined && post) return postMessage(deps, secret, first, request);
  if (second === 'messages' && third === undefined && request.method === 'GET') {
    return listMessages(deps, secret, first, request);
  }
  return errorBody(404, 'not_found', 'No such chat endpoint.');
}

async function listBusinesses(deps: ChatDeps): Promise<RawResponse> {
  const found = await deps.db.query(collection(defs.businesses), {
    where: [['webchatAccountId', '!=', null]],
    limit: 50,
  });
  const businesses = found.map(({ ref, data }) => {
    const { languages } = data.profile;
    const greeting = data.styleGuide.greeting;
    return {
      id: ref.id,
      name: data.profile.name,
      vertical: data.profile.vertical,
      languages,
      greeting: greeting ? pickLocalized(greeting, languages[0], languages).text : '',
    };
  });
  return json(200, { businesses });
}

async function webchatBusiness(deps: ChatDeps, businessId: string): Promise<BusinessDoc & { accountId: string }> {
  const business = await deps.db.get(at.business(businessId));
  if (!business?.webchatAccountId) throw new NotFoundError(`Business "${businessId}" has no web chat.`);
  return { ...business, accountId: business.webchatAccountId };
}

async function createSession(
  deps: ChatDeps,
  secret: string,
  businessId: string,
  request: RawRequest,
): Promise<RawResponse> {
  const body = jsonBody(request, SessionRequest, MAX_BODY_BYTES);
  const business = await webchatBusiness(deps, businessId);
  // A language the business does not speak is no use to the assistant: the default is used instead.
  const language = body.language && business.profile.languages.includes(body.language) ? body.language : undefined;
  return json(201, issueChatSession(secret, businessId, { name: body.name, language, now: deps.now() }));
}

async function refreshSession(
  deps: ChatDeps,
  secret: string,
  businessId: string,
  request: RawRequest,
): Promise<RawResponse> {
  await webchatBusiness(deps, businessId);
  return json(200, refreshChatSession(secret, businessId, header(request, 'authorization'), deps.now()));
}

async function postMessage(
  deps: ChatDeps,
  secret: string,
  businessId: string,
  request: RawRequest,
): Promise<RawResponse> {
  const session = readChatSession(secret, businessId, header(request, 'authorization'), deps.now());
  const body = jsonBody(request, MessageRequest, MAX_BODY_BYTES);
  const { accountId } = await webchatBusiness(deps, businessId);
  const event: InboundMessageEvent = {
    kind: 'message',
    channel: 'webchat',
    accountId,
    userId: session.sessionId,
    userName: session.name,
    languageHint: session.language,
    providerMessageId: `${session.sessionId}:${body.clientMessageId}`,
    timestamp: deps.now(),
    content: { type: 'text', text: body.text },
  };
  const outcome = await ingestMessage(deps, businessId, event);
  return json(outcome.result === 'created' ? 202 : 200, { messageId: outcome.messageId });
}

interface Cursor {
  millis: number;
  id: string;
}

const encodeCursor = (c: Cursor) => `${c.millis}_${c.id}`;
function decodeCursor(raw: string | undefined): Cursor | undefined {
  const m = raw ? /^(\d{1,15})_([A-Za-z0-9_-]{1,100})$/.exec(raw) : null;
  return m ? { millis: Number(m[1]), id: m[2]! } : undefined;
}

async function listMessages(
  deps: ChatDeps,
  secret: string,
  businessId: string,
  request: RawRequest,
): Promise<RawResponse> {
  const session = readChatSession(secret, businessId, header(request, 'authorization'), deps.now());
  const business = await webchatBusiness(deps, businessId);
  const conversationId = ids.conversation('webchat', business.accountId, session.sessionId);
  const after = decodeCursor(request.query.after);
  if (request.query.after && !after) return errorBody(400, 'invalid_input', 'after: not a cursor from this API.');
  const wait = Math.min(MAX_WAIT_SECONDS, Math.max(0, Number(request.query.wait ?? 0) || 0));

  const spec: QuerySpec = {
    where: [['conversationId', '==', conversationId]],
    orderBy: [
      ['createdAt', 'asc'],
      ['__name__', 'asc'],
    ],
    ...(after ? { startAfter: [new Date(after.millis), after.id] } : {}),
    limit: 100,
  };
  let docs = await deps.db.query(at.messages(businessId), spec);
  if (docs.length === 0 && wait > 0) docs = await waitForDocs(deps, businessId, spec, wait * 1000);

  const messages: ChatMessage[] = [];
  let cursor = after;
  for (const { ref, data: m } of docs) {
    cursor = { millis: m.createdAt.getTime(), id: ref.id };
    if (m.author === 'system' || m.delivery?.status === 'cancelled' || !m.text) continue;
    messages.push({ id: ref.id, author: m.author, text: m.text, createdAt: m.createdAt.toISOString() });
  }
  const conversation = await deps.db.get(at.conversation(businessId, conversationId));
  const owner = conversation
    ? effectiveOwner(
        {
          owner: conversation.owner,
          lastHumanAtMs: conversation.lastHumanAt?.getTime(),
          handoffAtMs: conversation.handoff?.at.getTime(),
        },
        deps.now().getTime(),
        business.settings.handoffQuietMinutes,
      )
    : 'ai';
  const page: MessagesPage = { messages, cursor: cursor ? encodeCursor(cursor) : '', owner };
  return json(200, page);
}

/** Resolves with the query's documents as soon as there are any, or [] after `ms`. */
function waitForDocs(deps: ChatDeps, businessId: string, spec: QuerySpec, ms: number): Promise<Snapshot<MessageDoc>[]> {
  return new Promise((resolve) => {
    let done = false;
    let unsubscribe: () => void = () => undefined;
    const finish = (docs: Snapshot<MessageDoc>[]) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unsubscribe();
      resolve(docs);
    };
    const timer = setTimeout(() => finish([]), ms);
    unsubscribe = deps.db.watch(
      at.messages(businessId),
      spec,
      (docs) => {
        if (docs.length > 0) finish(docs);
      },
      () => finish([]),
    );
    if (done) unsubscribe();
  });
}
