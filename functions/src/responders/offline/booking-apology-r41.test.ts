/**
 * Cancelling or moving one's own booking while apologising for the short notice ("perdón por avisar tarde", "sorry
 * for the late notice") is a request for the booking flow: the words of the rules only apologise. Asking about the
 * rule ("is there a fee if I cancel this late?") still goes to the policy.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const school = businessFrom({
  id: 'academia-apology',
  profile: {
    name: 'Academia Norte',
    vertical: 'other',
    timezone: 'Europe/Madrid',
    languages: ['es', 'en', 'fr'],
    currency: 'EUR',
    phone: '+34 600 000 001',
    address: { es: 'Calle Mayor 1, Madrid' },
  },
  hours: {
    mon: [{ open: '09:00', close: '20:00' }],
    tue: [{ open: '09:00', close: '20:00' }],
    wed: [{ open: '09:00', close: '20:00' }],
    thu: [{ open: '09:00', close: '20:00' }],
    fri: [{ open: '09:00', close: '20:00' }],
    sat: [{ open: '09:00', close: '14:00' }],
    sun: [],
  },
  holidays: [],
  policies: [
    {
      id: 'late-cancel',
      title: { es: 'Cancelaciones', en: 'Cancellations' },
      text: {
        es: 'Avísanos con 24 horas de antelación para cancelar una clase; si avisas tarde, la clase se cobra.',
        en: 'Give us 24 hours notice to cancel a class; late notice means the class is charged.',
      },
    },
  ],
  services: [{ id: 'class', name: { es: 'Clase de refuerzo', en: 'Tutoring class' }, durationMinutes: 60, price: 25 }],
  knowledge: [],
  qa: [],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@academia.test', name: 'Owner', role: 'owner' }],
});
/** Wednesday 9 December 2026, 10:00 in Madrid. */
const NOW = new Date('2026-12-09T09:00:00Z');
const ask = (text: string) => respond(request(school, text, { now: NOW }));

describe('an apology for the short notice beside a cancellation', () => {
  it.each([
    'tengo que cancelar la clase de Lucía del sábado a las 10, perdón por avisar tarde',
    'I have to cancel Sam’s class on Saturday at 10, sorry for the late notice',
    'je dois annuler le cours de Léo samedi à 10h, désolée de prévenir si tard',
  ])('%j acts on the booking', (text) => {
    expect(ask(text).intent).toBe('booking');
  });

  it.each([
    'si cancelo la clase del sábado tan tarde, ¿me la cobráis?',
    'is there a fee if I cancel Saturday’s class this late?',
  ])('%j asks the rule', (text) => {
    const reply = ask(text);
    expect(reply.intent).not.toBe('booking');
    expect(reply.sources).toContain('late-cancel');
  });
});

describe('French "si" before a word of degree is "so", not "if"', () => {
  it.each([
    'désolé de prévenir si tard, je dois annuler le cours de samedi à 10h',
    'je dois déplacer la séance de samedi à 10h, pardon de vous écrire si tôt',
  ])('%j acts on the booking', (text) => {
    expect(ask(text).intent).toBe('booking');
  });

  it('"si je dois annuler samedi, je paie ?" still supposes', () => {
    expect(ask('si je dois annuler samedi, je paie ?').intent).not.toBe('booking');
  });
});
