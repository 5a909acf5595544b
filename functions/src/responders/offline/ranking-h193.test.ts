/**
 * Ranking (h193): a simulator named in the customer's language is the service the owner wrote in another; a
 * membership asked by its period in one German word is the membership's price; "the latest time" asks until when,
 * as "hasta qué hora" does.
 * Near misses keep the answers as they were.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request, weekdays } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const golf = businessFrom({
  id: 'golf-test',
  profile: {
    name: 'Golf Test',
    vertical: 'other',
    timezone: 'Europe/Madrid',
    currency: 'EUR',
    languages: ['es', 'en'],
    phone: '+34 600 000 000',
    address: { es: 'Calle Mayor 1, Málaga' },
  },
  hours: weekdays('10:00', '22:00'),
  services: [
    {
      id: 'kids',
      name: { es: 'Academia infantil', en: 'Kids academy' },
      description: { es: 'Grupos de 6 a 14 años, los sábados.', en: 'Groups for ages 6 to 14, on Saturdays.' },
      durationMinutes: 60,
      price: 90,
      priceNote: { es: 'al mes', en: 'per month' },
    },
    {
      id: 'sim',
      name: { es: 'Alquiler de bahía de simulador', en: 'Simulator bay hire' },
      description: { es: 'Hasta 4 jugadores por bahía.', en: 'Up to 4 players per bay.' },
      durationMinutes: 60,
      price: 40,
    },
    {
      id: 'membership',
      name: { es: 'Cuota mensual', en: 'Monthly membership' },
      description: { es: 'Bahías sin límite entre semana.', en: 'Unlimited bay time on weekdays.' },
      durationMinutes: 60,
      price: 120,
    },
    { id: 'lesson', name: { es: 'Clase particular', en: 'Private lesson' }, durationMinutes: 60, price: 60 },
  ],
  qa: [
    {
      id: 'party',
      question: { es: '¿Se pueden celebrar cumpleaños en los simuladores?' },
      answer: { es: 'Sí, los sábados por la tarde: 2 horas con merienda. Son 20 € por niño, mínimo 6 niños.' },
    },
    {
      id: 'latest-lesson',
      question: { es: '¿Hasta qué hora se puede dar clase?' },
      answer: { es: 'Entre semana la última clase empieza a las 21:00.' },
    },
  ],
  policies: [
    {
      id: 'late',
      title: { es: 'Si llegas tarde', en: 'Arriving late' },
      text: { es: 'La clase termina a la hora reservada.', en: 'Your lesson ends at the booked time.' },
    },
  ],
  staff: [{ email: 'owner@golf-test.test', name: 'Owner', role: 'owner' }],
});

/** Tuesday 8 December 2026, 11:00 in Madrid: open. */
const NOW = new Date('2026-12-08T10:00:00Z');
const ask = (text: string) => respond(request(golf, text, { now: NOW }));

describe('a simulator named in the customer’s language (h193)', () => {
  it.each([
    ['fr', "c'est combien une heure de simulateur ?"],
    ['it', "quanto costa un'ora al simulatore?"],
    ['de', 'Was kostet eine Stunde im Golfsimulator?'],
  ])('%s: the bay’s price', (_language, text) => {
    const reply = ask(text);
    expect(reply.sources, reply.note).toContain('sim');
    expect(reply.text).toContain('40');
  });
});

describe('a membership asked by its period in one German word (h193)', () => {
  it('is the membership’s price', () => {
    const reply = ask('Was kostet die Monatsmitgliedschaft bei euch?');
    expect(reply.sources, reply.note).toContain('membership');
    expect(reply.text).toContain('120');
  });
});

describe('the latest time asks until when (h193)', () => {
  it('is the entry on the last lesson, not being late', () => {
    const reply = ask('what is the latest time I can have a lesson on a weekday evening?');
    expect(reply.sources?.[0], reply.note).toBe('latest-lesson');
  });

  it('arriving late stays the policy', () => {
    const reply = ask('what happens if I arrive late for my lesson?');
    expect(reply.sources?.[0], reply.note).toBe('late');
  });
});
