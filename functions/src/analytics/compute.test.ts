/** The rollup's maths as tables: turns and response times, a day's counts, bookings and money. */
import { describe, expect, it } from 'vitest';
import type { ChannelType } from '../domain/business.js';
import type { HandoffReason } from '../domain/conversation.js';
import { type AppointmentFact, bookingDay } from './bookings.js';
import { computeDay } from './compute.js';
import { dayWindow } from './day-window.js';
import type { MessageFact } from './facts.js';
import { responseTimes } from './responses.js';

const DUBAI = dayWindow('2026-12-01', 'Asia/Dubai'); // 2026-11-30T20:00Z → 2026-12-01T20:00Z
const MADRID_SPRING = dayWindow('2026-03-29', 'Europe/Madrid'); // 23 hours
const S = 1_000;
const MIN = 60 * S;

/** A message `offsetMs` after `window.start`; `who` is customer, ai, staff or system. */
function msg(
  window: { start: Date },
  offsetMs: number,
  who: 'customer' | 'ai' | 'staff' | 'system',
  options: {
    conversation?: string;
    channel?: ChannelType;
    handoff?: HandoffReason;
    failed?: boolean;
    replyFailed?: boolean;
    reaction?: boolean;
  } = {},
): MessageFact {
  return {
    conversationId: options.conversation ?? 'c1',
    channel: options.channel ?? 'whatsapp-meta',
    direction: who === 'customer' ? 'in' : 'out',
    author: who,
    createdAt: new Date(window.start.getTime() + offsetMs),
    content: { type: options.reaction ? 'reaction' : 'text' },
    ai:
      who === 'ai'
        ? {
            responder: 'offline',
            confidence: 0.9,
            sources: [],
            language: 'en',
            inReplyTo: 'm0',
            handoff: options.handoff ? { reason: options.handoff } : null,
          }
        : null,
    delivery: options.failed
      ? { status: 'failed', at: new Date(0) }
      : who === 'customer'
        ? null
        : { status: 'sent', at: new Date(0) },
    processing: options.replyFailed ? { state: 'failed', attempts: 3 } : null,
  };
}

describe('responseTimes', () => {
  const w = DUBAI;
  it.each([
    ['an AI reply after 30 s', [msg(w, 0, 'customer'), msg(w, 30 * S, 'ai')], { ai: [30 * S], human: [], turns: 0 }],
    [
      'a burst of three answered once, timed from its first message',
      [msg(w, 0, 'customer'), msg(w, 10 * S, 'customer'), msg(w, 20 * S, 'customer'), msg(w, 40 * S, 'ai')],
      { ai: [40 * S], human: [], turns: 0 },
    ],
    [
      'a notice from the system does not answer; staff do, 5 minutes later',
      [msg(w, 0, 'customer'), msg(w, 1 * S, 'system'), msg(w, 5 * MIN, 'staff')],
      { ai: [], human: [5 * MIN], turns: 0 },
    ],
    [
      'AI and human in one conversation: a turn each',
      [
        msg(w, 0, 'customer'),
        msg(w, 5 * S, 'ai', { handoff: 'requested' }),
        msg(w, MIN, 'customer'),
        msg(w, 3 * MIN, 'staff'),
        msg(w, 4 * MIN, 'staff'),
      ],
      { ai: [5 * S], human: [2 * MIN], turns: 0 },
    ],
    [
      'two conversations are timed apart',
      [
        msg(w, 0, 'customer'),
        msg(w, 1 * S, 'customer', { conversation: 'c2' }),
        msg(w, 9 * S, 'ai', { conversation: 'c2' }),
        msg(w, 20 * S, 'ai'),
      ],
      { ai: [8 * S, 20 * S], human: [], turns: 0 },
    ],
    [
      'a customer left waiting at the end of the day',
      [msg(w, 23 * 60 * MIN, 'customer')],
      { ai: [], human: [], turns: 1 },
    ],
    [
      'a message at 23:59 answered at 00:00:30: counted on its own day',
      [msg(w, 24 * 60 * MIN - MIN, 'customer'), msg(w, 24 * 60 * MIN + 30 * S, 'ai')],
      { ai: [90 * S], human: [], turns: 0 },
    ],
    [
      'a message after midnight opens no turn of this day',
      [msg(w, 24 * 60 * MIN + MIN, 'customer')],
      { ai: [], human: [], turns: 0 },
    ],
    ['a reaction asks for nothing', [msg(w, 0, 'customer', { reaction: true })], { ai: [], human: [], turns: 0 }],
    ['a reply with nothing to answer is not timed', [msg(w, 0, 'staff')], { ai: [], human: [], turns: 0 }],
    [
      'a reply at the same instant as the message still answers it',
      [msg(w, 5 * S, 'ai'), msg(w, 5 * S, 'customer')],
      { ai: [0], human: [], turns: 0 },
    ],
  ])('%s', (_, messages, expected) => {
    const times = responseTimes(messages, w);
    expect({ ai: times.ai, human: times.human, turns: times.unansweredTurns }).toEqual(expected);
  });

  it('an unanswered burst counts one turn and all its messages', () => {
    const times = responseTimes([msg(w, 0, 'customer'), msg(w, S, 'customer'), msg(w, 2 * S, 'customer')], w);
    expect([times.unansweredTurns, times.unansweredMessages]).toEqual([1, 3]);
  });
});

