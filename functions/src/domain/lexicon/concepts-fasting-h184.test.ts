/**
 * Hours of fasting said the way a gist of a language Frontdesk does not read puts them ("how many hour fast
 * needed"), and how fast something goes, which is no fasting.
 */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';

describe('hours of fasting', () => {
  it.each([
    'how many hours fast before the blood test?',
    'is a 12 hour fast needed for the cholesterol test?',
    'how many hours of fasting for glucose?',
    'blood test for how many hour fast needed?',
  ])('%s', (text) => {
    expect(conceptsOf(text, 'en')).toContain('fasting');
  });

  it.each(['how fast do I get the results?', 'I need it fast, within two hours', 'the hours fly by so fast'])(
    'no fasting: %s',
    (text) => {
      expect(conceptsOf(text, 'en')).not.toContain('fasting');
    },
  );
});
