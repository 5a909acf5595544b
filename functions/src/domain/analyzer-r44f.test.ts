/**
 * Round 44: a word of one language is not read as a word of another. A customer's message is read in its own
 * language, the business's and English; a phrase of a language other than the message's own matches only as
 * written, and not a word the message's own language has for something else.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './analyzer.js';
import type { TextLanguage } from './languages.js';
import { conceptsOfWord } from './lexicon/concepts.js';

/** The concepts of `text`, read as a customer's message is: its own language first, then the others. */
const concepts = (text: string, primary: TextLanguage, ...others: TextLanguage[]) =>
  analyse(text, { languages: [...new Set([primary, ...others])], primary }).concepts.map((c) => c.key as string);

describe('analyse: a stem of another language is no word of the message (r44f)', () => {
  it('English "grab" is no Spanish "grabar" nor Catalan "gravar" (to record)', () => {
    const found = concepts('do you have earplugs there or should i grab some before?', 'en', 'ca', 'es');
    expect(found).not.toContain('video');
  });

  it('Catalan "les sales" (the rooms) is no English sale', () => {
    const found = concepts(
      'ens agradaria passar a veure les sales un dia, per saber si ens hi cabem',
      'ca',
      'es',
      'en',
    );
    expect(found).not.toContain('discount');
  });

  it('Mexican "rentar" (to rent) is no Catalan "rentar" (to wash)', () => {
    const found = concepts('Quiero rentar el cuarto de DJ para practicar mi set', 'es', 'ca', 'en');
    expect(found).not.toContain('bath');
  });

  it.each<[TextLanguage, string, string, TextLanguage[]]>([
    ['it', "c'è posto sabato mattina?", 'shoes', ['ca', 'en']],
    ['it', 'potete richiamarmi presto?', 'instalments', ['pt', 'en']],
  ])('round 43 still holds (%s): %s is no %s', (language, text, concept, others) => {
    expect(concepts(text, language, ...others)).not.toContain(concept);
  });

  it('Arabic "عملية" (an operation) is no currency (round 43)', () => {
    expect(concepts('بعد العملية كم يوم راحة؟', 'ar', 'en')).not.toContain('currency');
  });
});

describe('analyse: what must keep meeting across languages (r44f)', () => {
  it('a Spanish "cancelar" is a cancellation for a Catalan business', () => {
    expect(concepts('puedo cancelar la reserva?', 'es', 'ca', 'en')).toContain('cancel');
  });

  it('an English "parking" is parking for an Italian business (the concept is the bridge)', () => {
    expect(concepts('is there parking nearby?', 'en', 'it')).toContain('parking');
    expect(concepts("c'è un parcheggio vicino?", 'it', 'en')).toContain('parking');
  });

  it("a foreign phrase written as it is still counts: English 'parking' in a Spanish message", () => {
    expect(concepts('hay parking cerca?', 'es', 'ca', 'en')).toContain('parking');
  });

  it("the message's own language still matches by stem: 'cancelled', 'cancellato'", () => {
    expect(concepts('my class got cancelled, can I rebook?', 'en', 'ca')).toContain('cancel');
    expect(concepts('ho cancellato la prenotazione per sbaglio', 'it', 'en')).toContain('cancel');
  });

  it('without a known language, every language still matches by stem', () => {
    const found = analyse('should i grab some earplugs', { languages: ['en', 'ca', 'es'] }).concepts.map((c) => c.key);
    expect(found).toContain('video');
  });

  it("a word both languages mean alike is kept: Catalan 'boda' in a Spanish message", () => {
    expect(concepts('es para la boda de mi prima', 'es', 'ca', 'en')).toContain('occasion');
  });
});

describe('conceptsOfWord (r44f)', () => {
  it("knows what a language's phrases mean by a word", () => {
    expect(conceptsOfWord('ca', 'rentar').has('bath' as never)).toBe(true);
    expect(conceptsOfWord('es', 'rentar').has('bath' as never)).toBe(false);
    expect(conceptsOfWord('es', 'rentar').size).toBeGreaterThan(0);
    expect(conceptsOfWord('en', 'zzzz').size).toBe(0);
  });
});
