/**
 * Round 44: a cue of booking held by a longer cue of another language is a word of that language: Italian "come si
 * fa?" (how does one do it?) asks how, it is no English "come".
 */
import { describe, expect, it } from 'vitest';
import { expandedWords } from '../../domain/text.js';
import type { TextLanguage } from '../../domain/languages.js';
import { classify } from './intents.js';

const bookingCues = (text: string, languages: TextLanguage[]) =>
  classify(expandedWords(text), languages).matches.filter((m) => m.key === 'bookingAct');

describe('a booking cue inside a longer cue of another language (r44b)', () => {
  it('reads "come" in "come si fa" as Italian', () => {
    const text = 'domenica prossima vorremmo fare la giornata intera, ma per mangiare come si fa?';
    expect(bookingCues(text, ['it', 'en'])).toHaveLength(0);
  });

  it.each([
    ['can I come on Friday at 5?', ['en', 'it']],
    ['can we come in on Saturday morning?', ['en', 'it', 'pt']],
    ['posso prenotare per sabato? come si fa?', ['it', 'en']],
  ] as [string, TextLanguage[]][])('still reads a booking cue in %j', (text, languages) => {
    expect(bookingCues(text, languages).length).toBeGreaterThan(0);
  });
});
