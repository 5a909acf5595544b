/** Scheduled functions. Wiring only. */
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { BOOKING_SECRETS } from '../booking/secrets.js';
import { STAFF_TELEGRAM_BOT_TOKEN, SWEEP_TIMEOUT_SECONDS } from '../config.js';
import { LLM_SECRETS } from '../responders/llm/secrets.js';

/**
 * Every minute: runs every work item that is due — retries, sends and
 * replies whose worker died, items no trigger picked up, staff
 * notifications not yet sent, lapsed holds and deposits, booking steps to
 * retry, reminders, Stripe events — and fails for good, visibly, those out
 * of attempts. It answers customers, so it holds the LLM keys.
 */
export const sweepWork = onSchedule(
  {
    schedule: 'every 1 minutes',
    timeoutSeconds: SWEEP_TIMEOUT_SECONDS,
    secrets: [...LLM_SECRETS, STAFF_TELEGRAM_BOT_TOKEN, ...BOOKING_SECRETS],
  },
  async () => {
    const { run } = await import('../entries/sweep.js');
    await run();
  },
);

/**
 * Every hour: each business's metrics for the day that just ended in its own
 * time zone (an hour after its midnight, so late replies count), and any day
 * a missed run left out. Idempotent: a day already final is left alone.
 */
export const rollupMetrics = onSchedule({ schedule: 'every 1 hours', timeoutSeconds: 540 }, async () => {
  const { run } = await import('../entries/analytics.js');
  await run();
});
