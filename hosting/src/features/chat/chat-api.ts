// The public chat API (served by the functions codebase under /api/chat, behind Hosting rewrites),
// typed and checked at the boundary: nothing untyped travels inward from here.
import { badResponse, isRecord, type ApiClient } from '../../shared/api';

export interface Business {
  id: string;
  name: string;
  vertical: string;
  languages: string[];
  greeting: string;
}

export type Author = 'customer' | 'ai' | 'staff' | 'system';

export interface ServerMessage {
  id: string;
  author: Author;
  text: string;
  createdAt: string;
}

export interface SessionCredentials {
  sessionId: string;
  token: string;
}

export interface MessagesPage {
  messages: ServerMessage[];
  cursor: string;
}

export const MAX_MESSAGE_LENGTH = 4000;
/** The longest long-poll the API accepts, in seconds. */
export const MAX_WAIT_SECONDS = 25;

/** What the chat session needs from the server; the real one is HTTP, tests may pass a fake. */
export interface ChatApi {
  listBusinesses(): Promise<Business[]>;
  createSession(businessId: string, input: { name?: string; language?: string }): Promise<SessionCredentials>;
  sendMessage(businessId: string, token: string, input: { text: string; clientMessageId: string }): Promise<string>;
  fetchMessages(
    businessId: string,
    token: string,
    query: { after?: string; wait: number; signal?: AbortSignal },
  ): Promise<MessagesPage>;
}

export function createChatApi(client: ApiClient): ChatApi {
  const base = (businessId: string): string => `/api/chat/${encodeURIComponent(businessId)}`;

  return {
    async listBusinesses() {
      const { body } = await client.request('/api/chat/businesses');
      if (!isRecord(body) || !Array.isArray(body['businesses'])) throw badResponse('businesses');
      return body['businesses'].map(parseBusiness);
    },

    async createSession(businessId, input) {
      const { body } = await client.request(`${base(businessId)}/sessions`, { method: 'POST', body: input });
      if (!isRecord(body) || typeof body['sessionId'] !== 'string' || typeof body['token'] !== 'string') {
        throw badResponse('session');
      }
      return { sessionId: body['sessionId'], token: body['token'] };
    },

    async sendMessage(businessId, token, input) {
      const { body } = await client.request(`${base(businessId)}/messages`, { method: 'POST', body: input, token });
      if (!isRecord(body) || typeof body['messageId'] !== 'string') throw badResponse('message');
      return body['messageId'];
    },

    async fetchMessages(businessId, token, { after, wait, signal }) {
      const params = new URLSearchParams();
      if (after !== undefined) params.set('after', after);
      params.set('wait', String(wait));
      const { body } = await client.request(`${base(businessId)}/messages?${params.toString()}`, {
        token,
        signal,
        // The server holds the request up to `wait` seconds; allow for that plus a slow network.
        timeoutMs: (wait + 15) * 1000,
      });
      if (!isRecord(body) || !Array.isArray(body['messages']) || typeof body['cursor'] !== 'string') {
        throw badResponse('messages');
      }
      return { messages: body['messages'].map(parseMessage), cursor: body['cursor'] };
    },
  };
}

function parseBusiness(value: unknown): Business {
  if (
    !isRecord(value) ||
    typeof value['id'] !== 'string' ||
    typeof value['name'] !== 'string' ||
    typeof value['vertical'] !== 'string' ||
    typeof value['greeting'] !== 'string' ||
    !Array.isArray(value['languages'])
  ) {
    throw badResponse('business');
  }
  return {
    id: value['id'],
    name: value['name'],
    vertical: value['vertical'],
    greeting: value['greeting'],
    languages: value['languages'].filter((language): language is string => typeof language === 'string'),
  };
}

const AUTHORS: readonly string[] = ['customer', 'ai', 'staff', 'system'] satisfies Author[];
const isAuthor = (value: unknown): value is Author => typeof value === 'string' && AUTHORS.includes(value);

function parseMessage(value: unknown): ServerMessage {
  if (
    !isRecord(value) ||
    typeof value['id'] !== 'string' ||
    typeof value['text'] !== 'string' ||
    typeof value['createdAt'] !== 'string' ||
    !isAuthor(value['author'])
  ) {
    throw badResponse('message');
  }
  return { id: value['id'], author: value['author'], text: value['text'], createdAt: value['createdAt'] };
}
