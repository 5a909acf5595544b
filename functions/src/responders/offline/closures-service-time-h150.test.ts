/**
 * The business's own holidays asked about ("when do you take your holidays in August?", "feu vacances a l'agost?",
 * "macht ihr Betriebsferien im August?") are its opening: the hours with that month's closures. "What time does
 * <a service> start?" asks the service's times, on its card, not the opening hours; "what time do you open?" still
 * asks the hours (h150).
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const school = businessFrom({
  id: 'school-test',
  profile: {
    name: 'Kitchen Test',
    vertical: 'other',
    timezone: 'Europe/Rome',
    languages: ['it', 'en', 'de', 'ca', 'fr', 'es', 'pt'],
    currency: 'EUR',
    phone: '+39 055 000 000',
    address: { it: 'Via Prova 1, Firenze' },
  },
  hours: {
    tue: [{ open: '09:00', close: '20:00' }],
    wed: [{ open: '09:00', close: '20:00' }],
    thu: [{ open: '09:00', close: '20:00' }],
    fri: [{ open: '09:00', close: '20:00' }],
    sat: [{ open: '09:00', close: '14:00' }],
  },
  holidays: [
    { from: '2027-08-09', to: '2027-08-22', name: { it: 'Ferie estive', en: 'Summer holidays' } },
    { date: '2027-11-01', name: { it: 'Ognissanti', en: "All Saints' Day" } },
  ],
  services: [
    {
      id: 'bread',
      name: { it: 'Corso di pane', en: 'Bread baking class' },
      description: { en: 'Sourdough and focaccia. Mornings 9:30–12:30.' },
      durationMinutes: 180,
      price: 70,
    },
  ],
  staff: [{ email: 'owner@school.test', name: 'Owner', role: 'owner' }],
});

const NOW = new Date('2027-06-10T10:00:00Z');
const ask = (text: string) => respond(request(school, text, { now: NOW }));

describe('the business’s holidays asked by month (h150)', () => {
  it.each([
    'when do you take your holidays in August?',
    "quan feu vacances a l'agost?",
    'macht ihr im August Betriebsferien?',
    'quando fate le ferie ad agosto?',
    'vous êtes en fermeture annuelle en août ?',
  ])('%j: the hours with August’s closure', (text) => {
    const reply = ask(text);
    expect(reply.responder, reply.note).toBe('offline:hours');
    expect(reply.text).toMatch(/9[^\n]*–[^\n]*22/);
  });

  it('the customer’s own holiday is no question about the hours', () => {
    const reply = ask("we're on holiday in Florence in August, how much is the bread baking class?");
    expect(reply.responder).not.toBe('offline:hours');
  });
});

describe('the time of a service (h150)', () => {
  it.each(['what time does the bread baking class start?', 'a che ora inizia il corso di pane?'])(
    '%j: the class’s card, not the opening hours',
    (text) => {
      const reply = ask(text);
      expect(reply.responder, reply.note).toBe('offline:service');
      expect(reply.text).toMatch(/9:30/);
    },
  );

  it('what time you open is still the hours', () => {
    expect(ask('what time do you open on Saturday?').responder).toMatch(/^offline:hours/);
    expect(ask('what time do you close?').responder).toMatch(/^offline:hours/);
  });
});
