import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './stats.js';

describe('percentile (nearest rank)', () => {
  it.each([
    [[], 50, null],
    [[7], 50, 7],
    [[7], 90, 7],
    [[1, 2], 50, 1],
    [[1, 2], 90, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10],
  ])('%j p%i = %s', (values, p, expected) => expect(percentile(values, p)).toBe(expected));
});

describe('summarize', () => {
  it('sorts, and gives count, median, p90 and a rounded mean', () => {
    expect(summarize([30_000, 1_000, 2_000])).toEqual({ count: 3, medianMs: 2_000, p90Ms: 30_000, meanMs: 11_000 });
  });
  it('an empty day has no figures, not zeros', () => {
    expect(summarize([])).toEqual({ count: 0, medianMs: null, p90Ms: null, meanMs: null });
  });
});