describe('computeDay', () => {
  const base = {
    timezone: 'Asia/Dubai',
    conversations: [],
    bookings: bookingDay([], DUBAI),
    usage: undefined,
    now: new Date(),
  };

  it('an empty day: zeros, no response figures, no handoff rate', () => {
    const day = computeDay({ ...base, window: DUBAI, messages: [] });
    expect(day.conversations).toEqual({ active: 0, new: 0 });
    expect(day.messages).toEqual({ inbound: 0, ai: 0, staff: 0, system: 0 });
    expect(day.byChannel).toEqual({});
    expect(day.firstResponse.ai).toEqual({ count: 0, medianMs: null, p90Ms: null, meanMs: null });
    expect(day.handoffs).toEqual({ count: 0, takeovers: 0, byReason: {}, rate: null, aiConversations: 0 });
    expect(day.unanswered).toEqual({ turns: 0, messages: 0 });
    expect(day.llm.costUsd).toBe(0);
    expect([day.date, day.start, day.end]).toEqual(['2026-12-01', DUBAI.start, DUBAI.end]);
  });

  it('a busy day: counts by channel, handoffs and their rate, failures', () => {
    const w = DUBAI;
    const tg = { channel: 'telegram' as const, conversation: 'c2' };
    const messages = [
      // c1 on WhatsApp: a burst, the AI answers, then hands off; staff reply; a send fails.
      msg(w, 0, 'customer'),
      msg(w, 2 * S, 'customer'),
      msg(w, 4 * S, 'customer'),
      msg(w, 10 * S, 'ai'),
      msg(w, MIN, 'customer'),
      msg(w, MIN + 5 * S, 'ai', { handoff: 'complaint' }),
      msg(w, 10 * MIN, 'staff', { failed: true }),
      // c2 on Telegram: the AI answers; a later message's reply failed and it waits.
      msg(w, 0, 'customer', tg),
      msg(w, 3 * S, 'ai', tg),
      msg(w, 2 * 60 * MIN, 'customer', { ...tg, replyFailed: true }),
      // c3 on WhatsApp: handed off for an emergency straight away.
      msg(w, 0, 'customer', { conversation: 'c3' }),
      msg(w, S, 'ai', { conversation: 'c3', handoff: 'emergency' }),
      msg(w, 2 * S, 'system', { conversation: 'c3' }),
      // Yesterday's conversation answered after midnight: outside the day, read for late replies only.
      msg(w, -MIN, 'customer', { conversation: 'c4' }),
      msg(w, 24 * 60 * MIN + MIN, 'staff', { conversation: 'c5' }),
    ].filter((m) => m.createdAt >= w.start);
    const conversations = [
      { channel: 'telegram' as const, createdAt: w.start },
      { channel: 'whatsapp-meta' as const, createdAt: new Date(w.start.getTime() - 1) },
    ];
    const day = computeDay({ ...base, window: w, messages, conversations });
    expect(day.conversations).toEqual({ active: 3, new: 1 });
    expect(day.messages).toEqual({ inbound: 7, ai: 4, staff: 1, system: 1 });
    expect(day.byChannel['whatsapp-meta']).toEqual({
      conversations: 2,
      newConversations: 0,
      inbound: 5,
      ai: 3,
      staff: 1,
      system: 1,
      failedSends: 1,
    });
    expect(day.byChannel.telegram).toMatchObject({ conversations: 1, newConversations: 1, inbound: 2, ai: 1 });
    expect(day.handoffs).toEqual({
      count: 2,
      takeovers: 0,
      byReason: { complaint: 1, emergency: 1 },
      rate: 2 / 3,
      aiConversations: 3,
    });
    expect(day.failed).toEqual({ sends: 1, replies: 1 });
    expect(day.unanswered).toEqual({ turns: 1, messages: 1 });
    expect(day.firstResponse.ai).toEqual({ count: 4, medianMs: 3 * S, p90Ms: 10 * S, meanMs: 4_750 });
    expect(day.firstResponse.human.count).toBe(0);
  });

  it('a 23-hour day (Madrid, spring forward) counts 00:30 and 23:30 local, and not the next day', () => {
    const w = MADRID_SPRING;
    const localHalfPastMidnight = 30 * MIN;
    const localHalfPastEleven = (23 - 1) * 60 * MIN + 30 * MIN; // 23:30 is 22.5 h after midnight on this day
    const messages = [
      msg(w, localHalfPastMidnight, 'customer'),
      msg(w, localHalfPastMidnight + 20 * S, 'ai'),
      msg(w, localHalfPastEleven, 'customer', { conversation: 'c2' }),
      msg(w, 23 * 60 * MIN + 10 * MIN, 'customer', { conversation: 'c3' }), // 00:10 on the 30th
    ];
    const day = computeDay({ ...base, timezone: 'Europe/Madrid', window: w, messages });
    expect(new Date(w.start.getTime() + localHalfPastEleven).toISOString()).toBe('2026-03-29T21:30:00.000Z');
    expect(day.messages.inbound).toBe(2);
    expect(day.conversations.active).toBe(2);
    expect(day.unanswered.turns).toBe(1);
    expect(day.firstResponse.ai.medianMs).toBe(20 * S);
  });

  it('copies the day\u2019s LLM totals and staff takeovers', () => {
    const usage = {
      date: '2026-12-01',
      timezone: 'Asia/Dubai',
      replies: 9,
      handoffs: 1,
      takeovers: 2,
      aiReplies: 7,
      calls: 11,
      inputTokens: 12_000,
      outputTokens: 900,
      cacheReadTokens: 8_000,
      cacheWriteTokens: 2_000,
      costUsd: 0.0421,
      unpriced: 0,
      byProvider: {
        anthropic: {
          replies: 7,
          costUsd: 0.0421,
          inputTokens: 12_000,
          outputTokens: 900,
          cacheReadTokens: 8_000,
          cacheWriteTokens: 2_000,
        },
      },
      updatedAt: new Date(),
    };
    const day = computeDay({ ...base, window: DUBAI, messages: [], usage });
    expect(day.llm).toEqual({
      costUsd: 0.0421,
      calls: 11,
      replies: 9,
      aiReplies: 7,
      inputTokens: 12_000,
      outputTokens: 900,
      cacheReadTokens: 8_000,
      cacheWriteTokens: 2_000,
      byProvider: usage.byProvider,
    });
    expect(day.handoffs.takeovers).toBe(2);
  });
});

