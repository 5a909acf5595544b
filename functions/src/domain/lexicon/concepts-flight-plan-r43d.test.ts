/** Round 43: a plane is a flight, but planning the day, a plan or a meal plan is none (English "plane" stems to "plan"). */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';

describe('a plane, not a plan', () => {
  it.each([
    ['en', 'my plane lands at 9, can I still make it?'],
    ['en', 'can I take the hearing aids on the plane?'],
    ['en', 'we fly home the next day, planes are so early'],
    ['en', 'my flight is at noon'],
  ] as const)('%s: "%s" is a flight', (language, text) => {
    expect(conceptsOf(text, language)).toContain('flight');
  });

  it.each([
    ['en', 'just trying to plan the day around it'],
    ['en', 'what is the plan if it rains?'],
    ['en', 'we are planning a trip in june'],
    ['en', 'do you have a payment plan?'],
  ] as const)('%s: "%s" is no flight', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('flight');
  });
});
