/** Entry of the daily metrics: the hourly rollup schedule and the owners' `analytics` callable. */
import type { CallableRequest } from 'firebase-functions/v2/https';
import { analyticsActions } from '../analytics/actions.js';
import { rollupDue } from '../analytics/rollup.js';
import { serveCall } from './callables.js';
import { runtimeDeps } from './runtime.js';

export async function run() {
  const deps = runtimeDeps();
  const report = await rollupDue(deps);
  deps.log.info('analytics rollup', { computed: report.computed, upToDate: report.upToDate, failed: report.failed });
  return report;
}

export const handleAnalytics = (request: Pick<CallableRequest, 'auth' | 'data'>) =>
  serveCall(analyticsActions, runtimeDeps(), request);
