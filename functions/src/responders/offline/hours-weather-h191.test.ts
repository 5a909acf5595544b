/**
 * Closing in bad weather is the business's weather rule, not its hours: "if it rains tomorrow, does the outdoor
 * court close?" is answered by the rule; "are you open tomorrow?" still by the day's hours. An hour counted ("for an
 * hour", "half an hour", "the whole hour") is a length, not the opening hours. A small tennis club (fixture).
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const DAY = [{ open: '09:00', close: '21:00' }];
const CLUB: BusinessProfileInput = {
  id: 'tennis-club-h191',
  profile: {
    name: 'Club de Tenis Levante',
    vertical: 'other',
    timezone: 'Europe/Madrid',
    languages: ['es', 'en'],
    currency: 'EUR',
    phone: '+34 600 000 000',
    address: { es: 'Calle Mayor 1, Valencia' },
  },
  hours: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: DAY, sun: [] },
  holidays: [],
  policies: [
    {
      id: 'lluvia',
      title: { es: 'Lluvia y mal tiempo', en: 'Rain and bad weather' },
      text: {
        es: 'Las pistas exteriores se cierran con lluvia fuerte o tormenta; las clases se pasan a la pista cubierta o se cambian de día sin coste.',
        en: 'Outdoor courts close in heavy rain or a storm; lessons move to the indoor court or to another day at no cost.',
      },
    },
  ],
  services: [{ id: 'pista', name: { es: 'Alquiler de pista', en: 'Court hire' }, durationMinutes: 60, price: 20 }],
  knowledge: [],
  qa: [],
  styleGuide: { tone: 'cordial' },
  staff: [{ email: 'owner@levante.test', name: 'Owner', role: 'owner' }],
};

const club = businessFrom(CLUB);
/** Tuesday 23 March 2027, 11:00 in Valencia. */
const NOW = new Date('2027-03-23T10:00:00Z');
const ask = (text: string) => respond(request(club, text, { now: NOW }));

describe('closing in bad weather', () => {
  it.each([
    'if it rains hard tomorrow do the outdoor courts close?',
    'si llueve mañana cerráis las pistas de fuera?',
    'se chover amanhã vocês fecham as quadras?',
    's il pleut demain vous fermez les courts ?',
  ])('%j: the weather rule, not the hours', async (text) => {
    const reply = await ask(text);
    expect(reply.responder).not.toMatch(/hours/);
  });

  it.each(['are you open tomorrow?', 'abrís mañana?'])('%j: still the day’s hours', async (text) => {
    const reply = await ask(text);
    expect(reply.responder).toBe('offline:hours-date');
  });
});

describe('an hour counted', () => {
  it.each([
    'can I leave my son on the court for an hour while I go shopping?',
    'can we stay half an hour longer?',
    'do we get the whole hour if we start late?',
  ])('%j: not the opening hours', async (text) => {
    const reply = await ask(text);
    expect(reply.responder).not.toBe('offline:hours');
  });

  it('"in an hour" is a time from now: are you still open then?', async () => {
    expect((await ask('are you still open? could I come by in like an hour?')).responder).toMatch(/hours/);
  });

  it('"what are your hours?" still asks them', async () => {
    expect((await ask('what are your hours?')).responder).toBe('offline:hours');
  });
});
