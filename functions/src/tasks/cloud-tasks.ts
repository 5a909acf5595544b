/**
 * The turn scheduler on Cloud Tasks (pipeline/turn-scheduler.ts): a task on
 * the queue of the `replyTurn` task-queue function, delayed by the quiet
 * window. Under the emulators the Admin SDK talks to the Cloud Tasks
 * emulator (CLOUD_TASKS_EMULATOR_HOST, set by firebase-tools for functions).
 *
 * A task's name is derived from its key, so a redelivered trigger that
 * schedules the same turn again is refused (`functions/task-already-exists`)
 * and nothing runs twice. Cloud Tasks keeps a name reserved for a while
 * after the task ran, which is what we want: a key is never reused.
 * Names are hashed because Cloud Tasks serves names that share a long
 * prefix more slowly.
 */
import { createHash } from 'node:crypto';
import { getFunctions } from 'firebase-admin/functions';
import { app } from '../firebase.js';
import type { TurnScheduler, TurnTask } from '../pipeline/turn-scheduler.js';

/** The task-queue function that runs turns (triggers/tasks.ts). */
export const REPLY_TURN_QUEUE = 'replyTurn';

const taskId = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 40);

export function cloudTasksScheduler(queue = REPLY_TURN_QUEUE): TurnScheduler {
  return {
    async schedule(task: TurnTask, delaySeconds: number, key: string) {
      try {
        await getFunctions(app())
          .taskQueue<TurnTask>(queue)
          .enqueue(task, { scheduleDelaySeconds: Math.max(0, Math.ceil(delaySeconds)), id: taskId(key) });
        return 'scheduled';
      } catch (err) {
        // An uncaught refusal would kill the emulator's worker: this one only means "already scheduled".
        if ((err as { code?: unknown } | null)?.code === 'functions/task-already-exists') return 'exists';
        throw err;
      }
    },
  };
}
