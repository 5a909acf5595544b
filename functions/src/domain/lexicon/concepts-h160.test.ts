/**
 * Words a flying school's customers use for what its owner wrote: car sickness for "malade en voiture", a dog
 * named by its breed (not the Labrador, which a groomer's entries name as a size), fear of heights for
 * "vertige", a voucher "still good", a flight recorded ("grabar"); and the near misses that must stay what
 * they were.
 */
import { describe, expect, it } from 'vitest';
import { conceptsIn, conceptsOf } from './concepts.test-helper.js';
import type { TextLanguage } from '../languages.js';

const found: [string, TextLanguage, string][] = [
  ['nausea', 'fr', 'mon fils est toujours malade en voiture'],
  ['nausea', 'it', "in macchina ho sempre il mal d'auto"],
  ['nausea', 'en', 'I get really carsick on mountain roads'],
  ['nausea', 'es', 'me mareo en el coche enseguida'],
  ['nausea', 'de', 'mir wird im Auto schlecht'],
  ['nausea', 'ca', 'em marejo al cotxe sempre'],
  ['nausea', 'pt', 'tenho enjoo no carro'],
  ['dog', 'fr', 'notre berger allemand peut nous attendre en bas ?'],
  ['dog', 'en', 'can we bring our border collie along?'],
  ['dog', 'es', 'tenemos un pastor aleman muy tranquilo'],
  ['dog', 'it', 'posso portare il mio pastore tedesco?'],
  ['dog', 'de', 'darf unser Schäferhund mitkommen?'],
  ['dog', 'ca', 'tenim un pastor alemany'],
  ['dog', 'pt', 'o nosso pastor alemão pode ir?'],
  ['head', 'en', "I'm terrified of heights, is that a problem?"],
  ['head', 'fr', "j'ai un peu peur du vide"],
  ['head', 'es', 'tengo miedo a las alturas'],
  ['head', 'it', "ho paura dell'altezza"],
  ['head', 'de', 'ich habe Höhenangst'],
  ['head', 'ca', 'tinc por a les altures'],
  ['head', 'pt', 'tenho medo de altura'],
  ['validity', 'en', 'my gift card is from last year, is it still good?'],
  ['validity', 'fr', 'le bon de Noël est toujours bon ?'],
  ['validity', 'de', 'ist der Gutschein noch einlösbar?'],
  ['video', 'es', '¿me podéis grabar mientras salto?'],
  ['video', 'pt', 'vocês podem gravar o salto?'],
  ['video', 'en', 'can the whole thing be filmed?'],
];

describe('the words of a flying school’s customers', () => {
  it.each(found)('finds %s in %s "%s"', (concept, language, text) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each([
    ['nausea', 'fr', 'on vient en voiture, il y a un parking ?'],
    ['nausea', 'it', 'arriviamo in macchina da Torino'],
    ['dog', 'en', 'we are German, is the shepherd pie good?'],
    ['dog', 'fr', 'le berger du village vend du fromage'],
    ['head', 'en', 'what are the heights of the take-off sites?'],
    ['validity', 'en', 'the weather looks good, still on for tomorrow?'],
    ['video', 'fr', 'je veux enregistrer mon fils pour le cours'],
    ['video', 'de', 'nehmen Sie noch neue Kunden auf?'],
    ['video', 'it', 'quando riprendete i voli dopo la pausa?'],
  ] as [string, TextLanguage, string][])('does not read %s into %s "%s"', (concept, language, text) => {
    expect(conceptsIn(text, language)).not.toContain(concept);
  });
});
