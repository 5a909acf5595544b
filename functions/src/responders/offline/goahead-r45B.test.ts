/**
 * Round 45: whether the outing goes ahead, asked with a word of cancelling said of it ("will the flights be
 * cancelled?", "se cancela la salida?", "viene annullato il tour?"), is a question for the weather rule, not the
 * customer's own cancelling and not a request for a slot, even with the booking told beside it ("we have a booking
 * at 5"). Cancelling decided or asked by the customer ("I need to cancel", "can we cancel tomorrow's tour?") still
 * goes to staff as a booking act. (Which entry answers, the weather rule or the cancellation policy, is retrieval's.)
 */
import { describe, expect, it } from 'vitest';
import { KAYAK_OUTFITTER, KAYAK_OUTFITTER_NOW, businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const outfitter = businessFrom(KAYAK_OUTFITTER);
const NOW = KAYAK_OUTFITTER_NOW;
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
