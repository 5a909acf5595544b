/**
 * Danish, Norwegian and Swedish, as tourists write them to a business abroad: recognised by their letters (å, ø, æ,
 * which no language Frontdesk reads writes; beside them "ä" and "ö" are Swedish, not German), their weekdays and
 * everyday words, and read through the English gist (an appointment, cancelling or moving it, opening on a day).
 * Near misses: German with its umlauts stays German, a Danish name in an English or German message changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { englishGist } from './foreign.js';
import { detectLanguage } from './language.js';

const gist = (text: string) => {
  const guess = detectLanguage(text);
  expect(guess.other, text).toBe('sv');
  return englishGist(text, 'sv');
};

describe('Danish, Norwegian and Swedish recognised and read', () => {
  it.each<[string, string[]]>([
    ['hej, jeg vil gerne aflyse min tid på torsdag', ['would like to', 'cancel', 'my appointment', 'thursday']],
    ['har I åbent 2. juledag?', ['are you open']],
    ['hei! har dere åpent på søndag formiddag?', ['are you open', 'sunday']],
    ['kan vi flytte timen til fredag kl 10?', ['can we', 'reschedule the appointment', 'friday', 'at 10']],
    ['vi vil gjerne bestille time for to børn på lørdag', ['book an appointment', 'two children', 'saturday']],
    ['hej! har ni öppet på lördag eftermiddag?', ['are you open', 'saturday', 'afternoon']],
    ['tusind tak for i dag, vi ses', ['thank you very much', 'today']],
    ['hvad koster det på mandag?', ['how much', 'monday']],
  ])('%j', (text, expected) => {
    const english = gist(text);
    for (const phrase of expected) expect(english).toContain(phrase);
  });
});

describe('near misses', () => {
  it.each([
    ['Können wir am Samstag um 10 Uhr kommen? Schöne Grüße', 'de'],
    ['Hätten Sie morgen früh einen Termin für mich frei?', 'de'],
    ['Hi, my friend Søren would like to book for Saturday, is that ok?', 'en'],
    ['Hola, soy Åsa, ¿tenéis hueco mañana por la tarde?', 'es'],
  ])('%j stays %s', (text, language) => {
    const guess = detectLanguage(text);
    expect(guess.other).toBeUndefined();
    expect(guess.language).toBe(language);
  });
});
