/**
 * Round 44: booking against questions. A cancelling decided ("je dois annuler", "ich muss … stornieren", "нужно
 * отменить") is the customer's act even when they ask about the deposit beside it; asking until when one may cancel
 * asks the rule; a booking told done ("on a réservé pour jeudi") beside a question about something else is the
 * question's backstory, not a request to book.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

/** A kayak outfitter on the coast whose customers write in many languages. */
const INPUT: BusinessProfileInput = {
  id: 'kayak-r44b',
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

describe('a cancelling decided, with a question about the deposit beside it (r44b)', () => {
  it.each([
    'Bonjour, je dois malheureusement annuler notre sortie du jeudi 10 juin, mon fils est malade. Est-ce que l’acompte nous est remboursé ?',
    'Guten Tag, ich muss leider die Tour ab Donnerstag 10.6. stornieren. Bekomme ich die Anzahlung zurück?',
    'Hola, tengo que cancelar la excursión del jueves, mi hijo está enfermo. ¿Me devolvéis la señal?',
    'Hi, I need to cancel tomorrow’s tour, my husband is ill. Do I get the deposit back?',
    'Здравствуйте, у меня завтра тур, нужно отменить, муж заболел. Депозит вернёте?',
  ])('%j is a booking act for staff', (text) => {
    const reply = ask(text);
    expect(reply.intent, `${reply.responder} ${reply.note ?? ''}`).toBe('booking');
    expect(reply.handoff).toBeDefined();
  });

  it.each([
    'Bonjour, si on doit annuler notre sortie deux jours avant, on est remboursés ?',
    'Is there a fee if I cancel the day before?',
  ])('%j still asks the rule', (text) => {
    const reply = ask(text);
    expect(reply.intent, `${reply.responder} ${reply.note ?? ''}`).not.toBe('booking');
  });
});

describe('until when one may cancel asks the rule (r44b)', () => {
  it.each([
    'I have booked the half-day tour for Thursday but my plans changed, till when can I cancel without penalty?',
    'Ich habe für Donnerstag gebucht, bis wann kann ich kostenlos stornieren?',
  ])('%j is answered by the cancellation policy', (text) => {
    const reply = ask(text);
    expect(reply.intent, `${reply.responder} ${reply.note ?? ''}`).not.toBe('booking');
  });

  it('still books "I need to cancel Thursday, till when do you need to know?"… as the act', () => {
    expect(ask('I need to cancel Thursday’s tour. Until when can I cancel without paying?').intent).toBe('booking');
  });
});

describe('a booking told done, then a question about something else (r44b)', () => {
  it('"on a réservé pour jeudi mais … mistral … la sortie est maintenue ?" asks about the weather', () => {
    const reply = ask(
      'Bonjour, on a réservé pour jeudi mais on dit qu’il y a du mistral qui arrive... est-ce que la sortie est maintenue ou on perd notre argent ?',
    );
    expect(reply.intent, `${reply.responder} ${reply.note ?? ''}`).not.toBe('booking');
  });

  it.each([
    "Hi, I've got the half-day tour booked this Thursday the 10th but my buddy's flight got moved. Can we switch it to Tuesday the 15th, same time?",
    'Hola! tenía la excursión reservada este jueves pero tengo que viajar por trabajo, ¿podemos pasarla a la semana que viene? martes o miércoles me va genial',
  ])('%j, booked and with a second day, asks to move it', (text) => {
    expect(ask(text).intent).toBe('booking');
  });

  it.each([
    'Bonjour, je voudrais réserver la demi-journée pour jeudi, c’est possible ?',
    'Hi, can I book the half-day tour for Thursday?',
  ])('%j still asks to book', (text) => {
    expect(ask(text).intent).toBe('booking');
  });
});
