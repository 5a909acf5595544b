/**
 * Words of the care, desk, visit and spine tables as customers write them:
 * brothers and sisters together (a sibling discount), a woman practitioner
 * asked for in Gulf Arabic, a landline, fees, a cancellation and instalments
 * in Arabizi, a package shared, an insurer by its brand, chiropractic
 * sessions in Arabic.
 * Words of the same look that mean something else do not raise them.
 */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';
import type { TextLanguage } from '../languages.js';

describe('family and paying words as customers write them', () => {
  it.each<[string, TextLanguage, string]>([
    // Money by its currency: paying in dollars, pesos, dirhams.
    ['currency', 'en', 'can i pay in us dollars?'],
    ['currency', 'es', 'aceptan dólares o solo pesos?'],
    ['currency', 'fr', 'on peut payer en dirhams ou en euros ?'],
    ['currency', 'it', 'posso pagare in dollari?'],
    ['currency', 'de', 'kann ich in Dollar zahlen?'],
    ['currency', 'ca', 'puc pagar en dòlars?'],
    ['currency', 'pt', 'só tenho dólar, vocês aceitam?'],
    ['currency', 'ar', 'ممكن ادفع بالدولار؟'],
    ['siblings', 'en', 'is there a discount for siblings?'],
    ['siblings', 'es', 'si vienen los dos hermanos hay descuento?'],
    ['siblings', 'fr', 'vous faites un prix pour une fratrie ?'],
    ['siblings', 'it', 'c’è uno sconto per fratelli?'],
    ['siblings', 'de', 'gibt es Geschwisterrabatt?'],
    ['siblings', 'ca', 'hi ha descompte per germans?'],
    ['siblings', 'pt', 'tem desconto para irmãos?'],
    ['siblings', 'ar', 'واش كاين شي تخفيض إلا كانو خوت؟'],
    ['women', 'ar', 'عندكم دكتورة حرمة؟'],
    ['contact', 'en', 'whats ur landline?'],
    ['price', 'ar', 'fi rusoom law alghaita?'],
    ['cancel', 'ar', 'law alghaita el youm'],
    ['instalments', 'ar', 'momken a2asset-ha 3ala kaza shahr?'],
    // A package shared with someone else; an insurer named by its brand; chiropractic sessions in Arabic.
    ['proxy', 'en', 'can my wife use the sessions left in my package?'],
    ['proxy', 'it', 'posso condividere il pacchetto con mia moglie?'],
    ['proxy', 'pt', 'dá para partilhar o pacote com o meu marido?'],
    // Someone else bringing or collecting a child: the nanny, the driver.
    ['proxy', 'en', 'can our nanny pick him up after class?'],
    ['proxy', 'ar', 'السايق يقدر يجيب ولدي للجلسة؟'],
    ['proxy', 'pt', 'quem vai buscar ele é a babá'],
    ['collect', 'pt', 'quem vai buscar ele na sexta?'],
    // A reduced fee, a concession, a social rate: a discount.
    ['discount', 'en', 'do you have reduced fees for students?'],
    ['discount', 'fr', 'vous avez un tarif réduit pour les étudiants ?'],
    ['discount', 'de', 'gibt es einen ermäßigten Preis?'],
    ['discount', 'ar', 'fi as3ar a2all lal tlab?'],
    ['insurance', 'en', 'do you take Thiqa or Daman?'],
    ['insurance', 'ar', 'عندي بطاقة ثقة، تقبلونها؟'],
    ['insurance', 'ar', 'تقبلون بوبا؟'],
    ['chiropractic', 'ar', 'ينفع اعمل جلسات تقويم وانا حامل؟'],
  ])('%s in %s: %s', (concept, language, text) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each<[string, TextLanguage, string]>([
    // One sister is company, not a family discount.
    ['siblings', 'en', 'can my sister come in with me?'],
    ['siblings', 'es', 'puede venir mi hermana conmigo?'],
    // Haram is forbidden, not a woman; speaking with the doctor asks for a person.
    ['women', 'ar', 'هل هذا حرام؟'],
    ['women', 'en', 'could I speak to Dr Patel?'],
    // Trust is no insurer; braces are no chiropractic.
    ['insurance', 'ar', 'عندي ثقة فيكم'],
    ['chiropractic', 'ar', 'كم سعر تقويم الاسنان؟'],
    // A weight in pounds or "peso", free hours in Catalan, real results: no currency.
    ['currency', 'en', 'my lab is 70 pounds, is that a large dog?'],
    ['currency', 'es', 'mi perro tiene sobrepeso, cuánto peso debe perder?'],
    ['currency', 'ca', 'teniu hores lliures dijous?'],
    ['currency', 'pt', 'as fotos são reais?'],
  ])('no %s in %s: %s', (concept, language, text) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});
