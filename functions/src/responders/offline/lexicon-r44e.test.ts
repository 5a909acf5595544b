/** Round 44 (r44e): the Sardinian "bona sera a tottus", "ajo, bona die!" greet in Italian; a question still asks. */
import { describe, expect, it } from 'vitest';
import { everyLanguageBusiness, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

describe('Sardinian greetings (r44e)', () => {
  const business = everyLanguageBusiness();
  const responder = (text: string) => respond(request(business, text)).responder;

  it.each(['Ajo, bona sera a tottus! 👋', 'bona die!', 'Bona sera a tottus'])('%j greets', (text) => {
    expect(responder(text)).toBe('offline:greeting');
  });

  it.each(['bona sera, a che ora aprite domani?', 'buonasera, quanto costa un taglio?'])('%j asks', (text) => {
    expect(responder(text)).not.toBe('offline:greeting');
  });
});
