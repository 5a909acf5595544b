/**
 * A media store on the local disk, for the emulators: the Storage emulator
 * cannot start offline, so under `firebase emulators:start` media lands in
 * files under one directory (by default <repo>/.emulators/media, see
 * registry.ts), at the same paths Cloud Storage would use:
 *
 *   <dir>/businesses/{businessId}/media/{messageId}/photo.jpg
 *   <dir>/.meta/businesses/{businessId}/media/{messageId}/photo.jpg.json   { contentType, size, sha256 }
 *
 * Sidecars live in their own hidden tree, which no valid path can reach (a
 * segment cannot start with "."), so an object can never collide with one.
 * Writes go to a temporary file first and are renamed into place, so a
 * reader never sees half a file; the sidecar is written last and read first,
 * so a file without one is not there yet.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { assertContentType, assertMediaPath, storedMedia, type MediaStore, type StoredMedia } from './media-store.js';

const Sidecar = z.object({ contentType: z.string() });

export class LocalFilesMediaStore implements MediaStore {
  readonly name = 'local-files';
  readonly directory: string;

  constructor(directory: string) {
    this.directory = resolve(directory);
  }

  async put(path: string, data: Buffer, contentType: string): Promise<StoredMedia> {
    assertMediaPath(path);
    assertContentType(contentType);
    const file = this.#inside(path);
    const stored = storedMedia(path, pathToFileURL(file).href, data, contentType);
    await this.#writeAtomically(file, data);
    const { uri: _uri, path: _path, ...sidecar } = stored;
    await this.#writeAtomically(this.#sidecarOf(path), Buffer.from(JSON.stringify(sidecar), 'utf8'));
    return stored;
  }

  async get(path: string): Promise<{ data: Buffer; contentType: string } | undefined> {
    assertMediaPath(path);
    const sidecarText = await readIfThere(this.#sidecarOf(path));
    if (sidecarText === undefined) return undefined;
    const data = await readIfThere(this.#inside(path));
    if (data === undefined) return undefined;
    const sidecar = Sidecar.safeParse(parseJson(sidecarText.toString('utf8')));
    return { data, contentType: sidecar.success ? sidecar.data.contentType : 'application/octet-stream' };
  }

  /** The sidecar goes first, so a reader never takes a file being deleted for a whole one. */
  async delete(path: string): Promise<void> {
    assertMediaPath(path);
    await rm(this.#sidecarOf(path), { force: true });
    await rm(this.#inside(path), { force: true });
  }

  #sidecarOf(path: string): string {
    return this.#inside(`.meta/${path}.json`);
  }

  /** The absolute file for a (validated) path, checked once more to be inside the directory. */
  #inside(relative: string): string {
    const file = resolve(this.directory, ...relative.split('/'));
    if (!file.startsWith(this.directory + sep)) throw new Error('media path escapes the store directory');
    return file;
  }

  async #writeAtomically(file: string, data: Buffer): Promise<void> {
    const temporary = join(this.directory, '.tmp', `${randomUUID()}.tmp`);
    await mkdir(dirname(temporary), { recursive: true });
    await mkdir(dirname(file), { recursive: true });
    try {
      await writeFile(temporary, data);
      await rename(temporary, file);
    } catch (err) {
      await rm(temporary, { force: true });
      throw err;
    }
  }
}

async function readIfThere(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
    throw err;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
