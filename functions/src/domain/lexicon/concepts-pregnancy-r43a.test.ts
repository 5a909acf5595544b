/**
 * Round 43: how far along a pregnancy is, said the way people say it ("she's 5 months gone", "sono al quinto mese",
 * "im fünften Monat", "está de 6 meses"), is a pregnancy.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyzer.js';
import type { TextLanguage } from '../languages.js';

const concepts = (text: string, language: TextLanguage) =>
  analyse(text, { languages: [language], primary: language }).concepts.map((c) => c.key);

describe('concepts: a pregnancy told by its months (r43a)', () => {
  it.each<[TextLanguage, string]>([
    ['en', "my sister just told us she's 5 months gone, can she still fly?"],
    ['en', 'I am about 20 weeks along, is the session safe?'],
    ['it', 'sono al quinto mese, posso partecipare?'],
    ['de', 'meine Frau ist im fünften Monat, darf sie mitmachen?'],
    ['es', 'mi hermana está de 6 meses, ¿puede subir?'],
    ['pt', 'minha irmã tá de 5 meses, pode voar?'],
    ['ca', 'la meva germana està de 5 mesos, pot venir?'],
  ])('%s: %s', (language, text) => {
    expect(concepts(text, language)).toContain('pregnancy');
  });

  it.each<[TextLanguage, string]>([
    ['en', 'the voucher is valid for 18 months, is that right?'],
    ['it', 'siamo al mare per un mese, possiamo prenotare?'],
    ['de', 'wir kommen im Monat Mai, geht das?'],
  ])('no pregnancy (%s): %s', (language, text) => {
    expect(concepts(text, language)).not.toContain('pregnancy');
  });
});
