import { describe, expect, it } from 'vitest';
import { WebhookAuthError } from '../errors.js';
import { issueChatSession, readChatSession } from './chat-session.js';

const SECRET = 'test-secret';

describe('chat session tokens', () => {
  it('round-trips business, session and name', () => {
    const { sessionId, token } = issueChatSession(SECRET, 'glow-laser-clinic', 'Layla');
    expect(readChatSession(SECRET, 'glow-laser-clinic', `Bearer ${token}`)).toEqual({
      businessId: 'glow-laser-clinic',
      sessionId,
      name: 'Layla',
    });
  });

  it('issues a different session every time', () => {
    const a = issueChatSession(SECRET, 'b1');
    const b = issueChatSession(SECRET, 'b1');
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
    expect(() => readChatSession(SECRET, 'b1', header)).toThrow(WebhookAuthError);
  });

  it('rejects a token signed with another secret or tampered with', () => {
    const { token } = issueChatSession('other-secret', 'b1');
    expect(() => readChatSession(SECRET, 'b1', `Bearer ${token}`)).toThrow(/Invalid chat session token/);
    const real = issueChatSession(SECRET, 'b1').token;
    const [payload, mac] = real.split('.');
    const forged = Buffer.from(JSON.stringify({ b: 'b1', s: 'someone-else' })).toString('base64url');
    expect(() => readChatSession(SECRET, 'b1', `Bearer ${forged}.${mac}`)).toThrow(WebhookAuthError);
    expect(() => readChatSession(SECRET, 'b1', `Bearer ${payload}.${mac}x`)).toThrow(WebhookAuthError);
  });

  it('refuses a token of another business with 403', () => {
    const { token } = issueChatSession(SECRET, 'b1');
    try {
      readChatSession(SECRET, 'b2', `Bearer ${token}`);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(WebhookAuthError);
      expect((err as WebhookAuthError).httpStatus).toBe(403);
    }
  });
});
