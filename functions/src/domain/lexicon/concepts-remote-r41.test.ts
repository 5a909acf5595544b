/**
 * Round 41 (the lead's own share): a session held on a video app ("sur zoom", "pelo zoom") is a remote session; a
 * business that goes to fetch the children ("allez-vous chercher les enfants") collects them; splitting a pack
 * between two people ("split a 10 pack with my sister", "نتقاسم الباقه") passes it on; French "ça marche" (it works)
 * is no flight of stairs, "les marches" still is.
 */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';

describe('a session on a video app is a remote session', () => {
  it.each([
    ['fr', 'les cours se font sur zoom ou au centre ?'],
    ['en', 'can we do the lessons on zoom instead?'],
    ['es', 'se puede hacer la clase por zoom?'],
    ['pt', 'da pra fazer a aula pelo zoom?'],
    ['it', 'possiamo fare la lezione su zoom?'],
    ['de', 'geht die Stunde auch per Zoom?'],
    ['ca', 'es pot fer la classe per zoom?'],
    ['ar', 'ممكن الدرس على الزوم؟'],
  ] as const)('%s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).toContain('remoteConsultation');
  });

  it.each([
    ['en', 'can you zoom in on the photo of the price list?'],
    ['fr', 'je peux zoomer sur la photo ?'],
  ] as const)('%s "%s" is no remote session', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('remoteConsultation');
  });
});

describe('going to fetch someone is collecting them', () => {
  it.each([
    ['fr', 'vous allez chercher les petits à l’école ?'],
    ['fr', 'est-ce que quelqu’un peut aller les chercher à la garderie ?'],
  ] as const)('%s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).toContain('collect');
  });

  it('looking for something is not fetching someone', () => {
    expect(conceptsOf('je cherche un cours de maths pour mon fils', 'fr')).not.toContain('collect');
  });
});

describe('splitting a pack between two people passes it on', () => {
  it.each([
    ['en', 'could my friend and I split a pack of 10 classes?'],
    ['en', 'can I split my sessions with my husband?'],
    ['es', 'podemos dividir el bono entre dos?'],
    ['pt', 'da pra dividir o pacote com a minha irma?'],
    ['de', 'kann ich das Paket teilen mit meiner Freundin?'],
    ['ar', 'نقدر نتقاسم الباقه انا وصاحبتي؟'],
    ['ar', 'ابي اشارك باقتي مع بنت عمي'],
  ] as const)('%s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).toContain('transfer');
  });

  it.each([
    ['en', 'can I split the payment into two instalments?'],
    ['en', 'can we split the bill at the end?'],
  ] as const)('%s "%s" splits a payment, not a pack', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('transfer');
  });
});

describe('French "ça marche" is no flight of stairs', () => {
  it.each([
    ['fr', 'juste avec son téléphone ça marche ?'],
    ['fr', 'ok ça marche pour jeudi'],
  ] as const)('%s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('accessibility');
  });

  it.each([
    ['fr', "il y a des marches à l'entrée ?"],
    ['fr', 'combien de marches pour monter au cabinet ?'],
  ] as const)('%s "%s" still asks about steps', (language, text) => {
    expect(conceptsOf(text, language)).toContain('accessibility');
  });
});

describe('a direction is no left hand, "only" is no child alone', () => {
  it.each([
    ['en', 'is it the door on the left?', 'leftHanded'],
    ['ca', 'és a mà esquerra després del pont?', 'leftHanded'],
    ['fr', 'à gauche après la pharmacie ?', 'leftHanded'],
    ['es', 'solo quería saber el precio', 'unaccompanied'],
    ['fr', 'je suis seul ce soir, il reste une place ?', 'unaccompanied'],
    ['de', 'ich komme allein, geht das?', 'unaccompanied'],
    ['it', 'vorrei solo sapere gli orari', 'unaccompanied'],
  ] as const)('%s "%s" is no %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});

describe('an adult coming alone is no child without an adult', () => {
  it.each([
    ['it', 'posso venire da sola alla prima lezione?'],
    ['pt', 'posso ir sozinha ou preciso de acompanhante?'],
    ['fr', 'je viendrai tout seul en voiture'],
    ['ca', 'vindré tot sol, hi ha problema?'],
  ] as const)('%s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('unaccompanied');
  });
});
