/**
 * Days asked about by the names customers give them: a holiday the business
 * listed, named by its own name ("Ash Wednesday"), is the day and no offering
 * the business lacks; a date written out within the weekend named says which
 * day of it is meant; "is it a public holiday?" beside the day's hours is
 * answered by them; and a word of a phrase that names a day ("depois" of
 * "depois de amanhã") told alone names none.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const DAY = [{ open: '09:00', close: '20:00' }];

/** A climbing gym in Valencia with a few listed days: a feast with evening hours, a public holiday, a late night. */
const GYM: BusinessProfileInput = {
  id: 'climbing-valencia',
  profile: {
    name: 'Bloc Valencia',
    vertical: 'other',
    timezone: 'Europe/Madrid',
    languages: ['es', 'en'],
    currency: 'EUR',
    phone: '+34 960 00 00 00',
    address: { es: 'Carrer de Sueca 10, Valencia' },
  },
  hours: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: [{ open: '10:00', close: '14:00' }], sun: [] },
  holidays: [
    {
      date: '2027-02-10',
      name: { en: 'Ash Wednesday: evening sessions only', es: 'Miércoles de Ceniza: solo sesiones de tarde' },
      hours: [{ open: '17:00', close: '21:00' }],
    },
    {
      date: '2027-03-19',
      name: {
        en: 'Saint Joseph (Fallas): public holiday, short day',
        es: 'San José (Fallas): festivo, horario reducido',
      },
      hours: [{ open: '10:00', close: '13:00' }],
    },
    {
      date: '2027-03-04',
      name: { en: 'Late night bouldering until 23:00', es: 'Noche de búlder hasta las 23:00' },
      hours: [{ open: '09:00', close: '23:00' }],
    },
  ],
  policies: [
    {
      id: 'funeral',
      title: { en: 'Memorial climbs' },
      text: { en: 'We host memorial climbs for members on request.' },
    },
  ],
  services: [{ id: 'day-pass', name: { es: 'Entrada de día', en: 'Day pass' }, durationMinutes: 180, price: 14 }],
  knowledge: [],
  qa: [
    {
      id: 'book-whatsapp',
      question: { es: '¿Puedo reservar por WhatsApp?', en: 'Can I book on WhatsApp?' },
      answer: { es: 'Sí, escríbenos el día y la hora de la consulta y te confirmamos.', en: 'Yes, send us the day.' },
    },
  ],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@bloc.test', name: 'Owner', role: 'owner' }],
};

const gym = businessFrom(GYM);
/** Thursday 4 February 2027, in the afternoon. */
const NOW = new Date('2027-02-04T15:00:00Z');
const ask = (text: string, now = NOW) => respond(request(gym, text, { now }));

describe('a holiday named by its own name', () => {
  it.each([
    'what time are you open on ash wednesday? we fly home the day after so one last climb',
    'hi, are you open on Ash Wednesday?',
    'a que hora abris el miercoles de ceniza?',
  ])("answers %j with the day's hours, not as an offering the gym lacks", (text) => {
    const reply = ask(text);
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.responder).toBe('offline:hours-date');
    expect(reply.text).toContain('17:00');
  });
});

describe('a date written out within the weekend named', () => {
  it.each([
    ['el finde que viene, el viernes 19, abris? a que hora?', '2027-03-15T10:00:00Z'],
    ['next weekend, friday the 19th, are you open?', '2027-03-15T10:00:00Z'],
  ])('answers %j with that day only', (text, now) => {
    const reply = ask(text, new Date(now));
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.text).toContain('13:00');
    expect(reply.text).not.toMatch(/(?:sábado|Saturday)/i);
  });

  it('still gives both days of a weekend asked with no date', () => {
    const reply = ask('abris este finde? a que hora?', new Date('2027-03-10T10:00:00Z'));
    expect(reply.text).toMatch(/sábado|Saturday/i);
  });
});

describe('"is it a public holiday?" beside the day\'s hours', () => {
  it.each([
    'abris el viernes 19? a que hora? es festivo aqui no?',
    'are you open on friday the 19th? isnt it a public holiday?',
    'vous êtes ouverts vendredi 19 ? c est férié non ?',
  ])("answers %j with the day's hours, which name the holiday", (text) => {
    const reply = ask(text, new Date('2027-03-10T10:00:00Z'));
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.text).toContain('13:00');
  });

  it('still hands over another question beside it ("do you have showers?")', () => {
    const reply = ask('abris el viernes 19? a que hora? teneis duchas?', new Date('2027-03-10T10:00:00Z'));
    expect(reply.handoff?.reason).toBe('low_confidence');
  });
});

describe('a word of a day phrase told alone', () => {
  it('reads the day asked, not "depois" of a clause that tells ("só consigo ir depois do trabalho")', () => {
    const reply = ask('vcs estao abertos ate tarde no dia 4 de marco? so consigo ir depois do trabalho, tipo 21h');
    expect(reply.responder, reply.note).toBe('offline:hours-date');
    expect(reply.text).toContain('23:00');
  });

  it('reads "after" told after the question the same way', () => {
    const reply = ask('are you open late on the 4th of march? i can only come after work');
    expect(reply.responder, reply.note).toBe('offline:hours-date');
    expect(reply.text).toContain('23:00');
  });
});
