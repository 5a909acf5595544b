/**
 * A question about the occasion a date falls in ("…seguimos en ramadán?"),
 * beside a question about that date's hours: the hours name the occasion
 * ("Monday 8 February (Ramadan hours): 10:00–14:00"), which answers it, and
 * the message needs no person. A question whose words the hours do not
 * write ("…tenéis duchas?") still does.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const DAY = [{ open: '09:00', close: '17:00' }];

/** A surf school in Taghazout with Ramadan hours for a week and a policy that speaks of Ramadan. */
const SCHOOL: BusinessProfileInput = {
  id: 'surf-taghazout',
  profile: {
    name: 'École de surf Taghazout',
    vertical: 'other',
    timezone: 'Africa/Casablanca',
    languages: ['fr', 'ar'],
    currency: 'MAD',
    phone: '+212 528 00 00 00',
    address: { fr: 'Plage de Taghazout' },
  },
  hours: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: [], sun: [] },
  holidays: [
    {
      from: '2027-02-08',
      to: '2027-02-14',
      name: { fr: 'Horaires du Ramadan', ar: 'توقيت رمضان' },
      hours: [{ open: '10:00', close: '14:00' }],
    },
  ],
  policies: [
    {
      id: 'material',
      title: { fr: 'Combinaisons et planches' },
      text: {
        fr: 'Nous prêtons la combinaison et la planche à chaque cours. Pendant le Ramadan, les cours finissent deux heures avant la rupture du jeûne.',
      },
    },
  ],
  services: [{ id: 'cours', name: { fr: 'Cours de surf', ar: 'حصة ركوب الأمواج' }, durationMinutes: 90, price: 350 }],
  knowledge: [],
  qa: [],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@surf.test', name: 'Owner', role: 'owner' }],
};

const school = businessFrom(SCHOOL);
const SUNDAY = new Date('2027-02-07T10:00:00Z');
const ask = (text: string) => respond(request(school, text, { now: SUNDAY }));

describe('a question about the occasion a date falls in', () => {
  it('answers "mañana abrís? hasta qué hora? seguimos en ramadán?" with the day\'s hours, which name it', () => {
    const reply = ask('buenas, mañana lunes abrís? hasta qué hora? seguimos en ramadán todavía, no?');
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.text).toContain('14:00');
  });

  it('still hands over a question whose words the hours do not write ("tenéis duchas?")', () => {
    const reply = ask('buenas, mañana lunes abrís? hasta qué hora? tenéis duchas?');
    expect(reply.handoff?.reason).toBe('low_confidence');
    expect(reply.text).toContain('14:00');
  });
});
