/**
 * The media store port: where the bytes of photos, voice notes, documents and
 * generated previews are kept, under the business, so nothing depends on a
 * provider's expiring URL.
 *
 * To add an implementation: write one file exporting a class or object that
 * satisfies `MediaStore` (check every path with `assertMediaPath` and every
 * content type with `assertContentType` before touching storage, and build
 * the result with `storedMedia`), add one line to `registry.ts`, and run the
 * shared contract suite (`media-store.contract.ts`) against it in
 * `media-store.test.ts`.
 *
 * Rules every store keeps:
 * - Paths are relative object names such as
 *   `businesses/{businessId}/media/{messageId}/photo.jpg`: segments of
 *   [A-Za-z0-9._-] that start with a letter or digit, so `..`, hidden names,
 *   absolute paths and backslashes are impossible. A bad path is a
 *   ValidationError and nothing is written or read.
 * - `put` replaces whatever was at the path; the bytes come back from `get`
 *   exactly, with the content type they were stored with.
 * - `get` of a path that holds nothing answers undefined, never throws for it.
 * - `delete` removes the object; deleting a path that holds nothing is not
 *   an error (a retry after a lost answer must succeed).
 */
import { createHash } from 'node:crypto';
import { ValidationError } from '../errors.js';

export interface StoredMedia {
  /** The object path inside the store, as given to `put`. */
  path: string;
  /** Where it is, for people and logs: gs://bucket/path, file:///…, memory:path. */
  uri: string;
  size: number;
  contentType: string;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
}

export interface MediaStore {
  /** Names the implementation in logs and errors, e.g. 'cloud-storage'. */
  readonly name: string;
  put(path: string, data: Buffer, contentType: string): Promise<StoredMedia>;
  get(path: string): Promise<{ data: Buffer; contentType: string } | undefined>;
  delete(path: string): Promise<void>;
}

/** Cloud Storage's limit for an object name, in UTF-8 bytes (our names are ASCII). */
export const MAX_MEDIA_PATH_LENGTH = 1024;
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;
/** type/subtype with optional parameters, printable ASCII only (no header injection). */
const CONTENT_TYPE = /^[A-Za-z0-9][\w.+-]*\/[A-Za-z0-9][\w.+-]*(\s*;\s*[\w.+-]+=("[\x20-\x21\x23-\x7e]*"|[\w.+-]+))*$/;

/** Throws ValidationError unless `path` is a safe relative object path. */
export function assertMediaPath(path: string): void {
  if (typeof path !== 'string' || path.length === 0 || path.length > MAX_MEDIA_PATH_LENGTH) {
    throw new ValidationError(`Invalid media path: must be 1–${MAX_MEDIA_PATH_LENGTH} characters`);
  }
  for (const segment of path.split('/')) {
    if (!SEGMENT.test(segment)) {
      throw new ValidationError(
        'Invalid media path: segments are letters, digits, ".", "_" and "-", start with a letter or digit, and are separated by single "/"',
      );
    }
  }
}

/** Throws ValidationError unless `contentType` is a plain MIME type (parameters allowed). */
export function assertContentType(contentType: string): void {
  if (typeof contentType !== 'string' || contentType.length > 200 || !CONTENT_TYPE.test(contentType)) {
    throw new ValidationError('Invalid media content type: expected a MIME type such as "image/jpeg"');
  }
}

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The description `put` answers with. */
export function storedMedia(path: string, uri: string, data: Buffer, contentType: string): StoredMedia {
  return { path, uri, size: data.length, contentType, sha256: sha256Hex(data) };
}
