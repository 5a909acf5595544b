import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES } from './languages.js';
import { arrivalsWithin, floodNoticeText, floodStep, overLimit, recordArrival } from './rate-limit.js';

const t0 = Date.parse('2026-12-01T10:00:00Z');
const at = (seconds: number) => new Date(t0 + seconds * 1000);
const every = (n: number, stepSeconds: number, from = 0) =>
  Array.from({ length: n }, (_, i) => at(from + i * stepSeconds));
const limit = { messages: 5, seconds: 60 };

describe('recordArrival', () => {
  it('keeps the times in order and drops the oldest beyond the cap', () => {
    expect(recordArrival([at(1), at(3)], at(2))).toEqual([at(1), at(2), at(3)]);
    expect(recordArrival(every(4, 1), at(10), 3)).toEqual([at(2), at(3), at(10)]);
  });
});

describe('the sliding window', () => {
  it.each([
    ['five in a minute is within a limit of five', every(5, 10), at(40), false],
    ['six in a minute is over it', every(6, 10), at(50), true],
    ['six spread over two minutes is not', every(6, 24), at(120), false],
    ['the window ends at the message: later arrivals do not count', every(10, 1, 0), at(4), false],
    ['a window edge is exclusive at the start', [...every(5, 1, 0), at(60)], at(60), false],
  ])('%s', (_name, times, when, over) => {
    expect(overLimit(times, when, limit)).toBe(over);
  });

  it('counts inclusively at the end', () => {
    expect(arrivalsWithin([at(0), at(30), at(60)], at(60), 60)).toBe(2);
  });
});

describe('floodStep', () => {
  const flood = every(8, 2);
  const calm = [at(0), at(100)];
  it.each([
    ['a calm contact is answered', calm, at(100), false, { action: 'answer' }],
    ['the first message over the limit gets the notice', flood, at(14), false, { action: 'notice' }],
    ['more over the limit get silence', flood, at(14), true, { action: 'silence' }],
    [
      'the first message within the limit again ends the flood',
      calm,
      at(100),
      true,
      { action: 'answer', floodEnded: true },
    ],
  ])('%s', (_name, times, when, flooding, step) => {
    expect(floodStep(times, when, limit, flooding)).toEqual(step);
  });
});

describe('floodNoticeText', () => {
  it('is written in every language a business may list, and falls back to English', () => {
    const texts = TEXT_LANGUAGES.map((language) => floodNoticeText(language));
    expect(texts.map((t) => t.language)).toEqual([...TEXT_LANGUAGES]);
    expect(new Set(texts.map((t) => t.text)).size).toBe(TEXT_LANGUAGES.length);
    expect(floodNoticeText('ja')).toEqual(floodNoticeText('en'));
  });
});
