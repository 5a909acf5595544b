/**
 * Signing up for a course, said as an intention, is a booking (h167): "we want to sign up for the Saturday
 * class" asks for a place as "sign me up" does. Asking how signing up works, or that one signed up already, is not.
 */
import { describe, expect, it } from 'vitest';
import { expandedWords } from '../../domain/text.js';
import { classify } from './intents.js';

const intentsOf = (text: string) => classify(expandedWords(text), ['en']).intents;

describe('signing up as a booking (h167)', () => {
  it.each([
    'my wife and I want to sign up for the Saturday beginners class',
    'I would like to sign up for the kids course',
    'can you sign us up for Thursday?',
    'please sign her up for the holiday camp',
  ])('%j is a booking', (text) => {
    expect(intentsOf(text)).toContain('bookingAct');
  });

  it.each(['I signed up online last week, did it go through?', 'is the sign up form on your website?'])(
    '%j is no booking',
    (text) => {
      expect(intentsOf(text)).not.toContain('bookingAct');
    },
  );
});
