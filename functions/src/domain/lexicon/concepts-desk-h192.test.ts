/**
 * The desk concepts this round widened: a minimum term (a membership's commitment, not a treatment's lasting
 * effect), validity asked as "until when", an invoice in a company's name, a guarantee asked in Arabic verbs.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { conceptsOf } from './concepts.test-helper.js';

const finds: [string, TextLanguage, string][] = [
  ['minimumTerm', 'en', 'is there a minimum term on the monthly membership?'],
  ['minimumTerm', 'es', '¿la cuota tiene permanencia?'],
  ['minimumTerm', 'fr', "l'abonnement est sans engagement ?"],
  ['minimumTerm', 'it', "c'è un vincolo sull'abbonamento?"],
  ['minimumTerm', 'de', 'gibt es eine Mindestlaufzeit?'],
  ['minimumTerm', 'ca', 'la quota té permanència?'],
  ['minimumTerm', 'pt', 'o plano tem fidelização?'],
  ['minimumTerm', 'ar', 'الاشتراك فيه التزام لمده معينه؟'],
  ['validity', 'es', 'compré el bono en marzo, hasta cuándo me vale?'],
  ['validity', 'pt', 'comprei o pacote, até quando vale?'],
  ['validity', 'it', 'fino a quando vale il carnet?'],
  ['validity', 'de', 'bis wann gilt die Zehnerkarte?'],
  ['validity', 'ca', 'fins quan em val el bo?'],
  ['validity', 'en', 'until when can I use the pack?'],
  ['invoice', 'de', 'kann ich die Rechnung auf meine Firma haben?'],
  ['invoice', 'es', 'me la hacéis a nombre de mi empresa?'],
  ['invoice', 'fr', 'vous pouvez la mettre au nom de mon entreprise ?'],
  ['invoice', 'pt', 'pode ser em nome da minha empresa?'],
  ['invoice', 'en', 'can you put it in my company name?'],
  ['warranty', 'ar', 'تضمنون النتيجه؟'],
];

const missesBy: [string, TextLanguage, string][] = [
  ['minimumTerm', 'en', 'how long does the whitening last?'],
  ['minimumTerm', 'es', 'el efecto es permanente?'],
  ['validity', 'es', 'hasta cuándo abrís hoy?'],
  ['invoice', 'de', 'meine Firma ist in Marbella'],
  ['validity', 'de', 'bis wann kann ich den Kurs kostenlos stornieren?'],
  ['invoice', 'en', 'what are the company details on your website?'],
];

describe('desk concepts widened (h192)', () => {
  it.each(finds)('finds %s in %s "%s"', (concept, language, text) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });
  it.each(missesBy)('does not find %s in %s "%s"', (concept, language, text) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});
