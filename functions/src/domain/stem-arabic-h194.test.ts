/**
 * The Arabic clitics ب ل ف ك are not taken off a word when what remains is one letter and a plural ending: Darija
 * "بغات" (she wants), "لغات" (languages) and "بنات" (girls) no longer meet as one more letter and ات.
 */
import { describe, expect, it } from 'vitest';
import { stem } from './stem.js';
import { normalise } from './text.js';

const ar = (word: string) => stem(normalise(word), 'ar');

describe('Arabic clitics before a plural ending', () => {
  it('keeps a Darija verb apart from languages and girls', () => {
    expect(ar('بغات')).not.toBe(ar('لغات'));
    expect(ar('وبغات')).not.toBe(ar('اللغات'));
    expect(ar('بنات')).not.toBe(ar('لغات'));
  });

  it('still reads a word and its article alike', () => {
    expect(ar('اللغات')).toBe(ar('لغات'));
    expect(ar('البنات')).toBe(ar('بنات'));
  });

  it('still takes the clitic off longer words', () => {
    expect(ar('بالسيارة')).toBe(ar('سيارة'));
    expect(ar('للمدرسة')).toBe(ar('مدرسة'));
    expect(ar('فالشهر')).toBe(ar('شهر'));
    expect(ar('بسيارات')).toBe(ar('سيارات'));
  });
});

describe('a word of three letters after a clitic (review, round 41)', () => {
  it('reads "بعيني" as an eye and "بلون" as a colour', () => {
    expect(ar('بعيني')).toBe(ar('عيني'));
    expect(ar('بلون')).toBe(ar('لون'));
  });
});
