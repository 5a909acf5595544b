import { describe, expect, it } from 'vitest';
import { MAX_SIDE, scaledSize } from './photo-upload';

describe('scaledSize', () => {
  it.each([
    [4032, 3024, { width: MAX_SIDE, height: 1200 }],
    [3024, 4032, { width: 1200, height: MAX_SIDE }],
    [800, 600, { width: 800, height: 600 }],
    [MAX_SIDE, MAX_SIDE, { width: MAX_SIDE, height: MAX_SIDE }],
    [100_000, 10, { width: MAX_SIDE, height: 1 }],
  ])('%i × %i → %o', (width, height, expected) => {
    expect(scaledSize(width, height)).toEqual(expected);
  });
});
