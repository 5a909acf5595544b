import { describe, expect, it } from 'vitest';
import { BusinessProfile } from './business.js';

const profile = (languages: string[]) => ({
  name: 'Test',
  vertical: 'salon',
  timezone: 'Europe/Madrid',
  languages,
  currency: 'EUR',
});

describe('BusinessProfile languages', () => {
  it.each([[['ca', 'es', 'en', 'pt']], [['ar', 'fr']], [['en']], [['it', 'de', 'en']]])('accepts %j', (languages) => {
    expect(BusinessProfile.safeParse(profile(languages)).success).toBe(true);
  });

  it('refuses a language the responders cannot serve, saying which they can', () => {
    const result = BusinessProfile.safeParse(profile(['ca', 'ja']));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['languages', 1],
        message: expect.stringMatching(
          /"ja" is not a language Frontdesk can serve yet.*en, es, fr, ar, ca, pt, it, de/,
        ),
      }),
    ]);
  });

  it('refuses a language listed twice and a list without any', () => {
    expect(BusinessProfile.safeParse(profile(['es', 'es'])).success).toBe(false);
    expect(BusinessProfile.safeParse(profile([])).success).toBe(false);
  });
});
