/** The shape of a business's daily metrics (businesses/{b}/dailyMetrics/{YYYY-MM-DD}). */
import type { ChannelType } from '../domain/business.js';
import type { HandoffReason } from '../domain/conversation.js';
import type { ProviderUsage } from './usage-documents.js';

/** Response times of one kind of responder over a day (nearest-rank percentiles; null on a day without any). */
export interface ResponseStats {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
  meanMs: number | null;
}

export interface ChannelDay {
  /** Conversations with a message that day, and those that began that day. */
  conversations: number;
  newConversations: number;
  inbound: number;
  /** Outbound messages by who wrote them. */
  ai: number;
  staff: number;
  system: number;
  /** Outbound messages whose delivery failed. */
  failedSends: number;
}

/** Bookings made that day and the money that moved, in one currency (major units). */
export interface MoneyDay {
  /** The price of the bookings made that day (still booked when computed). */
  booked: number;
  depositsPaid: number;
  refunded: number;
}

/**
 * One business's day, in its own time zone, computed from what the
 * pipelines already store (analytics/rollup.ts; docs/dashboard.md,
 * "Analytics"): written whole by every run, so recomputing a day replaces
 * it. Members read it; only the functions write it (firestore.rules).
 */
export interface DailyMetricsDoc {
  date: string;
  timezone: string;
  /** The local day as instants: [start, end); 23 or 25 hours long on a daylight-saving change. */
  start: Date;
  end: Date;
  computedAt: Date;
  /** Bumped when a metric's definition changes, so old days can be told apart and recomputed. */
  version: number;
  conversations: { active: number; new: number };
  messages: { inbound: number; ai: number; staff: number; system: number };
  byChannel: Partial<Record<ChannelType, ChannelDay>>;
  /** From a customer's turn (the first of a burst) to the first reply to it, by who replied. */
  firstResponse: { ai: ResponseStats; human: ResponseStats };
  /** Customer turns of the day still without a reply by AI or staff an hour after the day ended; their messages. */
  unanswered: { turns: number; messages: number };
  /** Outbound messages whose delivery failed, and customer messages whose reply failed for good. */
  failed: { sends: number; replies: number };
  handoffs: {
    /** Replies of the AI that handed the conversation to staff. */
    count: number;
    /** Conversations staff took over from the AI that day (not handoffs: the AI did not ask); absent before version 2. */
    takeovers?: number;
    byReason: Partial<Record<HandoffReason, number>>;
    /** Conversations the AI handed off, over those it answered or handed off that day (null: none). */
    rate: number | null;
    aiConversations: number;
  };
  bookings: {
    /** Bookings made that day, by who made them (the AI's dialogue or tools, staff, an integration's API). */
    ai: number;
    staff: number;
    api: number;
    cancelled: number;
    byCurrency: Record<string, MoneyDay>;
  };
  /** The reply pipeline's totals for the day (dailyUsage), copied. */
  llm: {
    costUsd: number;
    calls: number;
    replies: number;
    aiReplies: number;
    inputTokens: number;
    outputTokens: number;
    cacheReadTokens: number;
    cacheWriteTokens: number;
    byProvider: Record<string, ProviderUsage>;
  };
}
