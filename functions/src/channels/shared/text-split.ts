/**
 * Splitting a long text into messages a channel accepts, at the most natural
 * boundary available: a paragraph, else a line, else the end of a sentence,
 * else a space, and only as a last resort in the middle of a word — never
 * inside a code point, so an emoji is never cut in half. Every adapter uses
 * this one splitter.
 *
 * Channels count their limits differently (WhatsApp in characters, Telegram
 * and Messenger in UTF-16 units, Instagram in UTF-8 bytes), so the length is
 * a `Measure` of each code point.
 *
 * Sentences end with . ! ? … and their Arabic (؟ ۔) and CJK (。！？) forms;
 * the CJK ones need no space after them. A boundary is only taken when it
 * keeps at least MIN_SHARE of the window on its side: one paragraph break
 * near the start must not turn a long reply into a one-line message
 * followed by the rest.
 *
 * Pure functions: no channel, no I/O.
 */

/** How much of a channel's limit one code point uses. */
export type Measure = (codePoint: string) => number;

/** Characters (code points): WhatsApp. */
export const codePoints: Measure = () => 1;
/** UTF-16 code units: Telegram, Messenger. */
export const utf16Units: Measure = (codePoint) => codePoint.length;
/** UTF-8 bytes: Instagram. */
export const utf8Bytes: Measure = (codePoint) => Buffer.byteLength(codePoint, 'utf8');

const MIN_SHARE = 0.3;

/** Closing quotes and brackets that stay with the sentence they end. */
const CLOSERS = `["'”’»)\\]」』）]*`;

/**
 * Natural boundaries, best first. Group 1 (or 2), when present, is the part
 * that stays with the text before the cut (a sentence keeps its full stop).
 */
const BOUNDARIES: readonly RegExp[] = [
  /\n[ \t]*\n\s*/g,
  /\n\s*/g,
  new RegExp(`([.!?…؟۔]${CLOSERS})\\s+|([。！？]${CLOSERS})\\s*`, 'gu'),
  /\s+/g,
];

/** The length of `text` as `measure` counts it (code points by default). */
export function measureText(text: string, measure: Measure = codePoints): number {
  let length = 0;
  for (const codePoint of text) length += measure(codePoint);
  return length;
}

/** Length in code points (what WhatsApp counts), not UTF-16 units. */
export function codePointLength(text: string): number {
  return measureText(text, codePoints);
}

/** The longest start of `text` within `limit`; at least one code point, which has to go somewhere. */
function headWithin(text: string, limit: number, measure: Measure): string {
  let used = 0;
  let end = 0;
  for (const codePoint of text) {
    used += measure(codePoint);
    if (used > limit) break;
    end += codePoint.length;
  }
  return text.slice(0, end > 0 ? end : text.codePointAt(0)! > 0xffff ? 2 : 1);
}

/** The longest end of `text` within `limit` (at least one code point). */
function tailWithin(text: string, limit: number, measure: Measure): string {
  const chars = Array.from(text);
  let used = 0;
  let start = chars.length;
  while (start > 0) {
    used += measure(chars[start - 1]!);
    if (used > limit) break;
    start -= 1;
  }
  return chars.slice(Math.min(start, chars.length - 1)).join('');
}

interface Cut {
  /** End of the text kept before the cut (UTF-16 index). */
  headEnd: number;
  /** Start of the text after the cut (UTF-16 index). */
  tailStart: number;
}

function cutsIn(window: string, boundary: RegExp): Cut[] {
  const cuts: Cut[] = [];
  for (const match of window.matchAll(boundary)) {
    const kept = (match[1] ?? match[2])?.length ?? 0;
    cuts.push({ headEnd: match.index + kept, tailStart: match.index + match[0].length });
  }
  return cuts;
}

/**
 * Splits off the longest natural head of at most `limit` (as `measure`
 * counts). Returns [head, rest]; rest is '' when the whole text fits.
 */
export function splitHead(text: string, limit: number, measure: Measure = codePoints): [string, string] {
  if (limit < 1) throw new RangeError('limit must be at least 1');
  if (measureText(text, measure) <= limit) return [text, ''];
  const window = headWithin(text, limit, measure);
  const minHead = Math.floor(window.length * MIN_SHARE);
  for (const boundary of BOUNDARIES) {
    const cut = cutsIn(window, boundary)
      .filter((c) => c.headEnd >= minHead && window.slice(0, c.headEnd).trim() !== '')
      .at(-1);
    if (cut) return [window.slice(0, cut.headEnd).trimEnd(), text.slice(cut.tailStart).trimStart()];
  }
  return [window, text.slice(window.length)];
}

/**
 * Splits off the longest natural tail of at most `limit` (the part that goes
 * with buttons, which allow a shorter text). Returns [rest, tail]; rest is
 * '' when the whole text fits.
 */
export function splitTail(text: string, limit: number, measure: Measure = codePoints): [string, string] {
  if (limit < 1) throw new RangeError('limit must be at least 1');
  if (measureText(text, measure) <= limit) return ['', text];
  const window = tailWithin(text, limit, measure);
  const offset = text.length - window.length;
  const maxTailStart = window.length - Math.floor(window.length * MIN_SHARE);
  for (const boundary of BOUNDARIES) {
    const cut = cutsIn(window, boundary).find(
      (c) => c.tailStart <= maxTailStart && window.slice(c.tailStart).trim() !== '',
    );
    if (cut) return [text.slice(0, offset + cut.headEnd).trimEnd(), window.slice(cut.tailStart).trimStart()];
  }
  return [text.slice(0, offset), window];
}

/** The whole text as consecutive non-empty pieces of at most `limit` each (as `measure` counts). */
export function splitText(text: string, limit: number, measure: Measure = codePoints): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest !== '') {
    const [head, tail] = splitHead(rest, limit, measure);
    if (head.trim() !== '') pieces.push(head);
    rest = tail.trim();
  }
  return pieces;
}
