/** Summaries of durations: count, nearest-rank median and 90th percentile, mean. */
import type { ResponseStats } from '../store/documents.js';

/**
 * The nearest-rank percentile (the smallest value with at least p% of the
 * values at or below it): always one of the values, so a median of response
 * times is a response that happened, and small samples need no interpolation.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

export function summarize(durations: readonly number[]): ResponseStats {
  const sorted = [...durations].sort((a, b) => a - b);
  const total = sorted.reduce((sum, d) => sum + d, 0);
  return {
    count: sorted.length,
    medianMs: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    meanMs: sorted.length ? Math.round(total / sorted.length) : null,
  };
}
