/**
 * The `analytics` callable's actions: an owner recomputes a past day (after
 * fixing data, or when a metric's definition changed). Reading the metrics
 * needs no call: members read the rollup documents directly (firestore.rules).
 */
import { z } from 'zod';
import { type Action, InBusiness, memberAction, type MemberContext } from '../team/actions.js';
import { DATE_PATTERN } from './day-window.js';
import { rollupDay } from './rollup.js';

export const RecomputeInput = InBusiness.extend({ date: z.string().regex(DATE_PATTERN, 'must be YYYY-MM-DD') });

async function recompute(ctx: MemberContext, input: z.output<typeof RecomputeInput>) {
  const metrics = await rollupDay(ctx.deps, input.businessId, input.date);
  ctx.deps.log.info('analytics: day recomputed', {
    businessId: input.businessId,
    date: input.date,
    by: ctx.caller.uid,
  });
  return { date: metrics.date, computedAt: metrics.computedAt.toISOString() };
}

export const analyticsActions: Readonly<Record<string, Action>> = {
  recompute: memberAction('owner', RecomputeInput, recompute),
};
