import { describe, expect, it } from 'vitest';
import { serviceWindowDecision } from './service-window.js';

const H = 3_600_000;
const NOW = 1000 * H;

describe('serviceWindowDecision', () => {
  it.each([
    ['no window on this channel', { windowHours: undefined, lastInboundAtMs: undefined }, 'as-is'],
    ['inside the window', { windowHours: 24, lastInboundAtMs: NOW - 23 * H }, 'as-is'],
    ['exactly at the edge is outside', { windowHours: 24, lastInboundAtMs: NOW - 24 * H }, 'refuse'],
    ['outside, no template', { windowHours: 24, lastInboundAtMs: NOW - 30 * H }, 'refuse'],
    ['never wrote', { windowHours: 24, lastInboundAtMs: undefined }, 'refuse'],
    [
      'outside, with a template',
      { windowHours: 24, lastInboundAtMs: NOW - 30 * H, hasReengagementTemplate: true },
      'template',
    ],
    ['a template is always allowed', { windowHours: 24, lastInboundAtMs: NOW - 99 * H, isTemplate: true }, 'as-is'],
  ])('%s', (_name, opts, expected) => {
    const decision = serviceWindowDecision({ nowMs: NOW, isTemplate: false, hasReengagementTemplate: false, ...opts });
    expect(decision.send).toBe(expected);
    if (decision.send === 'refuse') expect(decision.reason).toMatch(/only approved templates/);
  });
});
