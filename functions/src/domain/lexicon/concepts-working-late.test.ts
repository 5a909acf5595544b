/**
 * Working or finishing until late says when the customer is busy, not that
 * they will be late to their visit: the late-arrival rule is not the answer
 * to "my son goes alone, I work late". Being late still is.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { analyse } from '../analyzer.js';

const concepts = (text: string, language: TextLanguage) =>
  new Set(analyse(text, { languages: [language], primary: language }).concepts.map((c) => c.key));

describe('working late', () => {
  it.each([
    ['en', 'can he come on his own? I work late on tuesdays'],
    ['es', 'mi hija va sola porque yo trabajo hasta tarde'],
    ['es', 'laburo hasta tarde y no la puedo llevar'],
    ['fr', 'je finis tard le mercredi, il peut venir seul ?'],
    ['it', 'lavoro fino a tardi, può venire da sola?'],
    ['de', 'ich arbeite bis spät, darf sie allein kommen?'],
    ['ca', 'plego tard de la feina, pot venir sol?'],
    ['pt', 'eu trabalho até tarde, ele pode ir sozinho?'],
    ['ar', 'اداوم لين متأخر، تقدر بنتي تجي لحالها؟'],
  ] as [TextLanguage, string][])('%s "%s" is working late, not being late', (language, text) => {
    const found = concepts(text, language);
    expect(found.has('workingLate')).toBe(true);
    expect(found.has('late')).toBe(false);
  });

  it.each([
    ['en', "sorry I'm running late, stuck in traffic"],
    ['es', 'voy a llegar tarde, hay mucho trafico'],
    ['fr', "j'ai 10 minutes de retard"],
    ['it', 'arrivo tardi, scusate'],
    ['de', 'ich komme 10 Minuten zu spät'],
    ['pt', 'vou chegar tarde, desculpa'],
  ] as [TextLanguage, string][])('%s "%s" is still being late', (language, text) => {
    const found = concepts(text, language);
    expect(found.has('late')).toBe(true);
    expect(found.has('workingLate')).toBe(false);
  });
});
