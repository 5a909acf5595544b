/**
 * Function words of the Gulf, the Levant and Egypt (stopwords.ts), in Arabic script and in Arabizi: they carry no
 * topic, so an answer that does not explain them still answers the question. The words around them stay content.
 */
import { describe, expect, it } from 'vitest';
import { isStopword, normalise } from './text.js';

describe('Gulf, Levantine and Egyptian function words', () => {
  it.each(['حوالي', 'ازيكم', 'شلونكم', 'عايزة', 'وياكم', 'وهل', 'shlonkum', 'ya3ni', '3endkum', 'abi', 'lain', 'mita'])(
    '"%s" is a function word',
    (word) => {
      expect(isStopword(normalise(word), 'ar')).toBe(true);
    },
  );

  it.each(['ندفع', 'جوارب', 'حراره', 'متفرجين', 'تورته', 'مجاني', 'sale7', 'mablagh'])('"%s" stays content', (word) => {
    expect(isStopword(normalise(word), 'ar')).toBe(false);
  });
});
