/**
 * Iron taken as a medicine (concepts-medicine.ts `iron`), Italian "prima di/della" as before and "smettere il" as
 * stopping a medicine (h185); French "fer" alone and Italian "prima" alone (first) are not read.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { conceptsOf } from './concepts.test-helper.js';

describe('iron, before and stopping a medicine (h185)', () => {
  it.each<[TextLanguage, string, string]>([
    ['en', 'my GP put me on iron supplements, do I keep taking them?', 'iron'],
    ['es', 'estoy con pastillas de hierro, pasa algo?', 'iron'],
    ['de', 'muss ich das Eisen vor der Darmspiegelung weglassen?', 'iron'],
    ['it', 'devo smettere il ferro?', 'stopMedication'],
    ['it', 'cosa devo fare prima della colonscopia?', 'preparation'],
    ['it', 'si può mangiare prima di una gastroscopia?', 'preparation'],
  ])('%s "%s" reads %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each<[TextLanguage, string, string]>([
    ['fr', 'je viens en chemin de fer', 'iron'],
    ['it', 'è la mia prima visita', 'preparation'],
    ['it', 'devo smettere di fumare?', 'stopMedication'],
  ])('%s "%s" does not read %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});
