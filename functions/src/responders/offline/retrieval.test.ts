import { describe, expect, it } from 'vitest';
import { fixtureBusiness } from '../fixture.test-helper.js';
import { businessIndex, nameAliases } from './retrieval.js';

const business = fixtureBusiness();
const index = businessIndex(business);

describe('findServices', () => {
  it.each([
    ['how much is full legs?', 'laser-hair-removal', ['full-legs']],
    ['jambes complètes', 'laser-hair-removal', ['full-legs']],
    ['الساقين كاملة', 'laser-hair-removal', ['full-legs']],
    ['kam se3r el underarms', 'laser-hair-removal', ['underarms']],
    ['legs', 'laser-hair-removal', ['full-legs', 'half-legs']],
    ['full legs and underarms', 'laser-hair-removal', ['full-legs', 'underarms']],
    ['laser hair removal', 'laser-hair-removal', []],
    ['laser', 'laser-hair-removal', []],
    ['hydrafacial', 'hydrafacial', []],
  ])('%j → %s %j', (text, serviceId, variantIds) => {
    const [match] = index.findServices(text);
    expect(match?.service.id).toBe(serviceId);
    expect(match?.variants.map((v) => v.id).sort()).toEqual([...variantIds].sort());
  });

  it.each(['do you have parking?', 'asdkj qwe', 'is it safe?'])('finds no service in %j', (text) => {
    expect(index.findServices(text)).toEqual([]);
  });
});

describe('findKnowledge', () => {
  it.each([
    ['do you have parking?', 'qa', 'parking'],
    ['is there somewhere to leave my car', 'qa', 'parking'],
    ['fi parking?', 'qa', 'parking'],
    ['هل يوجد موقف سيارات؟', 'qa', 'parking'],
    ['Avez-vous un parking ?', 'qa', 'parking'],
    ['how should I prepare for my laser session?', 'article', 'before-laser'],
    ['what is your cancellation policy?', 'policy', 'cancellation'],
  ])('%j → %s %s', (text, kind, id) => {
    const match = index.findKnowledge(text);
    expect(match).toMatchObject({ kind, id });
    expect(match?.strength).toBeGreaterThanOrEqual(0.75);
  });

  it.each(['asdkj qwe zzzx', 'laser', 'do you accept credit cards?'])('has no confident match for %j', (text) => {
    expect(index.findKnowledge(text)?.strength ?? 0).toBeLessThan(0.45);
  });
});

describe('businessIndex', () => {
  it('is built once per business object', () => {
    expect(businessIndex(business)).toBe(index);
    expect(businessIndex(fixtureBusiness())).not.toBe(index);
  });
});

describe('nameAliases', () => {
  it.each([
    ['Full bikini / Brazilian', ['Full bikini / Brazilian', 'Full bikini', 'Brazilian']],
    ['Chest & abdomen (men)', ['Chest & abdomen (men)', 'Chest & abdomen']],
    ['Underarms', ['Underarms']],
  ])('%j', (name, aliases) => {
    expect(nameAliases(name)).toEqual(aliases);
  });
});
