/** Something stolen is a thing lost: the entry on a lost card, certificate or bag answers it. */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { conceptsOf } from './concepts.test-helper.js';

describe('a stolen thing is a lost item', () => {
  it.each<[TextLanguage, string]>([
    ['en', 'my wallet got stolen with the vaccination card inside'],
    ['es', 'me robaron la mochila con el certificado'],
    ['fr', "on m'a volé mon sac avec le carnet"],
    ['fr', 'mon portefeuille a été volé hier'],
    ['it', 'mi hanno rubato la borsa col certificato'],
    ['de', 'mein Rucksack wurde gestohlen'],
    ['ca', "m'han robat la cartera"],
    ['pt', 'me roubaram a mochila com o cartão'],
    ['ar', 'الشنطه اتسرقت مني في المطار'],
  ])('%s: %s', (language, text) => {
    expect(conceptsOf(text, language)).toContain('lostItem');
  });

  it.each<[TextLanguage, string]>([
    ['en', 'that film stole the show'],
    ['fr', 'le vol est à 10h'],
    ['fr', 'on a volé au-dessus du lac, magnifique'],
    ['es', 'el robo de la tienda de al lado salió en la tele'],
  ])('no theft: %s: %s', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('lostItem');
  });
});
