/** A public holiday asked of a day, in every language; a party, a holiday camp or the customer's own holiday is none. */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';

describe('publicHoliday', () => {
  it.each([
    ['en', 'friday the 17th, isnt it a public holiday?'],
    ['es', 'el lunes es festivo aqui, abris?'],
    ['fr', 'lundi c est férié, vous êtes ouverts ?'],
    ['ar', 'بكرا عطلة رسمية، فاتحين؟'],
    ['ca', 'dilluns és festiu, obriu?'],
    ['pt', 'dia 15 é feriado, vcs abrem?'],
    ['it', 'lunedì è festivo, siete aperti?'],
    ['de', 'am Montag ist Feiertag, habt ihr offen?'],
    ['es', 'el viernes es fiesta aqui no?'],
    ['it', 'il 4 ottobre è festa patronale, siete chiusi?'],
  ] as const)('finds it in %s: %j', (language, text) => {
    expect(conceptsOf(text, language)).toContain('publicHoliday');
  });

  it.each([
    ['es', 'queremos hacer la fiesta de cumpleaños de mi hija'],
    ['ca', 'fem una festa d aniversari dissabte'],
    ['it', 'la festa di compleanno di mio figlio'],
    ['en', 'do you run a holiday camp for kids?'],
    ['pt', 'vou estar de ferias em agosto'],
    ['de', 'ich bin im Urlaub bis Montag'],
  ] as const)('not in %s: %j', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('publicHoliday');
  });
});
