/** Task-queue functions (Cloud Tasks). Wiring only. */
import { onTaskDispatched } from 'firebase-functions/v2/tasks';
import { REPLY_TIMEOUT_SECONDS } from '../config.js';
import { BOOKING_SECRETS } from '../booking/secrets.js';
import { LLM_SECRETS } from '../responders/llm/secrets.js';

/**
 * A customer message's turn, run once its quiet window has passed
 * (pipeline/turn-scheduler.ts). A failure is retried by Cloud Tasks a few
 * times; beyond that the message's own work item is the safety net (the sweep).
 */
export const replyTurn = onTaskDispatched(
  {
    secrets: [...LLM_SECRETS, ...BOOKING_SECRETS],
    timeoutSeconds: REPLY_TIMEOUT_SECONDS,
    retryConfig: { maxAttempts: 3, minBackoffSeconds: 5 },
  },
  async (request) => {
    const { handle } = await import('../entries/reply-turn.js');
    await handle(request.data);
  },
);
