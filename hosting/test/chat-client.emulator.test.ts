// The chat page's own client (ChatSession over the real HTTP client) against the real chat API on
// the emulators, through Hosting: one contract, both sides (functions/src/contracts/chat-api.ts).
// Runs in the emulator project (see vitest.config.ts).
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../src/shared/api';
import { createChatApi } from '../src/features/chat/chat-api';
import { ChatSession, type ChatState } from '../src/features/chat/chat-session';
import { createSessionStore } from '../src/features/chat/session-store';

const HOSTING = 'http://127.0.0.1:5000';

function until(session: ChatSession, predicate: (state: ChatState) => boolean, timeoutMs = 60_000) {
  return new Promise<ChatState>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not reached: ${JSON.stringify(session.state)}`)), timeoutMs);
    const unsubscribe = session.subscribe((state) => {
      if (!predicate(state)) return;
      clearTimeout(timer);
      queueMicrotask(() => unsubscribe());
      resolve(state);
    });
  });
}

describe('the chat page client against the real chat API', () => {
  it('lists the businesses, chats, and learns when a person takes over', async () => {
    const api = createChatApi(createApiClient({ baseUrl: HOSTING }));
    const businesses = await api.listBusinesses();
    const clinic = businesses.find((b) => b.id === 'glow-laser-clinic');
    expect(clinic).toBeDefined();

    const store = createSessionStore(null);
    const session = new ChatSession({ api, store, business: clinic!, language: 'en', waitSeconds: 5 });
    try {
      expect(await session.send('How much is underarm laser?')).toEqual({ ok: true });
      const answered = await until(session, (s) => s.messages.some((m) => m.author === 'ai' && /AED/.test(m.text)));
      expect(answered.waitingForPerson).toBe(false);

      // A refreshed token keeps the same conversation.
      const before = store.load(clinic!.id)!;
      const fresh = await api.refreshSession(clinic!.id, before.token);
      expect(fresh.sessionId).toBe(before.sessionId);

      // Asking for a person hands the conversation to staff: the page says so instead of "typing".
      await session.send('I want to speak to a real person please');
      const handedOff = await until(session, (s) => s.waitingForPerson);
      expect(handedOff.typing).toBe(false);
    } finally {
      session.stop();
    }
  });
});
