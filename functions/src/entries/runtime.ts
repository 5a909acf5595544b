/** The production wiring of the pipelines' dependencies, shared by the function entries. */
import { webhookNoteEveryMs } from '../config.js';
import { db } from '../firebase.js';
import { log } from '../log.js';
import type { Deps } from '../pipeline/deps.js';

export function runtimeDeps(): Deps {
  return { db: db(), now: () => new Date(), log, webhookNoteEveryMs: webhookNoteEveryMs() };
}
