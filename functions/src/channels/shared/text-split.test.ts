import { describe, expect, it } from 'vitest';
import { codePointLength, measureText, splitHead, splitTail, splitText, utf16Units, utf8Bytes } from './text-split.js';

const words = (count: number, word = 'word') => Array.from({ length: count }, () => word).join(' ');
const squash = (text: string) => text.replace(/\s+/g, '');

describe('splitText', () => {
  it.each([
    ['fits', 'Hello there.', 50, ['Hello there.']],
    ['trims, and an empty text is no message', '   ', 10, []],
    [
      'prefers a paragraph to a sentence',
      'First paragraph here. Still first.\n\nSecond one.',
      40,
      ['First paragraph here. Still first.', 'Second one.'],
    ],
    ['then a line', 'Line one is here\nLine two is here', 20, ['Line one is here', 'Line two is here']],
    [
      'then the end of a sentence, which keeps its full stop',
      'We open at nine. We close at six. Sundays off!',
      36,
      ['We open at nine. We close at six.', 'Sundays off!'],
    ],
    [
      'Arabic question mark ends a sentence',
      'هل يمكنني الحجز؟ شكرا جزيلا لكم',
      20,
      ['هل يمكنني الحجز؟', 'شكرا جزيلا لكم'],
    ],
    ['then a space', 'alpha beta gamma delta', 12, ['alpha beta', 'gamma delta']],
    ['and only then inside a word', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
  ] as const)('%s', (_, text, limit, expected) => {
    expect(splitText(text, limit)).toEqual(expected);
  });

  it('ignores a boundary that would leave a tiny first message', () => {
    const text = `Hi!\n\n${words(15)}. ${words(30)}`;
    expect(splitText(text, 120)[0]).toBe(`Hi!\n\n${words(15)}.`);
  });

  it('counts code points and never cuts an emoji in half', () => {
    const text = '😀'.repeat(10);
    const pieces = splitText(text, 4);
    expect(pieces).toEqual(['😀😀😀😀', '😀😀😀😀', '😀😀']);
    expect(pieces.join('')).toBe(text);
  });

  it('loses nothing and respects the limit, whatever the text', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const atoms = ['word', 'a', 'Ωmega', '😀', '. ', '! ', '\n', '\n\n', ' ', 'longwordwithoutanybreaks', '؟ ', '…'];
    for (let run = 0; run < 300; run += 1) {
      const text = Array.from(
        { length: Math.floor(random() * 200) },
        () => atoms[Math.floor(random() * atoms.length)],
      ).join('');
      const limit = 1 + Math.floor(random() * 60);
      const pieces = splitText(text, limit);
      for (const piece of pieces) {
        expect(codePointLength(piece)).toBeLessThanOrEqual(limit);
        expect(piece.trim()).not.toBe('');
      }
      expect(squash(pieces.join(''))).toBe(squash(text));
    }
  });
});

describe('splitHead and splitTail', () => {
  it('splitHead takes the longest natural head', () => {
    expect(splitHead('One. Two. Three.', 11)).toEqual(['One. Two.', 'Three.']);
    expect(splitHead('short', 10)).toEqual(['short', '']);
  });

  it('splitTail keeps the longest natural tail within the limit', () => {
    expect(splitTail('Intro paragraph.\n\nPick a time below.', 20)).toEqual(['Intro paragraph.', 'Pick a time below.']);
    expect(splitTail('short', 10)).toEqual(['', 'short']);
    const [rest, tail] = splitTail(`${words(50)}. ${words(3)}?`, 40);
    expect(codePointLength(tail)).toBeLessThanOrEqual(40);
    expect(squash(rest + tail)).toBe(squash(`${words(50)}. ${words(3)}?`));
  });

  it('refuses a limit below one', () => {
    expect(() => splitHead('x', 0)).toThrow(RangeError);
    expect(() => splitTail('x', 0)).toThrow(RangeError);
  });
});

describe('splitText in UTF-16 units (Telegram, Messenger)', () => {
  it.each([
    ['fits', 'Short text.', 20, ['Short text.']],
    ['paragraph', 'First paragraph.\n\nSecond one.', 20, ['First paragraph.', 'Second one.']],
    ['line', 'First line here\nsecond line', 20, ['First line here', 'second line']],
    ['sentence', 'One sentence. Another one here.', 20, ['One sentence.', 'Another one here.']],
    ['space', 'words without any stops at all', 12, ['words', 'without any', 'stops at all']],
    ['hard cut', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['CJK sentence', '今日は晴れです。明日は雨です。', 10, ['今日は晴れです。', '明日は雨です。']],
    ['empty', '   ', 10, []],
  ] as const)('%s', (_, text, limit, parts) => {
    expect(splitText(text, limit, utf16Units)).toEqual(parts);
  });

  it('never cuts inside a surrogate pair', () => {
    const parts = splitText('😀'.repeat(5), 3, utf16Units);
    expect(parts).toEqual(['😀', '😀', '😀', '😀', '😀']);
  });
});

describe('measures', () => {
  it('count code points, UTF-16 units or UTF-8 bytes', () => {
    expect(measureText('aé😀')).toBe(3);
    expect(measureText('aé😀', utf16Units)).toBe(4);
    expect(measureText('aé😀', utf8Bytes)).toBe(7);
  });

  it('Instagram-style byte limits: Arabic and emoji are several bytes each, and the limit holds', () => {
    const text = 'مرحبا بكم في العيادة. '.repeat(60) + '😀'.repeat(40);
    const pieces = splitText(text, 1000, utf8Bytes);
    for (const piece of pieces) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(1000);
    expect(pieces.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    expect(pieces[0]!.endsWith('.')).toBe(true);
  });

  it('an Arabic question mark ends a sentence whatever the measure', () => {
    expect(splitText('هل يمكنني الحجز غدا؟ نعم بالتأكيد', 40, utf8Bytes)[0]).toBe('هل يمكنني الحجز غدا؟');
  });
});
