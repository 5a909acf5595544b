/**
 * The daily metrics documents turned into chart rows: one row per day of
 * the chosen range (a day without a rollup is a gap, not a zero), totals
 * for the range, and the range itself in the business's time zone. Pure,
 * so it is tested without a browser (series.test.ts).
 */
import type { ChannelType } from '../../../../../functions/src/domain/business';
import type { HandoffReason } from '../../../../../functions/src/domain/conversation';
import { addDays } from '../../../../../functions/src/domain/clock';
import type { DailyMetricsDoc } from '../../../shared/firebase/documents';

export interface DateRange {
  from: string;
  to: string;
}

export const MAX_RANGE_DAYS = 92;

/** Every date from `from` to `to`, both included. */
export function datesOf(range: DateRange): string[] {
  const dates: string[] = [];
  for (let d = range.from; d <= range.to && dates.length <= MAX_RANGE_DAYS; d = addDays(d, 1)) dates.push(d);
  return dates;
}

/** The last `days` days that have ended, `today` being the business's local date. */
export const lastDays = (today: string, days: number): DateRange => ({
  from: addDays(today, -days),
  to: addDays(today, -1),
});

/** Why a range cannot be shown, or undefined when it can. */
export function rangeProblem(range: DateRange): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(range.from) || !/^\d{4}-\d{2}-\d{2}$/.test(range.to)) return 'Pick both dates.';
  if (range.from > range.to) return 'The first day is after the last.';
  if (datesOf(range).length > MAX_RANGE_DAYS) return `Pick at most ${MAX_RANGE_DAYS} days.`;
  return undefined;
}

/** One day of the charts; null where the day has no rollup. */
export interface DayRow {
  date: string;
  /** Short label for the axis, e.g. "1 Dec". */
  label: string;
  computed: boolean;
  conversations: Partial<Record<ChannelType, number>>;
  messages: { inbound: number; ai: number; staff: number } | null;
  /** Response times in seconds (charts read seconds better than milliseconds). */
  aiMedianS: number | null;
  aiP90S: number | null;
  humanMedianS: number | null;
  humanP90S: number | null;
  handoffs: number | null;
  /** Conversations staff took over from the AI (0 on days rolled up before they were counted). */
  takeovers: number | null;
  /** Percent of the conversations the AI handled. */
  handoffRatePct: number | null;
  bookingsAi: number | null;
  bookingsStaff: number | null;
  booked: number | null;
  deposits: number | null;
  costUsd: number | null;
  tokens: number | null;
  unanswered: number | null;
  failedSends: number | null;
}

const seconds = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : Math.round(ms / 100) / 10);
const dayLabel = (date: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** Rows for every day of `range`, in order; `currency` picks the money shown (the business's own). */
export function dayRows(range: DateRange, docs: readonly DailyMetricsDoc[], currency: string): DayRow[] {
  const byDate = new Map(docs.map((d) => [d.date, d]));
  return datesOf(range).map((date) => {
    const d = byDate.get(date);
    const money = d?.bookings.byCurrency[currency];
    const conversations: Partial<Record<ChannelType, number>> = {};
    for (const [channel, day] of Object.entries(d?.byChannel ?? {}) as [ChannelType, { conversations: number }][]) {
      conversations[channel] = day.conversations;
    }
    return {
      date,
      label: dayLabel(date),
      computed: Boolean(d),
      conversations,
      messages: d ? { inbound: d.messages.inbound, ai: d.messages.ai, staff: d.messages.staff } : null,
      aiMedianS: seconds(d?.firstResponse.ai.medianMs),
      aiP90S: seconds(d?.firstResponse.ai.p90Ms),
      humanMedianS: seconds(d?.firstResponse.human.medianMs),
      humanP90S: seconds(d?.firstResponse.human.p90Ms),
      handoffs: d ? d.handoffs.count : null,
      takeovers: d ? (d.handoffs.takeovers ?? 0) : null,
      handoffRatePct: d?.handoffs.rate === null || d === undefined ? null : Math.round(d.handoffs.rate * 1000) / 10,
      bookingsAi: d ? d.bookings.ai : null,
      bookingsStaff: d ? d.bookings.staff : null,
      booked: d ? (money?.booked ?? 0) : null,
      deposits: d ? (money?.depositsPaid ?? 0) : null,
      costUsd: d ? d.llm.costUsd : null,
      tokens: d ? d.llm.inputTokens + d.llm.outputTokens + d.llm.cacheReadTokens + d.llm.cacheWriteTokens : null,
      unanswered: d ? d.unanswered.turns : null,
      failedSends: d ? d.failed.sends : null,
    };
  });
}

/** The channels that appear anywhere in the range, in a stable order. */
export function channelsIn(docs: readonly DailyMetricsDoc[]): ChannelType[] {
  return [...new Set(docs.flatMap((d) => Object.keys(d.byChannel) as ChannelType[]))].sort();
}

export interface Totals {
  days: number;
  conversations: number;
  inbound: number;
  handoffs: number;
  takeovers: number;
  byReason: Partial<Record<HandoffReason, number>>;
  bookingsAi: number;
  bookingsStaff: number;
  booked: number;
  deposits: number;
  costUsd: number;
  unanswered: number;
  failedSends: number;
}

export function totalsOf(docs: readonly DailyMetricsDoc[], currency: string): Totals {
  const t: Totals = {
    days: docs.length,
    conversations: 0,
    inbound: 0,
    handoffs: 0,
    takeovers: 0,
    byReason: {},
    bookingsAi: 0,
    bookingsStaff: 0,
    booked: 0,
    deposits: 0,
    costUsd: 0,
    unanswered: 0,
    failedSends: 0,
  };
  for (const d of docs) {
    t.conversations += d.conversations.active;
    t.inbound += d.messages.inbound;
    t.handoffs += d.handoffs.count;
    t.takeovers += d.handoffs.takeovers ?? 0;
    for (const [reason, n] of Object.entries(d.handoffs.byReason) as [HandoffReason, number][]) {
      t.byReason[reason] = (t.byReason[reason] ?? 0) + n;
    }
    t.bookingsAi += d.bookings.ai;
    t.bookingsStaff += d.bookings.staff;
    t.booked += d.bookings.byCurrency[currency]?.booked ?? 0;
    t.deposits += d.bookings.byCurrency[currency]?.depositsPaid ?? 0;
    t.costUsd += d.llm.costUsd;
    t.unanswered += d.unanswered.turns;
    t.failedSends += d.failed.sends;
  }
  return t;
}

/** A duration for people: "45 s", "3.5 min", "2.1 h". */
export function formatSeconds(s: number | null): string {
  if (s === null) return '—';
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 90 * 60) return `${Math.round(s / 6) / 10} min`;
  return `${Math.round(s / 360) / 10} h`;
}
