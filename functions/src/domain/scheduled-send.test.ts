import { describe, expect, it } from 'vitest';
import { MAX_SCHEDULE_AHEAD_MS, scheduleDecision } from './scheduled-send.js';

const H = 3_600_000;
const NOW = 1000 * H;

describe('scheduleDecision', () => {
  it.each([
    ['no window on the channel (Telegram)', { sendAtMs: NOW + 50 * H, windowHours: undefined }, 'text'],
    ['inside the window at the chosen time', { sendAtMs: NOW + 2 * H, lastInboundAtMs: NOW - 20 * H }, 'text'],
    ['after the window closes, no template', { sendAtMs: NOW + 5 * H, lastInboundAtMs: NOW - 20 * H }, 'refuse'],
    [
      'after the window closes, with a template',
      { sendAtMs: NOW + 5 * H, lastInboundAtMs: NOW - 20 * H, hasReengagementTemplate: true },
      'template',
    ],
    ['the customer never wrote', { sendAtMs: NOW + H, lastInboundAtMs: undefined }, 'refuse'],
    ['less than a minute ahead', { sendAtMs: NOW + 30_000, lastInboundAtMs: NOW }, 'refuse'],
    ['in the past', { sendAtMs: NOW - H, lastInboundAtMs: NOW }, 'refuse'],
    ['beyond a month', { sendAtMs: NOW + MAX_SCHEDULE_AHEAD_MS + 1, windowHours: undefined }, 'refuse'],
  ])('%s', (_name, opts, expected) => {
    const decision = scheduleDecision({
      nowMs: NOW,
      windowHours: 24,
      lastInboundAtMs: undefined,
      hasReengagementTemplate: false,
      ...opts,
    });
    if (expected === 'refuse') expect(decision).toMatchObject({ schedule: false, reason: expect.any(String) });
    else expect(decision).toEqual({ schedule: true, as: expected });
  });

  it('names when the window closes', () => {
    const decision = scheduleDecision({
      nowMs: NOW,
      sendAtMs: NOW + 5 * H,
      windowHours: 24,
      lastInboundAtMs: NOW - 20 * H,
      hasReengagementTemplate: false,
    });
    expect(decision).toMatchObject({ reason: expect.stringContaining(new Date(NOW + 4 * H).toISOString()) });
  });
});
