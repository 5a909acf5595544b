/**
 * Round 44: booking against questions. A cancelling decided ("je dois annuler", "ich muss … stornieren", "нужно
 * отменить") is the customer's act even when they ask about the deposit beside it; asking until when one may cancel
 * asks the rule; a booking told done ("on a réservé pour jeudi") beside a question about something else is the
 * question's backstory, not a request to book.
 */
import { describe, expect, it } from 'vitest';
import { KAYAK_OUTFITTER, KAYAK_OUTFITTER_NOW, businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const outfitter = businessFrom(KAYAK_OUTFITTER);
const NOW = KAYAK_OUTFITTER_NOW;
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
