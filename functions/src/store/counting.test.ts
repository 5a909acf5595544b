import { describe, expect, it } from 'vitest';
import { operationsPerAnsweredText } from '../testing/operations.js';

describe('database operations per answered text', () => {
  it('stays within budget: webhook → reply → send for a returning customer', async () => {
    const counts = await operationsPerAnsweredText(3);
    // The design's numbers (docs/benchmarks.md explains each); a change that adds a round trip shows here.
    expect(counts.webhook).toEqual({ reads: 3, writes: 3, roundTrips: 4 });
    // The reply: the turn's claim (message, conversation, and the conversation's reply lock written with
    // it), the business and the contact in one round trip, and the commit (the claim and the
    // conversation read again; reply, outbox item, message, conversation and the day's totals written).
    expect(counts.reply).toEqual({ reads: 6, writes: 7, roundTrips: 7 });
    expect(counts.outbox).toEqual({ reads: 4, writes: 3, roundTrips: 6 });
  });
});
