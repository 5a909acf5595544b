/**
 * Whether a staff reply may be scheduled for a later time on a channel, as
 * the outbox will judge it then: inside the customer-service window at the
 * chosen time it goes as written; after the window closes only the
 * business's re-engagement template may go (domain/service-window.ts), and
 * without one it is refused now, with the reason, rather than failing
 * silently later. Pure: decided from the times.
 */
import { serviceWindowDecision } from './service-window.js';

/** The earliest a scheduled send may be: sooner than this is just a send. */
export const MIN_SCHEDULE_AHEAD_MS = 60_000;
/** The latest: a month ahead (a reminder further out belongs in the booking reminders). */
export const MAX_SCHEDULE_AHEAD_MS = 30 * 24 * 3_600_000;

export type ScheduleDecision = { schedule: true; as: 'text' | 'template' } | { schedule: false; reason: string };

export function scheduleDecision(opts: {
  sendAtMs: number;
  nowMs: number;
  windowHours: number | undefined;
  lastInboundAtMs: number | undefined;
  hasReengagementTemplate: boolean;
}): ScheduleDecision {
  const ahead = opts.sendAtMs - opts.nowMs;
  if (!Number.isFinite(ahead) || ahead < MIN_SCHEDULE_AHEAD_MS)
    return { schedule: false, reason: 'Pick a time at least a minute from now (or send it now).' };
  if (ahead > MAX_SCHEDULE_AHEAD_MS) return { schedule: false, reason: 'Pick a time within the next 30 days.' };
  const decision = serviceWindowDecision({
    windowHours: opts.windowHours,
    lastInboundAtMs: opts.lastInboundAtMs,
    nowMs: opts.sendAtMs,
    isTemplate: false,
    hasReengagementTemplate: opts.hasReengagementTemplate,
  });
  if (decision.send === 'as-is') return { schedule: true, as: 'text' };
  if (decision.send === 'template') return { schedule: true, as: 'template' };
  const closesAt =
    opts.lastInboundAtMs === undefined || opts.windowHours === undefined
      ? undefined
      : new Date(opts.lastInboundAtMs + opts.windowHours * 3_600_000);
  return {
    schedule: false,
    reason:
      `Cannot schedule for then: the channel's ${opts.windowHours}-hour window ` +
      (closesAt ? `closes at ${closesAt.toISOString()} ` : 'is not open ') +
      'and this business has no approved template for it. Pick an earlier time or send it now.',
  };
}
