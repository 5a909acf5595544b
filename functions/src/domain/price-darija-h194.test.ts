/** A Darija price asked with "to pay" ("شحال كتخلصو", "chhal katkhalsou"): paying alone asks no price. */
import { describe, expect, it } from 'vitest';
import { conceptsIn } from './lexicon/concepts.test-helper.js';

describe('a Darija price asked with "to pay"', () => {
  it.each(['شحال كتخلصو على الكورس؟', 'بشحال كتخلصو الشهر', 'chhal katkhalsou 3la l cours?'])(
    '%s asks a price',
    (text) => {
      expect(conceptsIn(text, 'ar', 'ar', 'fr')).toContain('price');
    },
  );

  it('does not read paying alone as a price', () => {
    expect(conceptsIn('كتخلصو بالكارطة؟', 'ar', 'ar')).not.toContain('price');
  });
});
