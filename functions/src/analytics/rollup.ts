/**
 * Daily metrics rollups on the store port: reads what the pipelines stored
 * for one local day of one business, computes the day (compute.ts) and
 * writes it whole to businesses/{b}/dailyMetrics/{date}. The id is the
 * date, so a run again — the schedule's, an owner's recompute, the
 * `analytics:rollup` script — replaces the day instead of adding to it.
 *
 * Reads per day: the day's messages (plus an hour, for replies to late
 * turns), the conversations begun that day, the appointments changed since
 * the day began, and the day's usage totals — each a single-field range
 * query, so no composite index is needed. Nothing is written on the reply
 * pipeline's path for analytics (docs/dashboard.md, "Analytics").
 */
import { NotFoundError, ValidationError, describeError } from '../errors.js';
import type { Deps } from '../pipeline/deps.js';
import { at, defs } from '../store/collections.js';
import { collection } from '../store/database.js';
import type { DailyMetricsDoc } from '../store/documents.js';
import { appointmentsOf, bookingDay } from './bookings.js';
import { computeDay, METRICS_VERSION } from './compute.js';
import { dayWindow, dueDates, isCalendarDate, isFinal, RESPONSE_HORIZON_MS } from './day-window.js';

/** Computes and stores one business's metrics for one local day (YYYY-MM-DD) that has ended. */
export async function rollupDay(deps: Deps, businessId: string, date: string): Promise<DailyMetricsDoc> {
  if (!isCalendarDate(date)) throw new ValidationError(`"${date}" is not a date written YYYY-MM-DD.`);
  const business = await deps.db.get(at.business(businessId));
  if (!business) throw new NotFoundError(`There is no business "${businessId}".`);
  const timezone = business.profile.timezone;
  const window = dayWindow(date, timezone);
  const now = deps.now();
  if (now < window.end) throw new ValidationError(`${date} has not ended yet in ${timezone}.`);
  const replyHorizon = new Date(window.end.getTime() + RESPONSE_HORIZON_MS);
  const [messages, conversations, appointments, usage] = await Promise.all([
    deps.db.query(at.messages(businessId), {
      where: [
        ['createdAt', '>=', window.start],
        ['createdAt', '<', replyHorizon],
      ],
    }),
    deps.db.query(at.conversations(businessId), {
      where: [
        ['createdAt', '>=', window.start],
        ['createdAt', '<', window.end],
      ],
    }),
    deps.db.query(appointmentsOf(businessId), { where: [['updatedAt', '>=', window.start]] }),
    deps.db.get(at.dailyUsage(businessId, date)),
  ]);
  const facts = [];
  for (const { data } of appointments) {
    if (data.ok) facts.push(data.fact);
    else deps.log.warn('analytics: appointment skipped', { businessId, path: data.path, problem: data.problem });
  }
  const metrics = computeDay({
    window,
    timezone,
    messages: messages.map((s) => s.data),
    conversations: conversations.map((s) => s.data),
    bookings: bookingDay(facts, window),
    usage,
    now,
  });
  await deps.db.set(at.dailyMetrics(businessId, date), metrics);
  return metrics;
}

export interface RollupReport {
  computed: { businessId: string; date: string }[];
  upToDate: number;
  failed: { businessId: string; date?: string; error: string }[];
}

/**
 * The schedule's run: for every business, the days due in its own time
 * zone (dueDates) whose metrics are missing, were computed before they
 * could be final, or by an older definition. One business's failure is
 * logged and reported; the others go on.
 */
export async function rollupDue(deps: Deps): Promise<RollupReport> {
  const report: RollupReport = { computed: [], upToDate: 0, failed: [] };
  const businesses = await deps.db.query(collection(defs.businesses)).catch((err: unknown) => {
    report.failed.push({ businessId: '*', error: describeError(err) });
    return [];
  });
  for (const { ref, data } of businesses) {
    for (const date of dueDates(deps.now(), data.profile.timezone)) {
      try {
        const existing = await deps.db.get(at.dailyMetrics(ref.id, date));
        const final =
          existing &&
          existing.version === METRICS_VERSION &&
          isFinal(dayWindow(date, data.profile.timezone), existing.computedAt);
        if (final) {
          report.upToDate += 1;
          continue;
        }
        await rollupDay(deps, ref.id, date);
        report.computed.push({ businessId: ref.id, date });
      } catch (err) {
        deps.log.error('analytics: rollup failed', { businessId: ref.id, date, error: describeError(err) });
        report.failed.push({ businessId: ref.id, date, error: describeError(err) });
      }
    }
  }
  return report;
}
