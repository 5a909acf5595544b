/**
 * Spanish as it is spoken in the South and typed on WhatsApp: participles without their "d" ("cansao", "reservao"),
 * "pue" that is "puede" before an infinitive and "pues" elsewhere, final consonants dropped ("mujé", "mejó"),
 * "sh" for "ch" ("musho"). Real words ending in "-ao" stay as written.
 */
import { describe, expect, it } from 'vitest';
import { expandAbbreviations } from './abbreviations.js';
import { words } from './text.js';

const spoken = (text: string) => expandAbbreviations(words(text), 'es').join(' ');

describe('Andalusian and chat Spanish read as standard Spanish', () => {
  it.each([
    ['ya lo he reservao pa el sabado', 'ya lo he reservado para el sabado'],
    ['mi niño está mu cansao', 'mi nino esta muy cansado'],
    ['pue apuntarse mi hermana?', 'puede apuntarse mi hermana'],
    ['pue nada, hasta luego', 'pues nada hasta luego'],
    ['mi mujé dice que es mejó por la noshe', 'mi mujer dice que es mejor por la noche'],
    ['hay musha gente? hemo llegao tarde', 'hay mucha gente hemos llegado tarde'],
    ['está embarazá de tres meses', 'esta embarazada de tres meses'],
  ])('%j', (text, expected) => {
    expect(spoken(text)).toBe(expected);
  });
});

describe('near misses', () => {
  it.each([
    ['tenéis bacalao o cacao?', 'teneis bacalao o cacao'],
    ['el caos del centro', 'el caos del centro'],
  ])('%j stays', (text, expected) => {
    expect(spoken(text)).toBe(expected);
  });
  it('only Spanish is read so', () => {
    expect(expandAbbreviations(words('o pão de ló'), 'pt').join(' ')).toBe('o pao de lo');
  });
});
