/**
 * Which media store this process uses, chosen from its environment:
 *
 * | FRONTDESK_MEDIA_STORE | otherwise                    | store                                        |
 * | --------------------- | ---------------------------- | -------------------------------------------- |
 * | `local`               | FUNCTIONS_EMULATOR=true      | files under FRONTDESK_MEDIA_DIR, by default   |
 * |                       |                              | <repo>/.emulators/media                       |
 * | `memory`              |                              | in memory (tests)                             |
 * | `cloud-storage`       | everywhere else (production) | Cloud Storage, bucket below                   |
 *
 * The bucket is FRONTDESK_MEDIA_BUCKET, else the project's default bucket
 * from FIREBASE_CONFIG (which Cloud Functions sets; buckets made since
 * 30 Oct 2024 are `{project}.firebasestorage.app`), else
 * `{project}.appspot.com`.
 *
 * Adding a store: one file, one line in `mediaStores`, and the contract suite.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../errors.js';
import { CloudStorageMediaStore } from './cloud-storage.js';
import { LocalFilesMediaStore } from './local-files.js';
import type { MediaStore } from './media-store.js';
import { MemoryMediaStore } from './memory.js';

type Env = Readonly<Record<string, string | undefined>>;

export const mediaStores = {
  'cloud-storage': (env: Env) => new CloudStorageMediaStore({ bucket: mediaBucket(env) }),
  local: (env: Env) => new LocalFilesMediaStore(env.FRONTDESK_MEDIA_DIR || defaultMediaDir()),
  memory: () => new MemoryMediaStore(),
} satisfies Record<string, (env: Env) => MediaStore>;

export type MediaStoreKind = keyof typeof mediaStores;

export function mediaStoreKind(env: Env): MediaStoreKind {
  const chosen = env.FRONTDESK_MEDIA_STORE?.trim();
  if (chosen) {
    if (Object.hasOwn(mediaStores, chosen)) return chosen as MediaStoreKind;
    throw new ConfigError(
      `FRONTDESK_MEDIA_STORE="${chosen.slice(0, 40)}" is not a media store: use ${Object.keys(mediaStores).join(', ')}`,
    );
  }
  return env.FUNCTIONS_EMULATOR === 'true' ? 'local' : 'cloud-storage';
}

const stores = new Map<string, MediaStore>();

/**
 * The media store for this environment, one per process and configuration
 * (the memory store must outlive a single invocation to be of any use).
 */
export function mediaStoreFor(env: Env = process.env): MediaStore {
  const kind = mediaStoreKind(env);
  const key =
    kind === 'cloud-storage'
      ? `${kind}:${mediaBucket(env)}`
      : kind === 'local'
        ? `${kind}:${env.FRONTDESK_MEDIA_DIR ?? ''}`
        : kind;
  let store = stores.get(key);
  if (!store) {
    store = mediaStores[kind](env);
    stores.set(key, store);
  }
  return store;
}

export function mediaBucket(env: Env): string {
  const configured = env.FRONTDESK_MEDIA_BUCKET?.trim();
  if (configured) return configured;
  const fromFirebase = firebaseConfigBucket(env.FIREBASE_CONFIG);
  if (fromFirebase) return fromFirebase;
  const project = env.GCLOUD_PROJECT || env.GOOGLE_CLOUD_PROJECT;
  if (project) return `${project}.appspot.com`;
  throw new ConfigError(
    'No Cloud Storage bucket for media: set FRONTDESK_MEDIA_BUCKET (or run where FIREBASE_CONFIG or GCLOUD_PROJECT is set)',
  );
}

function firebaseConfigBucket(config: string | undefined): string | undefined {
  // Cloud Functions sets a JSON object; the Admin SDK also accepts a file name here, which we do not read.
  if (!config?.trim().startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(config);
    if (typeof parsed === 'object' && parsed !== null && 'storageBucket' in parsed) {
      const bucket = parsed.storageBucket;
      if (typeof bucket === 'string' && bucket.trim() !== '') return bucket.trim();
    }
  } catch {
    // Not JSON after all: fall through to the project id.
  }
  return undefined;
}

/**
 * <repo>/.emulators/media, where <repo> is the nearest folder above this
 * module holding firebase.json — the same from src/ (tests) and lib/ (the
 * emulator runs the build), whatever the working directory.
 */
export function defaultMediaDir(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, 'firebase.json'))) return join(dir, '.emulators', 'media');
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new ConfigError('No firebase.json above the functions code: set FRONTDESK_MEDIA_DIR for local media files');
}
