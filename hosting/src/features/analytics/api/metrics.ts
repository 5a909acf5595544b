/**
 * The business's daily metrics for a range of dates, live: the rollup
 * documents (businesses/{b}/dailyMetrics/{date}) as the functions write
 * them, so a recompute shows at once. One range query on `date`.
 */
import { collection, orderBy, query, where } from 'firebase/firestore';
import { useMemo } from 'react';
import { db } from '../../../shared/firebase/app';
import type { DailyMetricsDoc } from '../../../shared/firebase/documents';
import { callAnalytics } from '../../../shared/firebase/functions';
import { useLiveQuery } from '../../../shared/firebase/live';
import type { DateRange } from '../model/series';

export function useDailyMetrics(businessId: string, range: DateRange | null) {
  const q = useMemo(
    () =>
      range
        ? query(
            collection(db, 'businesses', businessId, 'dailyMetrics'),
            where('date', '>=', range.from),
            where('date', '<=', range.to),
            orderBy('date'),
          )
        : null,
    [businessId, range],
  );
  return useLiveQuery<DailyMetricsDoc>(q);
}

/** Owners: compute a past day again (functions/src/analytics/actions.ts). */
export const recomputeDay = (businessId: string, date: string) =>
  callAnalytics<{ date: string; computedAt: string }>('recompute', { businessId, date });
