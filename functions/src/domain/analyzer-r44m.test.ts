/**
 * Round 44: the rule that reads another language's phrase only as written (analyzer-r44f) holds where a stem of
 * that language meets a word of the message's own. A word the message's language does not know is still read by
 * the other language's stem, since the message's language may be misread on a few words: "a CNSS reembolsa?" read
 * as English still asks about a refund, "passaré vergonya?" read as Italian is still embarrassment.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './analyzer.js';
import type { TextLanguage } from './languages.js';

const concepts = (text: string, primary: TextLanguage, ...others: TextLanguage[]) =>
  analyse(text, { languages: [...new Set([primary, ...others])], primary }).concepts.map((c) => c.key as string);

describe('a word the message’s language does not know keeps another language’s stem (r44m)', () => {
  it('"a CNSS reembolsa?" read as English is still a refund', () => {
    expect(concepts('a CNSS reembolsa?', 'en', 'es', 'pt', 'fr')).toContain('refund');
  });

  it('English "grab" still meets no Spanish "grabar"', () => {
    expect(concepts('should i grab some earplugs before?', 'en', 'es', 'ca')).not.toContain('video');
  });
});
