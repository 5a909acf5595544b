import { describe, expect, it } from 'vitest';
import {
  aiResumesAtMs,
  applyFilter,
  labelsIn,
  matchesSearch,
  needsPerson,
  ownerNow,
  replyWindow,
  type ConversationFacts,
} from './inbox';

const MIN = 60_000;
const NOW = Date.UTC(2026, 5, 1, 12, 0);
const QUIET = 30;

const conv = (over: Partial<ConversationFacts> = {}): ConversationFacts => ({
  id: 'c',
  channel: 'whatsapp-meta',
  accountId: '100',
  owner: 'ai',
  userId: '971501234567',
  contactName: 'Sara Ahmed',
  lastMessageAtMs: NOW - 5 * MIN,
  lastInboundAtMs: NOW - 5 * MIN,
  unread: 1,
  labels: [],
  ...over,
});

describe('ownership and waiting', () => {
  it.each([
    ['AI owns it', conv(), 'ai', false, undefined],
    [
      'handed off 10 min ago, customer wrote before',
      conv({ owner: 'human', handoffAtMs: NOW - 10 * MIN, lastInboundAtMs: NOW - 11 * MIN }),
      'human',
      true,
      NOW + 20 * MIN,
    ],
    [
      'staff replied after the customer',
      conv({
        owner: 'human',
        handoffAtMs: NOW - 10 * MIN,
        lastHumanAtMs: NOW - 2 * MIN,
        lastInboundAtMs: NOW - 5 * MIN,
      }),
      'human',
      false,
      NOW + 28 * MIN,
    ],
    [
      'customer wrote after staff',
      conv({ owner: 'human', lastHumanAtMs: NOW - 8 * MIN, lastInboundAtMs: NOW - 1 * MIN }),
      'human',
      true,
      NOW + 22 * MIN,
    ],
    [
      'quiet period over: back to the AI',
      conv({ owner: 'human', lastHumanAtMs: NOW - 31 * MIN }),
      'ai',
      false,
      undefined,
    ],
    [
      'human with no times: stays until handed back',
      conv({ owner: 'human', lastInboundAtMs: NOW - MIN }),
      'human',
      true,
      undefined,
    ],
  ] as const)('%s', (_name, c, owner, waiting, resumes) => {
    expect(ownerNow(c, NOW, QUIET)).toBe(owner);
    expect(needsPerson(c, NOW, QUIET)).toBe(waiting);
    expect(aiResumesAtMs(c, NOW, QUIET)).toBe(resumes);
  });
});

describe('filters and order', () => {
  const list = [
    conv({ id: 'ai-new', lastMessageAtMs: NOW - MIN }),
    conv({
      id: 'waiting-old',
      owner: 'human',
      handoffAtMs: NOW - 20 * MIN,
      lastMessageAtMs: NOW - 20 * MIN,
      labels: ['vip'],
    }),
    conv({
      id: 'mine',
      owner: 'human',
      assigneeUid: 'me',
      lastHumanAtMs: NOW - 3 * MIN,
      lastInboundAtMs: NOW - 4 * MIN,
      lastMessageAtMs: NOW - 3 * MIN,
    }),
    conv({
      id: 'tg',
      channel: 'telegram',
      userId: 'tg-55',
      contactName: 'Jean Dupont',
      lastMessageAtMs: NOW - 2 * MIN,
      labels: ['vip', 'billing'],
    }),
  ];
  const ids = (f: Parameters<typeof applyFilter>[1]) => applyFilter(list, f, 'me', NOW, QUIET).map((c) => c.id);

  it('puts conversations waiting for a person first, then the most recent', () => {
    expect(ids({ view: 'all' })).toEqual(['waiting-old', 'ai-new', 'tg', 'mine']);
  });
  it.each([
    [{ view: 'needs-person' as const }, ['waiting-old']],
    [{ view: 'mine' as const }, ['mine']],
    [{ view: 'ai' as const }, ['ai-new', 'tg']],
    [{ view: 'all' as const, channel: 'telegram' as const }, ['tg']],
    [{ view: 'all' as const, label: 'vip' }, ['waiting-old', 'tg']],
    [{ view: 'all' as const, search: 'jean' }, ['tg']],
  ])('%j', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });
  it('collects the labels in use', () => {
    expect(labelsIn(list)).toEqual(['billing', 'vip']);
  });
});

describe('search', () => {
  it.each([
    ['sara', true],
    ['AHMED', true],
    ['+971 50 123', true],
    ['50-1234-567', true],
    ['999', false],
    ['omar', false],
    ['', true],
  ])('%s', (q, hit) => expect(matchesSearch(conv(), q)).toBe(hit));
});

describe('reply window', () => {
  const template = { name: 'reengage', language: 'en' };
  const channels = [{ type: 'whatsapp-meta' as const, accountId: '100', reengagementTemplate: template }];
  it.each([
    ['inside 24 h on WhatsApp', conv({ lastInboundAtMs: NOW - 2 * 3_600_000 }), [], 'open'],
    ['outside, with a template', conv({ lastInboundAtMs: NOW - 25 * 3_600_000 }), channels, 'template'],
    ['outside, no template', conv({ lastInboundAtMs: NOW - 25 * 3_600_000 }), [], 'closed'],
    ['never wrote', conv({ lastInboundAtMs: undefined }), [], 'closed'],
    ['Telegram has no window', conv({ channel: 'telegram', lastInboundAtMs: NOW - 90 * 3_600_000 }), [], 'none'],
  ] as const)('%s', (_name, c, accounts, kind) => {
    expect(replyWindow(c, [...accounts], NOW).kind).toBe(kind);
  });
  it('says when the window closes', () => {
    expect(replyWindow(conv({ lastInboundAtMs: NOW - 3_600_000 }), [], NOW)).toEqual({
      kind: 'open',
      closesAtMs: NOW + 23 * 3_600_000,
    });
  });
});
