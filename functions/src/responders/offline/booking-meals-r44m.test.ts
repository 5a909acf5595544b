/**
 * Round 44: a service and a day named beside a question about eating ("vorremmo fare la giornata intera domenica
 * prossima, ma per mangiare come si fa?") ask what the day holds, not for a slot: eating and the meals a service
 * includes are informational, like its price or length. A request to book it stays a booking.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request, weekly } from '../fixture.test-helper.js';
import { respond } from './offline.js';

/** A kayak outfitter whose full-day tour stops at a beach with no restaurant. */
const INPUT: BusinessProfileInput = {
  id: 'kayak-r44m',
  profile: {
    name: 'Pagaia Prova',
    vertical: 'other',
    timezone: 'Europe/Rome',
    languages: ['it', 'en', 'de'],
    currency: 'EUR',
    phone: '+39 0784 000 001',
    address: { it: 'Via del Porto 2, Cala Gonone' },
  },
  hours: weekly('08:00', '19:00'),
  holidays: [],
  policies: [],
  services: [
    {
      id: 'full-day',
      name: { it: 'Giornata intera a Cala Luna', en: 'Full day to Cala Luna' },
      durationMinutes: 420,
      price: 95,
    },
  ],
  knowledge: [],
  qa: [
    {
      id: 'lunch',
      question: { it: 'Come si fa per il pranzo durante la giornata intera?' },
      answer: {
        it: 'A Cala Luna non ci sono bar aperti tutto l’anno: portate il pranzo al sacco e almeno due litri d’acqua a testa.',
      },
    },
  ],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@kayak-r44m.test', name: 'Owner', role: 'owner' }],
};

const outfitter = businessFrom(INPUT);
/** Monday 7 June 2027, 10:00 in Sardinia. */
const NOW = new Date('2027-06-07T08:00:00Z');
const ask = (text: string) => respond(request(outfitter, text, { now: NOW }));

describe('a service and a day beside a question about eating (r44m)', () => {
  it.each([
    'ciao ragazzi, domenica prossima vorremmo fare la giornata intera a Cala Luna, ma per mangiare come si fa?',
    'Hi, we want to do the full day to Cala Luna next Sunday, what do we do about food?',
  ])('%j is answered, not taken as a booking', (text) => {
    const reply = ask(text);
    expect(reply.intent, `${reply.responder} ${reply.note ?? ''}`).not.toBe('booking');
  });

  it.each([
    'ciao, vorrei prenotare la giornata intera a Cala Luna per domenica prossima, siamo in due',
    'Hi, can I book the full day to Cala Luna for next Sunday?',
    'Is Sunday possible for the full day to Cala Luna?',
  ])('%j still asks to book', (text) => {
    expect(ask(text).intent).toBe('booking');
  });
});
