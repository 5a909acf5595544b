/**
 * Round 43: someone who comes along only to watch, not to take part ("can she just hang out and watch?"), is a
 * spectator in every language; watching a film, a watch on the wrist and taking part are not.
 */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';

describe('coming along only to watch', () => {
  it.each([
    ['en', 'my dad will just watch, is that ok?'],
    ['en', 'can he come along and watch without paying?'],
    ['en', 'my friend is not taking part, can she stay?'],
    ['es', 'mi madre solo quiere mirar, puede venir?'],
    ['es', 'puede venir sin participar?'],
    ['fr', 'ma copine vient juste regarder'],
    ['fr', 'il peut venir en spectateur ?'],
    ['it', 'mia nonna viene solo a guardare'],
    ['de', 'mein Opa will nur zugucken'],
    ['de', 'kann sie dabei sein ohne mitzumachen?'],
    ['ca', 'la meva mare vol venir a mirar'],
    ['pt', 'minha mãe vai só assistir, tudo bem?'],
    ['pt', 'ele pode ir sem participar?'],
    ['ar', 'امي بس تتفرج عادي؟'],
  ] as const)('%s: "%s"', (language, text) => {
    expect(conceptsOf(text, language)).toContain('watch');
  });

  it.each([
    ['en', 'I lost my watch in the changing room'],
    ['en', 'we want to take part in the tournament'],
    ['es', 'quiero participar en la liga'],
    ['fr', 'on veut participer au tournoi'],
    ['pt', 'queremos participar da aula'],
  ] as const)('not %s: "%s"', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('watch');
  });
});
