import { describe, expect, it } from 'vitest';
import { effectiveOwner } from './ownership.js';

const MIN = 60_000;
const NOW = 100 * MIN;

describe('effectiveOwner', () => {
  it.each([
    [{ owner: 'ai' }, 'ai', 'the AI owns by default'],
    [{ owner: 'human', lastHumanAtMs: NOW - 5 * MIN }, 'human', 'staff wrote 5 minutes ago'],
    [{ owner: 'human', lastHumanAtMs: NOW - 30 * MIN }, 'ai', 'quiet period over'],
    [{ owner: 'human', handoffAtMs: NOW - 10 * MIN }, 'human', 'handed off, waiting for staff'],
    [{ owner: 'human', handoffAtMs: NOW - 10 * MIN, lastHumanAtMs: NOW - 40 * MIN }, 'human', 'the later event counts'],
    [{ owner: 'human' }, 'human', 'taken over with no time recorded stays human'],
  ] as const)('%o → %s (%s)', (state, expected, _why) => {
    expect(effectiveOwner(state, NOW, 30)).toBe(expected);
  });
});
