import { describe, expect, it } from 'vitest';
import { imageTypeOf } from './image-type.js';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const box = (brand: string) => bytes([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 0, 0]);

describe('imageTypeOf', () => {
  it.each([
    ['a JPEG (JFIF)', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image/jpeg'],
    ['a JPEG (Exif, from a phone)', bytes([0xff, 0xd8, 0xff, 0xe1, 0x12, 0x34], 'Exif'), 'image/jpeg'],
    ['a PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'), 'image/png'],
    ['a GIF89a', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif'],
    ['a GIF87a', bytes('GIF87a', [1, 0, 1, 0]), 'image/gif'],
    ['a WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['an iPhone HEIC', box('heic'), 'image/heic'],
    ['a HEIF (mif1)', box('mif1'), 'image/heic'],
    ['an AVIF', box('avif'), 'image/avif'],
  ])('knows %s', (_, data, type) => {
    expect(imageTypeOf(data)).toBe(type);
  });

  it.each([
    ['nothing', bytes()],
    ['a truncated JPEG', bytes([0xff, 0xd8])],
    ['an SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['a PDF', bytes('%PDF-1.7\n')],
    ['an MP4 video', box('isom')],
    ['a RIFF that is a WAV', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')],
    ['text claiming to be an image', bytes('image/jpeg')],
  ])('refuses %s', (_, data) => {
    expect(imageTypeOf(data)).toBeUndefined();
  });
});
