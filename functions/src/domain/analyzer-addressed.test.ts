import { describe, expect, it } from 'vitest';
import { analyse } from './analyzer.js';
import type { TextLanguage } from './languages.js';

const concepts = (text: string, language: TextLanguage) =>
  analyse(text, { languages: [language], primary: language }).concepts.map((c) => c.key);

describe('analyse: a word for young people said to grown-ups', () => {
  it.each<[TextLanguage, string]>([
    ['it', 'ciao ragazzi, quanto costa una pulizia completa?'],
    ['it', 'raga siete aperti domani?'],
    ['it', 'buongiorno ragazze! avete posto sabato?'],
    ['it', 'la mia ragazza vorrebbe prenotare un massaggio'],
    ['it', 'posso venire con il mio ragazzo?'],
    ['es', 'hola chavales, abrís el domingo?'],
  ])('addresses the business or names a partner, no child (%s): %s', (language, text) => {
    expect(concepts(text, language)).not.toContain('children');
  });

  it.each<[TextLanguage, string]>([
    ['it', 'avete corsi per ragazzi?'],
    ['it', 'i ragazzi sotto i 14 anni pagano meno?'],
    ['it', 'ciao, mio figlio ha 8 anni, può venire?'],
    ['it', 'porto due ragazzi di 12 anni'],
    ['es', 'mi chaval tiene 10 años'],
  ])('still a child when asked about (%s): %s', (language, text) => {
    expect(concepts(text, language)).toContain('children');
  });
});