describe('bookingDay', () => {
  const w = DUBAI;
  const at = (offsetMs: number) => new Date(w.start.getTime() + offsetMs);
  const step = (offsetMs: number, to: AppointmentFact['status']): AppointmentFact['history'][number] => ({
    at: at(offsetMs),
    event: to,
    by: 'customer',
    from: null,
    to,
  });
  const appointment = (over: Partial<AppointmentFact>): AppointmentFact => ({
    source: 'dialogue',
    status: 'confirmed',
    price: 100,
    currency: 'AED',
    payments: [],
    refunds: [],
    history: [step(MIN, 'held'), step(2 * MIN, 'confirmed')],
    updatedAt: at(2 * MIN),
    ...over,
  });

  it.each<[string, AppointmentFact[], Partial<ReturnType<typeof bookingDay>>]>([
    ['nothing booked', [], { ai: 0, staff: 0, api: 0, cancelled: 0, byCurrency: {} }],
    [
      'the AI (dialogue and tools) and staff book; an integration too',
      [
        appointment({}),
        appointment({ source: 'assistant', price: 250.5 }),
        appointment({ source: 'staff', price: 80 }),
        appointment({ source: 'api', price: 40 }),
      ],
      { ai: 2, staff: 1, api: 1, byCurrency: { AED: { booked: 470.5, depositsPaid: 0, refunded: 0 } } },
    ],
    [
      'a lapsed hold is neither a booking nor a cancellation',
      [
        appointment({
          status: 'cancelled',
          history: [step(MIN, 'held'), step(20 * MIN, 'cancelled')],
        }),
      ],
      { ai: 0, cancelled: 0, byCurrency: {} },
    ],
    [
      'booked and cancelled the same day: counted, cancelled, its price not booked',
      [
        appointment({
          status: 'cancelled',
          history: [step(MIN, 'confirmed'), step(3 * MIN, 'cancelled')],
        }),
      ],
      { ai: 1, cancelled: 1 },
    ],
    [
      'booked yesterday, deposit paid today, a refund made today and one not made yet',
      [
        appointment({
          status: 'awaiting_payment',
          history: [step(-MIN, 'awaiting_payment')],
          payments: [{ amount: 30, at: at(MIN), reference: 'cs_1' }],
          refunds: [
            { amount: 10, at: at(2 * MIN), reason: 'customer_cancelled', paymentReference: 'cs_1', reference: 're_1' },
            { amount: 5, at: at(3 * MIN), reason: 'customer_cancelled', paymentReference: 'cs_1' },
          ],
        }),
      ],
      { ai: 0, byCurrency: { AED: { booked: 0, depositsPaid: 30, refunded: 10 } } },
    ],
    [
      'waiting for approval counts as booked; currencies kept apart',
      [
        appointment({ status: 'pending_approval', history: [step(MIN, 'pending_approval')] }),
        appointment({ currency: 'USD', price: 0.1 }),
        appointment({ currency: 'USD', price: 0.2 }),
      ],
      {
        ai: 3,
        byCurrency: {
          AED: { booked: 100, depositsPaid: 0, refunded: 0 },
          USD: { booked: 0.3, depositsPaid: 0, refunded: 0 },
        },
      },
    ],
    [
      'booked after midnight: another day',
      [appointment({ history: [step(24 * 60 * MIN, 'confirmed')] })],
      { ai: 0, byCurrency: {} },
    ],
  ])('%s', (_, appointments, expected) => {
    expect(bookingDay(appointments, w)).toEqual({ ai: 0, staff: 0, api: 0, cancelled: 0, byCurrency: {}, ...expected });
  });
});
