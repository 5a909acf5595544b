import type { Firestore } from 'firebase-admin/firestore';
import type { Log } from '../log.js';

/** What every pipeline step needs from the outside world, passed in so tests can supply their own. */
export interface Deps {
  db: Firestore;
  now(): Date;
  log: Log;
  /** How often a webhook arrival is noted in channel diagnostics, per account and process (default a minute). */
  webhookNoteEveryMs?: number;
}
