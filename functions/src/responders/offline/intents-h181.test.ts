/**
 * Intents misread in round 40: "a person" as the subject of a general question ("how long does it take a person
 * to…") asks for nobody; a Spanish "calle" is no English "call me"; being afraid of embarrassment ("vou passar
 * vergonha?", "¿haré el ridículo?") is a fear asked about, not a complaint; a Brazilian "fala galera" and a
 * "hola a todos" greet; "I have a private lesson on Saturday… can it go to Thursday?" moves the customer's own
 * booking. Near misses both ways.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { everyLanguageBusiness, request } from '../fixture.test-helper.js';
import { asksForPerson, complains } from './complaint.js';
import { said } from './complaint.test-helper.js';
import { respond } from './offline.js';

// The first reading builds the lexicons: not a test's time.
beforeAll(() => {
  said('hello');
}, 60_000);

describe('asksForPerson: "a person" as the subject of a general question', () => {
  it.each([
    'how long does it take a person to get a blue belt?',
    '¿cuánto tarda una persona en aprender a nadar?',
    'quant temps triga una persona a aprendre a esquiar?',
    'quanto tempo leva uma pessoa normal a aprender?',
    'una persona media cuántas clases necesita?',
    'en la calle me dijeron que acá se puede pagar en efectivo, es así?',
  ])('asks for nobody: %s', (text) => {
    expect(asksForPerson(said(text))).toBe(false);
  });

  it.each([
    'can I talk to a person please?',
    'quiero hablar con una persona real',
    'puc parlar amb una persona?',
    'can someone call me back this afternoon?',
  ])('asks for a person: %s', (text) => {
    expect(asksForPerson(said(text))).toBe(true);
  });
});

describe('complains: afraid of embarrassment is a fear asked about', () => {
  it.each([
    'nunca treinei nada, vou passar vergonha na primeira aula?',
    'nunca he hecho yoga, ¿voy a pasar vergüenza o hay grupo de principiantes?',
    'I have never danced, will I make a fool of myself in the first class?',
    'je suis nul en sport, je vais me taper la honte au cours d’essai ?',
    'non ho mai fatto boxe, farò una figuraccia?',
    'no he fet mai escalada, passaré vergonya?',
  ])('no complaint: %s', (text) => {
    expect(complains(said(text))).toBe(false);
  });

  it.each([
    'que vergonha, fiquei uma hora esperando e ninguém me atendeu',
    'qué vergüenza, nadie me devolvió el dinero',
  ])('still a complaint: %s', (text) => {
    expect(complains(said(text))).toBe(true);
  });
});

const business = everyLanguageBusiness();

describe('greetings to the whole team', () => {
  it.each(['fala galera, bom dia!', 'fala pessoal 🤙', 'hola a todos!', 'bon dia a tots!'])('greets: %s', (text) => {
    const result = respond(request(business, text));
    expect(result.responder, result.note).toBe('offline:greeting');
    expect(result.handoff).toBeUndefined();
  });

  it('still answers a question after the greeting', () => {
    const result = respond(request(business, 'fala galera, quanto custa a consulta?'));
    expect(result.responder).not.toBe('offline:greeting');
  });
});

describe('moving the customer’s own lesson to a day named', () => {
  it.each([
    'tenho aula particular no sábado mas vou viajar, dá pra passar pra quinta no mesmo horário?',
    'tengo clase particular el sábado, ¿se puede pasar al jueves a la misma hora?',
    'tinc classe el dissabte però no puc, la podem passar a dijous?',
    'I have a private lesson on Saturday, can we move it to Thursday same time?',
  ])('is a booking request: %s', (text) => {
    const result = respond(request(business, text));
    expect(result.intent, result.note).toBe('booking');
  });

  it.each(['quanto tempo demora para passar para a faixa azul?', 'what do I need to bring to my first lesson?'])(
    'is no booking: %s',
    (text) => {
      const result = respond(request(business, text));
      expect(result.intent).not.toBe('booking');
    },
  );
});
