import { describe, expect, it } from 'vitest';
import { businessFrom, FIXTURE_INPUT, OPEN_NOW, request } from '../fixture.test-helper.js';
import { clearsBar, DEFAULT_TUNING, respond } from './offline.js';

describe('clearsBar', () => {
  const t = DEFAULT_TUNING; // threshold 0.45, clear leader from 0.3 with a lead of 0.1
  it.each([
    [0.5, 'knowledge', 0.49, true], // above the threshold, whatever the rival
    [0.45, 'service', undefined, true],
    [0.35, 'knowledge', 0.2, true], // under it, but far ahead of every other answer
    [0.35, 'knowledge', undefined, true],
    [0.35, 'knowledge', 0.3, false], // under it, and a close second
    [0.28, 'knowledge', 0, false], // under the floor: too little of the message explained
    [0.35, 'service', 0, false], // a rule under the threshold explains too little of the message
  ])('best %f (%s), next %s → %s', (best, kind, next, expected) => {
    expect(clearsBar(best, kind, next, t)).toBe(expected);
  });
});

describe('choosing between entries', () => {
  // Two entries that both answer "is there a student discount?", each a good match on its own.
  const business = businessFrom({
    ...FIXTURE_INPUT,
    qa: [
      ...(FIXTURE_INPUT.qa ?? []),
      {
        id: 'student-gold',
        question: { en: 'Is there a student discount with the Gold card?' },
        answer: { en: 'Gold card holders who are students get 10% off every session.' },
      },
      {
        id: 'student-silver',
        question: { en: 'Is there a student discount with the Silver card?' },
        answer: { en: 'Silver card holders who are students get 5% off facials.' },
      },
    ],
  });

  it('answers with two strong entries tied for first, rather than handing off', () => {
    const result = respond(request(business, 'student discount for my nephew?', { now: OPEN_NOW }));
    expect(result.handoff, `${result.note} ${result.text}`).toBeUndefined();
    expect(result.sources).toEqual(expect.arrayContaining(['student-gold', 'student-silver']));
  });

  it('hands off when only one word of a longer message matches', () => {
    const result = respond(request(business, 'do you do teeth whitening for students?', { now: OPEN_NOW }));
    expect(result.handoff?.reason, result.text).toBe('low_confidence');
  });
});
