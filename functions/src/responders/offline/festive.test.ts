/**
 * Questions about the festive season ("your hours over the holidays?",
 * "habt ihr zwischen den Jahren offen?"): the week's hours with every
 * closure and special day from Christmas to Epiphany, in place of a text
 * about opening hours in general; an entry the owner wrote about the season
 * itself still answers.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';
import { festiveWindow } from './parts.js';

const shop = businessFrom({
  id: 'shop-test',
  profile: {
    name: 'Shop Test',
    vertical: 'salon',
    timezone: 'Europe/Paris',
    languages: ['fr', 'en'],
    currency: 'EUR',
    phone: '+33 4 00 00 00 00',
    address: { fr: '1 rue Test, Lyon' },
  },
  hours: {
    tue: [{ open: '09:00', close: '19:00' }],
    wed: [{ open: '09:00', close: '19:00' }],
    thu: [{ open: '09:00', close: '19:00' }],
    fri: [{ open: '09:00', close: '19:00' }],
    sat: [{ open: '09:00', close: '18:00' }],
  },
  holidays: [
    { date: '2026-12-24', name: { fr: 'Réveillon', en: 'Christmas Eve' }, hours: [{ open: '09:00', close: '15:00' }] },
    { date: '2026-12-25', name: { fr: 'Noël', en: 'Christmas Day' } },
    { date: '2027-01-01', name: { fr: 'Jour de l’an', en: "New Year's Day" } },
    { date: '2027-02-10', name: { fr: 'Inventaire', en: 'Stocktaking' } },
  ],
  services: [{ id: 'cut', name: { fr: 'Coupe', en: 'Haircut' }, durationMinutes: 45, price: 40 }],
  qa: [
    {
      id: 'hours',
      question: { fr: 'Quels sont vos horaires ?', en: 'What are your opening hours?' },
      answer: { fr: 'Du mardi au samedi, fermé à Noël.', en: 'Tuesday to Saturday, closed at Christmas.' },
    },
  ],
  staff: [{ email: 'owner@shop.test', name: 'Owner', role: 'owner' }],
});

const NOW = new Date('2026-12-10T10:00:00Z');
const ask = (text: string) => respond(request(shop, text, { now: NOW }));

describe('the festive season', () => {
  it.each([
    ['2026-12-10', ['2026-12-20', '2027-01-06']],
    ['2026-12-27', ['2026-12-27', '2027-01-06']],
    ['2027-01-03', ['2027-01-03', '2027-01-06']],
    ['2027-01-20', ['2027-12-20', '2028-01-06']],
    ['2027-06-01', ['2027-12-20', '2028-01-06']],
  ])('from %s runs %j', (today, window) => {
    expect(festiveWindow(today)).toEqual(window);
  });

  it.each([
    'what are your hours over the holidays?',
    'vos horaires pendant les fêtes ?',
    'habt ihr zwischen den Jahren offen?',
    'qué horario tenéis en navidades?',
  ])('answers %j with the week and every closure of the season, not the text about hours in general', (text) => {
    const reply = ask(text);
    expect(reply.responder, reply.note).toBe('offline:hours');
    expect(reply.text).toMatch(/24/);
    expect(reply.text).toMatch(/25/);
    expect(reply.text).toMatch(/\b1\b/); // January 1
    expect(reply.text).not.toMatch(/\b10\b.*(février|February)/); // February's stocktaking is no part of it
  });

  it('keeps to the next holiday for an ordinary hours question', () => {
    const reply = respond(request(shop, 'are you open now?', { now: new Date('2026-12-22T10:00:00Z') }));
    expect(reply.responder, reply.note).toBe('offline:hours');
    expect(reply.text).toMatch(/December 24/);
    expect(reply.text).not.toMatch(/December 25/);
  });
});
