/** The web chat API through Hosting: sessions, messages, long-poll replies, and bad input. */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLINIC, GROOMER, HOSTING, resetAndSeed } from './harness.js';

beforeAll(resetAndSeed);

interface ChatMessage {
  id: string;
  author: string;
  text: string;
  createdAt: string;
}

async function call(method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(`${HOSTING}/api/chat/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function session(businessId: string, name?: string) {
  const res = await call('POST', `${businessId}/sessions`, name ? { name } : {});
  expect(res.status).toBe(201);
  return res.body as { sessionId: string; token: string };
}

describe('web chat API', () => {
  it('lists the businesses that have a web chat', async () => {
    const res = await call('GET', 'businesses');
    expect(res.status).toBe(200);
    const ids = (res.body.businesses as { id: string }[]).map((b) => b.id).sort();
    expect(ids).toEqual([CLINIC, GROOMER].sort());
  });

  it('round trip: a message is answered, and the answer arrives by long-poll', async () => {
    const { token } = await session(CLINIC, 'Layla');
    const clientMessageId = randomUUID();
    const posted = await call(
      'POST',
      `${CLINIC}/messages`,
      { text: 'How much is underarm laser?', clientMessageId },
      token,
    );
    expect(posted.status).toBe(202);

    let cursor = '';
    const seen: ChatMessage[] = [];
    const deadline = Date.now() + 20_000;
    while (!seen.some((m) => m.author === 'ai') && Date.now() < deadline) {
      const res = await call('GET', `${CLINIC}/messages?wait=10${cursor ? `&after=${cursor}` : ''}`, undefined, token);
      expect(res.status).toBe(200);
      seen.push(...(res.body.messages as ChatMessage[]));
      cursor = res.body.cursor as string;
    }
    expect(seen[0]).toMatchObject({ author: 'customer', text: 'How much is underarm laser?' });
    const reply = seen.find((m) => m.author === 'ai');
    expect(reply?.text).toMatch(/AED/);

    // A retried POST is the same message.
    const again = await call(
      'POST',
      `${CLINIC}/messages`,
      { text: 'How much is underarm laser?', clientMessageId },
      token,
    );
    expect(again.status).toBe(200);
    expect(again.body.messageId).toBe(posted.body.messageId);

    // Nothing new after the cursor: an immediate empty answer with wait=0.
    const empty = await call('GET', `${CLINIC}/messages?after=${cursor}`, undefined, token);
    expect(empty.body.messages).toEqual([]);
  });

  it('keeps sessions apart and refuses tokens of other businesses', async () => {
    const a = await session(CLINIC);
    const b = await session(CLINIC);
    await call('POST', `${CLINIC}/messages`, { text: 'secret question', clientMessageId: randomUUID() }, a.token);
    const other = await call('GET', `${CLINIC}/messages`, undefined, b.token);
    expect(other.body.messages).toEqual([]);
    expect((await call('GET', `${GROOMER}/messages`, undefined, a.token)).status).toBe(403);
  });

  it.each([
    ['no token', 'POST', `${CLINIC}/messages`, { text: 'hi', clientMessageId: 'abcdefgh' }, undefined, 401],
    [
      'forged token',
      'POST',
      `${CLINIC}/messages`,
      { text: 'hi', clientMessageId: 'abcdefgh' },
      'eyJiIjoiZ2xvdyJ9.forged',
      401,
    ],
    ['unknown business', 'POST', 'no-such-business/sessions', {}, undefined, 404],
    ['bad cursor', 'GET', `${CLINIC}/messages?after=zzz`, undefined, 'TOKEN', 400],
    ['empty text', 'POST', `${CLINIC}/messages`, { text: '  ', clientMessageId: 'abcdefgh' }, 'TOKEN', 400],
    ['wrong types', 'POST', `${CLINIC}/messages`, { text: 42, clientMessageId: ['x'] }, 'TOKEN', 400],
    [
      'oversized body',
      'POST',
      `${CLINIC}/messages`,
      { text: 'x'.repeat(70_000), clientMessageId: 'abcdefgh' },
      'TOKEN',
      413,
    ],
    ['unknown endpoint', 'DELETE', `${CLINIC}/messages`, undefined, 'TOKEN', 404],
  ] as const)('%s → a clear error', async (_name, method, path, body, token, status) => {
    const real = token === 'TOKEN' ? (await session(CLINIC)).token : token;
    const res = await call(method, path, body, real);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it('invalid JSON → 400 (from the platform as application/json; from us otherwise)', async () => {
    const { token } = await session(CLINIC);
    const asJson = await fetch(`${HOSTING}/api/chat/${CLINIC}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"text":',
    });
    expect(asJson.status).toBe(400);
    const asText = await fetch(`${HOSTING}/api/chat/${CLINIC}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
      body: '{"text":',
    });
    expect(asText.status).toBe(400);
    expect(await asText.json()).toEqual({ error: { code: 'invalid_input', message: 'Body is not valid JSON.' } });
  });

  it('reports health', async () => {
    const res = await fetch(`${HOSTING}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', checks: { firestore: 'ok' } });
  });
});

describe('web chat API from another origin (the embedded widget)', () => {
  it('answers the CORS preflight and marks responses as readable cross-origin', async () => {
    const preflight = await fetch(`${HOSTING}/api/chat/${CLINIC}/messages`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://clinic.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://clinic.example');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const list = await fetch(`${HOSTING}/api/chat/businesses`, { headers: { origin: 'https://clinic.example' } });
    expect(list.headers.get('access-control-allow-origin')).toBe('https://clinic.example');
  });
});
