/**
 * The turn scheduler for unit tests: tasks wait on the test's clock, and
 * the test runs the due ones — one by one, in any order, or all at once to
 * race them. A key scheduled twice is one task, as with Cloud Tasks' names.
 */
import type { TurnScheduler, TurnTask } from '../pipeline/turn-scheduler.js';

export interface ScheduledTask {
  task: TurnTask;
  key: string;
  runAt: number;
  ran: boolean;
}

export class MemoryTurnScheduler implements TurnScheduler {
  readonly tasks: ScheduledTask[] = [];
  private failures = 0;

  constructor(private readonly now: () => Date) {}

  async schedule(task: TurnTask, delaySeconds: number, key: string): Promise<'scheduled' | 'exists'> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('Cloud Tasks unavailable');
    }
    if (this.tasks.some((t) => t.key === key)) return 'exists';
    this.tasks.push({ task, key, runAt: this.now().getTime() + delaySeconds * 1000, ran: false });
    return 'scheduled';
  }

  /** The next `count` schedule calls fail. */
  failNext(count = 1): void {
    this.failures += count;
  }

  due(): ScheduledTask[] {
    return this.tasks.filter((t) => !t.ran && t.runAt <= this.now().getTime());
  }

  /** Runs every due task at once (they race), marking them run first. */
  async runDue<T>(
    run: (task: TurnTask) => Promise<T>,
    order: 'as-scheduled' | 'reversed' = 'as-scheduled',
  ): Promise<T[]> {
    const due = this.due();
    if (order === 'reversed') due.reverse();
    for (const t of due) t.ran = true;
    return Promise.all(due.map((t) => run(t.task)));
  }
}
