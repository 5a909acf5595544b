import { describe, expect, it } from 'vitest';
import { FIXTURE_INPUT, businessFrom, fixtureBusiness } from '../responders/fixture.test-helper.js';
import { groundedMoney } from './grounding.js';

describe('groundedMoney', () => {
  it('holds every price, range end, variant price and deposit of the services', () => {
    expect(groundedMoney(fixtureBusiness())).toEqual({ amounts: [0, 100, 150, 400, 450, 600, 900], percentages: [] });
  });

  it('adds the amounts and percentages the business wrote in its Q&A, articles and policies', () => {
    const business = businessFrom({
      ...FIXTURE_INPUT,
      qa: [
        ...(FIXTURE_INPUT.qa ?? []),
        {
          id: 'students',
          question: 'Student discount?',
          answer: { en: 'Students get 10% off.', fr: 'Les étudiants ont 10 % de réduction.' },
        },
      ],
      policies: [
        {
          id: 'late',
          title: 'Late arrival',
          text: { en: 'Arriving over 15 minutes late costs a fee of AED 50.', ar: 'رسوم التأخير ٥٠ درهم' },
        },
      ],
    });
    expect(groundedMoney(business)).toEqual({ amounts: [0, 50, 100, 150, 400, 450, 600, 900], percentages: [10] });
  });

  it('computes once per business object', () => {
    const business = fixtureBusiness();
    expect(groundedMoney(business)).toBe(groundedMoney(business));
  });
});
