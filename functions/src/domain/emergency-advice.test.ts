import { describe, expect, it } from 'vitest';
import { fixtureBusiness } from '../responders/fixture.test-helper.js';
import { emergencyAdvice } from './emergency-advice.js';

describe('emergencyAdvice', () => {
  const business = fixtureBusiness();

  it('is undefined when the business wrote none', () => {
    expect(emergencyAdvice(business)).toBeUndefined();
  });

  it('finds a policy about emergencies by its title, in any language', () => {
    const policy = { id: 'urgencies', title: { ca: 'Urgències' }, text: { ca: 'Truca al 112.' } };
    expect(emergencyAdvice({ ...business, policies: [...business.policies, policy] })).toEqual({
      kind: 'policy',
      id: 'urgencies',
      text: { ca: 'Truca al 112.' },
    });
  });

  it('finds an article by its tags, and prefers a policy to it', () => {
    const article = { id: 'after-hours', title: 'After hours', body: 'Call us.', tags: ['emergency'] };
    const withArticle = { ...business, knowledge: [article] };
    expect(emergencyAdvice(withArticle)?.id).toBe('after-hours');
    const policy = { id: 'emergencies', title: 'Emergencies', text: 'Call 112.' };
    expect(emergencyAdvice({ ...withArticle, policies: [policy] })?.id).toBe('emergencies');
  });
});
