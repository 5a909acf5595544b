import { describe, expect, it } from 'vitest';
import { NOTICES } from '../notices.js';
import { DIALOGUE_LANGUAGES, TEXTS } from './texts.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the booking dialogue and notice texts', () => {
  it.each(DIALOGUE_LANGUAGES)(
    '%s has every text, with the same placeholders as English and no number of its own',
    (language) => {
      for (const table of [TEXTS, NOTICES] as const) {
        const english = table.en as unknown as Record<string, string>;
        const own = table[language] as unknown as Record<string, string>;
        expect(Object.keys(own).sort()).toEqual(Object.keys(english).sort());
        for (const [key, text] of Object.entries(own)) {
          expect(placeholders(text), `${language}.${key}`).toEqual(placeholders(english[key]!));
          expect(text.replace(/\{\w+\}/g, ''), `${language}.${key}`).not.toMatch(/\d/);
        }
      }
    },
  );
});
