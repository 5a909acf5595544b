/**
 * Swedish, Danish and Norwegian as golfers and groups write them: being late because of traffic, the whole hour,
 * left-handed clubs, friends who never played and renting for fun, a child's age. Recognised (not read as the
 * Italian of "vi" and "i") and put into English.
 */
import { describe, expect, it } from 'vitest';
import { englishGist } from './foreign.js';
import { detectLanguage } from './language.js';

const gist = (text: string) => {
  expect(detectLanguage(text).other, text).toBe('sv');
  return englishGist(text, 'sv');
};

describe('Nordic words of a lesson or a rental', () => {
  it.each<[string, string[]]>([
    ['om vi blir sena pga kön på motorvägen, får vi ändå hela timmen?', ['if we', 'are late', 'because of', 'whole']],
    ['hei, vi blir forsinket pga trafikken, får vi hele timen likevel?', ['are late', 'the whole hour']],
    ['jeg er venstrehåndet, har dere køller?', ['left-handed']],
    [
      'vi er 4 venner som aldrig har spillet, kan vi leje en bane for sjov?',
      ['friends', 'never', 'played', 'rent', 'for fun'],
    ],
    ['hur gammal måste barnen vara?', ['how old', 'children']],
  ])('%j', (text, expected) => {
    const english = gist(text);
    for (const phrase of expected) expect(english).toContain(phrase);
  });

  it('Italian with "vi" stays Italian', () => {
    expect(detectLanguage('vi aspettiamo domani alle 18, grazie').other).toBeUndefined();
  });
});
