/**
 * A sports club's messages end to end (h168): a day named by its date that the club lists under a name of its own
 * (an open day, a long evening) asked with words of that name is that day's hours; a number before counted lessons
 * is no day; enrolling one's children in a camp is a booking; and the near misses: the same date with no word of
 * the event, an ordinary day, a count of lessons asked about, a camp asked about.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const club = businessFrom({
  id: 'club-test',
  profile: {
    name: 'Club Test',
    vertical: 'other',
    timezone: 'Europe/Madrid',
    languages: ['es', 'en', 'fr', 'de'],
    currency: 'EUR',
    phone: '+34 952 000 000',
    address: { es: 'Calle Prueba 1, Málaga' },
  },
  hours: {
    mon: [{ open: '09:00', close: '14:00' }],
    tue: [{ open: '09:00', close: '14:00' }],
    wed: [{ open: '09:00', close: '14:00' }],
    thu: [{ open: '09:00', close: '14:00' }],
    fri: [{ open: '09:00', close: '14:00' }],
  },
  holidays: [
    {
      date: '2027-06-18',
      name: { es: 'Jornada de puertas abiertas del pádel: abierto hasta las 21', en: 'Padel open day: open until 9pm' },
      hours: [{ open: '09:00', close: '21:00' }],
    },
  ],
  services: [
    {
      id: 'camp',
      name: { es: 'Campus de verano', en: 'Summer camp' },
      description: { es: 'Semanas de julio, de 9 a 14.' },
      durationMinutes: 300,
      price: 150,
    },
    {
      id: 'pack',
      name: { es: 'Bono de 10 clases', en: '10 lesson pack' },
      durationMinutes: 60,
      price: 200,
    },
  ],
  staff: [{ email: 'owner@club.test', name: 'Owner', role: 'owner' }],
});

/** Thursday 10 June 2027. */
const NOW = new Date('2027-06-10T10:00:00Z');
const ask = (text: string) => respond(request(club, text, { now: NOW }));

describe('a day the club lists under a name of its own, asked with its words (h168)', () => {
  it.each([
    "I heard there's a padel open day on the 18th, can I drop by around 7pm after work?",
    'someone told me about the padel open day on the 18th, what time can I come?',
  ])('%j: that day’s hours', (text) => {
    const reply = ask(text);
    expect(reply.responder, reply.note).toBe('offline:hours-date');
    expect(reply.text).toMatch(/21/);
  });

  it('the same day asked with no word of its name is no question of its hours', () => {
    const reply = ask('can I drop by on the 18th around 7pm?');
    expect(reply.responder, reply.note).not.toBe('offline:hours-date');
  });
});

describe('a number before counted lessons is no day (h168)', () => {
  it.each(['I bought the 10 lesson pack, does it run out?', 'can I share the 5 class pass with my sister?'])(
    '%j names no day',
    (text) => {
      const reply = ask(text);
      expect(reply.responder, reply.note).not.toBe('offline:hours-date');
    },
  );

  it('the 18th before a word of the day still names a day', () => {
    const reply = ask('are you open on the 18th?');
    expect(reply.responder, reply.note).toBe('offline:hours-date');
  });
});

describe('enrolling someone in a camp is a booking (h168)', () => {
  it.each([
    'quisiera anotar a mi hija en el campus de julio, ¿cómo se hace?',
    'can you sign him up for the summer camp in July?',
    'je voudrais inscrire mes enfants au camp de juillet',
  ])('%j is a booking request', (text) => {
    expect(ask(text).intent).toBe('booking');
  });

  it('an enrolment told as a story is no booking', () => {
    expect(
      ask('el año pasado lo apuntamos a un campus en otro club y lloraba, ¿cómo cuidáis a los tímidos?').intent,
    ).not.toBe('booking');
  });

  it('asking what the camp costs is no booking', () => {
    expect(ask('¿cuánto cuesta el campus de verano?').intent).not.toBe('booking');
  });
});
