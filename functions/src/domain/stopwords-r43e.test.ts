/**
 * Round 43 (r43e): laughter ("jajaja", "kkkk", "rsrs", "hahaha", "mdr", "هههه") is no content in any language; the
 * forms of "to be" (es "somos", pt "sou"), the plural demonstratives ("aqueles", "aquellas", "aquells"),
 * the old Portuguese "vocemecês", Brazilian "rs", "perguntando" and the forms of bringing in Spanish ("traemos",
 * "llevamos") are function words, as their siblings already were. The words around them stay content. Spanish
 * "soy" stays content: owners open questions with it ("¿Soy demasiado mayor para…?"), and without it such a key is
 * all the age word, which then answers any question about older people. Catalan "som" stays content too: "som
 * parella" (we are a couple) is said as a whole and counts as such.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from './languages.js';
import { isContentWord, isStopword, normalise } from './text.js';

describe('laughter is no content', () => {
  it.each([
    ['jajaja', 'es'],
    ['jajajaj', 'es'],
    ['jaja', 'ca'],
    ['hahaha', 'en'],
    ['rsrs', 'pt'],
    ['hehe', 'de'],
    ['mdr', 'fr'],
  ] as [string, TextLanguage][])('"%s" (%s)', (word, language) => {
    expect(isStopword(normalise(word), language)).toBe(true);
  });

  it.each([
    ['jardin', 'fr'],
    ['haar', 'de'],
    ['hahnchen', 'de'],
    ['kaki', 'it'],
    ['lola', 'es'],
    ['هدية', 'ar'],
  ] as [string, TextLanguage][])('"%s" (%s) stays content', (word, language) => {
    expect(isStopword(normalise(word), language)).toBe(false);
  });
});

it.each([['kkkkk'], ['هههههه']])('"%s" normalises to a single letter, no content', (word) => {
  expect(isContentWord(normalise(word), 'pt')).toBe(false);
});

describe('function words added beside their siblings', () => {
  it.each([
    ['somos', 'es'],
    ['eres', 'es'],
    ['aquellos', 'es'],
    ['oigan', 'es'],
    ['traemos', 'es'],
    ['llevamos', 'es'],
    ['sou', 'pt'],
    ['aqueles', 'pt'],
    ['vocemecês', 'pt'],
    ['perguntando', 'pt'],
    ['rs', 'pt'],
    ['aquells', 'ca'],
  ] as [string, TextLanguage][])('"%s" (%s)', (word, language) => {
    expect(isStopword(normalise(word), language)).toBe(true);
  });

  it.each([
    ['soy', 'es'],
    ['som', 'ca'],
    ['sombrero', 'es'],
    ['somnolencia', 'es'],
    ['tratamiento', 'es'],
    ['sono', 'pt'],
    ['soro', 'pt'],
    ['sopa', 'ca'],
  ] as [string, TextLanguage][])('"%s" (%s) stays content', (word, language) => {
    expect(isStopword(normalise(word), language)).toBe(false);
  });
});
