/**
 * Telegram's HTML parse mode as the fake Bot API checks it
 * (fake-telegram-api.ts): strictly enough that formatting bugs fail in tests
 * as they would at Telegram.
 */
const HTML_TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'code',
  'pre',
  'a',
  'tg-spoiler',
]);
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** Telegram's HTML parse mode, strictly enough to catch bad output: known tags, properly nested, entities escaped. */
export function parseTelegramHtml(html: string): { text: string } | { error: string } {
  const stack: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) return { error: `unclosed start tag at byte offset ${i}` };
      const tag = /^<(\/?)([a-z-]+)(?:\s[^>]*)?>$/.exec(html.slice(i, end + 1));
      if (!tag || !HTML_TAGS.has(tag[2]!)) return { error: `unsupported start tag at byte offset ${i}` };
      if (tag[1]) {
        if (stack.pop() !== tag[2]) return { error: `unmatched end tag at byte offset ${i}, expected "</${tag[2]}>"` };
      } else {
        stack.push(tag[2]!);
      }
      i = end + 1;
    } else if (c === '&') {
      const entity = /^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});/.exec(html.slice(i, i + 12));
      if (!entity) return { error: `character entity expected at byte offset ${i}` };
      const name = entity[1]!;
      text += name.startsWith('#')
        ? String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
        : ENTITIES[name]!;
      i += entity[0].length;
    } else if (c === '>') {
      return { error: `unexpected end tag at byte offset ${i}` };
    } else {
      text += c;
      i += 1;
    }
  }
  if (stack.length) return { error: `can't find end tag corresponding to start tag "${stack.at(-1)}"` };
  return { text };
}
