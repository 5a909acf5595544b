/** Scheduled functions. Wiring only. */
import { onSchedule } from 'firebase-functions/v2/scheduler';

/** Retries due outbox deliveries and takes over sends whose worker died. */
export const retryOutbox = onSchedule({ schedule: 'every 1 minutes', timeoutSeconds: 120 }, async () => {
  const { sweep } = await import('../entries/on-outbox.js');
  await sweep();
});
