/**
 * Rain and the named coastal winds are bad weather: an outdoor lesson's
 * entry about rain ("if it rains the class moves to the covered arena")
 * answers "si plou dimecres es fa la classe?" in any language.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { conceptsOf } from './concepts.test-helper.js';

describe('badWeather: rain and strong named winds', () => {
  it.each([
    ['en', 'what happens to the lesson if it rains on friday?'],
    ['en', 'is it still on when its raining'],
    ['es', 'si llueve mañana se suspende la clase?'],
    ['es', 'con lluvia se juega igual?'],
    ['fr', "s'il pleut samedi on fait comment ?"],
    ['fr', 'en cas de pluie le cours est annulé ?'],
    ['fr', 'avec le mistral vous sortez quand même ?'],
    ['it', 'se piove domenica la lezione si fa lo stesso?'],
    ['de', 'findet der Kurs bei Regen statt?'],
    ['de', 'was ist wenn es regnet'],
    ['ca', 'si plou dijous hi ha classe?'],
    ['ca', 'amb aquesta tramuntana sortiu igualment?'],
    ['pt', 'se chover a aula é cancelada?'],
    ['ar', 'اذا كان في مطر الحصة تتلغى؟'],
  ] as [TextLanguage, string][])('reads %s "%s" as bad weather', (language, text) => {
    expect(conceptsOf(text, language)).toContain('badWeather');
  });

  it.each([
    // A rainbow, a city, crying, a shower, wearing something: no rain.
    ['en', 'do you do rainbow hair colours?'],
    ['de', 'ich wohne in Regensburg'],
    ['fr', 'ma fille pleure avant chaque séance'],
    ['pt', 'tem chuveiro no balneário?'],
    ['es', 'hay que llevar ropa cómoda?'],
    ['es', 'me levanté con la espalda fatal'],
    ['it', 'posso provare una lezione prima?'],
  ] as [TextLanguage, string][])('does not read %s "%s" as bad weather', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('badWeather');
  });
});
