import { describe, expect, it } from 'vitest';
import { SESSION_REFRESH_WINDOW_SECONDS, SESSION_TTL_SECONDS } from '../contracts/chat-api.js';
import { SessionExpiredError, AuthenticationError } from '../errors.js';
import { issueChatSession, readChatSession, refreshChatSession } from './chat-session.js';

const SECRET = 'test-secret';
const NOW = new Date('2026-12-01T10:00:00Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('chat session tokens', () => {
  it('round-trips business, session, name and language, with an expiry', () => {
    const issued = issueChatSession(SECRET, 'glow-laser-clinic', { name: 'Layla', language: 'ar', now: NOW });
    expect(issued.expiresAt).toBe(later(SESSION_TTL_SECONDS).toISOString());
    expect(readChatSession(SECRET, 'glow-laser-clinic', `Bearer ${issued.token}`, NOW)).toEqual({
      businessId: 'glow-laser-clinic',
      sessionId: issued.sessionId,
      name: 'Layla',
      language: 'ar',
      expiresAt: later(SESSION_TTL_SECONDS),
    });
  });

  it('issues a different session every time', () => {
    const a = issueChatSession(SECRET, 'b1', { now: NOW });
    const b = issueChatSession(SECRET, 'b1', { now: NOW });
    expect(a.sessionId).not.toBe(b.sessionId);
  });

  it.each([
    ['no header', undefined],
    ['not bearer', 'Basic abc'],
    ['empty bearer', 'Bearer '],
    ['one part', 'Bearer abc'],
    ['three parts', 'Bearer a.b.c'],
    ['garbage payload', 'Bearer !!!.???'],
  ])('rejects %s', (_name, header) => {
    expect(() => readChatSession(SECRET, 'b1', header, NOW)).toThrow(AuthenticationError);
  });

  it('rejects a token signed with another secret or tampered with', () => {
    const { token } = issueChatSession('other-secret', 'b1', { now: NOW });
    expect(() => readChatSession(SECRET, 'b1', `Bearer ${token}`, NOW)).toThrow(/Invalid chat session token/);
    const real = issueChatSession(SECRET, 'b1', { now: NOW }).token;
    const [payload, mac] = real.split('.');
    const forged = Buffer.from(JSON.stringify({ b: 'b1', s: 'someone-else', e: 9e9 })).toString('base64url');
    expect(() => readChatSession(SECRET, 'b1', `Bearer ${forged}.${mac}`, NOW)).toThrow(AuthenticationError);
    expect(() => readChatSession(SECRET, 'b1', `Bearer ${payload}.${mac}x`, NOW)).toThrow(AuthenticationError);
  });

  it('refuses a token of another business with 403', () => {
    const { token } = issueChatSession(SECRET, 'b1', { now: NOW });
    try {
      readChatSession(SECRET, 'b2', `Bearer ${token}`, NOW);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AuthenticationError);
      expect((err as AuthenticationError).httpStatus).toBe(403);
    }
  });

  it('expires, and refreshes into the same session within the window', () => {
    const issued = issueChatSession(SECRET, 'b1', { name: 'Sam', now: NOW });
    const expired = later(SESSION_TTL_SECONDS + 1);
    expect(() => readChatSession(SECRET, 'b1', `Bearer ${issued.token}`, expired)).toThrow(SessionExpiredError);
    const fresh = refreshChatSession(SECRET, 'b1', `Bearer ${issued.token}`, expired);
    expect(fresh.sessionId).toBe(issued.sessionId);
    expect(readChatSession(SECRET, 'b1', `Bearer ${fresh.token}`, expired)).toMatchObject({
      sessionId: issued.sessionId,
      name: 'Sam',
    });
  });

  it('will not refresh a token long past its expiry, nor a forged one', () => {
    const issued = issueChatSession(SECRET, 'b1', { now: NOW });
    const tooLate = later(SESSION_TTL_SECONDS + SESSION_REFRESH_WINDOW_SECONDS + 1);
    expect(() => refreshChatSession(SECRET, 'b1', `Bearer ${issued.token}`, tooLate)).toThrow(/too old/);
    expect(() => refreshChatSession(SECRET, 'b1', 'Bearer x.y', NOW)).toThrow(AuthenticationError);
  });
});
