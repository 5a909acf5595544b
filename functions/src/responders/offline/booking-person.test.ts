/**
 * Cancelling or moving a person, not a thing: "can you cancel her?" of a daughter's class tomorrow, "pls move us to
 * Friday", Spanish "¿podéis cancelarla?", Swedish through the gist ("kan ni avboka henne?") are requests to the
 * booking flow. Near misses: a thing of the person's ("cancel her membership") is no booking to change here, and a
 * question about what cancelling costs stays a question about the policy.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

/** A swimming club's lessons for children and adults in Valencia. */
const club = businessFrom({
  id: 'club-natacio-turia',
  profile: {
    name: 'Club Natació Túria',
    vertical: 'other',
    timezone: 'Europe/Madrid',
    languages: ['es', 'en'],
    currency: 'EUR',
    address: { es: 'Carrer de Guillem de Castro 5, València' },
  },
  hours: {
    mon: [{ open: '16:00', close: '21:00' }],
    tue: [{ open: '16:00', close: '21:00' }],
    wed: [{ open: '16:00', close: '21:00' }],
    thu: [{ open: '16:00', close: '21:00' }],
    fri: [{ open: '16:00', close: '21:00' }],
    sat: [{ open: '09:00', close: '14:00' }],
    sun: [],
  },
  holidays: [],
  policies: [
    {
      id: 'cancelacion',
      title: { es: 'Cancelaciones', en: 'Cancellations' },
      text: {
        es: 'Avisa con 12 horas para cancelar o cambiar una clase; si no, la clase cuenta como hecha.',
        en: 'Tell us 12 hours ahead to cancel or move a lesson; otherwise the lesson counts as taken.',
      },
    },
  ],
  services: [
    { id: 'infantil', name: { es: 'Natación infantil', en: 'Kids swimming' }, durationMinutes: 45, price: 12 },
    { id: 'adultos', name: { es: 'Natación adultos', en: 'Adult swimming' }, durationMinutes: 60, price: 14 },
  ],
  knowledge: [],
  qa: [],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@turia.test', name: 'Owner', role: 'owner' }],
});
/** Wednesday 12 May 2027, 17:00 in València (open). */
const NOW = new Date('2027-05-12T15:00:00Z');
const ask = (text: string) => respond(request(club, text, { now: NOW }));

describe('a person cancelled or moved is a booking request', () => {
  it.each([
    'my son has his lesson tomorrow at 5 but he is poorly, can you cancel him?',
    'hi, we both have adult swimming on friday, could you move us to saturday please',
    'mi hija tiene natación mañana pero está con fiebre, ¿podéis cancelarla?',
    'hej, min son har simning imorgon men han är sjuk, kan ni avboka honom?',
  ])('%j', (text) => {
    const reply = ask(text);
    expect(reply.intent, `${reply.responder} ${reply.note ?? ''}`).toBe('booking');
  });
});

describe('near misses', () => {
  it.each(['how much notice do you need if i cancel her lesson?', 'is there a fee to cancel?'])(
    '%j is no booking request',
    (text) => {
      const reply = ask(text);
      expect(reply.intent, `${reply.responder} ${reply.note ?? ''}`).not.toBe('booking');
    },
  );
});
