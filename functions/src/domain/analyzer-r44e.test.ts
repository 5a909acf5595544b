/**
 * Round 44 (r44e): an old person's age ("74 años", "muy mayor", "72 anni") is old age, no age of any kind: a
 * children's minimum age does not answer "mi papá tiene 74 años, es muy mayor?"; a child's age stays an age.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './analyzer.js';
import type { TextLanguage } from './languages.js';

const concepts = (text: string, language: TextLanguage) =>
  analyse(text, { languages: [language], primary: language }).concepts.map((c) => c.key);

describe('analyse: old age shadows age (r44e)', () => {
  it.each<[TextLanguage, string]>([
    ['es', 'mi papa tiene 74 anos'],
    ['it', 'mio padre ha 72 anni, può venire?'],
    ['pt', 'minha avó tem 80 anos'],
  ])('%s: %s', (language, text) => {
    const found = concepts(text, language);
    expect(found).toContain('oldAge');
    expect(found).not.toContain('age');
  });

  it.each<[TextLanguage, string]>([
    ['es', 'la niña tiene 5 años, a partir de qué edad?'],
    ['it', 'mio figlio ha 8 anni'],
    ['en', 'what is the minimum age?'],
    ['es', 'mi padre tiene 74 años, hay un límite de edad?'],
  ])('an age stays one (%s): %s', (language, text) => {
    expect(concepts(text, language)).toContain('age');
  });
});
