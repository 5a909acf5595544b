/**
 * A danger that is not (yet) medical gets "get everyone away from the danger" first, as a fire does: an animal
 * loose among cars. A medical emergency still opens with first aid's "call your local emergency number".
 */
import { describe, expect, it } from 'vitest';
import { isHazard } from '../../domain/safety.js';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

describe('the reply to an animal loose on a road', () => {
  const business = fixtureBusiness();
  const ask = (text: string) => respond(request(business, text));

  it('is a hazard, like a fire, and no other kind is', () => {
    expect(isHazard('road')).toBe(true);
    expect(isHazard('fire')).toBe(true);
    expect(isHazard('bleeding')).toBe(false);
    expect(isHazard('heatstroke')).toBe(false);
  });

  it('tells everyone to get away from the danger, and hands off', () => {
    const reply = ask('there is a pony loose on the main road and the cars are swerving!!');
    expect(reply.safety?.emergency).toBe('road');
    expect(reply.text).toMatch(/away from the danger/i);
    expect(reply.handoff).toBeDefined();
  });

  it('keeps the medical opening for a kick in the belly', () => {
    const reply = ask('the horse kicked my son in the stomach and he is white as a sheet and vomiting');
    expect(reply.safety?.emergency).toBe('bleeding');
    expect(reply.text).not.toMatch(/away from the danger/i);
    expect(reply.handoff).toBeDefined();
  });
});
