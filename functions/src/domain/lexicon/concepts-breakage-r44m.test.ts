/**
 * Round 44: breaking or damaging what a business lends or rents, and who pays, is one concept in every language
 * (concepts-desk.ts `breakage`), so "ila t9te3 lina peau dial caisse claire, wach khassna nkhlsouh?" finds the
 * studio's Catalan "desperfectes" policy. Words that also mean a pause, a fracture, a pity, "they give" or "to
 * harm" do not raise it.
 */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';
import type { TextLanguage } from '../languages.js';

const found: [TextLanguage, string][] = [
  ['en', 'if we break a cymbal do we have to pay?'],
  ['en', 'who pays for the damage if the kayak gets scratched?'],
  ['es', 'si rompemos un micro, ¿hay que pagarlo?'],
  ['es', '¿cómo funciona lo de los desperfectos?'],
  ['fr', 'si on casse une baguette on paie ?'],
  ['fr', 'et pour les dégâts sur le matériel ?'],
  ['it', 'se rompiamo qualcosa dobbiamo pagare?'],
  ['it', 'chi paga i danni alla canoa?'],
  ['de', 'was passiert, wenn wir was kaputt machen?'],
  ['de', 'müssen wir für den Schaden zahlen?'],
  ['ca', 'si trenquem un plat de la bateria, qui paga?'],
  ['ca', 'quina és la política de desperfectes?'],
  ['pt', 'se quebrarmos alguma coisa a gente paga?'],
  ['pt', 'quem paga os danos?'],
  ['ar', 'اذا كسرنا شي لازم ندفع؟'],
  ['ar', 'ila t9te3 lina peau dial caisse claire wach khassna nkhlsouh?'],
];

const notFound: [TextLanguage, string][] = [
  ['en', 'can we take a break halfway through the session?'],
  ['en', 'I think I broke my wrist, what should I do?'],
  ['es', '¿y si se rompe la bolsa antes de la cita?'],
  ['es', 'danos un presupuesto por favor'],
  ['fr', 'dommage que vous soyez fermés lundi'],
  ['it', 'ci danno le giacche per il freddo?'],
  ['de', 'kann die Kälte meinem Herz schaden?'],
  ['pt', 'e se eu quebrar a perna no surf?'],
];

describe('breakage (r44m)', () => {
  it.each(found)('finds breakage in %s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).toContain('breakage');
  });

  it.each(notFound)('does not read %s "%s" as breakage', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('breakage');
  });
});
