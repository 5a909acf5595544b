/**
 * Round 45 (helper 230): a booking told as made, then "can I still…?" about a condition, is the question's
 * backstory; the price concept's strong phrases ask the amount, its weak ones only speak of paying; the cue before
 * a cancelling or moving word (obligation, until when) is read by one helper.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { analyse } from '../../domain/analyzer.js';
import { businessFrom, request, weekly } from '../fixture.test-helper.js';
import { respond } from './offline.js';

/** An indoor flying centre with a pregnancy entry and a cancellation policy. */
const INPUT: BusinessProfileInput = {
  id: 'tunnel-r45e',
  profile: {
    name: 'Tunnel Test',
    vertical: 'other',
    timezone: 'Europe/Madrid',
    languages: ['en', 'es', 'fr', 'de', 'pt'],
    currency: 'EUR',
    phone: '+34 900 000 000',
    address: { en: 'Calle del Viento 1, Madrid' },
  },
  hours: weekly('10:00', '22:00'),
  holidays: [],
  policies: [
    {
      id: 'cancellation',
      title: { en: 'Cancellation policy' },
      text: { en: 'You can cancel or move your flight free of charge up to 24 hours before.' },
    },
  ],
  services: [{ id: 'first-flight', name: { en: 'First-time flyer package' }, durationMinutes: 90, price: 70 }],
  knowledge: [],
  qa: [
    {
      id: 'pregnant',
      question: { en: "I'm pregnant, can I fly?" },
      answer: { en: 'Sorry, no: not at any stage of pregnancy. You can watch from the gallery.' },
    },
  ],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@tunnel.test', name: 'Owner', role: 'owner' }],
};

const tunnel = businessFrom(INPUT);
/** Monday 7 June 2027, 10:00 in Madrid. */
const NOW = new Date('2027-06-07T08:00:00Z');
const ask = (text: string) => respond(request(tunnel, text, { now: NOW }));

// The first reply builds the business's index and the lexicon's phrase books: slow on a shared machine.
beforeAll(() => void ask('hello'), 60_000);

describe('a booking told as made, then "can I still…?" about a condition (r45E)', () => {
  it.each([
    "hey! I'm 10 weeks pregnant and my husband booked us a surprise flight for next week. Can I still do it if I'm careful??",
    "Hi, I'm pregnant and my sister booked us two flights for next Saturday, can I still fly?",
  ])('%j asks the pregnancy question, not for a slot', (text) => {
    const reply = ask(text);
    expect(reply.intent, `${reply.responder} ${reply.note ?? ''}`).not.toBe('booking');
    expect(reply.responder).toBe('offline:qa');
  });

  it.each([
    'Hi, can I book a first flight for next Saturday?',
    'My husband booked us a flight for Saturday the 12th, can I book another one for Sunday the 13th?',
  ])('%j still asks for a slot', (text) => {
    expect(ask(text).intent).toBe('booking');
  });
});

describe('a cue before a cancelling or moving word (r45E: one helper for both cues)', () => {
  it('a cancelling decided is the customer’s act, a deposit question beside it or not', () => {
    expect(ask('Hi, I need to cancel tomorrow’s flight, my son is ill. Do I get my money back?').intent).toBe(
      'booking',
    );
  });

  it('until when one may cancel asks the rule', () => {
    const reply = ask('I have booked the first flight for Thursday, till when can I cancel without penalty?');
    expect(reply.intent).not.toBe('booking');
  });
});

/** The weights of the price concept's matches in `text` read in `language`. */
const priceWeights = (text: string, language: 'en' | 'es' | 'fr' | 'de' | 'it' | 'pt' | 'ca' | 'ar') =>
  analyse(text, { languages: [language], primary: language })
    .concepts.filter((c) => c.key === 'price')
    .map((c) => c.weight);

describe('the price concept tells asking the amount from paying said (r45E)', () => {
  it.each([
    ['en', 'how much is the first flight?'],
    ['es', '¿cuánto cuesta el vuelo?'],
    ['fr', "c'est combien le vol ?"],
    ['de', 'was kostet der Flug?'],
    ['it', 'quanto costa il volo?'],
    ['pt', 'quanto custa o voo?'],
    ['ar', 'بكام الطيران؟'],
    ['es', 'cuesta un ojo de la cara?'],
  ] as const)('%s %j asks the amount (a strong phrase)', (language, text) => {
    expect(priceWeights(text, language).some((w) => w >= 1)).toBe(true);
  });

  it.each([
    ['en', 'do we have to pay for the video?'],
    ['es', '¿toca pagar aparte el vídeo?'],
    ['fr', 'faut payer pour le casier ?'],
    ['de', 'muss ich fürs Video draufzahlen?'],
    ['en', 'is it expensive?'],
    ['es', 'es un ojo de la cara'],
  ] as const)('%s %j speaks of paying, asks no amount (weak phrases only)', (language, text) => {
    const weights = priceWeights(text, language);
    expect(weights.length).toBeGreaterThan(0);
    expect(weights.every((w) => w < 1)).toBe(true);
  });
});
