/**
 * Arabizi's 9 end to end: ص in the Gulf and the Levant ("ana 9ayma", I am
 * fasting), ق in the Maghreb ("n9der", I can), as the lexicon writes it.
 * A laser clinic in Kuwait and a beauty salon in Casablanca (fixtures of
 * this file), asked as people there write.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import type { BusinessContext } from '../responder.js';
import { spokenForms } from './dialect.js';
import { respond } from './offline.js';

const WEEK = {
  mon: [{ open: '10:00', close: '21:00' }],
  tue: [{ open: '10:00', close: '21:00' }],
  wed: [{ open: '10:00', close: '21:00' }],
  thu: [{ open: '10:00', close: '21:00' }],
  fri: [],
  sat: [{ open: '10:00', close: '21:00' }],
  sun: [{ open: '10:00', close: '21:00' }],
};

const clinic = (id: string, timezone: string, currency: string): BusinessProfileInput => ({
  id,
  profile: {
    name: 'Noor Laser',
    vertical: 'clinic',
    timezone,
    languages: ['ar', 'en'],
    currency,
    phone: '+965 2222 3333',
    address: { en: 'Salem Al Mubarak St, Salmiya' },
  },
  hours: WEEK,
  holidays: [],
  policies: [],
  services: [
    { id: 'laser', name: { ar: 'ليزر إزالة الشعر', en: 'Laser hair removal' }, durationMinutes: 30, price: 35 },
  ],
  knowledge: [],
  qa: [
    {
      id: 'laser-fasting',
      question: { ar: 'أقدر أسوي ليزر وأنا صايمة؟' },
      answer: { ar: 'إي عادي، الليزر ما يفطر.' },
    },
  ],
  styleGuide: { tone: 'ودود' },
  staff: [{ email: 'owner@noor.test', name: 'Owner', role: 'owner' }],
});

const kuwait = businessFrom(clinic('noor-laser-kuwait', 'Asia/Kuwait', 'KWD'));
const casablanca = businessFrom(clinic('noor-laser-casa', 'Africa/Casablanca', 'MAD'));
const madrid = businessFrom(clinic('noor-laser-madrid', 'Europe/Madrid', 'EUR'));
/** Monday 8 March 2027, 12:00 in Kuwait (open). */
const NOW = new Date('2027-03-08T09:00:00Z');
const ask = (business: BusinessContext, text: string) => respond(request(business, text, { now: NOW }));

describe('Arabizi 9 read by region', () => {
  it('reads a Gulf customer’s 9 as ص, and the message as written too', () => {
    const text = 'ana 9ayma, y9eer asawi laser?';
    expect(spokenForms(text, kuwait)).toEqual(['ana sayma, yseer asawi laser?', text]);
  });

  it('answers a fasting question typed with 9 at a Gulf business', () => {
    const reply = ask(kuwait, 'ya3teekom el3afya, ana 9ayma, y9eer asawi laser?');
    expect(reply.handoff).toBeUndefined();
    expect(reply.sources).toContain('laser-fasting');
  });

  it('keeps a Darija 9 as ق wherever the business is', () => {
    expect(spokenForms('wach n9der ndir laser?', kuwait)).toEqual(['wach n9der ndir laser?']);
    expect(spokenForms('n9der ndir laser ghedda?', casablanca)).toEqual(['n9der ndir laser ghedda?']);
  });

  it('reads 9 as ص in Europe when the message is Gulf or Levantine by its own words', () => {
    expect(spokenForms('shlonkom, ana 9ayma y9eer laser?', madrid)[0]).toBe('shlonkom, ana sayma yseer laser?');
    expect(spokenForms('ana 9ayma y9eer laser?', madrid)).toEqual(['ana 9ayma y9eer laser?']);
  });

  it('leaves times and amounts alone', () => {
    expect(spokenForms('a3teeni maw3ed 9am bukra, ana 9ayma', kuwait)[0]).toBe('a3teeni maw3ed 9am bukra, ana sayma');
  });
});
