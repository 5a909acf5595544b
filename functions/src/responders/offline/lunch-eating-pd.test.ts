/**
 * Round 42 (helper-201): midday said with eating ("les enfants mangent quoi le midi ?", "what do the kids eat at
 * lunchtime?") is when someone eats, and the text on the camp's meals answers it, not the week's hours with their
 * lunch break; "do you close at lunchtime?" still gets the hours. A small summer camp (fixture).
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const MORNING = [
  { open: '09:00', close: '13:00' },
  { open: '15:00', close: '18:00' },
];
const CAMP: BusinessProfileInput = {
  id: 'summer-camp-pd201',
  profile: {
    name: 'Campus de Verano Los Pinos',
    vertical: 'other',
    timezone: 'Europe/Madrid',
    languages: ['es', 'en'],
    currency: 'EUR',
    phone: '+34 600 000 001',
    address: { es: 'Camino del Pinar 3, Alicante' },
  },
  hours: { mon: MORNING, tue: MORNING, wed: MORNING, thu: MORNING, fri: MORNING, sat: [], sun: [] },
  holidays: [],
  policies: [],
  services: [{ id: 'campus', name: { es: 'Campus de verano', en: 'Summer camp' }, durationMinutes: 300, price: 180 }],
  knowledge: [],
  qa: [
    {
      id: 'comida',
      question: { es: '¿Qué comen los niños en el campus?' },
      answer: {
        es: 'Un menú de cátering con primero, segundo y fruta; si tu hijo tiene una alergia, avísanos al apuntarlo.',
      },
    },
  ],
  styleGuide: { tone: 'cordial' },
  staff: [{ email: 'owner@pinos.test', name: 'Owner', role: 'owner' }],
};

const camp = businessFrom(CAMP);
/** Tuesday 22 June 2027, 10:00 in Alicante. */
const NOW = new Date('2027-06-22T08:00:00Z');
const ask = (text: string) => respond(request(camp, text, { now: NOW }));

describe('midday said with eating', () => {
  it.each([
    'what do the kids eat at lunchtime?',
    'les petits mangent quoi le midi ?',
    'y a mediodía qué comen los peques?',
    'o que as crianças comem ao almoço?',
  ])('%j: the text on the meals, not the hours', async (text) => {
    const reply = await ask(text);
    expect(reply.responder).not.toMatch(/hours/);
    expect(reply.sources).toContain('comida');
  });

  it.each(['do you close at lunchtime?', 'cerráis a mediodía?'])('%j: still the hours', async (text) => {
    const reply = await ask(text);
    expect(reply.responder).toMatch(/hours/);
  });
});
