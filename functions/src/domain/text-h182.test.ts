/** The accusative's tanween on an alif (text.ts): the alif only carries the ending, the word read is the noun. */
import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';

describe('the tanween alif', () => {
  it.each([
    ['كرسياً متحركاً', 'كرسي متحرك'],
    ['الدخول مجاناً؟', 'الدخول مجان'],
    ['شكراً جزيلاً', 'شكر جزيل'],
    // The tanween written before its alif.
    ['مجانًا', 'مجان'],
  ])('"%s" reads as "%s"', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });

  it.each([
    // An alif without the tanween is part of the word (Darija "كاملا", "بزا"), and a short word keeps it.
    ['كاملا', 'كاملا'],
    ['غدا', 'غدا'],
    ['ماشي بزاف', 'ماشي بزاف'],
    ['اً', 'ا'],
  ])('"%s" stays "%s"', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });
});
