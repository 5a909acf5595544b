/**
 * A business's daily totals (businesses/{b}/dailyUsage/{YYYY-MM-DD}, the
 * date in its own time zone): every reply adds its tokens and cost in its
 * own commit, with increments (no read, so replies of different
 * conversations never contend on it inside their transactions). The
 * dashboard charts them and the daily report sums them; the reply pipeline
 * reads today's spend for the daily LLM budget.
 *
 * One document per business per day is written once per reply: far below
 * Firestore's sustained rate for one document at a small business's volume.
 */
import { wallClock } from '../domain/hours.js';
import { describeError } from '../errors.js';
import type { ReplyResult, ReplyUsage } from '../responders/responder.js';
import { at } from '../store/collections.js';
import { FieldOp, type MergeData, type Writer } from '../store/database.js';
import type { DailyUsageDoc } from '../store/documents.js';
import type { Deps } from './deps.js';

/** The business's local date of an instant: the daily totals' id. */
export const localDate = (now: Date, timezone: string): string => wallClock(now, timezone).date;

/** What answered a reply, as the totals group it: the provider ('anthropic', 'openai') or the responder ('offline'). */
export function providerOf(reply: ReplyResult): string {
  const answered = reply.attempts?.find((a) => a.outcome === 'answered');
  const name = answered?.provider ?? reply.responder.split(':')[0] ?? 'unknown';
  return /^[a-z0-9_-]{1,40}$/.test(name) ? name : 'other';
}

/** The business's LLM spend so far today (its time zone). */
export async function spentToday(deps: Deps, businessId: string, timezone: string, now: Date): Promise<number> {
  const totals = await deps.db.get(at.dailyUsage(businessId, localDate(now, timezone)));
  return totals?.costUsd ?? 0;
}

const n = (value: number | undefined) => FieldOp.increment(value ?? 0);

/** The increments for what model calls cost: the day's totals and the provider's. */
function spendFields(usage: ReplyUsage | undefined, provider: string, replies: number) {
  const tokens = {
    inputTokens: n(usage?.inputTokens),
    outputTokens: n(usage?.outputTokens),
    cacheReadTokens: n(usage?.cacheReadTokens),
    cacheWriteTokens: n(usage?.cacheWriteTokens),
  };
  return {
    calls: n(usage?.calls),
    ...tokens,
    costUsd: n(usage?.costUsd),
    unpriced: FieldOp.increment(usage?.priced === false ? 1 : 0),
    byProvider: { [provider]: { replies: FieldOp.increment(replies), costUsd: n(usage?.costUsd), ...tokens } },
  };
}

/** Adds one reply to the day's totals, as part of the reply's own writes. */
export function addReplyUsage(
  writer: Writer,
  businessId: string,
  timezone: string,
  reply: ReplyResult,
  now: Date,
): void {
  const modelAnswered = reply.attempts?.some((a) => a.outcome === 'answered') ?? false;
  const date = localDate(now, timezone);
  const data: MergeData<DailyUsageDoc> = {
    date,
    timezone,
    replies: FieldOp.increment(1),
    handoffs: FieldOp.increment(reply.handoff ? 1 : 0),
    aiReplies: FieldOp.increment(modelAnswered ? 1 : 0),
    ...spendFields(reply.usage, providerOf(reply), 1),
    updatedAt: now,
  };
  writer.merge(at.dailyUsage(businessId, date), data);
}

/**
 * Adds what staff's own use of the assistant cost (a try-it answer, a
 * translation) to the day's totals: the same LLM spend, so the daily budget
 * and the charts count it, but no customer reply; `assistant` keeps it apart.
 */
export async function addAssistantUsage(
  deps: Deps,
  businessId: string,
  timezone: string,
  use: { usage: ReplyUsage; provider: string; kind: 'tryIt' | 'translation' },
  now: Date,
): Promise<void> {
  if (!use.usage.calls && !use.usage.costUsd) return;
  const date = localDate(now, timezone);
  try {
    await deps.db.merge(at.dailyUsage(businessId, date), {
      date,
      timezone,
      ...spendFields(use.usage, /^[a-z0-9_-]{1,40}$/.test(use.provider) ? use.provider : 'other', 0),
      assistant: { [use.kind]: { calls: n(use.usage.calls), costUsd: n(use.usage.costUsd) } },
      updatedAt: now,
    } as MergeData<DailyUsageDoc>);
  } catch (err) {
    // The answer was paid for and is shown; failing to count it must not take it from staff.
    deps.log.warn('assistant usage not counted', { businessId, kind: use.kind, error: describeError(err) });
  }
}

/** Adds a conversation staff took over from the AI to the day's totals. */
export function countTakeover(writer: Writer, businessId: string, timezone: string, now: Date): void {
  const date = localDate(now, timezone);
  writer.merge(at.dailyUsage(businessId, date), {
    date,
    timezone,
    takeovers: FieldOp.increment(1),
    updatedAt: now,
  } as MergeData<DailyUsageDoc>);
}

/**
 * Notes that the day's spend reached the budget, once: returns true for
 * the one caller that noted it (which tells the owner), false for the rest.
 */
export async function noteBudgetReached(
  deps: Deps,
  businessId: string,
  timezone: string,
  limitUsd: number,
  now: Date,
  tell: (writer: Writer, date: string) => void,
): Promise<boolean> {
  const ref = at.dailyUsage(businessId, localDate(now, timezone));
  return deps.db.transaction(async (tx) => {
    const totals = await tx.get(ref);
    if (totals?.budget?.notifiedAt) return false;
    tx.merge(ref, { budget: { limitUsd, reachedAt: totals?.budget?.reachedAt ?? now, notifiedAt: now } });
    tell(tx, localDate(now, timezone));
    return true;
  });
}
