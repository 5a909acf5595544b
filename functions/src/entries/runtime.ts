/** The production wiring of the pipelines' dependencies, shared by the function entries. */
import { logConfigOnce, webhookNoteEveryMs } from '../config.js';
import { db } from '../firebase.js';
import { log } from '../log.js';
import { mediaStoreFor } from '../media/registry.js';
import type { Deps } from '../pipeline/deps.js';
import { FirestoreDatabase } from '../store/firestore.js';

let database: FirestoreDatabase | undefined;

export function runtimeDeps(): Deps {
  logConfigOnce(log);
  database ??= new FirestoreDatabase(db());
  return { db: database, now: () => new Date(), log, webhookNoteEveryMs: webhookNoteEveryMs() };
}

/** The pipelines' dependencies plus the media store (webhooks and the chat API keep over-long texts there). */
export function runtimeDepsWithMedia() {
  return { ...runtimeDeps(), media: mediaStoreFor() };
}
