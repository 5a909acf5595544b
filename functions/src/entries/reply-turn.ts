/** Entry of the replyTurn task queue: a customer message's turn, once its quiet window has passed. */
import { z } from 'zod';
import { loggedOutcome } from '../pipeline/reply.js';
import { type TurnTask, runTurn } from '../pipeline/turn-scheduler.js';
import { turnDeps } from './on-message.js';
import { sendNow } from './on-outbox.js';
import { runtimeDeps } from './runtime.js';

const TurnTaskSchema = z.object({
  businessId: z.string().min(1).max(200),
  messageId: z.string().min(1).max(300),
  attempt: z.number().int().nonnegative().max(100),
  notBefore: z.number().int().nonnegative().optional(),
});

export async function handle(data: unknown) {
  const deps = runtimeDeps();
  const parsed = TurnTaskSchema.safeParse(data);
  if (!parsed.success) {
    // Not ours to retry: a malformed task can never succeed (and the sweep covers the message).
    deps.log.error('malformed turn task', { issues: parsed.error.issues.slice(0, 5) });
    return undefined;
  }
  const task: TurnTask = parsed.data;
  const outcome = await runTurn(turnDeps(deps), task);
  deps.log.info('turn', { ...task, ...loggedOutcome(outcome) });
  if (outcome.result === 'replied') await sendNow(outcome, task.businessId);
  return outcome;
}
