import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, Vocabulary } from './fuzzy.js';

describe('editDistance', () => {
  it.each([
    ['cancel', 'cancel', 0],
    ['cancle', 'cancel', 1], // a transposition is one edit
    ['limpiesa', 'limpieza', 1],
    ['blanqueament', 'blanquejament', 1],
    ['appointment', 'apointment', 1],
    ['whitening', 'whitneing', 1],
    ['parking', 'barking', 1],
    ['kitten', 'sitting', 3],
  ])('%s → %s: %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('stops early past the maximum', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary(['cancellation', 'whitening', 'parking', 'limpieza', 'cita'], ['please']);

  it.each([
    ['cancelation', 'cancellation'],
    ['whitenning', 'whitening'],
    ['limpiesa', 'limpieza'],
  ])('corrects %s to %s', (typo, word) => {
    expect(vocabulary.correct(typo)?.word).toBe(word);
  });

  it.each([
    ['cita', 'known already'],
    ['please', 'a protected word is never corrected'],
    ['cima', 'too short to correct'],
    ['barking', 'a different first letter is a different word'],
    ['xyzzyq', 'nothing close'],
    ['10am', 'numbers are not words'],
  ])('leaves %s alone (%s)', (word) => {
    expect(vocabulary.correct(word)).toBeUndefined();
  });

  it('allows more edits for longer words', () => {
    expect([allowedEdits(4), allowedEdits(5), allowedEdits(8)]).toEqual([0, 1, 2]);
  });

  it('completes a clipped word to the one known word it begins', () => {
    const clipped = new Vocabulary(['furgoneta', 'furgonetas', 'guarderia', 'instalaciones', 'instagram', 'cole']);
    expect(clipped.correct('furgo')).toEqual({ word: 'furgoneta', distance: 2 });
    expect(clipped.correct('guarde')?.word).toBe('guarderia');
    // Two words apart are no completion, a short clip none either.
    expect(clipped.correct('insta')).toBeUndefined();
    expect(clipped.correct('furg')).toBeUndefined();
    // A whole word before another known word is a compound's head, not a clipping.
    expect(new Vocabulary(['motherboard', 'board']).correct('mother')).toBeUndefined();
    expect(new Vocabulary(['motherboard']).correct('mothe')?.word).toBe('motherboard');
    // Nor one only a letter or two short: "guarderi" is a typo's business, not a clip's.
    expect(new Vocabulary(['parkings']).correct('parkin')).toBeUndefined();
  });

  it('reads an Arabic word after its article and conjunction: the word is what is spelt', () => {
    const arabic = new Vocabulary(['الحالات', 'المحلات', 'العيادة', 'التجميل']);
    // "العاملات" (the women staff) is no typo for "الحالات" or "المحلات": another first letter after the article.
    expect(arabic.correct('العاملات')).toBeUndefined();
    expect(arabic.correct('والعاملات')).toBeUndefined();
    // A real typo after the article still is one.
    expect(arabic.correct('التجميلل')?.word).toBe('التجميل');
  });
});
