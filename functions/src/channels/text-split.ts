/**
 * Splitting a long text into messages a channel accepts, at the most natural
 * boundary available: a paragraph, else a line, else the end of a sentence,
 * else a space, and only as a last resort in the middle of a word. Lengths are
 * counted in code points, so an emoji or any other astral character is never
 * cut in half.
 *
 * A boundary is only taken when it keeps at least a third of the allowed
 * length on its side (MIN_SHARE): one paragraph break near the start must not
 * turn a long reply into a one-line message followed by the rest.
 *
 * Pure functions: no channel, no I/O.
 */

const MIN_SHARE = 0.3;

/**
 * Natural boundaries, best first. Group 1, when present, is the part that
 * stays with the text before the cut (a sentence keeps its full stop).
 */
const BOUNDARIES: readonly RegExp[] = [/\n[ \t]*\n\s*/g, /\n\s*/g, /([.!?…。！？؟](?:["'”’»)\]]*))\s+/gu, /\s+/g];

/** Length in code points (what WhatsApp and Telegram count), not UTF-16 units. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
}

/** The first `count` code points of `text`. */
function firstCodePoints(text: string, count: number): string {
  let end = 0;
  let seen = 0;
  for (const char of text) {
    if (seen === count) break;
    end += char.length;
    seen += 1;
  }
  return text.slice(0, end);
}

/** The last `count` code points of `text`. */
function lastCodePoints(text: string, count: number): string {
  const chars = Array.from(text);
  return chars.slice(Math.max(0, chars.length - count)).join('');
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
    const kept = match[1]?.length ?? 0;
    cuts.push({ headEnd: match.index + kept, tailStart: match.index + match[0].length });
  }
  return cuts;
}

/**
 * Splits off the longest natural head of at most `limit` code points.
 * Returns [head, rest]; rest is '' when the whole text fits.
 */
export function splitHead(text: string, limit: number): [string, string] {
  if (limit < 1) throw new RangeError('limit must be at least 1');
  if (codePointLength(text) <= limit) return [text, ''];
  const window = firstCodePoints(text, limit);
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
 * Splits off the longest natural tail of at most `limit` code points (the
 * part that goes with buttons, which allow a shorter text). Returns
 * [rest, tail]; rest is '' when the whole text fits.
 */
export function splitTail(text: string, limit: number): [string, string] {
  if (limit < 1) throw new RangeError('limit must be at least 1');
  if (codePointLength(text) <= limit) return ['', text];
  const window = lastCodePoints(text, limit);
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

/** The whole text as consecutive non-empty pieces of at most `limit` code points each. */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest !== '') {
    const [head, tail] = splitHead(rest, limit);
    if (head.trim() !== '') pieces.push(head);
    rest = tail.trim();
  }
  return pieces;
}
