/**
 * A cooking school's guests end to end (round 36): a German cancellation with its date and a refund question after
 * it is the customer's own booking to cancel, a question about what cancelling costs stays the policy's; a Dutch
 * question about a wheelchair, a step and the toilet finds the accessibility entry; not drinking, lactose, a
 * dachshund and a cruise ship find theirs, written in Italian and English.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const INPUT: BusinessProfileInput = {
  id: 'cucina-arno',
  profile: {
    name: 'Cucina sull’Arno',
    vertical: 'other',
    timezone: 'Europe/Rome',
    languages: ['it', 'en'],
    currency: 'EUR',
    phone: '+39 055 000 1111',
    address: { it: 'Via dei Serragli 12, Firenze' },
  },
  hours: {
    mon: [{ open: '09:00', close: '22:00' }],
    tue: [{ open: '09:00', close: '22:00' }],
    wed: [{ open: '09:00', close: '22:00' }],
    thu: [{ open: '09:00', close: '22:00' }],
    fri: [{ open: '09:00', close: '22:00' }],
    sat: [{ open: '09:00', close: '22:00' }],
    sun: [],
  },
  holidays: [],
  policies: [
    {
      id: 'cancellation',
      title: { it: 'Cancellazioni', en: 'Cancellations', de: 'Stornierung' },
      text: {
        it: 'Cancellazione gratuita fino a 72 ore prima; dopo non rimborsiamo.',
        en: 'Free cancellation up to 72 hours before; after that there is no refund.',
        de: 'Kostenlose Stornierung bis 72 Stunden vorher; danach keine Erstattung.',
      },
    },
  ],
  services: [
    {
      id: 'pasta',
      name: { it: 'Corso di pasta fresca', en: 'Fresh pasta class' },
      durationMinutes: 180,
      price: 95,
    },
    {
      id: 'wine',
      name: { it: 'Degustazione di vini', en: 'Wine tasting' },
      description: { it: 'Sei vini toscani con pane e formaggi.', en: 'Six Tuscan wines with bread and cheese.' },
      durationMinutes: 90,
      price: 45,
    },
  ],
  knowledge: [],
  qa: [
    {
      id: 'wheelchair',
      question: { it: 'La scuola è accessibile in sedia a rotelle?' },
      answer: { it: 'Sì: rampa all’ingresso, tutto al piano terra, il bagno è accessibile.' },
    },
    {
      id: 'no-alcohol',
      question: { it: 'Non bevo alcol, c’è un’alternativa al vino?' },
      answer: { it: 'Certo: acqua, succhi e abbinamenti analcolici, allo stesso prezzo.' },
    },
    {
      id: 'lactose',
      question: { en: 'I’m lactose intolerant, is that a problem?' },
      answer: { en: 'Not at all: we make your sauces without butter or cream.' },
    },
    {
      id: 'dogs',
      question: { it: 'Posso portare il cane?' },
      answer: { it: 'No, per igiene in cucina non entrano animali, tranne i cani guida.' },
    },
    {
      id: 'cruise',
      question: { en: 'We’re on a cruise ship, can we make it back in time?' },
      answer: { en: 'The morning class ends at 13:00; leave two hours to get back to the port.' },
    },
  ],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@arno.test', name: 'Owner', role: 'owner' }],
};

const school = businessFrom(INPUT);
/** Monday 14 June 2027, 10:00 in Florence. */
const NOW = new Date('2027-06-14T08:00:00Z');
const ask = (text: string) => respond(request(school, text, { now: NOW }));

describe('cancelling a class with its date, in German', () => {
  it.each([
    'Guten Tag, wir müssen den Pastakurs am Samstag, 19. Juni leider absagen (3 Personen, Familie Weber). Gibt es eine Erstattung?',
    'wir müssen leider stornieren: Kurs am 3. Juli, Name Krause. Bekommen wir etwas zurück?',
  ])('%j is a booking to cancel', (text) => {
    expect(ask(text).intent).toBe('booking');
  });

  it.each([
    'Was passiert, wenn wir den Kurs am 19. Juni stornieren? Bekommen wir das Geld zurück?',
    'Wie sind eure Stornobedingungen? Wir haben für den 3. Juli gebucht.',
  ])('%j asks about the policy', (text) => {
    const reply = ask(text);
    expect(reply.intent).not.toBe('booking');
  });
});

describe('the guests’ questions find their entries', () => {
  it.each([
    ['mijn vader zit in een rolstoel, kan hij meedoen? is het toilet toegankelijk?', 'wheelchair'],
    ['yo soy abstemio, tenéis algo sin alcohol para mí?', 'no-alcohol'],
    ['mia sorella è intollerante al lattosio, è un problema per il corso?', 'lactose'],
    ['können wir unseren Dackel mitnehmen? Er ist sehr ruhig.', 'dogs'],
  ])('%j → %s', (text, entry) => {
    const reply = ask(text);
    expect(reply.handoff, `${reply.note ?? ''}`).toBeUndefined();
    expect(reply.sources).toContain(entry);
  });

  it('puts the cruise entry first for a ship in port, in German', () => {
    const reply = ask(
      'Unser Kreuzfahrtschiff liegt am Dienstag in Livorno, alle an Bord ist um 17:30. Reicht die Zeit für einen Kurs?',
    );
    expect(reply.sources[0] ?? reply.handoff?.nearQa?.[0]).toBe('cruise');
  });

  it('a wine question is still the wine tasting', () => {
    expect(ask('quanto costa la degustazione di vini?').sources).toContain('wine');
  });
});
