import type { Firestore } from 'firebase-admin/firestore';
import type { Log } from '../log.js';

/** What every pipeline step needs from the outside world, passed in so tests can supply their own. */
export interface Deps {
  db: Firestore;
  now(): Date;
  log: Log;
}
