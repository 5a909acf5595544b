/**
 * A day named in a message that asks about something else is context, not a question about that day's hours: a
 * class missed, cancelled or moved on a day, a day told in a clause before the question; a question of the time
 * beside a thing the business does asks when it is done; a charge for a supposed absence is a rule's fee. And the
 * near misses that must still read as before. A riding school in the Roussillon and a home nursing service
 * (fixtures of this file).
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const DAY = [{ open: '09:00', close: '18:00' }];
const SCHOOL: BusinessProfileInput = {
  id: 'club-hipic-test',
  profile: {
    name: 'Club Hípic Test',
    vertical: 'other',
    timezone: 'Europe/Paris',
    languages: ['ca', 'fr', 'en'],
    currency: 'EUR',
    phone: '+33 4 68 00 00 00',
    address: { fr: '1 chemin des Prés, 66000 Perpignan' },
  },
  hours: { mon: [], tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: DAY, sun: [] },
  holidays: [],
  policies: [
    {
      id: 'annulation',
      title: { ca: 'Anul·lacions i recuperacions', en: 'Cancellations and make-up lessons' },
      text: {
        ca: 'Una classe anul·lada amb 24 hores d’avís es pot recuperar un altre dia del mateix mes.',
        en: 'A lesson cancelled with 24 hours’ notice can be made up another day in the same month.',
      },
    },
  ],
  services: [{ id: 'classe', name: { ca: 'Classe col·lectiva', en: 'Group lesson' }, durationMinutes: 60, price: 25 }],
  knowledge: [],
  qa: [
    {
      id: 'tenue',
      question: { en: 'What should my child wear for riding?', ca: 'Quina roba ha de portar el meu fill?' },
      answer: { en: 'Long trousers, boots with a small heel and a helmet (we lend helmets).' },
    },
  ],
  styleGuide: { tone: 'cordial' },
  staff: [{ email: 'owner@hipic.test', name: 'Owner', role: 'owner' }],
};
const school = businessFrom(SCHOOL);

const NURSING: BusinessProfileInput = {
  id: 'infermeria-test',
  profile: {
    name: 'Enfermería Test',
    vertical: 'clinic',
    timezone: 'Europe/Madrid',
    languages: ['es', 'fr'],
    currency: 'EUR',
    phone: '+34 956 00 00 00',
    address: { es: 'Calle Real 1, Ceuta' },
  },
  hours: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: [], sun: [] },
  holidays: [],
  policies: [
    {
      id: 'cancelaciones',
      title: { es: 'Cancelaciones', fr: 'Annulations' },
      text: {
        es: 'Si nos avisa con menos de 12 horas o no está en casa cuando llegamos, cobramos 10 € del desplazamiento.',
      },
    },
  ],
  services: [
    { id: 'cura', name: { es: 'Cura de heridas', fr: 'Soin de plaie' }, durationMinutes: 30, price: 30 },
    { id: 'sangre', name: { es: 'Extracción de sangre', fr: 'Prise de sang' }, durationMinutes: 15, price: 25 },
  ],
  knowledge: [
    {
      id: 'analiticas',
      title: { es: 'Análisis de sangre a domicilio', fr: 'Prise de sang à domicile' },
      body: {
        es: 'Para las extracciones de sangre pasamos por su casa entre las 7:30 y las 9:00 de la mañana, en ayunas.',
        fr: 'Pour les prises de sang nous passons chez vous entre 7h30 et 9h00 le matin, à jeun.',
      },
    },
  ],
  qa: [],
  styleGuide: { tone: 'cordial' },
  staff: [{ email: 'owner@enfermeria.test', name: 'Owner', role: 'owner' }],
};
const nursing = businessFrom(NURSING);

/** Tuesday 12 January 2027, 10:00 in Perpignan and Ceuta. */
const NOW = new Date('2027-01-12T09:00:00Z');
const ask = (business: typeof school, text: string) => respond(request(business, text, { now: NOW }));

describe('a class on a day, missed, cancelled or moved', () => {
  it.each([
    ['ca', 'el Marc no podrà venir a la classe de divendres, la pot recuperar un altre dia?'],
    ['ca', 'si neva dijous, la classe s’anul·la?'],
    ['en', 'my son will miss his lesson on friday, can he make it up another day?'],
    ['fr', 'ma fille ne pourra pas venir au cours de jeudi, elle peut le rattraper ?'],
  ])('is no question about that day’s hours (%s: %j)', (_language, text) => {
    const reply = ask(school, text);
    expect(reply.responder, reply.note).not.toBe('offline:hours-date');
  });

  it.each([
    ['ca', 'divendres hi ha classe?'],
    ['en', 'is there a lesson on friday?'],
  ])('a class asked about on a day still asks whether the school opens (%s: %j)', (_language, text) => {
    expect(ask(school, text).responder).toBe('offline:hours-date');
  });

  it.each([
    ['ca', 'hola, haig d’anul·lar la classe de demà de la Laia, té mal de panxa'],
    ['en', 'hi, I need to cancel my daughter’s lesson tomorrow, she is ill. sorry for the short notice'],
  ])('cancelling one’s own class on a day is a booking matter (%s: %j)', (_language, text) => {
    const reply = ask(school, text);
    expect(reply.intent, `${reply.responder} ${reply.note ?? ''}`).toBe('booking');
  });

  it('asking about the notice, with a cancellation, still asks the rules', () => {
    const reply = ask(school, 'how much notice do you need if we cancel a lesson?');
    expect(reply.intent, `${reply.responder} ${reply.note ?? ''}`).not.toBe('booking');
  });
});

describe('a day told in a clause before the question', () => {
  it('gives no hours of that day', () => {
    const reply = ask(school, 'first riding lesson for my niece on friday 🙂 what should she put on her feet??');
    expect(reply.responder, reply.note).not.toBe('offline:hours-date');
  });

  it('a day in the question itself still gives its hours', () => {
    const reply = ask(school, 'we are on holiday nearby. are you open on friday?');
    expect(reply.responder, reply.note).toBe('offline:hours-date');
  });
});

describe('the time of a thing the business does', () => {
  it('is asked of that thing, not of the opening hours', () => {
    const reply = ask(nursing, 'bonjour, pour une prise de sang chez moi vous venez vers quelle heure ?');
    expect(reply.responder, reply.note).not.toBe('offline:hours');
  });

  it.each([['à quelle heure vous ouvrez ?'], ['a qué hora abrís?']])(
    'a question of opening keeps the hours (%j)',
    (text) => {
      expect(ask(nursing, text).responder).toBe('offline:hours');
    },
  );
});

describe('a charge for a supposed absence', () => {
  it('is no service’s price', () => {
    const reply = ask(nursing, 'si pasado mañana no estoy en casa para la cura y os aviso hoy, me cobráis algo?');
    expect(reply.responder, reply.note).not.toBe('offline:service-price');
  });

  it('the price of the service named is still its price', () => {
    const reply = ask(nursing, 'cuánto cuesta la cura de heridas?');
    expect(reply.responder, reply.note).toMatch(/^offline:service/);
  });
});
