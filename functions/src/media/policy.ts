/**
 * What media Frontdesk keeps, and under which name: pure functions of their
 * inputs (no clock, no I/O), used by the media step of the reply pipeline
 * (pipeline/media.ts) and tested as tables.
 *
 * - Types: an allow-list. Images (not SVG, which can carry script), audio,
 *   video, PDF, common office documents, plain text and CSV. Anything else a
 *   customer sends stays with the provider and the message says why.
 * - Sizes: a limit per kind, all within MAX_MEDIA_BYTES (the download cap).
 *   WhatsApp itself allows images to 5 MB, audio and video to 16 MB, stickers
 *   to 500 KB and documents to 100 MB; other channels differ, so the limits
 *   here are what we are willing to hold in a function's memory, not any one
 *   provider's.
 * - Names: `businesses/{businessId}/media/{messageId}/{name}.{ext}`, where the
 *   name comes from the customer's file name, else the provider's media id,
 *   else the kind, reduced to safe characters; the extension always comes
 *   from the content type, so a name can never claim another type.
 */
import type { MediaRef, MessageContent } from '../domain/message.js';

export const MEDIA_KINDS = ['image', 'video', 'document', 'sticker', 'audio'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

const MB = 1024 * 1024;

/** The most we ever download or store for one item. */
export const MAX_MEDIA_BYTES = 25 * MB;

export const MEDIA_SIZE_LIMITS: Readonly<Record<MediaKind, number>> = {
  image: 16 * MB,
  sticker: 1 * MB,
  audio: 16 * MB,
  video: 25 * MB,
  document: 25 * MB,
};

/** The media of a message, if its content carries any. */
export function mediaOf(content: MessageContent): { kind: MediaKind; ref: MediaRef } | undefined {
  switch (content.type) {
    case 'image':
    case 'video':
    case 'document':
    case 'sticker':
    case 'audio':
      return { kind: content.type, ref: content.media };
    default:
      return undefined;
  }
}

/** Known types, normalised, with the extension stored files get. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
  'image/tiff': 'tiff',
  'audio/ogg': 'ogg',
  'audio/opus': 'opus',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/aac': 'aac',
  'audio/amr': 'amr',
  'audio/wav': 'wav',
  'audio/webm': 'weba',
  'audio/flac': 'flac',
  'video/mp4': 'mp4',
  'video/3gpp': '3gp',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'video/mpeg': 'mpeg',
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.ms-powerpoint': 'ppt',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'application/rtf': 'rtf',
  'text/plain': 'txt',
  'text/csv': 'csv',
};

/** Non-standard names providers and phones use for the types above. */
const ALIASES: Readonly<Record<string, string>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-png': 'image/png',
  'audio/mp3': 'audio/mpeg',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/x-aac': 'audio/aac',
  'video/3gp': 'video/3gpp',
  'text/rtf': 'application/rtf',
};

const MIME = /^([a-z0-9][a-z0-9!#$&^_.+-]{0,63})\/([a-z0-9][a-z0-9!#$&^_.+-]{0,126})$/;

/**
 * The bare type in lower case, aliases resolved, parameters dropped:
 * "Audio/OGG; codecs=opus" → "audio/ogg". Undefined when it is not a MIME type.
 */
export function normaliseMimeType(value: string | undefined): string | undefined {
  const essence = value?.split(';')[0]?.trim().toLowerCase();
  if (!essence || !MIME.test(essence)) return undefined;
  return ALIASES[essence] ?? essence;
}

/** Whether Frontdesk keeps media of this (normalised) type. */
export function isAllowedMimeType(mimeType: string): boolean {
  if (Object.hasOwn(EXTENSIONS, mimeType)) return true;
  const [type, subtype = ''] = mimeType.split('/');
  // Other images, audio and video are fine, except formats that are documents in disguise (SVG is XML with script).
  if (type === 'image') return !subtype.includes('svg') && !subtype.endsWith('+xml');
  return type === 'audio' || type === 'video';
}

/** The file extension for a (normalised) type: known ones from the table, else a safe subtype, else "bin". */
export function extensionFor(mimeType: string): string {
  const known = EXTENSIONS[mimeType];
  if (known) return known;
  const subtype = mimeType.split('/')[1]?.replace(/^x-/, '') ?? '';
  return /^[a-z0-9]{2,5}$/.test(subtype) ? subtype : 'bin';
}

export type MediaVerdict = { ok: true; contentType: string; extension: string } | { ok: false; reason: string };

/** Whether to keep `size` bytes of `mimeType` sent as `kind`, and as what. */
export function checkMedia(kind: MediaKind, mimeType: string | undefined, size: number): MediaVerdict {
  const contentType = normaliseMimeType(mimeType);
  if (!contentType) return { ok: false, reason: `the ${kind} has no usable content type` };
  if (!isAllowedMimeType(contentType)) return { ok: false, reason: `${contentType} files are not kept` };
  if (size <= 0) return { ok: false, reason: `the ${kind} is empty` };
  const limit = Math.min(MEDIA_SIZE_LIMITS[kind], MAX_MEDIA_BYTES);
  if (size > limit) {
    return { ok: false, reason: `the ${kind} is too large: ${megabytes(size)} (the limit is ${megabytes(limit)})` };
  }
  return { ok: true, contentType, extension: extensionFor(contentType) };
}

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

const MAX_BASE_NAME = 80;

/**
 * `{name}.{ext}` for a stored item: the customer's file name without its
 * extension, else the provider's media id, else the kind — each reduced to
 * [A-Za-z0-9._-], starting with a letter or digit.
 */
export function mediaFileName(input: {
  kind: MediaKind;
  extension: string;
  fileName?: string | undefined;
  providerMediaId?: string | undefined;
}): string {
  // The last path segment a sender's device may have left in, without its extension (a dotfile keeps its name).
  const lastSegment = input.fileName?.split(/[/\\]/).pop() ?? '';
  const fromFileName = safeName(lastSegment.replace(/(.)\.[^.]{1,10}$/, '$1'));
  const base = fromFileName || (input.providerMediaId ? safeName(input.providerMediaId) : '') || input.kind;
  const extension = /^[a-z0-9]{1,10}$/.test(input.extension) ? input.extension : 'bin';
  return `${base}.${extension}`;
}

/** Where a message's media is stored. */
export function mediaPath(businessId: string, messageId: string, fileName: string): string {
  return `businesses/${businessId}/media/${messageId}/${fileName}`;
}

function safeName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, MAX_BASE_NAME)
    .replace(/[^A-Za-z0-9]+$/, '');
}
