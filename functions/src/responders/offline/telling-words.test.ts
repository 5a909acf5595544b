/**
 * Small words that ask in one place and tell in another, end to end through
 * the offline responder: Spanish and Catalan "es", Portuguese "é" and "há"
 * open a question but only tell inside a sentence; Arabic "يوم" is a day,
 * "اليوم" today; a salam written out whole ("…wa rahmatullahi wa
 * barakatuh") with a wish for Ramadan is still a greeting; a question
 * opening with "or", or pointing back ("that one", "isso"), asks on about
 * the one before it.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';
import { read } from './understand.js';

/** A grooming salon in Lisbon that writes in Portuguese, Spanish, English and Arabic. */
const INPUT: BusinessProfileInput = {
  id: 'groomer-lisbon',
  profile: {
    name: 'Banho & Tosa Alcântara',
    vertical: 'grooming',
    timezone: 'Europe/Lisbon',
    languages: ['pt', 'es', 'en', 'ar'],
    currency: 'EUR',
    phone: '+351 21 000 0000',
    address: { pt: 'Rua da Cruz 12, Alcântara, Lisboa' },
  },
  hours: {
    mon: [{ open: '09:00', close: '19:00' }],
    tue: [{ open: '09:00', close: '19:00' }],
    wed: [{ open: '09:00', close: '19:00' }],
    thu: [{ open: '09:00', close: '19:00' }],
    fri: [{ open: '09:00', close: '19:00' }],
    sat: [{ open: '09:00', close: '13:00' }],
    sun: [],
  },
  holidays: [{ date: '2027-03-10', name: { pt: 'Fecho para obras', ar: 'إغلاق للصيانة' } }],
  policies: [],
  services: [{ id: 'bath', name: { pt: 'Banho e secagem', en: 'Bath and dry' }, durationMinutes: 60, price: 25 }],
  knowledge: [],
  qa: [
    {
      id: 'parking',
      question: { pt: 'Há estacionamento?' },
      answer: { pt: 'Sim, há lugares gratuitos na rua de trás.' },
    },
    {
      id: 'shampoo',
      question: { pt: 'Que champô usam no banho?' },
      answer: { pt: 'Um champô suave de aveia, sem perfume.' },
    },
  ],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@alcantara.test', name: 'Owner', role: 'owner' }],
};

const salon = businessFrom(INPUT);
const NOW = new Date('2027-03-04T10:00:00Z'); // Thursday, open
const ask = (text: string) => respond(request(salon, text, { now: NOW }));
const reading = (text: string) => read(salon, {}, text, NOW);

describe('"es", "é" and "há" ask only when they open a clause', () => {
  it.each([
    'sou portuguesa e vivo em Lisboa há pouco tempo',
    'o meu cão é muito nervoso com o secador',
    'mi perro es muy nervioso con el secador',
  ])('%j tells', (text) => {
    expect(reading(text).asks).toBe(false);
  });

  it.each([
    'é possível pagar com cartão',
    'há estacionamento perto',
    'es posible pagar con tarjeta',
    'bom dia, há estacionamento',
  ])('%j asks', (text) => {
    expect(reading(text).asks).toBe(true);
  });

  it('a day asked after a sentence that tells is answered, with no question left over for a person', () => {
    const reply = ask(
      'Bom dia, sou portuguesa e vivo em Lisboa há pouco tempo. Queria saber se na quarta-feira estão abertos, gostava de levar o meu cão.',
    );
    expect(reply.responder, reply.note).toBe('offline:hours-date');
    expect(reply.handoff, reply.note).toBeUndefined();
  });
});

describe('Arabic "today" is "اليوم" as written, not any "يوم" (day)', () => {
  it('"the Eid\'s second day" is no "now"', () => {
    expect(reading('بنوصل لشبونة ثاني يوم العيد ان شاء الله').has('now')).toBe(false);
  });
  it.each(['تفتحون اليوم؟', 'فاتحين ليوم؟'])('%j asks about now', (text) => {
    expect(reading(text).has('now')).toBe(true);
  });
});

describe('a salam written out whole is a greeting', () => {
  it.each(['السلام عليكم ورحمة الله وبركاته، رمضان كريم 🌙', 'السلام عليكم ورحمة الله وبركاته'])('%j', (text) => {
    const reply = ask(text);
    expect(reply.responder, reply.note).toBe('offline:greeting');
    expect(reply.handoff, reply.note).toBeUndefined();
  });
});

describe('a question opening with "or" is answered with the one before it', () => {
  it.each([
    'há estacionamento aí perto? ou é melhor ir de metro e andar um bocado?',
    'hay parking cerca? o mejor vengo en metro y camino un rato?',
    'is there parking nearby? or should we get the metro and walk a bit?',
  ])('%j', (text) => {
    const reply = ask(text);
    expect(reply.sources, reply.note).toContain('parking');
    expect(reply.handoff, reply.note).toBeUndefined();
  });

  it.each([
    'what shampoo do you use for the bath? and does it leave the coat soft and shiny afterwards?',
    'que champô usam no banho? e isso deixa o pelo macio e brilhante depois?',
    'what shampoo do you use for the bath? can I bring my own bottle and you use that one instead?',
  ])('so is one that points back at it: %j', (text) => {
    const reply = ask(text);
    expect(reply.handoff, reply.note).toBeUndefined();
  });

  it('not when it names an offering the business never wrote about', () => {
    const reply = ask('há estacionamento aí perto? ou vocês fazem hotel para cães?');
    expect(reply.handoff, reply.note).toBeDefined();
  });
});
