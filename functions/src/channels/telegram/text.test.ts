import { describe, expect, it } from 'vitest';
import { splitForTelegram, TELEGRAM_TEXT_LIMIT, toTelegramHtml } from './text.js';

describe('toTelegramHtml', () => {
  it.each([
    ['*Saturday 10:00* is free', '<b>Saturday 10:00</b> is free'],
    ['_see you then_', '<i>see you then</i>'],
    ['~10:00~ 11:00', '<s>10:00</s> 11:00'],
    ['(*bold*), *a* *b*', '(<b>bold</b>), <b>a</b> <b>b</b>'],
    ['*a _b_ c*', '<b>a <i>b</i> c</b>'],
    ['مرحبا *السبت*', 'مرحبا <b>السبت</b>'],
    // Escaped, and left alone where a marker is not markup.
    ['a < b & c > d', 'a &lt; b &amp; c &gt; d'],
    ['<b>not a tag</b>', '&lt;b&gt;not a tag&lt;/b&gt;'],
    ['snake_case_name and 2*3*4', 'snake_case_name and 2*3*4'],
    ['*unclosed and * spaced *', '*unclosed and * spaced *'],
    ['**', '**'],
    ['*x*y', '*x*y'],
    ['*two\nlines*', '*two\nlines*'],
    // Never interleaved: an italic span around a bold one stays as it is.
    ['_a *b* c_', '_a <b>b</b> c_'],
    ['*a _b* c_', '<b>a _b</b> c_'],
  ])('%j → %j', (text, html) => {
    expect(toTelegramHtml(text)).toBe(html);
  });
});

describe('splitForTelegram', () => {
  it('keeps a short text whole, trimmed', () => {
    expect(splitForTelegram('  Hello  ')).toEqual(['Hello']);
    expect(splitForTelegram('   ')).toEqual([]);
  });

  it('cuts at a paragraph break when there is one', () => {
    const a = 'a'.repeat(3000);
    const b = 'b'.repeat(3000);
    expect(splitForTelegram(`${a}\n\n${b}`)).toEqual([a, b]);
  });

  it('cuts at a sentence end, then at a space, and only then inside a word', () => {
    const sentences = 'This is one sentence. '.repeat(300).trim();
    const pieces = splitForTelegram(sentences);
    expect(pieces.length).toBe(2);
    expect(pieces[0]!.endsWith('sentence.')).toBe(true);
    expect(pieces.join(' ')).toBe(sentences);
    const word = 'x'.repeat(5000);
    expect(splitForTelegram(word).join('')).toBe(word);
  });

  it('keeps every piece within 4096 UTF-16 units, even when it is all emoji', () => {
    const emoji = '😀'.repeat(5000);
    const pieces = splitForTelegram(emoji);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    expect(pieces.join('')).toBe(emoji);
    expect(pieces.every((p) => !/[\ud800-\udbff]$/.test(p))).toBe(true);
  });
});
