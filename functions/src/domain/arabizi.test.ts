import { describe, expect, it } from 'vitest';
import { arabiziKey } from './arabizi.js';

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
