/**
 * Polish, Russian and Dutch read through the English gist (h175): an airport pick-up and an arrival, a business
 * trip and a missed class to make up, an office visit for a team outing.
 */
import { describe, expect, it } from 'vitest';
import { englishGist, type ForeignLanguage } from './foreign.js';
import { detectLanguage } from './language.js';
import { conceptsOf } from './lexicon/concepts.test-helper.js';

const read = (text: string, language: ForeignLanguage) => {
  expect(detectLanguage(text).other, text).toBe(language);
  return englishGist(text, language);
};

describe('read through the gist (h175)', () => {
  it.each<[ForeignLanguage, string, string[]]>([
    [
      'pl',
      'dzień dobry, czy odbierzecie nas z lotniska? przylecimy w piątek rano, dwie osoby',
      ['pick up', 'airport', 'we arrive', 'people'],
    ],
    [
      'ru',
      'у меня командировка, я пропущу занятие в четверг, можно потом отработать?',
      ['business trip', 'will miss', 'make it up'],
    ],
    [
      'nl',
      'kunnen jullie bij ons op kantoor een workshop doen voor een bedrijfsuitje?',
      ['at our office', 'company outing'],
    ],
  ])('%s %j carries %j', (language, text, parts) => {
    const english = read(text, language);
    for (const part of parts) expect(english, english).toContain(part);
  });

  it('a Russian missed class to make up is the make-up concept', () => {
    const english = read('я пропущу одно занятие на следующей неделе, можно его отработать?', 'ru');
    expect(conceptsOf(english, 'en').has('makeUp'), english).toBe(true);
  });

  it('a Dutch team outing is team building', () => {
    const english = read('we willen een teamuitje met collega s, kan dat bij jullie?', 'nl');
    expect(conceptsOf(english, 'en').has('teamBuilding'), english).toBe(true);
  });
});
