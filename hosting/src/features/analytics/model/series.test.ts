import { Timestamp } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import type { DailyMetricsDoc } from '../../../shared/firebase/documents';
import { channelsIn, datesOf, dayRows, formatSeconds, lastDays, rangeProblem, totalsOf } from './series';

const stats = (medianMs: number | null) => ({
  count: medianMs === null ? 0 : 3,
  medianMs,
  p90Ms: medianMs,
  meanMs: medianMs,
});
function day(date: string, over: Partial<DailyMetricsDoc> = {}): DailyMetricsDoc {
  const t = Timestamp.fromDate(new Date(`${date}T00:00:00Z`));
  return {
    date,
    timezone: 'Asia/Dubai',
    start: t,
    end: t,
    computedAt: t,
    version: 1,
    conversations: { active: 3, new: 1 },
    messages: { inbound: 5, ai: 4, staff: 1, system: 0 },
    byChannel: {
      'whatsapp-meta': {
        conversations: 2,
        newConversations: 1,
        inbound: 4,
        ai: 3,
        staff: 1,
        system: 0,
        failedSends: 1,
      },
      telegram: { conversations: 1, newConversations: 0, inbound: 1, ai: 1, staff: 0, system: 0, failedSends: 0 },
    },
    firstResponse: { ai: stats(12_340), human: stats(null) },
    unanswered: { turns: 1, messages: 2 },
    failed: { sends: 1, replies: 0 },
    handoffs: { count: 1, takeovers: 2, byReason: { complaint: 1 }, rate: 1 / 3, aiConversations: 3 },
    bookings: {
      ai: 2,
      staff: 1,
      api: 0,
      cancelled: 0,
      byCurrency: { AED: { booked: 300, depositsPaid: 50, refunded: 0 } },
    },
    llm: {
      costUsd: 0.25,
      calls: 5,
      replies: 4,
      aiReplies: 4,
      inputTokens: 1000,
      outputTokens: 100,
      cacheReadTokens: 50,
      cacheWriteTokens: 0,
      byProvider: {},
    },
    ...over,
  };
}

describe('ranges', () => {
  it.each([
    [{ from: '2026-11-28', to: '2026-12-01' }, ['2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01']],
    [{ from: '2026-12-01', to: '2026-12-01' }, ['2026-12-01']],
    [{ from: '2026-03-28', to: '2026-03-30' }, ['2026-03-28', '2026-03-29', '2026-03-30']],
    [{ from: '2026-12-02', to: '2026-12-01' }, []],
  ])('datesOf %j', (range, dates) => expect(datesOf(range)).toEqual(dates));

  it('the last n days end yesterday', () =>
    expect(lastDays('2026-12-01', 7)).toEqual({ from: '2026-11-24', to: '2026-11-30' }));

  it.each([
    [{ from: '2026-11-01', to: '2026-11-30' }, undefined],
    [{ from: '', to: '2026-11-30' }, 'Pick both dates.'],
    [{ from: '2026-12-01', to: '2026-11-30' }, 'The first day is after the last.'],
    [{ from: '2026-01-01', to: '2026-11-30' }, 'Pick at most 92 days.'],
  ])('rangeProblem %j', (range, problem) => expect(rangeProblem(range)).toBe(problem));
});

describe('dayRows', () => {
  it('one row per day; a day without a rollup is a gap, not zeros', () => {
    const rows = dayRows({ from: '2026-11-29', to: '2026-11-30' }, [day('2026-11-30')], 'AED');
    expect(rows.map((r) => [r.date, r.computed])).toEqual([
      ['2026-11-29', false],
      ['2026-11-30', true],
    ]);
    expect(rows[0]).toMatchObject({
      messages: null,
      aiMedianS: null,
      handoffs: null,
      costUsd: null,
      conversations: {},
    });
    expect(rows[1]).toMatchObject({
      conversations: { 'whatsapp-meta': 2, telegram: 1 },
      messages: { inbound: 5, ai: 4, staff: 1 },
      aiMedianS: 12.3,
      humanMedianS: null,
      handoffRatePct: 33.3,
      takeovers: 2,
      bookingsAi: 2,
      bookingsStaff: 1,
      booked: 300,
      deposits: 50,
      tokens: 1150,
      unanswered: 1,
      failedSends: 1,
    });
  });

  it('money in another currency is not mixed in', () => {
    const [row] = dayRows({ from: '2026-11-30', to: '2026-11-30' }, [day('2026-11-30')], 'USD');
    expect([row?.booked, row?.deposits]).toEqual([0, 0]);
  });

  it('a day the AI handled nothing has no handoff rate', () => {
    const none = day('2026-11-30', { handoffs: { count: 0, byReason: {}, rate: null, aiConversations: 0 } });
    expect(dayRows({ from: '2026-11-30', to: '2026-11-30' }, [none], 'AED')[0]?.handoffRatePct).toBeNull();
  });
});

describe('totals and channels', () => {
  it('adds the days up, handoff reasons by reason; a day rolled up before takeovers were counted adds none', () => {
    const docs = [
      day('2026-11-29'),
      // A version-1 rollup: no takeovers field.
      day('2026-11-30', {
        handoffs: { count: 2, byReason: { complaint: 1, requested: 1 }, rate: 0.5, aiConversations: 4 },
      }),
    ];
    expect(totalsOf(docs, 'AED')).toEqual({
      days: 2,
      conversations: 6,
      inbound: 10,
      handoffs: 3,
      takeovers: 2,
      byReason: { complaint: 2, requested: 1 },
      bookingsAi: 4,
      bookingsStaff: 2,
      booked: 600,
      deposits: 100,
      costUsd: 0.5,
      unanswered: 2,
      failedSends: 2,
    });
    expect(channelsIn(docs)).toEqual(['telegram', 'whatsapp-meta']);
  });

  it.each([
    [null, '—'],
    [12.3, '12 s'],
    [95, '1.6 min'],
    [3 * 3600, '3 h'],
  ])('formatSeconds(%s) = %s', (s, text) => expect(formatSeconds(s)).toBe(text));
});
