/**
 * French "fils" after a possessive or a number is a son (homographs.ts): the word keeps its concept (a child) and
 * is no retrieval term, so "mon fils" does not meet "tous ces fils" (wires). Elsewhere it is the word as written.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './analyzer.js';
import { saidOfPerson } from './homographs.js';

const unitOf = (text: string, word: string) => {
  const a = analyse(text, { languages: ['fr', 'en'], primary: 'fr' });
  const u = a.positions.findIndex((ps) => ps.some((p) => a.words[p] === word));
  return [...(a.units[u]?.keys() ?? [])];
};

describe('homographs (r45C)', () => {
  it.each([
    ['mon fils a 6 ans', 1],
    ['notre fils dort mal', 1],
    ['j ai deux fils', 3],
    ['un fils de 10 ans', 1],
  ])('"%s": fils is a son', (text, i) => {
    expect(saidOfPerson(text.split(' '), i, ['fr'])).toBe(true);
  });

  it.each([
    ['avec tous ces fils', 3],
    ['les fils sur la tete', 1],
    ['des fils partout', 1],
    ['fils', 0],
  ])('"%s": fils decides nothing', (text, i) => {
    expect(saidOfPerson(text.split(' '), i, ['fr'])).toBe(false);
  });

  it('is French only: a language without the rule keeps the word', () => {
    expect(saidOfPerson(['mon', 'fils'], 1, ['en', 'es'])).toBe(false);
  });

  it('keeps the child concept of a son and drops his spelling as a term', () => {
    const unit = unitOf('mon fils a 6 ans', 'fils');
    expect(unit.some((k) => k.includes('children'))).toBe(true);
    expect(unit.some((k) => !k.startsWith('#'))).toBe(false);
  });

  it('keeps the word of the wires as written', () => {
    const unit = unitOf('et si je ne dors pas avec tous ces fils', 'fils');
    expect(unit.some((k) => !k.startsWith('#'))).toBe(true);
  });
});
