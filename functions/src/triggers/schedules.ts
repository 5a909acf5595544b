/** Scheduled functions. Wiring only. */
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { BOOKING_SECRETS } from '../booking/secrets.js';

/**
 * Every minute: runs every work item that is due — retries, sends and
 * replies whose worker died, items no trigger picked up, lapsed holds and
 * deposits, booking steps to retry, reminders, Stripe events — and fails
 * for good, visibly, those out of attempts.
 */
export const sweepWork = onSchedule(
  { schedule: 'every 1 minutes', timeoutSeconds: 300, secrets: BOOKING_SECRETS },
  async () => {
    const { run } = await import('../entries/sweep.js');
    await run();
  },
);
