import { describe, expect, it } from 'vitest';
import { type Bm25Document, type Bm25Hit, buildBm25Index, matchStrength } from './bm25.js';
import { tokenise } from './text.js';

const doc = (id: string, key: string, body = ''): Bm25Document => ({
  id,
  fields: { key: tokenise(key, 'en'), body: tokenise(body, 'en') },
});

const corpus = [
  doc('parking', 'Do you have parking?', 'Free parking in the basement.'),
  doc('pain', 'Does laser hair removal hurt?', 'Most clients feel a light snapping sensation.'),
  doc('sessions', 'How many laser sessions will I need?', 'Six to eight sessions, four to six weeks apart.'),
  doc('prepare', 'Preparing for your laser session', 'Shave the day before. Avoid the sun for two weeks.'),
  doc('payment', 'Which payment methods do you accept?', 'Cash, cards and Apple Pay.'),
];
const index = buildBm25Index(corpus, { fieldWeights: { key: 3, body: 1 } });
const search = (q: string) => index.search(tokenise(q, 'en'));

describe('buildBm25Index', () => {
  it.each([
    ['is there parking', 'parking'],
    ['does the laser hurt', 'pain'],
    ['how many sessions do I need', 'sessions'],
    ['should I avoid the sun', 'prepare'],
    ['can I pay with apple pay', 'payment'],
  ])('ranks %j first at %s', (query, id) => {
    expect(search(query)[0]?.id).toBe(id);
  });

  it('weights the key field above the body', () => {
    const weighted = buildBm25Index([doc('in-key', 'laser', 'x'), doc('in-body', 'x', 'laser')], {
      fieldWeights: { key: 3, body: 1 },
    });
    expect(weighted.search(['laser']).map((h) => h.id)).toEqual(['in-key', 'in-body']);
  });

  it('scores rare terms above common ones (idf)', () => {
    expect(index.idf('park')).toBeGreaterThan(index.idf('laser'));
    expect(index.idf('never-seen')).toBeGreaterThan(index.idf('park'));
  });

  it('returns nothing for unknown or empty queries', () => {
    expect(search('xyzzy plugh')).toEqual([]);
    expect(index.search([])).toEqual([]);
  });

  it('is deterministic on ties and respects the limit', () => {
    const twin = (id: string): Bm25Document => ({ id, fields: { key: ['same', 'words'] } });
    const twins = buildBm25Index([twin('b'), twin('a'), twin('c')], { fieldWeights: { key: 1 } });
    expect(twins.search(['same'], 2).map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('says how much of the query and of each field a hit covers', () => {
    const [hit] = search('do you have parking for trucks');
    expect(hit?.id).toBe('parking');
    expect(hit?.matched).toEqual(['park']);
    expect(hit?.coverage).toBeGreaterThan(0);
    expect(hit?.coverage).toBeLessThan(1);
    expect(hit?.fieldShare.key).toBe(1);
  });
});

describe('matchStrength', () => {
  const strength = (q: string) => {
    const hit = search(q)[0];
    return hit ? matchStrength(hit, 'key') : 0;
  };

  it.each([
    ['do you have parking', 0.9, 1],
    ['will the laser hair removal hurt', 0.75, 1],
    ['parking for my truck trailer', 0, 0.5],
    ['laser', 0, 0.4],
    ['xyzzy', 0, 0],
  ])('%j scores between %d and %d', (query, low, high) => {
    expect(strength(query)).toBeGreaterThanOrEqual(low);
    expect(strength(query)).toBeLessThanOrEqual(high);
  });

  it('caps a one-word match that is not the whole key', () => {
    const hit: Bm25Hit = {
      id: 'x',
      score: 9,
      matched: ['laser'],
      coverage: 1,
      fieldCoverage: { key: 0.9 },
      fieldShare: { key: 0.5 },
    };
    expect(matchStrength(hit, 'key')).toBe(0.4);
    expect(matchStrength({ ...hit, fieldShare: { key: 1 } }, 'key')).toBeCloseTo(0.95);
  });
});
