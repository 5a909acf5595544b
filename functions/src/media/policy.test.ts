import { describe, expect, it } from 'vitest';
import { assertMediaPath } from './media-store.js';
import {
  checkMedia,
  extensionFor,
  isAllowedMimeType,
  MAX_MEDIA_BYTES,
  MEDIA_SIZE_LIMITS,
  mediaFileName,
  mediaOf,
  mediaPath,
  normaliseMimeType,
  type MediaKind,
} from './policy.js';

const MB = 1024 * 1024;

describe('mediaOf', () => {
  const media = { providerMediaId: '123', mimeType: 'image/jpeg' };
  it.each([
    [{ type: 'image', media, caption: 'hi' }, 'image'],
    [{ type: 'video', media }, 'video'],
    [{ type: 'document', media }, 'document'],
    [{ type: 'sticker', media }, 'sticker'],
    [{ type: 'audio', media, voice: true }, 'audio'],
  ] as const)('%j carries %s', (content, kind) => {
    expect(mediaOf(content)).toEqual({ kind, ref: media });
  });

  it.each([
    { type: 'text', text: 'hi' },
    { type: 'location', latitude: 1, longitude: 2 },
    { type: 'interactive', replyId: 'a', title: 'A' },
    { type: 'reaction', emoji: '👍', toProviderMessageId: 'x' },
    { type: 'unsupported', providerType: 'poll', summary: 'a poll' },
  ] as const)('%j carries none', (content) => {
    expect(mediaOf(content)).toBeUndefined();
  });
});

describe('normaliseMimeType', () => {
  it.each([
    ['image/jpeg', 'image/jpeg'],
    ['IMAGE/JPEG', 'image/jpeg'],
    ['image/jpg', 'image/jpeg'],
    ['audio/ogg; codecs=opus', 'audio/ogg'],
    ['  audio/mp3 ', 'audio/mpeg'],
    ['video/3gp', 'video/3gpp'],
    [
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [undefined, undefined],
    ['', undefined],
    ['jpeg', undefined],
    ['image/', undefined],
    ['image/jpeg/extra', undefined],
    ['image/jp eg', undefined],
  ])('%j → %j', (input, expected) => {
    expect(normaliseMimeType(input)).toBe(expected);
  });
});

describe('isAllowedMimeType', () => {
  it.each([
    'image/jpeg',
    'image/png',
    'image/webp',
    'image/heic',
    'image/x-icon',
    'audio/ogg',
    'audio/mpeg',
    'audio/x-caf',
    'video/mp4',
    'video/x-matroska',
    'application/pdf',
    'application/msword',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.oasis.opendocument.text',
    'text/plain',
    'text/csv',
  ])('keeps %s', (type) => {
    expect(isAllowedMimeType(type)).toBe(true);
  });

  it.each([
    'image/svg+xml',
    'image/svg',
    'text/html',
    'application/xhtml+xml',
    'application/javascript',
    'text/javascript',
    'application/zip',
    'application/x-msdownload',
    'application/octet-stream',
    'application/x-sh',
    'application/vnd.android.package-archive',
    'model/gltf+json',
  ])('refuses %s', (type) => {
    expect(isAllowedMimeType(type)).toBe(false);
  });
});

describe('extensionFor', () => {
  it.each([
    ['image/jpeg', 'jpg'],
    ['image/png', 'png'],
    ['audio/ogg', 'ogg'],
    ['audio/mpeg', 'mp3'],
    ['audio/mp4', 'm4a'],
    ['video/mp4', 'mp4'],
    ['video/3gpp', '3gp'],
    ['application/pdf', 'pdf'],
    ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
    ['text/plain', 'txt'],
    ['audio/x-caf', 'caf'],
    ['video/x-matroska', 'bin'],
    ['image/vnd.microsoft.icon', 'bin'],
  ])('%s → .%s', (type, extension) => {
    expect(extensionFor(type)).toBe(extension);
  });
});

describe('checkMedia', () => {
  it.each([
    ['image', 'image/jpeg', 300_000, { ok: true, contentType: 'image/jpeg', extension: 'jpg' }],
    ['audio', 'audio/ogg; codecs=opus', 40_000, { ok: true, contentType: 'audio/ogg', extension: 'ogg' }],
    ['sticker', 'image/webp', 30_000, { ok: true, contentType: 'image/webp', extension: 'webp' }],
    ['document', 'application/pdf', 24 * MB, { ok: true, contentType: 'application/pdf', extension: 'pdf' }],
    ['video', 'video/mp4', 25 * MB, { ok: true, contentType: 'video/mp4', extension: 'mp4' }],
    ['image', 'image/png', 16 * MB, { ok: true, contentType: 'image/png', extension: 'png' }],
  ] as const)('keeps a %s of %s, %i bytes', (kind, type, size, verdict) => {
    expect(checkMedia(kind, type, size)).toEqual(verdict);
  });

  it.each([
    ['image', 'image/jpeg', 16 * MB + 1, 'too large: 16.0 MB (the limit is 16.0 MB)'],
    ['sticker', 'image/webp', 2 * MB, 'too large'],
    ['audio', 'audio/ogg', 17 * MB, 'too large'],
    ['document', 'application/pdf', 26 * MB, 'too large'],
    ['video', 'video/mp4', 0, 'empty'],
    ['document', 'application/zip', 1000, 'application/zip files are not kept'],
    ['image', 'image/svg+xml', 1000, 'not kept'],
    ['document', 'text/html', 1000, 'not kept'],
    ['image', undefined, 1000, 'no usable content type'],
    ['image', 'garbage', 1000, 'no usable content type'],
  ] as const)('refuses a %s of %s, %i bytes: %s', (kind, type, size, reason) => {
    const verdict = checkMedia(kind, type, size);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.reason).toContain(reason);
  });

  it('no kind allows more than the download cap', () => {
    for (const limit of Object.values(MEDIA_SIZE_LIMITS)) expect(limit).toBeLessThanOrEqual(MAX_MEDIA_BYTES);
    expect(MAX_MEDIA_BYTES).toBe(25 * MB);
  });
});

