import { describe, expect, it } from 'vitest';
import { MODEL_PRICES, PRICES_AS_OF, callCostUsd, priceOf, transcriptionCostUsd } from './llm-pricing.js';

describe('callCostUsd', () => {
  it.each<[string, Parameters<typeof callCostUsd>[1], number]>([
    // 1M of each kind, so the figures read as the table's prices.
    ['claude-sonnet-5-5', { inputTokens: 1e6, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 }, 2],
    ['claude-sonnet-5-5', { inputTokens: 0, outputTokens: 1e6, cacheReadTokens: 0, cacheWriteTokens: 0 }, 10],
    ['claude-sonnet-5-5', { inputTokens: 0, outputTokens: 0, cacheReadTokens: 1e6, cacheWriteTokens: 0 }, 0.1],
    ['claude-sonnet-5-5', { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 1e6 }, 2.5],
    // A typical turn: 300 fresh input, 4,000 from cache, 150 out.
    ['claude-sonnet-5-5', { inputTokens: 300, outputTokens: 150, cacheReadTokens: 4000, cacheWriteTokens: 0 }, 0.0025],
    ['gpt-6.1-terra', { inputTokens: 300, outputTokens: 150, cacheReadTokens: 4000, cacheWriteTokens: 0 }, 0.00125],
    // Past the long-prompt threshold every token of the request costs more.
    [
      'claude-haiku-5-5',
      { inputTokens: 100_001, outputTokens: 1000, cacheReadTokens: 0, cacheWriteTokens: 0 },
      0.0525005,
    ],
    ['gpt-6.1-terra', { inputTokens: 300_000, outputTokens: 1000, cacheReadTokens: 0, cacheWriteTokens: 0 }, 0.6075],
    // A dated snapshot is priced as its alias.
    ['claude-haiku-4-5-20251001', { inputTokens: 1e6, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 }, 1],
  ])('%s %j → $%s', (model, usage, usd) => {
    expect(callCostUsd(model, usage)).toEqual({ costUsd: usd, priced: true });
  });

  it('reports a model it has no price for instead of guessing', () => {
    const usage = { inputTokens: 1000, outputTokens: 1000, cacheReadTokens: 0, cacheWriteTokens: 0 };
    expect(callCostUsd('some-future-model', usage)).toEqual({ costUsd: 0, priced: false });
    expect(priceOf('gpt-6.1-terra-mini')).toBeUndefined();
    expect(priceOf('gpt-6-sol-2026-09-22')).toBe(MODEL_PRICES['gpt-6-sol']);
  });

  it('says when the prices were read', () => {
    expect(PRICES_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('transcriptionCostUsd', () => {
  it.each<[string, Parameters<typeof transcriptionCostUsd>[1], { costUsd: number; priced: boolean }]>([
    ['gpt-transcribe', { seconds: 40 }, { costUsd: 0.003, priced: true }],
    ['gpt-4o-transcribe', { audioTokens: 1000, outputTokens: 100 }, { costUsd: 0.0035, priced: true }],
    ['gpt-transcribe', { audioTokens: 1000, outputTokens: 100 }, { costUsd: 0, priced: false }],
    ['some-other-model', { seconds: 40 }, { costUsd: 0, priced: false }],
  ])('%s %j', (model, usage, expected) => {
    expect(transcriptionCostUsd(model, usage)).toEqual(expected);
  });
});
