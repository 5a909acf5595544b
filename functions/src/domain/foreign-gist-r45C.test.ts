/**
 * A sleep clinic asked in Dutch (foreign-gist.ts): the noise a machine makes ("herrie", which typo correction
 * otherwise took for "hernie"), sleep apnoea, a night at the clinic, what to bring along, and "frans" as the
 * language (which typo correction otherwise took for French "frais", a fee). English ways of asking what he or
 * she must bring raise `bring` (concepts-visit.ts); bringing a person along is no question of what to pack.
 */
import { describe, expect, it } from 'vitest';
import { englishGist } from './foreign.js';
import { conceptsOf } from './lexicon/concepts.test-helper.js';

describe('a sleep clinic in Dutch (r45C)', () => {
  it.each([
    ["maakt zo'n apparaat veel herrie 's nachts?", ['noise', 'at night']],
    ['een nacht bij jullie blijven voor zijn slaapapneu', ['one night', 'sleep apnea']],
    ['wat moet hij allemaal meenemen?', ['bring along']],
    ['hij spreekt geen frans', ['french']],
    ['mijn dochter snurkt elke nacht', ['snores']],
  ])('%s', (text, expected) => {
    const english = englishGist(text, 'nl');
    for (const phrase of expected) expect(english).toContain(phrase);
  });

  it('leaves other words as they are', () => {
    expect(englishGist('wat kost een afspraak?', 'nl')).not.toContain('noise');
  });
});

describe('what he or she must bring (r45C)', () => {
  it.each(['what must he bring for the night?', 'what should she bring?', 'what do we need to bring?'])(
    '%s',
    (text) => {
      expect(conceptsOf(text, 'en')).toContain('bring');
    },
  );

  it('is not a plain "bring" of a person', () => {
    expect(conceptsOf('can I bring my husband?', 'en')).not.toContain('bring');
  });
});
