/**
 * Dutch as a flying school's customers write it: fear of heights, being picked up without a car, car
 * sickness, read through the English gist.
 */
import { describe, expect, it } from 'vitest';
import { englishGist } from './foreign.js';
import { detectLanguage } from './language.js';

const gist = (text: string) => {
  const guess = detectLanguage(text);
  expect(guess.other, text).toBe('nl');
  return englishGist(text, 'nl');
};

describe('Dutch read through a gist (h160)', () => {
  it.each<[string, string[]]>([
    ['ik heb echt hoogtevrees, kan ik het toch doen?', ['fear of heights']],
    ['mijn zoon is snel wagenziek, is dat een probleem?', ['car sick']],
    ['we hebben geen auto, kunnen jullie ons bij het hotel oppikken?', ['no car', 'hotel', 'pick']],
  ])('%j carries %j', (text, parts) => {
    const english = gist(text);
    for (const part of parts) expect(english).toContain(part);
  });

  it('a car of their own is still a car: "we komen met de auto" carries no "no car"', () => {
    expect(gist('we komen met de auto, is er parkeerplaats bij jullie?')).not.toContain('no car');
  });
});
