/**
 * The contract every MediaStore keeps, as one shared Vitest suite. A store
 * joins with a few lines in media-store.test.ts:
 *
 *   runMediaStoreContract('memory', () => new MemoryMediaStore());
 *
 * Every case writes under a fresh random prefix, so the suite can run against
 * a shared bucket without cleaning up and without seeing earlier runs.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import type { MediaStore } from './media-store.js';

export const BAD_MEDIA_PATHS: readonly string[] = [
  '',
  '/',
  '/etc/passwd',
  '../outside.jpg',
  'businesses/b/../../outside.jpg',
  'businesses/./b/x.jpg',
  'businesses//b/x.jpg',
  'businesses/b/',
  '.hidden/x.jpg',
  'businesses/b/.meta',
  'businesses\\b\\x.jpg',
  'C:/x.jpg',
  'businesses/b/x y.jpg',
  'businesses/b/x.jpg?alt=media',
  'businesses/b/%2e%2e/x.jpg',
  'businesses/b/x\u0000.jpg',
  'businesses/b/x\n.jpg',
  'businesses/b/fotoğraf.jpg',
  `businesses/b/${'x'.repeat(256)}.jpg`,
  `${'a/'.repeat(600)}x.jpg`,
];

export function runMediaStoreContract(name: string, make: () => MediaStore | Promise<MediaStore>): void {
  describe(`media store contract: ${name}`, () => {
    let store: MediaStore;
    let prefix: string;
    const at = (file: string) => `${prefix}/${file}`;

    beforeAll(async () => {
      store = await make();
      prefix = `businesses/contract-test/media/${randomUUID()}`;
    });

    it('has a name', () => {
      expect(store.name).toMatch(/^\S+$/);
    });

    describe('put and get', () => {
      it('round-trips bytes and content type, and describes what it stored', async () => {
        const data = Buffer.from('a small photo');
        const stored = await store.put(at('m1/photo.jpg'), data, 'image/jpeg');
        expect(stored).toEqual({
          path: at('m1/photo.jpg'),
          uri: expect.stringMatching(/\S/),
          size: data.length,
          contentType: 'image/jpeg',
          sha256: createHash('sha256').update(data).digest('hex'),
        });
        expect(await store.get(at('m1/photo.jpg'))).toEqual({ data, contentType: 'image/jpeg' });
      });

      it('is binary safe: every byte value, and a large random file', async () => {
        const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
        const large = randomBytes(3 * 1024 * 1024 + 7);
        for (const [file, data] of [
          ['m2/every-byte.bin', every],
          ['m2/large.bin', large],
          ['m2/empty.bin', Buffer.alloc(0)],
        ] as const) {
          const stored = await store.put(at(file), data, 'application/octet-stream');
          expect(stored.size).toBe(data.length);
          expect(stored.sha256).toBe(createHash('sha256').update(data).digest('hex'));
          const back = await store.get(at(file));
          expect(back?.data.length).toBe(data.length);
          expect(Buffer.compare(back!.data, data)).toBe(0);
        }
      });

      it('keeps the content type exactly, parameters included', async () => {
        await store.put(at('m3/voice.ogg'), Buffer.from('OggS'), 'audio/ogg; codecs=opus');
        expect((await store.get(at('m3/voice.ogg')))?.contentType).toBe('audio/ogg; codecs=opus');
        const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
        await store.put(at('m3/letter.docx'), Buffer.from('PK'), docx);
        expect((await store.get(at('m3/letter.docx')))?.contentType).toBe(docx);
      });

      it('a second put to the same path replaces the first', async () => {
        await store.put(at('m4/a.png'), Buffer.from('first version, longer'), 'image/png');
        const stored = await store.put(at('m4/a.png'), Buffer.from('second'), 'image/webp');
        expect(stored.size).toBe(6);
        expect(await store.get(at('m4/a.png'))).toEqual({ data: Buffer.from('second'), contentType: 'image/webp' });
      });

      it('what was stored cannot be changed through the buffers passed in or handed out', async () => {
        const data = Buffer.from('original');
        await store.put(at('m5/x.txt'), data, 'text/plain');
        data.fill(0);
        const first = await store.get(at('m5/x.txt'));
        first!.data.fill(0);
        expect((await store.get(at('m5/x.txt')))?.data.toString()).toBe('original');
      });

      it('a path that holds nothing answers undefined', async () => {
        expect(await store.get(at('never/written.jpg'))).toBeUndefined();
        await store.put(at('m6/deep/file.jpg'), Buffer.from('x'), 'image/jpeg');
        expect(await store.get(at('m6/deep'))).toBeUndefined();
        expect(await store.get(at('m6'))).toBeUndefined();
        expect(await store.get(at('m6/deep/file.jpg.json'))).toBeUndefined();
      });

      it('delete removes an object, and deleting what is not there is no error', async () => {
        await store.put(at('m7/gone.jpg'), Buffer.from('soon gone'), 'image/jpeg');
        await store.put(at('m7/kept.jpg'), Buffer.from('kept'), 'image/jpeg');
        await store.delete(at('m7/gone.jpg'));
        expect(await store.get(at('m7/gone.jpg'))).toBeUndefined();
        expect((await store.get(at('m7/kept.jpg')))?.data.toString()).toBe('kept');
        await store.delete(at('m7/gone.jpg'));
        await store.delete(at('never/written.jpg'));
      });

      it('names may use letters, digits, dots, dashes and underscores', async () => {
        const path = at('wamid.HBgL-MTY1_MDU1/IMG_2024-06-01.v2.JPEG');
        await store.put(path, Buffer.from('ok'), 'image/jpeg');
        expect((await store.get(path))?.data.toString()).toBe('ok');
      });
    });

    describe('bad input', () => {
      it.each(BAD_MEDIA_PATHS.map((p) => [JSON.stringify(p).slice(0, 60), p] as const))(
        'rejects the path %s for put, get and delete',
        async (_, path) => {
          await expect(store.put(path, Buffer.from('x'), 'image/jpeg')).rejects.toThrow(ValidationError);
          await expect(store.get(path)).rejects.toThrow(ValidationError);
          await expect(store.delete(path)).rejects.toThrow(ValidationError);
        },
      );

      it.each(['', 'jpeg', 'image/', '/jpeg', 'image/jpeg\r\nX-Injected: 1', 'image/jpeg; a=b\n', 'a'.repeat(300)])(
        'rejects the content type %j',
        async (contentType) => {
          const path = at(`${randomUUID()}/bad-type.jpg`);
          await expect(store.put(path, Buffer.from('x'), contentType)).rejects.toThrow(ValidationError);
          expect(await store.get(path)).toBeUndefined();
        },
      );
    });
  });
}
