import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../errors.js';
import { CloudStorageMediaStore } from './cloud-storage.js';
import { startFakeCloudStorage, type FakeCloudStorage } from './fake-cloud-storage.test-helper.js';
import { LocalFilesMediaStore } from './local-files.js';
import { BAD_MEDIA_PATHS, runMediaStoreContract } from './media-store.contract.js';
import { MemoryMediaStore } from './memory.js';

const temporaryDirs: string[] = [];
async function temporaryDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'frontdesk-media-'));
  temporaryDirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

runMediaStoreContract('memory', () => new MemoryMediaStore());

runMediaStoreContract('local-files', async () => new LocalFilesMediaStore(await temporaryDir()));

// The real @google-cloud/storage client against a local fake of the Cloud Storage JSON API.
let fakeStorage: FakeCloudStorage;
beforeAll(async () => {
  fakeStorage = await startFakeCloudStorage();
});
afterAll(async () => {
  await fakeStorage.close();
});
const againstFake = () =>
  new CloudStorageMediaStore({ bucket: 'demo-frontdesk.appspot.com', apiEndpoint: fakeStorage.url });

runMediaStoreContract('cloud-storage (fake Cloud Storage JSON API)', againstFake);

const storageEndpoint = process.env.STORAGE_EMULATOR_HOST;
describe.skipIf(!storageEndpoint)(
  'cloud-storage: needs a Cloud Storage endpoint (STORAGE_EMULATOR_HOST); the Storage emulator cannot start offline',
  () => {
    runMediaStoreContract(
      'cloud-storage',
      () => new CloudStorageMediaStore({ bucket: process.env.FRONTDESK_MEDIA_BUCKET ?? 'demo-frontdesk.appspot.com' }),
    );
  },
);

describe('local-files', () => {
  it('keeps files at the object path and the content type in a sidecar', async () => {
    const dir = await temporaryDir();
    const store = new LocalFilesMediaStore(dir);
    const stored = await store.put('businesses/b1/media/m1/photo.jpg', Buffer.from('jpeg bytes'), 'image/jpeg');
    const file = join(dir, 'businesses', 'b1', 'media', 'm1', 'photo.jpg');
    expect(await readFile(file, 'utf8')).toBe('jpeg bytes');
    expect(stored.uri).toBe(new URL(`file://${file}`).href);
    const sidecar = JSON.parse(
      await readFile(join(dir, '.meta', 'businesses', 'b1', 'media', 'm1', 'photo.jpg.json'), 'utf8'),
    );
    expect(sidecar).toEqual({ contentType: 'image/jpeg', size: 10, sha256: stored.sha256 });
    expect(await readdir(join(dir, '.tmp'))).toEqual([]);
  });

  it('writes nothing anywhere for a rejected path', async () => {
    const parent = await temporaryDir();
    const store = new LocalFilesMediaStore(join(parent, 'store'));
    for (const path of BAD_MEDIA_PATHS) await store.put(path, Buffer.from('x'), 'image/jpeg').catch(() => undefined);
    expect(await readdir(parent)).toEqual([]);
  });

  it('a file without its sidecar is not there yet', async () => {
    const dir = await temporaryDir();
    const store = new LocalFilesMediaStore(dir);
    await store.put('businesses/b1/media/m2/a.png', Buffer.from('png'), 'image/png');
    await rm(join(dir, '.meta', 'businesses', 'b1', 'media', 'm2', 'a.png.json'));
    expect(await store.get('businesses/b1/media/m2/a.png')).toBeUndefined();
  });
});

describe('cloud-storage', () => {
  beforeEach(() => {
    fakeStorage.requests.length = 0;
  });

  it('checks input before making any request', async () => {
    const store = againstFake();
    await expect(store.put('../x', Buffer.from('x'), 'image/jpeg')).rejects.toThrow('Invalid media path');
    await expect(store.put('businesses/b/x.jpg', Buffer.from('x'), 'bad')).rejects.toThrow(
      'Invalid media content type',
    );
    expect(fakeStorage.requests).toEqual([]);
  });

  it('uploads in one request and answers a gs:// uri', async () => {
    const stored = await againstFake().put('businesses/b/media/m/photo.jpg', Buffer.from('jpeg'), 'image/jpeg');
    expect(stored.uri).toBe('gs://demo-frontdesk.appspot.com/businesses/b/media/m/photo.jpg');
    expect(fakeStorage.requests).toEqual(['POST /upload/storage/v1/b/demo-frontdesk.appspot.com/o']);
  });

  it.each([
    [503, true],
    [429, true],
    [403, false],
  ])('a %i from Cloud Storage is a ProviderError, retryable: %s', async (status, retryable) => {
    fakeStorage.failNext(1, status);
    const err = await againstFake()
      .put('businesses/b/media/m/x.jpg', Buffer.from('x'), 'image/jpeg')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ retryable, status, provider: 'cloud-storage' });
  });

  // (An upload is not retried by the client itself, having no precondition; reads are, with backoff.)
  it('an unreachable endpoint is a retryable ProviderError', async () => {
    const gone = await startFakeCloudStorage();
    await gone.close();
    const store = new CloudStorageMediaStore({ bucket: 'b', apiEndpoint: gone.url });
    const err = await store.put('businesses/b/media/m/x.jpg', Buffer.from('x'), 'image/jpeg').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ retryable: true });
  });
});
