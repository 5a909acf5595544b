/**
 * A media store in memory, for tests (and FRONTDESK_MEDIA_STORE=memory).
 * Bytes are copied on the way in and out, so callers can never change what
 * is stored by mutating a buffer.
 */
import { assertContentType, assertMediaPath, storedMedia, type MediaStore, type StoredMedia } from './media-store.js';

export class MemoryMediaStore implements MediaStore {
  readonly name = 'memory';
  readonly #objects = new Map<string, { data: Buffer; contentType: string }>();

  async put(path: string, data: Buffer, contentType: string): Promise<StoredMedia> {
    assertMediaPath(path);
    assertContentType(contentType);
    const copy = Buffer.from(data);
    this.#objects.set(path, { data: copy, contentType });
    return storedMedia(path, `memory:${path}`, copy, contentType);
  }

  async get(path: string): Promise<{ data: Buffer; contentType: string } | undefined> {
    assertMediaPath(path);
    const object = this.#objects.get(path);
    return object && { data: Buffer.from(object.data), contentType: object.contentType };
  }

  async delete(path: string): Promise<void> {
    assertMediaPath(path);
    this.#objects.delete(path);
  }

  /** The stored paths, sorted (for tests). */
  paths(): string[] {
    return [...this.#objects.keys()].sort();
  }
}
