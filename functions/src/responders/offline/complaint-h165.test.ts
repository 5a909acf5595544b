/**
 * A request for a person in Algerian Arabic: "nhder" (to talk) written with د, as Algeria writes it (Morocco writes
 * ض), and "not with the robot". Near misses: talking about a person, not asking to talk to one.
 */
import { describe, expect, it } from 'vitest';
import { asksForPerson } from './complaint.js';
import { said } from './complaint.test-helper.js';

const person = (text: string) => asksForPerson(said(text));

describe('asksForPerson: Algerian Arabic', () => {
  it.each([
    'بغيت نهدر مع الطبيبة على الدوا تاع ولدي',
    'نحب نهدر مع واحد من العيادة عافاك',
    'ماشي مع الروبو، بغيت بنادم',
    'bghit nhder m3a la secrétaire, machi m3a robot',
  ])('a request for a person: %s', (text) => {
    expect(person(text)).toBe(true);
  });

  it.each(['الدكتور هدر معايا البارح على النتائج، شكرا بزاف', 'واش كاين موقف للطوموبيلات قدام العيادة؟'])(
    'no request for a person: %s',
    (text) => {
      expect(person(text)).toBe(false);
    },
  );
});
