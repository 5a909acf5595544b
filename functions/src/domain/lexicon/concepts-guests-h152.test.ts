/**
 * The guests' concepts (concepts-guests.ts) and the words added in round 36 to older groups, read from a cooking
 * school and an escape room: not drinking alcohol, lactose, a cruise ship; a dachshund is a dog, a hen or stag
 * party is an event, a language named after "in" asks which language, a backpack is a belonging, an accessible
 * bathroom is a toilet. And words that must keep meaning what they meant: an aftercare "no hot drinks", a latte,
 * a port wine, a dog's bath, a trip to Italy.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { conceptsOf, type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';
import { GUEST_CONCEPTS } from './concepts-guests.js';

const examples: ConceptExamples = [
  [
    'alcoholFree',
    [
      ['en', 'my husband is teetotal, what will he drink at the dinner?'],
      ['es', 'soy abstemia, puedo tomar otra cosa en la cata?'],
      ['fr', 'je ne bois pas, vous avez des boissons sans alcool ?'],
      ['it', 'mio figlio è astemio, c’è qualcosa di analcolico?'],
      ['de', 'gibt es auch alkoholfreie Getränke zum Essen?'],
      ['ca', 'la meva dona no beu alcohol, hi ha alguna cosa sense alcohol?'],
      ['pt', 'eu não bebo, há alguma bebida sem álcool?'],
      ['ar', 'انا ما بشرب، في شي بلا كحول؟'],
    ],
  ],
  [
    'lactose',
    [
      ['en', 'my son is lactose intolerant, can he still eat the gelato?'],
      ['es', 'tengo intolerancia a la lactosa, puedo hacer el taller?'],
      ['fr', 'je suis intolérante au lactose, c’est un souci pour le cours ?'],
      ['it', 'mio marito non tollera il lattosio, cucinate senza lattosio?'],
      ['de', 'ich vertrage keine Laktose, geht das beim Kochkurs?'],
      ['ca', 'sóc intolerant a la lactosa, hi ha alternativa?'],
      ['pt', 'a minha filha tem intolerância à lactose, há problema?'],
      ['ar', 'عندي حساسية من اللاكتوز، في مشكلة؟'],
    ],
  ],
  [
    'cruise',
    [
      ['en', 'our cruise docks at 8, will we be back before all aboard?'],
      ['es', 'llegamos en crucero a Livorno, nos da tiempo a volver al barco?'],
      ['fr', 'nous sommes en croisière, escale d’une journée seulement'],
      ['it', 'siamo crocieristi, arriviamo in nave da crociera la mattina'],
      ['de', 'wir machen eine Kreuzfahrt und haben nur einen Tag Landgang'],
      ['ca', 'venim amb un creuer i hem de tornar al vaixell a les sis'],
      ['pt', 'estamos num cruzeiro, dá tempo de voltar ao navio?'],
      ['ar', 'نحن في رحلة بحرية ونرجع للسفينة الساعة ستة'],
    ],
  ],
];

const notRead: [TextLanguage, string, string][] = [
  ['en', 'do not drink hot drinks for an hour after the whitening', 'alcoholFree'],
  ['en', 'can I have a glass of wine after the massage?', 'alcoholFree'],
  ['it', 'il vino è compreso nel corso?', 'alcoholFree'],
  ['it', 'un latte macchiato dopo la lezione', 'lactose'],
  ['en', 'can I leave milk for the baby in your fridge?', 'lactose'],
  ['pt', 'vinho do Porto na prova?', 'cruise'],
  ['it', 'a bordo della barca si mangia?', 'cruise'],
  ['de', 'dürfen wir das Boot selbst steuern?', 'cruise'],
];

describeConceptTable('the guests’ concepts', GUEST_CONCEPTS, examples, notRead);

describe('words added to older groups', () => {
  it.each([
    ['de', 'dürfen wir unseren Dackel mitnehmen?', 'dog'],
    ['it', 'posso venire con il mio bassotto?', 'dog'],
    ['en', 'is our sausage dog allowed inside?', 'dog'],
    ['fr', 'mon teckel peut venir ?', 'dog'],
    ['it', 'organizzate addii al nubilato per otto amiche?', 'events'],
    ['es', 'queremos celebrar una despedida de soltero con los amigos', 'events'],
    ['en', 'we are planning a stag do for ten lads', 'events'],
    ['de', 'wir planen einen Junggesellenabschied', 'events'],
    ['it', 'la lezione la tenete in tedesco o in inglese?', 'language'],
    ['es', 'la clase es en inglés o en castellano?', 'language'],
    ['de', 'ist die Führung auf Englisch oder auf Deutsch?', 'language'],
    ['pt', 'a aula é em inglês ou em português?', 'language'],
    ['es', 'podemos dejar las mochilas en algún sitio?', 'valuables'],
    ['de', 'wohin mit dem Rucksack während des Spiels?', 'valuables'],
    ['it', 'dove lasciamo gli zaini?', 'valuables'],
    ['it', 'il bagno è accessibile con la carrozzina?', 'facilities'],
    ['es', 'tenéis baño adaptado?', 'facilities'],
  ] as [TextLanguage, string, string][])('%s "%s" reads %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each([
    ['it', 'quanto costa il bagno per il cane?', 'facilities'],
    ['it', 'veniamo in Italia a luglio', 'language'],
    ['fr', 'vous avez des cours en anglais ?', 'language'],
    ['de', 'gibt es Kurse auf Deutsch?', 'language'],
    ['es', 'me despedí de mi hermana en el aeropuerto', 'events'],
    ['de', 'der Pudel braucht einen Haarschnitt', 'events'],
  ] as [TextLanguage, string, string][])('%s "%s" is no %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});
