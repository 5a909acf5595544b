/**
 * Round 44 (r44e): who the visit is for is part of a request that asks nothing ("Ich hätte gern einen Termin zur
 * Fußpflege für meinen Vater, am besten vormittags"), as it was with a day named; asking whether someone may come
 * along is still no request for a slot.
 */
import { describe, expect, it } from 'vitest';
import { everyLanguageBusiness, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

describe('a booking for someone else (r44e)', () => {
  const business = everyLanguageBusiness();
  const intent = (text: string) => respond(request(business, text)).intent;

  it.each([
    'Ich hätte gern einen Termin für meinen Vater, am besten vormittags',
    'quería cita para mi madre, el martes',
    "I'd like an appointment for my dad please",
  ])('%j books', (text) => {
    expect(intent(text)).toBe('booking');
  });

  it.each(['can my husband come in with me?', 'mi madre puede entrar conmigo?'])('%j asks, not books', (text) => {
    expect(intent(text)).not.toBe('booking');
  });
});
