import { describe, expect, it } from 'vitest';
import { operationsPerAnsweredText } from '../testing/operations.js';

describe('database operations per answered text', () => {
  it('stays within budget: webhook → reply → send for a returning customer', async () => {
    const counts = await operationsPerAnsweredText(3);
    // The design's numbers (docs/benchmarks.md explains each); a change that adds a round trip shows here.
    expect(counts.webhook).toEqual({ reads: 3, writes: 3, roundTrips: 4 });
    expect(counts.reply).toEqual({ reads: 4, writes: 5, roundTrips: 6 });
    expect(counts.outbox).toEqual({ reads: 4, writes: 3, roundTrips: 6 });
  });
});