describe('mediaFileName', () => {
  const kind: MediaKind = 'document';
  it.each([
    [{ fileName: 'Invoice June.pdf', extension: 'pdf' }, 'Invoice-June.pdf'],
    [{ fileName: 'photo.exe', extension: 'jpg' }, 'photo.jpg'],
    [{ fileName: 'report.final.v2.docx', extension: 'docx' }, 'report.final.v2.docx'],
    [{ fileName: 'Résumé été.pdf', extension: 'pdf' }, 'Resume-ete.pdf'],
    [{ fileName: '../../etc/passwd', extension: 'txt' }, 'passwd.txt'],
    [{ fileName: 'C:\\Users\\me\\scan.pdf', extension: 'pdf' }, 'scan.pdf'],
    [{ fileName: '.hidden', extension: 'txt' }, 'hidden.txt'],
    [{ fileName: '...', extension: 'txt', providerMediaId: '1003383421387256' }, '1003383421387256.txt'],
    [{ fileName: 'صورة.jpg', extension: 'jpg', providerMediaId: 'AgADBAAD_x-1' }, 'AgADBAAD_x-1.jpg'],
    [{ fileName: 'صورة.jpg', extension: 'jpg' }, 'document.jpg'],
    [{ providerMediaId: 'wamid/with:odd=chars', extension: 'ogg' }, 'wamid-with-odd-chars.ogg'],
    [{ extension: 'pdf' }, 'document.pdf'],
    [{ fileName: `${'a'.repeat(300)}.pdf`, extension: 'pdf' }, `${'a'.repeat(80)}.pdf`],
    [{ fileName: 'x.pdf', extension: '../sh' }, 'x.bin'],
  ])('%j → %s', (input, name) => {
    const fileName = mediaFileName({ kind, ...input });
    expect(fileName).toBe(name);
    expect(() => assertMediaPath(mediaPath('clinic', 'whatsapp-meta-0123abcd', fileName))).not.toThrow();
  });
});

describe('mediaPath', () => {
  it('keeps media under the business and the message', () => {
    expect(mediaPath('clinic', 'm1', 'photo.jpg')).toBe('businesses/clinic/media/m1/photo.jpg');
  });
});
