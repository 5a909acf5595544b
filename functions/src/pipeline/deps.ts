import type { Log } from '../log.js';
import type { Database } from '../store/database.js';

/** What every pipeline step needs from the outside world, passed in so tests can supply their own. */
export interface Deps {
  /** Firestore in production and on the emulators; `MemoryDatabase` in unit tests. */
  db: Database;
  now(): Date;
  log: Log;
  /** How often a webhook arrival is noted in channel diagnostics, per account and process (default a minute). */
  webhookNoteEveryMs?: number;
}
