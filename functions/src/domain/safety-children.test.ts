/**
 * Signs a paediatrician's (or anyone's) front desk must never answer with
 * opening hours: tiny purple spots with a fever, or a rash a pressed glass
 * does not fade (meningitis, sepsis); a fever in someone gone floppy; a baby
 * breathing with pauses; lips gone bluish; someone down on the floor who no
 * longer answers (Darija "ما بقاتش كتجاوب"); a burn that blisters, in
 * Arabizi. And the look-alikes that are no emergency: bruises after cupping,
 * dark spots a laser has not faded yet, chickenpox, a phone nobody answers.
 */
import { describe, expect, it } from 'vitest';
import { assessSafety } from './safety.js';

describe('assessSafety: purple spots, a floppy child, a baby breathing with pauses, no answer after a fall', () => {
  it.each<[string, string]>([
    // Tiny purple spots with a fever; a rash that a pressed glass does not fade.
    ['infection', 'my son has a fever of 39 and now tiny purple spots on his tummy'],
    ['infection', 'she has a rash, I did the glass test and it does not fade'],
    ['infection', 'mi hija tiene fiebre y le han salido puntitos morados en las piernas'],
    ['infection', 'il a de la fièvre et des petites taches violettes sur le ventre, elles ne disparaissent pas'],
    ['infection', 'ha la febbre alta e dei puntini viola che non scompaiono'],
    ['infection', 'er hat Fieber und lila Punkte am Bein'],
    ['infection', 'o menino tem febre e umas manchinhas roxas que nao somem'],
    ['infection', 'pressionei um copo nas pintinhas e nao desaparecem'],
    // A fever in someone floppy, limp or hard to wake.
    ['infection', 'my toddler has a high fever and is really floppy, hard to wake'],
    ['infection', 'tem febre alta desde ontem e está muito molinho'],
    ['infection', 'tiene fiebre y está flojo, casi no reacciona'],
    // A baby breathing with pauses, or oddly; lips gone bluish.
    ['infant', 'my 3 week old is breathing with pauses, is that ok?'],
    ['infant', 'bebé de 2 semanas, respira con pausas desde esta noche'],
    ['breathing', 'his lips look bluish and he is wheezing'],
    ['breathing', 'a minha filha está com os lábios arroxeados'],
    ['breathing', 'il a les lèvres bleutées depuis ce matin'],
    // Down and no longer answering, in Darija and Levantine.
    ['unconscious', 'ماما طاحت فالكوزينة وما بقاتش كتجاوب'],
    ['unconscious', 'بابا وقع ع الارض وما عم يرد علينا'],
    ['unconscious', 'my grandad fell in the bathroom and is not answering us'],
    // A burn that blisters, in Arabizi.
    ['burn', 'l fer 7r9ni f yddi w tla3t lia nfa5a'],
  ])('%s: %s', (kind, text) => {
    expect(assessSafety(text).kinds).toContain(kind);
  });

  it.each([
    // Bruises or spots after a treatment, spots a laser has not faded yet, a rash with no fever and no glass.
    'after the cupping I have purple spots on my back, is that normal?',
    "my dark spots still don't fade after 3 laser sessions",
    'las manchas del sol no desaparecen con la crema',
    'my daughter has chickenpox i think, spots everywhere since yesterday',
    // Nobody answering a phone; a fall that is long past.
    'I called three times and nobody is answering',
    'ما كتجاوبوش فالتيليفون، بغيت نحجز',
    // A fever alone, or a baby a little sleepy.
    'my son had a fever yesterday, can he still come to swimming?',
  ])('no emergency: %s', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });
});
