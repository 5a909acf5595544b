/**
 * Cues whose Arabizi skeleton was too loose: "shay"/"shi" (a thing, "kil shay", everything) is no "shu" (what), and
 * a place name in -ي ("انسي", Annecy) is no "انسان" (a human, asked for); the words themselves still count.
 */
import { describe, expect, it } from 'vitest';
import { expandedWords } from '../../domain/text.js';
import { classify } from './intents.js';

const keysOf = (text: string) => classify(expandedWords(text), ['ar']).matches.map((m) => m.key);

describe('Arabic cues kept to their words (h158)', () => {
  it.each([
    ['shukran 3ala kil shay, ma3a salama', 'question'],
    ['kil shi tamam, yislamo', 'question'],
    ['رايحين على انسي الاسبوع الجاي', 'human'],
  ])('%j raises no %s', (text, key) => {
    expect(keysOf(text)).not.toContain(key);
  });

  it.each([
    ['shu l as3ar?', 'question'],
    ['sho fi 3indkom?', 'question'],
    ['بدي احكي مع انسان مش روبوت', 'human'],
  ])('%j still raises %s', (text, key) => {
    expect(keysOf(text)).toContain(key);
  });
});
