/**
 * Round 43 (r43c): a monthly or weekly pass as a package ("Monatspass", "pase mensual"), the Lebanese and other
 * liras as a currency, and "what do we wear" asked as a question (German "was zieht man an", a T-shirt) as
 * clothing — in every language; and sentences that must not raise them.
 */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';
import type { TextLanguage } from '../languages.js';

const raises: [string, TextLanguage, string][] = [
  ['package', 'de', 'Gilt die Monatskarte auch für die Abendkurse?'],
  ['package', 'de', 'was kostet der Monatspass bei euch'],
  ['package', 'de', 'Gibt es einen Jahrespass?'],
  ['package', 'en', 'does the weekly pass cover the weekend classes?'],
  ['package', 'es', 'cuánto cuesta el pase mensual?'],
  ['package', 'fr', 'le pass mensuel marche pour tous les cours ?'],
  ['package', 'it', 'il pass mensile vale per tutti i corsi?'],
  ['package', 'ca', 'el passi mensual serveix per a tot?'],
  ['package', 'pt', 'o passe mensal dá para todas as aulas?'],
  ['package', 'es', '¿con el pase puedo ir a todas las clases?'],
  ['package', 'fr', 'avec mon pass je peux venir le samedi ?'],
  ['package', 'pt', 'com o passe posso ir a qualquer aula?'],
  ['currency', 'en', 'can i pay in lira?'],
  ['currency', 'de', 'Nehmt ihr auch Lira oder nur Euro?'],
  ['currency', 'fr', 'je peux payer en livres libanaises ?'],
  ['currency', 'es', 'aceptan lira?'],
  ['currency', 'it', 'si può pagare in lira libanese?'],
  ['currency', 'pt', 'aceitam liras?'],
  ['currency', 'ca', 'accepteu lires?'],
  ['currency', 'ar', 'فيني ادفع بالليره؟'],
  ['clothing', 'de', 'Und was zieht man an? Lieber warm?'],
  ['clothing', 'de', 'reicht ein T-Shirt?'],
  ['clothing', 'en', 'not sure what to wear, is a t-shirt fine?'],
  ['clothing', 'fr', 'on met quoi pour la sortie ?'],
  ['clothing', 'it', 'cosa mi metto per domani?'],
  ['clothing', 'es', 'qué nos ponemos para ir?'],
  ['clothing', 'ca', 'què em poso per venir?'],
  ['clothing', 'pt', 'o que visto para o passeio?'],
  ['clothing', 'ar', 'شو نلبس للرحلة؟'],
];

const not: [string, TextLanguage, string][] = [
  ['package', 'de', 'Ich habe meinen Reisepass vergessen'],
  ['package', 'es', 'abono la diferencia en efectivo'],
  ['package', 'es', 'ojalá que se le pase pronto el dolor'],
  ['currency', 'ar', 'انا لبناني ساكن بدبي'],
  ['clothing', 'de', 'Was zieht man für eine Strafe ab, wenn man zu spät kommt?'],
  ['clothing', 'en', 'the tee time is at nine'],
];

describe('concepts of passes, liras and what to wear', () => {
  it.each(raises)('raises %s in %s: %j', (concept, language, text) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });
  it.each(not)('does not raise %s in %s: %j', (concept, language, text) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});
