/**
 * Round 44 fixes to older concept tables: vaping is smoking in every language; Spanish "cuarto" (a room, a
 * quarter) is no cracked leather ("cuarteado"); Latin American "rentar" (to rent) is no Catalan wash ("rentar").
 */
import { describe, expect, it } from 'vitest';
import { conceptsIn, conceptsOf } from './concepts.test-helper.js';

describe('smoking, vaping included', () => {
  it.each([
    ['ca', 'Es pot fumar o vapejar a la sala?'],
    ['ca', 'es pot vapejar?'],
    ['es', 'se puede vapear dentro?'],
    ['fr', 'on peut vapoter ?'],
    ['de', 'darf man die E-Zigarette benutzen?'],
    ['en', 'can we use vapes inside?'],
    ['it', 'si può svapare?'],
    ['pt', 'pode usar cigarro eletrônico?'],
  ] as const)('%s "%s" is smoking', (language, text) => {
    expect(conceptsOf(text, language)).toContain('smoking');
  });

  it.each([
    ['pt', 'pode vir amanhã?'],
    ['en', 'the vapour room at the spa'],
  ] as const)('%s "%s" is not', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('smoking');
  });
});

describe('a room is not cracked, renting is not washing', () => {
  it('reads Spanish "cuarto" as no crack, "cuarteado" still as one', () => {
    expect(conceptsOf('quiero rentar el cuarto de DJ', 'es')).not.toContain('cracked');
    expect(conceptsOf('un cuarto de hora', 'es')).not.toContain('cracked');
    expect(conceptsOf('el cuero está cuarteado', 'es')).toContain('cracked');
  });

  it('reads "rentar" in a Spanish message, read in Catalan too, as no bath', () => {
    expect(conceptsIn('quiero rentar el cuarto de DJ', 'es', 'ca')).not.toContain('bath');
    expect(conceptsIn('quiero rentar la sala', 'es', 'ca')).not.toContain('bath');
  });

  it('keeps the Catalan wash of a dog', () => {
    expect(conceptsOf('podeu rentar el gos?', 'ca')).toContain('bath');
    expect(conceptsOf('el voleu rentat i tallat?', 'ca')).toContain('bath');
    expect(conceptsOf('fem bany i xampú', 'ca')).toContain('bath');
  });
});
