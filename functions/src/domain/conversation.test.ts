import { describe, expect, it } from 'vitest';
import { type Turn, RECENT_TURNS, TURN_TEXT_MAX, appendTurn } from './conversation.js';

const turn = (i: number, text = `t${i}`): Turn => ({
  author: i % 2 ? 'ai' : 'customer',
  text,
  at: new Date(1_000_000 + i * 1000),
  messageId: `m${i}`,
});

describe('appendTurn', () => {
  it('keeps the most recent turns, oldest first', () => {
    let recent: Turn[] = [];
    for (let i = 0; i < RECENT_TURNS + 3; i++) recent = appendTurn(recent, turn(i));
    expect(recent).toHaveLength(RECENT_TURNS);
    expect(recent[0]!.messageId).toBe('m3');
    expect(recent.at(-1)!.messageId).toBe(`m${RECENT_TURNS + 2}`);
  });

  it('adds a message once, however often it is appended', () => {
    const once = appendTurn([], turn(1));
    expect(appendTurn(once, turn(1))).toEqual(once);
  });

  it('puts a late-arriving turn at its place in time', () => {
    const recent = appendTurn(appendTurn([], turn(3)), turn(1));
    expect(recent.map((t) => t.messageId)).toEqual(['m1', 'm3']);
  });

  it('shortens a very long text', () => {
    const [only] = appendTurn([], turn(0, 'x'.repeat(TURN_TEXT_MAX * 3)));
    expect(only!.text).toHaveLength(TURN_TEXT_MAX);
  });
});
