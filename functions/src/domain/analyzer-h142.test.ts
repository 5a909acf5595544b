/**
 * A word the message's own language holds as written in one of its concepts is that word, not another language's
 * concept reached through a shared stem; and a price's question word inside another concept's phrase frames no
 * thing asked for.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './analyzer.js';
import { askedUnknownOfferings } from './asked-offering.js';
import type { TextLanguage } from './languages.js';

const keys = (text: string, languages: TextLanguage[]) =>
  analyse(text, { languages, primary: languages[0] }).concepts.map((c) => c.key);

describe('a word of the message’s own language', () => {
  it('Catalan "fill" is a son, not a dental filling', () => {
    const found = keys('el meu fill vol venir dissabte', ['ca', 'fr', 'en']);
    expect(found).toContain('children');
    expect(found).not.toContain('filling');
  });

  it('English "filling" is still a filling', () => {
    expect(keys('how much is a filling?', ['en', 'ca'])).toContain('filling');
  });

  it('Catalan "empastament" is still a filling', () => {
    expect(keys('quant costa un empastament?', ['ca', 'en'])).toContain('filling');
  });
});

describe('a price word inside a question of the time', () => {
  const asked = (text: string) => {
    const analysis = analyse(text, { languages: ['ar'], primary: 'ar' });
    return askedUnknownOfferings(analysis, () => false).map((u) => analysis.words[analysis.positions[u]![0]!]);
  };

  it('Egyptian "الساعه كام" asks the time: what follows names nothing priced', () => {
    expect(asked('بتفتحوا الساعة كام؟ محتاجين نيجي بدري')).toEqual([]);
  });

  it('"بكام" still asks the price of what follows', () => {
    expect(asked('بكام الهيدرافيشل؟')).not.toEqual([]);
  });
});
