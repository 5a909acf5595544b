/**
 * Egyptian function words in Arabizi ("bta3" of, "howa" is it, "awy" very, "3ayz" I want) are grammar, not content a Q&A entry leaves unexplained; the words beside them still count.
 */
import { describe, expect, it } from 'vitest';
import { isStopword } from './text.js';

describe('Egyptian Arabizi function words (h143)', () => {
  it.each(['bta3', 'bta3t', 'bta3y', 'bta3na', 'howa', 'awy', '3ayz', '3ayza', 'bs'])(
    '%s is a stopword in Arabic',
    (word) => expect(isStopword(word, 'ar')).toBe(true),
  );

  it.each(['ghatsa', 'gopro', 'hadf3', 'sohaby', 'bokra'])('%s is content', (word) =>
    expect(isStopword(word, 'ar')).toBe(false),
  );

  it('keeps "bta3" an Arabic word: English does not drop it', () => {
    expect(isStopword('bta3', 'en')).toBe(false);
  });
});
