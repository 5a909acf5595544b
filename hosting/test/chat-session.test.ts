// ChatSession with the real HTTP client against the in-memory fake chat API — no browser needed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, NetworkError, createApiClient } from '../src/shared/api';
import { createChatApi, type Business } from '../src/features/chat/chat-api';
import {
  ChatSession,
  backoffDelay,
  describeSendError,
  pickLanguage,
  type ChatState,
} from '../src/features/chat/chat-session';
import { createSessionStore, type SessionStore } from '../src/features/chat/session-store';
import { FakeChatApi, demoBusinesses, serveHosting, type RunningServer } from './fake-chat-server';

const business: Business = demoBusinesses[0]!;
const fake = new FakeChatApi();
let server: RunningServer;
const sessions: ChatSession[] = [];

beforeAll(async () => {
  server = await serveHosting('/nonexistent', fake);
});
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop();
  fake.replyDelayMs = 50;
});
afterAll(() => server.close());

function newSession(store: SessionStore = createSessionStore(null), typingTimeoutMs = 5_000): ChatSession {
  const session = new ChatSession({
    api: createChatApi(createApiClient({ baseUrl: server.url })),
    store,
    business,
    language: 'en',
    typingTimeoutMs,
    backoff: { initialMs: 20, maxMs: 100 },
  });
  sessions.push(session);
  return session;
}

function until(session: ChatSession, predicate: (state: ChatState) => boolean, timeoutMs = 3_000): Promise<ChatState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`condition not met; last state: ${JSON.stringify(session.state)}`));
    }, timeoutMs);
    const unsubscribe = session.subscribe((state) => {
      if (!predicate(state)) return;
      clearTimeout(timer);
      queueMicrotask(() => unsubscribe());
      resolve(state);
    });
  });
}

const texts = (state: ChatState) => state.messages.map((message) => `${message.author}:${message.text}`);

