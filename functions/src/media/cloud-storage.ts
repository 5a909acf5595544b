/**
 * The media store in production: Cloud Storage, in the project's default
 * bucket (or FRONTDESK_MEDIA_BUCKET; see registry.ts), objects at the paths
 * the pipeline builds (`businesses/{businessId}/media/…`), with their content
 * type and SHA-256 as object metadata. `uri` is gs://bucket/path.
 *
 * @google-cloud/storage is imported on first use, not when this module loads:
 * most functions never touch media, and cold starts matter.
 *
 * Failures are ProviderErrors (who failed: Cloud Storage), retryable for
 * 408 / 429 / 5xx and network errors.
 */
import type { Bucket } from '@google-cloud/storage';
import { ProviderError } from '../errors.js';
import { assertContentType, assertMediaPath, storedMedia, type MediaStore, type StoredMedia } from './media-store.js';

const PROVIDER = 'cloud-storage';

export interface CloudStorageOptions {
  bucket: string;
  /** Another endpoint than Google's (the client also honours STORAGE_EMULATOR_HOST by itself). */
  apiEndpoint?: string | undefined;
  projectId?: string | undefined;
}

export class CloudStorageMediaStore implements MediaStore {
  readonly name = 'cloud-storage';
  readonly #options: CloudStorageOptions;
  #bucket: Promise<Bucket> | undefined;

  constructor(options: CloudStorageOptions) {
    this.#options = options;
  }

  get bucketName(): string {
    return this.#options.bucket;
  }

  async put(path: string, data: Buffer, contentType: string): Promise<StoredMedia> {
    assertMediaPath(path);
    assertContentType(contentType);
    const stored = storedMedia(path, `gs://${this.#options.bucket}/${path}`, data, contentType);
    const file = (await this.#openBucket()).file(path);
    try {
      // One request, not a resumable session: our media is at most a few tens of MB.
      await file.save(data, {
        resumable: false,
        contentType,
        metadata: { contentType, metadata: { sha256: stored.sha256 } },
      });
    } catch (err) {
      throw storageFailure(err, 'storing');
    }
    return stored;
  }

  async get(path: string): Promise<{ data: Buffer; contentType: string } | undefined> {
    assertMediaPath(path);
    const file = (await this.#openBucket()).file(path);
    try {
      const [[data], [metadata]] = await Promise.all([file.download(), file.getMetadata()]);
      return { data, contentType: metadata.contentType ?? 'application/octet-stream' };
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw storageFailure(err, 'reading');
    }
  }

  async delete(path: string): Promise<void> {
    assertMediaPath(path);
    const file = (await this.#openBucket()).file(path);
    try {
      await file.delete({ ignoreNotFound: true });
    } catch (err) {
      throw storageFailure(err, 'deleting');
    }
  }

  #openBucket(): Promise<Bucket> {
    this.#bucket ??= import('@google-cloud/storage').then(({ Storage }) => {
      const { apiEndpoint, projectId } = this.#options;
      const storage = new Storage({ ...(apiEndpoint ? { apiEndpoint } : {}), ...(projectId ? { projectId } : {}) });
      return storage.bucket(this.#options.bucket);
    });
    return this.#bucket;
  }
}

function statusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('code' in err)) return undefined;
  return typeof err.code === 'number' ? err.code : undefined;
}

function storageFailure(err: unknown, doing: string): ProviderError {
  const status = statusOf(err);
  const retryable = status === undefined || status === 408 || status === 429 || status >= 500;
  const what = status === undefined ? 'network error' : `HTTP ${status}`;
  const detail = err instanceof Error ? `: ${err.message.slice(0, 200)}` : '';
  return new ProviderError(PROVIDER, `${doing} media failed (${what})${detail}`, retryable, {
    ...(status === undefined ? {} : { status }),
    cause: err,
  });
}
