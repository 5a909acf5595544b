import { describe, expect, it } from 'vitest';
import { businessFrom } from '../responders/fixture.test-helper.js';
import { FIXTURE_INPUT } from '../responders/fixture.test-helper.js';
import { knownAmounts, moneyAmounts, unknownAmounts } from './amounts.js';

describe('moneyAmounts', () => {
  it.each([
    ['EUR', 'La limpieza cuesta 60 € y el bono 100€', [60, 100]],
    ['EUR', 'from €1,900 to €2.800, or 12,50 EUR', [1900, 2800, 12.5]],
    ['EUR', 'son 90 euros', [90]],
    ['USD', 'a $25 deposit, $1 per minute', [25, 1]],
    ['AED', 'AED 7,200 for women and 9000 AED for men', [7200, 9000]],
    ['AED', 'السعر 450 د.إ.', [450]],
    ['AED', 'Laser\u00a0AED\u00a0600 (1 h)', [600]],
    ['EUR', 'valid for 12 months, 6 sessions, call 112', []],
    ['EUR', 'open 09:00–14:00', []],
  ])('%s: %j', (currency, text, expected) => {
    expect(moneyAmounts(text, currency)).toEqual(expected);
  });
});

describe('knownAmounts and unknownAmounts', () => {
  const business = businessFrom(FIXTURE_INPUT);

  it('knows service prices, variants, deposits and amounts written in the texts', () => {
    const known = knownAmounts(business);
    for (const n of [150, 900, 600, 400, 450, 0, 100]) expect(known.has(n), String(n)).toBe(true);
  });

  it('finds amounts the business never stated', () => {
    expect(unknownAmounts('Full legs: AED 600, deposit AED 100', business)).toEqual([]);
    expect(unknownAmounts('Full legs: AED 550 today only', business)).toEqual([550]);
  });
});
