/**
 * Round 45 (r45D), end to end through the offline responder on a small farm restaurant with bike tours that writes
 * in Spanish, English and Portuguese: a lunch asked about with a diet is the meal, not the lunch break, and the
 * entry on the diet beats the card of the meal; a Dutch "oké top, helemaal goed" is an acknowledgement, answered in
 * English.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const INPUT: BusinessProfileInput = {
  id: 'olive-farm-bikes',
  profile: {
    name: 'Finca Los Olivos',
    vertical: 'other',
    timezone: 'America/Argentina/Mendoza',
    languages: ['es', 'en', 'pt'],
    currency: 'ARS',
    phone: '+54 261 000 0000',
    address: { es: 'Ruta 15 km 20, Maipú' },
  },
  hours: {
    mon: [
      { open: '09:00', close: '13:00' },
      { open: '15:00', close: '19:00' },
    ],
    tue: [{ open: '09:00', close: '19:00' }],
    wed: [{ open: '09:00', close: '19:00' }],
    thu: [{ open: '09:00', close: '19:00' }],
    fri: [{ open: '09:00', close: '19:00' }],
    sat: [{ open: '09:00', close: '19:00' }],
    sun: [],
  },
  holidays: [],
  policies: [],
  services: [
    {
      id: 'farm-lunch',
      name: { es: 'Almuerzo de campo', en: 'Farm lunch', pt: 'Almoço de campo' },
      description: { es: 'Empanadas, carne a la parrilla y postre bajo los olivos.' },
      durationMinutes: 150,
      price: 45000,
    },
    {
      id: 'bike-tour',
      name: { es: 'Bike & Olive: ruta del aceite en bici', en: 'Bike & Olive: the olive oil route by bike' },
      description: { es: 'Bici, casco y mapa para recorrer la finca y dos almazaras vecinas.' },
      durationMinutes: 180,
      price: 30000,
    },
  ],
  knowledge: [
    {
      id: 'emergencies',
      title: { es: 'Emergencias: qué hacer', en: 'Emergencies: what to do' },
      body: {
        en: 'Call 107 first. If someone falls off the bike and is hurt, stop riding and call us. If breathing gets hard or the heat is too much, rest in the shade. On the bike tour the guide carries a first-aid kit; after a hard fall do not ride on.',
      },
    },
  ],
  qa: [
    {
      id: 'veggie-lunch',
      question: { es: '¿El almuerzo tiene opción vegetariana o vegana?' },
      answer: { es: 'Sí, hay versión vegetariana y vegana; pedila al reservar con 48 horas.' },
    },
    {
      id: 'gluten',
      question: { es: '¿Tienen opciones sin TACC para celíacos?' },
      answer: { es: 'Sí, menú sin TACC, preparado aparte; avisanos al reservar.' },
    },
  ],
  styleGuide: { tone: 'warm' },
  staff: [{ email: 'owner@olivos.test', name: 'Owner', role: 'owner' }],
};

const business = businessFrom(INPUT);
const reply = (text: string) => respond(request(business, text, { now: new Date('2026-11-10T14:00:00Z') }));
const sources = (text: string) => reply(text).sources;

describe('a lunch asked about with a diet is the meal (r45D)', () => {
  it.each([
    'sou vegana e meu namorado é vegetariano, o almoço tem opção pra gente ou é só carne?',
    'is there a vegan option for lunch?',
    'el almuerzo tiene algo vegetariano?',
  ])('%j gets the entry on the vegetarian lunch', (text) => {
    expect(sources(text)).toContain('veggie-lunch');
  });

  it.each([
    'el pranzo è senza glutine? sono celiaca',
    'sou celíaca, tem opção sem glúten?',
    'ich habe Zöliakie, gibt es etwas glutenfreies?',
  ])('%j gets the gluten-free entry', (text) => {
    expect(sources(text)).toContain('gluten');
  });

  it('a lunch break asked without a diet is still the hours', () => {
    const r = reply('do you close at lunchtime?');
    expect(r.sources).not.toContain('veggie-lunch');
    expect(r.handoff).toBeUndefined();
  });
});

describe('Dutch acknowledgements (r45D)', () => {
  it.each(['oké top, helemaal goed 👍', 'prima, helemaal goed', 'dat is goed, bedankt'])(
    '%j is small talk, in English',
    (text) => {
      const r = reply(text);
      expect(r.handoff).toBeUndefined();
      expect(r.language).toBe('en');
      expect(r.sources).toEqual([]);
      expect(r.text).not.toMatch(/day!|bye/i);
    },
  );
});
