/**
 * Arabic as the dialects say it: the final hamza they drop (كهربا for كهرباء), and the present plural without the
 * ن of Modern Standard Arabic, with the Levantine ب before it (بتحتاجو for تحتاجون); and what must stay apart.
 */
import { describe, expect, it } from 'vitest';
import { stem } from './stem.js';
import { normalise } from './text.js';

const ar = (word: string) => stem(normalise(word), 'ar');

describe('Arabic stems of dialect forms (h158)', () => {
  it.each([
    ['كهربا', 'الكهرباء'],
    ['اسما', 'اسماء'],
    ['بتحتاجو', 'تحتاجون'],
    ['بتعرفو', 'تعرفون'],
    ['يشتغلو', 'يشتغلون'],
    ['تفتحو', 'تفتحون'],
    // The same plural written with its alif: the thanks يسلمو as يسلموا.
    ['يسلموا', 'يسلمو'],
    ['تعملوا', 'تعملون'],
  ])('%s meets %s', (spoken, written) => {
    expect(ar(spoken)).toBe(ar(written));
  });

  it.each([
    // Lunch is not tomorrow; a short word keeps its hamza; his house (بيتو) is no verb; "nice" keeps its و.
    ['غداء', 'غدا'],
    ['ماء', 'ما'],
    ['بيتو', 'بيت'],
    ['حلو', 'حل'],
  ])('%s stays apart from %s', (a, b) => {
    expect(ar(a)).not.toBe(ar(b));
  });
});

describe('a spoken plural that meets a written verb (h158)', () => {
  it('the lexicon keeps "بيوقعو" (they fall) as written, so MSA "يوقع" (he signs) raises no fall', async () => {
    const { conceptsOf } = await import('./lexicon/concepts.test-helper.js');
    expect(conceptsOf('يوقع الوالد على الموافقة', 'ar')).not.toContain('fallOut');
    expect(conceptsOf('سنانو بيوقعو وحدهم؟', 'ar')).toContain('fallOut');
  });
});
