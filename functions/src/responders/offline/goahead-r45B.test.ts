/**
 * Round 45: whether the outing goes ahead, asked with a word of cancelling said of it ("will the flights be
 * cancelled?", "se cancela la salida?", "viene annullato il tour?"), is a question for the weather rule, not the
 * customer's own cancelling and not a request for a slot, even with the booking told beside it ("we have a booking
 * at 5"). Cancelling decided or asked by the customer ("I need to cancel", "can we cancel tomorrow's tour?") still
 * goes to staff as a booking act. (Which entry answers, the weather rule or the cancellation policy, is retrieval's.)
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

/** A kayak outfitter on the coast whose customers write in many languages. */
const INPUT: BusinessProfileInput = {
  id: 'kayak-r45b',
  profile: {
    name: 'Pagaia Test',
    vertical: 'other',
    timezone: 'Europe/Rome',
    languages: ['it', 'en', 'fr', 'de', 'es'],
    currency: 'EUR',
    phone: '+39 0784 000 000',
    address: { it: 'Via del Porto 1, Cala Gonone' },
  },
  hours: {
    mon: [{ open: '08:00', close: '19:00' }],
    tue: [{ open: '08:00', close: '19:00' }],
    wed: [{ open: '08:00', close: '19:00' }],
    thu: [{ open: '08:00', close: '19:00' }],
    fri: [{ open: '08:00', close: '19:00' }],
    sat: [{ open: '08:00', close: '19:00' }],
    sun: [{ open: '08:00', close: '19:00' }],
  },
  holidays: [],
  policies: [
    {
      id: 'cancellation',
      title: { en: 'Cancellation policy', it: 'Cancellazioni', fr: 'Annulation', de: 'Stornierung' },
      text: {
        en: 'You can cancel free of charge up to 48 hours before the tour and we refund the deposit; later, the deposit is kept.',
        it: 'Puoi cancellare gratis fino a 48 ore prima e ti rimborsiamo la caparra; dopo, la caparra resta a noi.',
      },
    },
    {
      id: 'weather',
      title: { en: 'Weather and mistral wind', it: 'Meteo e maestrale', fr: 'Météo et mistral' },
      text: {
        en: 'If the mistral wind or bad weather makes the sea unsafe we cancel the tour and you choose another date or a full refund.',
        it: 'Se il maestrale o il brutto tempo rendono il mare pericoloso annulliamo l’uscita: scegli un’altra data o il rimborso completo.',
      },
    },
  ],
  services: [
    {
      id: 'half-day',
      name: { en: 'Half-day kayak tour', it: 'Mezza giornata in kayak' },
      durationMinutes: 180,
      price: 60,
    },
  ],
  knowledge: [],
  qa: [],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@kayak.test', name: 'Owner', role: 'owner' }],
};

const outfitter = businessFrom(INPUT);
/** Monday 7 June 2027, 10:00 in Sardinia. */
const NOW = new Date('2027-06-07T08:00:00Z');
const ask = (text: string) => respond(request(outfitter, text, { now: NOW }));

describe('cancelled said of the outing asks whether it goes ahead (r45B)', () => {
  it.each([
    'They say a storm is coming tomorrow, will the tours be cancelled? We have a booking at 10 with the kids',
    'Hola, dicen que mañana hay tormenta, ¿se cancela la excursión? Tenemos reserva a las 10',
    'Ciao, domani danno temporale, viene annullato il tour? Abbiamo prenotato alle 10',
    'Bonjour, il y a une tempête demain, la sortie sera annulée ? On a réservé à 10h',
  ])('%j is no booking act', (text) => {
    const reply = ask(text);
    expect(reply.intent, `${reply.responder} ${reply.note ?? ''}`).not.toBe('booking');
  });

  it.each([
    'Hi, I need to cancel tomorrow’s tour, my husband is ill.',
    'Can we cancel tomorrow’s tour? The storm is coming',
    'I have to cancel tomorrow’s tour because of the storm',
  ])('%j is still the customer’s act', (text) => {
    expect(ask(text).intent).toBe('booking');
  });
});