describe('ChatSession', () => {
  it('shows a sent message at once, then the reply, with "typing" in between', async () => {
    fake.replyDelayMs = 150;
    const session = newSession();
    expect(texts(session.state)).toEqual([`ai:${business.greeting}`]);

    const sent = session.send('  Hello there  ');
    expect(session.state.messages.at(-1)).toMatchObject({ author: 'customer', text: 'Hello there', status: 'sending' });
    expect(await sent).toEqual({ ok: true });
    expect(session.state.typing).toBe(true);

    const state = await until(session, (s) => s.messages.some((m) => m.text === 'Echo: Hello there'));
    expect(state.typing).toBe(false);
    expect(texts(state)).toEqual([`ai:${business.greeting}`, 'customer:Hello there', 'ai:Echo: Hello there']);
    expect(state.messages[1]).toMatchObject({ status: 'delivered', id: expect.any(String) });
    expect(state.connection).toBe('live');
  });

  it('resumes the stored conversation in a new session object (a page reload)', async () => {
    const store = createSessionStore(null);
    const first = newSession(store);
    await first.send('Remember me');
    await until(first, (s) => s.messages.some((m) => m.text === 'Echo: Remember me'));
    first.stop();
    const sessionsBefore = fake.sessions.size;

    const second = newSession(store);
    second.start();
    expect(second.state.connection).toBe('loading');
    const state = await until(second, (s) => s.messages.length === 3);
    expect(texts(state).slice(1)).toEqual(['customer:Remember me', 'ai:Echo: Remember me']);
    expect(fake.sessions.size).toBe(sessionsBefore);
  });

  it('reports a failed send, and resending the same text reuses its clientMessageId', async () => {
    const session = newSession();
    fake.failNextPosts({ kind: 'status', status: 500 });
    const failed = await session.send('Book me in');
    expect(failed).toEqual({ ok: false, message: expect.stringContaining("Couldn't send") });
    expect(session.state.notice?.kind).toBe('send');
    expect(session.state.messages.some((m) => m.author === 'customer')).toBe(false);

    expect(await session.send('Book me in')).toEqual({ ok: true });
    expect(session.state.notice).toBeNull();
    const attempts = fake.postedMessages.filter((posted) => posted.text === 'Book me in');
    expect(attempts.map((attempt) => attempt.status)).toEqual([500, 202]);
    expect(attempts[1]!.clientMessageId).toBe(attempts[0]!.clientMessageId);
  });

  it('retries quietly when the network drops the send, without storing the message twice', async () => {
    const session = newSession();
    fake.failNextPosts({ kind: 'network' }, { kind: 'network' });
    expect(await session.send('Flaky network')).toEqual({ ok: true });
    const state = await until(session, (s) => s.messages.some((m) => m.text === 'Echo: Flaky network'));
    expect(state.messages.filter((m) => m.text === 'Flaky network')).toHaveLength(1);
  });

  it('ends a resumed conversation whose token is no longer accepted; the next message starts afresh', async () => {
    const store = createSessionStore(null);
    store.save(business.id, { sessionId: 'gone', token: 'revoked-token' });
    const session = newSession(store);
    session.start();
    const ended = await until(session, (s) => s.notice?.kind === 'session');
    expect(ended.connection).toBe('idle');
    expect(store.load(business.id)).toBeNull();

    expect(await session.send('Hello again')).toEqual({ ok: true });
    await until(session, (s) => s.messages.some((m) => m.text === 'Echo: Hello again'));
    expect(store.load(business.id)?.token).toMatch(/^tok_/);
  });

  it('renews the session and still delivers when a send is refused with 401', async () => {
    const store = createSessionStore(null);
    const session = newSession(store);
    await session.send('Before');
    await until(session, (s) => s.messages.some((m) => m.text === 'Echo: Before'));
    const oldToken = store.load(business.id)!.token;
    fake.sessions.delete(oldToken); // revoked server-side

    expect(await session.send('After')).toEqual({ ok: true });
    await until(session, (s) => s.messages.some((m) => m.text === 'Echo: After'));
    expect(store.load(business.id)!.token).not.toBe(oldToken);
  });

  it('refreshes an expired token and carries on in the same conversation', async () => {
    const store = createSessionStore(null);
    const session = newSession(store);
    await session.send('Before');
    await until(session, (s) => s.messages.some((m) => m.text === 'Echo: Before'));
    const old = store.load(business.id)!;
    fake.expire(old.token);

    expect(await session.send('After')).toEqual({ ok: true });
    const state = await until(session, (s) => s.messages.some((m) => m.text === 'Echo: After'));
    const fresh = store.load(business.id)!;
    expect(fresh.sessionId).toBe(old.sessionId);
    expect(fresh.token).not.toBe(old.token);
    expect(fake.refreshes).toContain(old.token);
    // The same conversation: the earlier messages are still there, nothing was lost.
    expect(texts(state)).toEqual([
      `ai:${business.greeting}`,
      'customer:Before',
      'ai:Echo: Before',
      'customer:After',
      'ai:Echo: After',
    ]);
    expect(state.notice).toBeNull();
  });

  it('says a person will answer, without "typing", once staff own the conversation', async () => {
    const store = createSessionStore(null);
    const session = newSession(store);
    await session.send('I want to talk to someone');
    await until(session, (s) => s.messages.some((m) => m.text === 'Echo: I want to talk to someone'));
    // The assistant hands off: its message comes with the new owner.
    fake.setOwner(store.load(business.id)!.token, 'human');
    fake.push(store.load(business.id)!.token, 'ai', 'A colleague will answer you here shortly.');
    await until(session, (s) => s.waitingForPerson);

    expect(await session.send('Hello?')).toEqual({ ok: true });
    expect(session.state.typing).toBe(false);
    expect(session.state.waitingForPerson).toBe(true);
    // The person's reply comes when it comes.
    fake.push(store.load(business.id)!.token, 'staff', 'Hi, this is Sara.');
    await until(session, (s) => s.messages.some((m) => m.author === 'staff' && m.text === 'Hi, this is Sara.'));
  });

  it('backs off and reconnects when the long-poll fails', async () => {
    const session = newSession();
    await session.send('First');
    await until(session, (s) => s.messages.some((m) => m.text === 'Echo: First'));

    fake.failNextPolls({ kind: 'status', status: 503 }, { kind: 'status', status: 503 });
    await session.send('Second');
    await until(session, (s) => s.connection === 'reconnecting');
    const state = await until(session, (s) => s.messages.some((m) => m.text === 'Echo: Second'));
    expect(state.connection).toBe('live');
  });

  it('hides "typing" after the timeout when no reply comes', async () => {
    fake.replyDelayMs = 5_000;
    const session = newSession(createSessionStore(null), 200);
    await session.send('Anyone?');
    expect(session.state.typing).toBe(true);
    await until(session, (s) => !s.typing);
  });

  it('"start over" forgets the session and the messages', async () => {
    const store = createSessionStore(null);
    const session = newSession(store);
    await session.send('Old conversation');
    session.startOver();
    expect(store.load(business.id)).toBeNull();
    expect(texts(session.state)).toEqual([`ai:${business.greeting}`]);
    expect(session.state.connection).toBe('idle');
  });

  it('rejects empty and over-long messages without calling the API', async () => {
    const session = newSession();
    const posted = fake.postedMessages.length;
    expect(await session.send('   ')).toMatchObject({ ok: false });
    expect(await session.send('x'.repeat(4001))).toMatchObject({ ok: false, message: expect.stringContaining('4000') });
    expect(fake.postedMessages.length).toBe(posted);
  });
});

describe('pickLanguage', () => {
  it.each([
    [['en', 'ar'], ['ar-LB', 'en'], 'ar'],
    [['en', 'ar'], ['fr-FR', 'en-GB'], 'en'],
    [['en', 'fr'], ['de'], undefined],
    [[], ['en'], undefined],
  ])('offered %j, browser %j → %s', (offered, preferred, expected) => {
    expect(pickLanguage(offered, preferred)).toBe(expected);
  });
});

describe('backoffDelay', () => {
  it.each([
    [1, 500, 1_000],
    [2, 1_000, 2_000],
    [5, 8_000, 16_000],
    [12, 15_000, 30_000],
  ])('after %i failures waits between %i and %i ms', (failures, min, max) => {
    for (let i = 0; i < 20; i += 1) {
      const delay = backoffDelay(failures, { initialMs: 1_000, maxMs: 30_000 });
      expect(delay).toBeGreaterThanOrEqual(min);
      expect(delay).toBeLessThanOrEqual(max);
    }
  });
});

describe('describeSendError', () => {
  it.each([
    [new NetworkError('offline'), /check your connection/],
    [new ApiError(400, 'invalid_argument', 'text is too short'), /text is too short/],
    [new ApiError(401, 'unauthenticated', 'x'), /session has expired/],
    [new ApiError(413, 'too_large', 'x'), /too long/],
    [new ApiError(429, 'rate_limited', 'x'), /wait a moment/],
    [new ApiError(503, 'unavailable', 'x'), /on our side/],
  ])('%s → %s', (error, expected) => {
    expect(describeSendError(error)).toMatch(expected);
  });
});
