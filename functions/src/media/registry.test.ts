import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import { CloudStorageMediaStore } from './cloud-storage.js';
import { LocalFilesMediaStore } from './local-files.js';
import { MemoryMediaStore } from './memory.js';
import { defaultMediaDir, mediaBucket, mediaStoreFor, mediaStoreKind } from './registry.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

describe('mediaStoreKind', () => {
  it.each([
    [{}, 'cloud-storage'],
    [{ FUNCTIONS_EMULATOR: 'true' }, 'local'],
    [{ FUNCTIONS_EMULATOR: 'false' }, 'cloud-storage'],
    [{ FRONTDESK_MEDIA_STORE: 'local' }, 'local'],
    [{ FRONTDESK_MEDIA_STORE: 'memory', FUNCTIONS_EMULATOR: 'true' }, 'memory'],
    [{ FRONTDESK_MEDIA_STORE: 'cloud-storage', FUNCTIONS_EMULATOR: 'true' }, 'cloud-storage'],
    [{ FRONTDESK_MEDIA_STORE: ' ', FUNCTIONS_EMULATOR: 'true' }, 'local'],
  ] as const)('%j → %s', (env, kind) => {
    expect(mediaStoreKind(env)).toBe(kind);
  });

  it.each(['s3', 'toString', '__proto__'])('refuses FRONTDESK_MEDIA_STORE=%s', (value) => {
    expect(() => mediaStoreKind({ FRONTDESK_MEDIA_STORE: value })).toThrow(ConfigError);
  });
});

describe('mediaBucket', () => {
  it.each([
    [{ FRONTDESK_MEDIA_BUCKET: 'media-bucket', GCLOUD_PROJECT: 'p' }, 'media-bucket'],
    [
      { FIREBASE_CONFIG: '{"projectId":"p","storageBucket":"p.firebasestorage.app"}', GCLOUD_PROJECT: 'p' },
      'p.firebasestorage.app',
    ],
    [{ FIREBASE_CONFIG: '{"projectId":"p"}', GCLOUD_PROJECT: 'p' }, 'p.appspot.com'],
    [{ FIREBASE_CONFIG: '{broken', GOOGLE_CLOUD_PROJECT: 'q' }, 'q.appspot.com'],
    [{ FIREBASE_CONFIG: 'config.json', GCLOUD_PROJECT: 'p' }, 'p.appspot.com'],
  ] as const)('%j → %s', (env, bucket) => {
    expect(mediaBucket(env)).toBe(bucket);
  });

  it('without any of them it is a ConfigError', () => {
    expect(() => mediaBucket({})).toThrow(ConfigError);
  });
});

describe('mediaStoreFor', () => {
  it('builds each store once per configuration', () => {
    const memory = mediaStoreFor({ FRONTDESK_MEDIA_STORE: 'memory' });
    expect(memory).toBeInstanceOf(MemoryMediaStore);
    expect(mediaStoreFor({ FRONTDESK_MEDIA_STORE: 'memory' })).toBe(memory);

    const cloud = mediaStoreFor({ GCLOUD_PROJECT: 'demo-frontdesk' });
    expect(cloud).toBeInstanceOf(CloudStorageMediaStore);
    expect((cloud as CloudStorageMediaStore).bucketName).toBe('demo-frontdesk.appspot.com');
    expect(mediaStoreFor({ GCLOUD_PROJECT: 'demo-frontdesk' })).toBe(cloud);
    expect(mediaStoreFor({ FRONTDESK_MEDIA_BUCKET: 'other' })).not.toBe(cloud);
  });

  it('under the emulator keeps files in <repo>/.emulators/media, or FRONTDESK_MEDIA_DIR', () => {
    const local = mediaStoreFor({ FUNCTIONS_EMULATOR: 'true' });
    expect(local).toBeInstanceOf(LocalFilesMediaStore);
    expect((local as LocalFilesMediaStore).directory).toBe(join(REPO, '.emulators', 'media'));
    const elsewhere = mediaStoreFor({ FUNCTIONS_EMULATOR: 'true', FRONTDESK_MEDIA_DIR: '/tmp/frontdesk-media-x' });
    expect((elsewhere as LocalFilesMediaStore).directory).toBe('/tmp/frontdesk-media-x');
  });
});

describe('defaultMediaDir', () => {
  it('finds the folder holding firebase.json, from src/ as from lib/', () => {
    expect(existsSync(join(REPO, 'firebase.json'))).toBe(true);
    expect(defaultMediaDir()).toBe(join(REPO, '.emulators', 'media'));
    const fromLib = new URL('../../lib/media/registry.js', import.meta.url).href;
    expect(defaultMediaDir(fromLib)).toBe(join(REPO, '.emulators', 'media'));
  });

  it('without a firebase.json above, asks for FRONTDESK_MEDIA_DIR', () => {
    expect(() => defaultMediaDir('file:///nowhere/at/all/registry.js')).toThrow(/FRONTDESK_MEDIA_DIR/);
  });
});
