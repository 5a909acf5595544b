/**
 * The Levant's "عال" (على + the article) glued to its noun is read as the noun: "جاي عالدرس" (coming to the lesson),
 * "تأخرت عالموعد" (late for the appointment). A word that merely begins with those letters stays whole.
 */
import { describe, expect, it } from 'vitest';
import { unglueArabicOn } from './analyzer.js';
import { conceptsIn } from './lexicon/concepts.test-helper.js';
import { normalise } from './text.js';

const unglued = (word: string) => unglueArabicOn([normalise(word)])[0];

describe('"عال" glued to a noun', () => {
  it.each([
    ['عالدرس', 'الدرس'],
    ['عالموعد', 'الموعد'],
    ['عالساعة', 'الساعه'],
  ])('%s is read as %s', (glued, noun) => {
    expect(unglued(glued)).toBe(normalise(noun));
  });

  it.each(['عالم', 'عالمي', 'عالية', 'عالجت', 'عالمية', 'عالقين'])('%s stays whole', (word) => {
    expect(unglued(word)).toBe(normalise(word));
  });

  it('finds the concept of the noun it carries', () => {
    const glued = [...conceptsIn('بيقدر يجي عالموعد بكرا؟', 'ar')];
    const apart = [...conceptsIn('بيقدر يجي على الموعد بكرا؟', 'ar')];
    expect(apart.length).toBeGreaterThan(0);
    for (const concept of apart) expect(glued).toContain(concept);
  });
});
