/**
 * Latin American "arrancar" is to start ("¿cuándo arrancan las clases?"), and Brazilian "me ferrando" is to be
 * struggling: neither pulls a tooth nor shoes a horse. Pulling a tooth and shoeing a horse keep their words.
 */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';

describe('words that start or struggle, not a tooth or a horse (r42)', () => {
  it.each([
    ['es', '¿cuándo arrancan con la preparación del examen?', 'extraction'],
    ['es', 'arrancamos el curso en marzo?', 'extraction'],
    ['pt', 'quando arrancam as aulas?', 'extraction'],
    ['pt', 'to me ferrando em matemática, vcs ajudam?', 'farrier'],
  ] as const)('%s "%s" does not raise %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });

  it.each([
    ['es', 'me tienen que arrancar una muela, cuánto cuesta?', 'extraction'],
    ['es', 'quiero sacarme la muela del juicio', 'extraction'],
    ['pt', 'preciso arrancar o dente do siso', 'extraction'],
    ['ca', 'm han d arrancar un queixal', 'extraction'],
    ['pt', 'o ferrador vem quando ferrar os cavalos?', 'farrier'],
  ] as const)('%s "%s" raises %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });
});
