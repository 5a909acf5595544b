import { describe, expect, it } from 'vitest';
import { arabiziKey, nineAsSad, writesNineAsSad } from './arabizi.js';

describe('arabiziKey', () => {
  it.each([
    [['se3r', 'si3r', 's3r'], 'the vowels people add or drop'],
    [['maw3ed', 'maw3ad'], 'vowel variants'],
    [['baddi', 'badi', 'bdi'], 'doubled consonants'],
    [['5adamet', 'khadamat'], 'digit and digraph for the same letter'],
    [['7ajez', 'hajez'], 'ح written 7 or h'],
    [['2adesh', 'adesh'], 'the hamza digit'],
    [['shukran', 'chukran'], 'sh and ch'],
    [['shu', 'sho', 'chou'], 'a short word with ش'],
  ])('gives %j one key (%s)', (forms) => {
    expect(new Set(forms.map(arabiziKey)).size).toBe(1);
  });

  it('keeps different words apart', () => {
    expect(arabiziKey('se3r')).not.toBe(arabiziKey('sa3a'));
    expect(arabiziKey('maw3ed')).not.toBe(arabiziKey('mawqef'));
    // ش is no s and h: Algerian "saha" (hello, thanks) is not "shu" (what).
    expect(arabiziKey('saha')).not.toBe(arabiziKey('shu'));
  });

  it('leaves words too short to have a skeleton as they are', () => {
    expect(arabiziKey('ana')).toBe('ana');
    expect(arabiziKey('ya')).toBe('ya');
  });
});

describe('the letter 9', () => {
  it('is ص in words of the Gulf and the Levant, by their markers or the business’s zone', () => {
    expect(writesNineAsSad(['shlonch', 'ana', '9ayma'])).toBe(true);
    expect(writesNineAsSad(['ana', '9ayma'], 'Asia/Dubai')).toBe(true);
    expect(writesNineAsSad(['ana', '9ayma'], 'Asia/Beirut')).toBe(true);
  });

  it('is ق in Darija and wherever nothing says otherwise', () => {
    expect(writesNineAsSad(['wach', 'n9der'], 'Asia/Kuwait')).toBe(false);
    expect(writesNineAsSad(['n9der'], 'Africa/Casablanca')).toBe(false);
    expect(writesNineAsSad(['n9der'], 'Europe/Paris')).toBe(false);
    expect(writesNineAsSad(['n9der'])).toBe(false);
  });

  it('becomes s inside words only, so "9ayma" meets the lexicon’s "sayma"', () => {
    expect(nineAsSad('ana 9ayma, y9eer?')).toBe('ana sayma, yseer?');
    expect(arabiziKey(nineAsSad('9ayma'))).toBe(arabiziKey('sayma'));
    expect(nineAsSad('at 9am or 9h30, 9kd, 90mins, 9 people')).toBe('at 9am or 9h30, 9kd, 90mins, 9 people');
  });
});
