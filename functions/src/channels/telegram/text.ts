/**
 * Text shaping for Telegram, as pure functions: splitting a long reply into
 * messages Telegram accepts, and turning the light markup our replies use
 * (*bold*, _italic_, ~strike~, as on WhatsApp) into Telegram's HTML
 * parse mode.
 *
 * Why HTML and not MarkdownV2: HTML needs only `&`, `<` and `>` escaped,
 * while MarkdownV2 rejects a whole message over any one of eighteen
 * unescaped characters. The conversion never nests or interleaves tags, so
 * the result is always well-formed HTML and Telegram never refuses it.
 */
import { splitText, utf16Units } from '../shared/text-split.js';

/** Telegram's limit for a message text, in UTF-16 code units after entity parsing. */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** Telegram's limit for a photo caption, after entity parsing. */
export const TELEGRAM_CAPTION_LIMIT = 1024;

/**
 * Splits a long text into messages Telegram accepts, at the most natural
 * boundary (shared/text-split.ts), counting UTF-16 units: Telegram's limits
 * are safest read that way, as its entity offsets are.
 */
export function splitForTelegram(text: string, limit: number = TELEGRAM_TEXT_LIMIT): string[] {
  return splitText(text, limit, utf16Units);
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A marker pair around text on one line, not inside a word (so snake_case
 * and 2*3*4 stay as they are), and never around a tag (so tags cannot
 * interleave).
 */
function span(marker: string): RegExp {
  // Under the `u` flag only syntax characters may be escaped: `*` must be, `_` and `~` must not.
  const m = marker === '*' ? '\\*' : marker;
  return new RegExp(
    `(^|[^\\p{L}\\p{N}${m}])${m}(?=[^\\s${m}])([^${m}\\n<>]*?[^\\s${m}<>])${m}(?![\\p{L}\\p{N}${m}])`,
    'gu',
  );
}

const SPANS: readonly [RegExp, string][] = [
  [span('*'), 'b'],
  [span('_'), 'i'],
  [span('~'), 's'],
];

/** Text in Telegram's HTML parse mode: escaped, with *bold*, _italic_ and ~strike~ as tags. */
export function toTelegramHtml(text: string): string {
  let html = escapeHtml(text);
  for (const [pattern, tag] of SPANS) html = html.replace(pattern, `$1<${tag}>$2</${tag}>`);
  return html;
}

/** Inline-keyboard buttons per message that Frontdesk uses (one per row). */
export const TELEGRAM_MAX_BUTTONS = 8;
