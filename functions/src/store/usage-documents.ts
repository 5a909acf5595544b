/** The shape of a business's daily totals (businesses/{b}/dailyUsage/{YYYY-MM-DD}). */

/**
 * A business's totals for one day in its time zone (dailyUsage/{YYYY-MM-DD}),
 * added to by every reply in the reply's own transaction: what the dashboard
 * charts and the daily report sums. Token counts are those the vendors
 * billed (cache reads and writes apart); cost in USD from the dated price
 * table (domain/llm-pricing.ts).
 */
export interface DailyUsageDoc {
  date: string;
  timezone: string;
  /** Replies written, by any responder, and how many handed the conversation to staff. */
  replies: number;
  handoffs: number;
  /**
   * Conversations staff took over from the AI (the dashboard's "Take over"),
   * counted when the takeover happens: the conversation itself keeps only its
   * latest handoff. Absent on days before it was counted.
   */
  takeovers?: number;
  /** Replies a model wrote (the rest came from the offline responder or a fixed sentence). */
  aiReplies: number;
  /** Model calls made (tool rounds, regenerations and failed billed attempts included). */
  calls: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  costUsd: number;
  /** Replies that used a model missing from the price table (costed at 0). */
  unpriced: number;
  /** What staff's own use of the assistant cost (included in the totals above; not replies). */
  assistant?: Partial<Record<'tryIt' | 'translation', { calls: number; costUsd: number }>>;
  /** The same by the provider that answered (`anthropic`, `openai`, `offline`, …). */
  byProvider: Record<string, ProviderUsage>;
  /** Set once the day's spend reached the business's budget, and when the owner was told. */
  budget?: { limitUsd: number; reachedAt: Date; notifiedAt?: Date | null } | null;
  updatedAt: Date;
}

export interface ProviderUsage {
  replies: number;
  costUsd: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
}
