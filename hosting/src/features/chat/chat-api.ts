// The public chat API (served by the functions codebase under /api/chat, behind Hosting rewrites).
// Its shapes and limits are one contract shared with the functions (functions/src/contracts/chat-api.ts):
// every answer is checked against it here, so nothing untyped travels inward.
import type { AUTHORS } from '../../../../functions/src/contracts/chat-api';
import {
  BusinessList,
  type ChatBusiness,
  type ChatMessage,
  conforms,
  type Infer,
  MessagesPage as MessagesPageSchema,
  Posted,
  Session,
} from '../../../../functions/src/contracts/chat-api';
import { badResponse, type ApiClient } from '../../shared/api';

export { MAX_MESSAGE_LENGTH, MAX_WAIT_SECONDS } from '../../../../functions/src/contracts/chat-api';

export type Business = ChatBusiness;
export type Author = (typeof AUTHORS)[number];
export type ServerMessage = ChatMessage;
export type MessagesPage = Infer<typeof MessagesPageSchema>;

export interface SessionCredentials {
  sessionId: string;
  token: string;
}

/** What the chat session needs from the server; the real one is HTTP, tests may pass a fake. */
export interface ChatApi {
  listBusinesses(): Promise<Business[]>;
  createSession(businessId: string, input: { name?: string; language?: string }): Promise<SessionCredentials>;
  /** A fresh token for the same session (after `session_expired`). */
  refreshSession(businessId: string, token: string): Promise<SessionCredentials>;
  sendMessage(businessId: string, token: string, input: { text: string; clientMessageId: string }): Promise<string>;
  fetchMessages(
    businessId: string,
    token: string,
    query: { after?: string; wait: number; signal?: AbortSignal },
  ): Promise<MessagesPage>;
}

function checked<S extends Parameters<typeof conforms>[0]>(schema: S, body: unknown, what: string): Infer<S> {
  const result = conforms(schema, body);
  if (!result.ok) throw badResponse(what);
  return result.value;
}

export function createChatApi(client: ApiClient): ChatApi {
  const base = (businessId: string): string => `/api/chat/${encodeURIComponent(businessId)}`;
  const credentials = (session: Infer<typeof Session>): SessionCredentials => ({
    sessionId: session.sessionId,
    token: session.token,
  });

  return {
    async listBusinesses() {
      const { body } = await client.request('/api/chat/businesses');
      return checked(BusinessList, body, 'businesses').businesses;
    },

    async createSession(businessId, input) {
      const { body } = await client.request(`${base(businessId)}/sessions`, { method: 'POST', body: input });
      return credentials(checked(Session, body, 'session'));
    },

    async refreshSession(businessId, token) {
      const { body } = await client.request(`${base(businessId)}/sessions/refresh`, { method: 'POST', token });
      return credentials(checked(Session, body, 'session'));
    },

    async sendMessage(businessId, token, input) {
      const { body } = await client.request(`${base(businessId)}/messages`, { method: 'POST', body: input, token });
      return checked(Posted, body, 'message').messageId;
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
      return checked(MessagesPageSchema, body, 'messages');
    },
  };
}
