/** Round 44 (r44e): a big bruise said in French ("un gros bleu") is a mark on the skin; a blue colour is not. */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';

describe('a French bruise (r44e)', () => {
  it.each(['elle avait un gros bleu au bras', "j'ai un bleu au bras après la perfusion"])('%s', (text) => {
    expect(conceptsOf(text, 'fr')).toContain('skinMarks');
  });

  it.each(['je voudrais une couleur bleu nuit', 'un ciel bleu toute la journée'])('not %s', (text) => {
    expect(conceptsOf(text, 'fr')).not.toContain('skinMarks');
  });
});
