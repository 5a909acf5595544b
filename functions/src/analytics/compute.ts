/**
 * A day's metrics from what was stored that day: pure, so the maths is a
 * table test (compute.test.ts). analytics/rollup.ts reads the inputs and
 * writes the result.
 */
import type { ChannelType } from '../domain/business.js';
import type { HandoffReason } from '../domain/conversation.js';
import type { ChannelDay, DailyMetricsDoc, DailyUsageDoc } from '../store/documents.js';
import { type BookingDay } from './bookings.js';
import type { DayWindow } from './day-window.js';
import { type ConversationFact, type MessageFact, within } from './facts.js';
import { responseTimes } from './responses.js';
import { summarize } from './stats.js';

/** Bumped when a metric's definition changes (DailyMetricsDoc.version). */
export const METRICS_VERSION = 2;

export interface DayInput {
  window: DayWindow;
  timezone: string;
  /** Messages created from the day's start to an hour past its end (replies to late turns), any order. */
  messages: readonly MessageFact[];
  /** Conversations created during the day. */
  conversations: readonly ConversationFact[];
  bookings: BookingDay;
  usage: DailyUsageDoc | undefined;
  now: Date;
}

const emptyChannel = (): ChannelDay => ({
  conversations: 0,
  newConversations: 0,
  inbound: 0,
  ai: 0,
  staff: 0,
  system: 0,
  failedSends: 0,
});

export function computeDay(input: DayInput): DailyMetricsDoc {
  const { window } = input;
  const today = input.messages.filter((m) => within(m.createdAt, window));
  const byChannel: Partial<Record<ChannelType, ChannelDay>> = {};
  const channel = (type: ChannelType) => (byChannel[type] ??= emptyChannel());
  const messages = { inbound: 0, ai: 0, staff: 0, system: 0 };
  const active = new Map<string, ChannelType>();
  const byReason: Partial<Record<HandoffReason, number>> = {};
  const aiConversations = new Set<string>();
  const handedOff = new Set<string>();
  let failedSends = 0;
  let failedReplies = 0;
  let handoffs = 0;

  for (const m of today) {
    const c = channel(m.channel);
    active.set(m.conversationId, m.channel);
    if (m.direction === 'in') {
      if (m.author === 'customer') {
        messages.inbound += 1;
        c.inbound += 1;
      }
      if (m.processing?.state === 'failed') failedReplies += 1;
    } else if (m.author !== 'customer') {
      messages[m.author] += 1;
      c[m.author] += 1;
      if (m.delivery?.status === 'failed') {
        failedSends += 1;
        c.failedSends += 1;
      }
    }
    if (m.author === 'ai') aiConversations.add(m.conversationId);
    const reason = m.ai?.handoff?.reason;
    if (reason) {
      handoffs += 1;
      byReason[reason] = (byReason[reason] ?? 0) + 1;
      handedOff.add(m.conversationId);
    }
  }
  for (const type of active.values()) channel(type).conversations += 1;
  const started = input.conversations.filter((c) => c.createdAt && within(c.createdAt, window));
  for (const c of started) channel(c.channel).newConversations += 1;

  const times = responseTimes(input.messages, window);
  const usage = input.usage;
  return {
    date: window.date,
    timezone: input.timezone,
    start: window.start,
    end: window.end,
    computedAt: input.now,
    version: METRICS_VERSION,
    conversations: { active: active.size, new: started.length },
    messages,
    byChannel,
    firstResponse: { ai: summarize(times.ai), human: summarize(times.human) },
    unanswered: { turns: times.unansweredTurns, messages: times.unansweredMessages },
    failed: { sends: failedSends, replies: failedReplies },
    handoffs: {
      count: handoffs,
      takeovers: usage?.takeovers ?? 0,
      byReason,
      rate: aiConversations.size ? handedOff.size / aiConversations.size : null,
      aiConversations: aiConversations.size,
    },
    bookings: input.bookings,
    llm: {
      costUsd: usage?.costUsd ?? 0,
      calls: usage?.calls ?? 0,
      replies: usage?.replies ?? 0,
      aiReplies: usage?.aiReplies ?? 0,
      inputTokens: usage?.inputTokens ?? 0,
      outputTokens: usage?.outputTokens ?? 0,
      cacheReadTokens: usage?.cacheReadTokens ?? 0,
      cacheWriteTokens: usage?.cacheWriteTokens ?? 0,
      byProvider: usage?.byProvider ?? {},
    },
  };
}
