/**
 * Swedish, Danish and Norwegian as holidaymakers write to a school or activity abroad: the weather and a refund,
 * a partner who only comes along to watch, the stop to get off at, arriving late off a flight. The gist reads them
 * in English; "20 min" is minutes, not "20 my" (Nordic "min").
 */
import { describe, expect, it } from 'vitest';
import { englishGist } from './foreign.js';
import { detectLanguage } from './language.js';

const gist = (text: string) => {
  const guess = detectLanguage(text);
  expect(guess.other, text).toBe('sv');
  return englishGist(text, 'sv');
};

describe('Nordic questions of a holiday activity read in English', () => {
  it.each<[string, string[]]>([
    [
      'hvad sker der hvis det blæser for meget på lørdag? får vi pengene tilbage?',
      ['what happens if', 'windy', 'too much', 'do we get a refund'],
    ],
    [
      'vad händer om vädret är dåligt? får man pengarna tillbaka?',
      ['what happens if', 'weather', 'do you get a refund'],
    ],
    [
      'hva skjer hvis det er for mye vind? får vi pengene tilbake?',
      ['what happens if', 'too much', 'wind', 'do we get a refund'],
    ],
    ['min kone vil ikke sejle, må hun komme med og kigge på?', ['my wife', 'sail', 'come along', 'watch']],
    ['kan min sambo följa med på båten och ta bilder?', ['partner', 'come along', 'on the boat', 'take photos']],
    [
      'hvor ligger I præcist, og hvilket stoppested skal vi stå af ved?',
      ['where are you', 'exactly', 'which stop', 'get off'],
    ],
    ['vilken hållplats ska vi kliva av vid?', ['which', 'stop', 'get off']],
    ['vi bliver måske 15 min forsinket, flyet lander sent', ['maybe', '15 minutes', 'late', 'the flight', 'lands']],
    [
      'vi kommer kanske 10 min sent till båten, får vi ändå hela tiden?',
      ['10 minutes', 'late', 'do we still get', 'the whole time'],
    ],
  ])('%j', (text, expected) => {
    const english = gist(text);
    for (const phrase of expected) expect(english).toContain(phrase);
  });
});

describe('near misses', () => {
  it('"min" after a number is minutes; on its own it stays "my"', () => {
    expect(gist('min son kommer 20 min sent på lördag')).toMatch(/^my son .*20 minutes late/);
  });
  it('a Swedish "får man" that asks leave is not read as a refund', () => {
    expect(gist('får man ta med hunden på lördag?')).not.toContain('refund');
  });
  it.each([
    ['Can my husband come along to watch? We land at 10 and might be 20 min late', 'en'],
    ['Mein Mann kommt 20 min später, der Flug landet spät', 'de'],
  ])('%j stays %s', (text, language) => {
    const guess = detectLanguage(text);
    expect(guess.other).toBeUndefined();
    expect(guess.language).toBe(language);
  });
});
