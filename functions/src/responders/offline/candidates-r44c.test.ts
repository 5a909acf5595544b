/**
 * Prices of services asked the way customers ask them (round 44):
 * - a service named by half its name, a word of the concept lexicon counting as the word ("alquilar un kayak
 *   doble" names "Noleggio kayak singolo e doppio" by "kayak" and "alquilar", the concept of "noleggio"), while a
 *   concept alone does not name a two-word name ("Tarifa de dia" is no answer to "was kostet?");
 * - the price of a named service beside a policy question: both answer ("how much is the recording day and do we
 *   pay a deposit first?" gets the deposit policy and the day's price), not the policy alone;
 * - doing it themselves ("can we record it ourselves or do we pay a technician?") is no price question: the entry
 *   about it answers, not the card of the service they would pay for.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { KAYAK_BASE, businessFrom, request, weekly } from '../fixture.test-helper.js';
import { respond } from './offline.js';

/** A rehearsal and recording studio in Barcelona, written in Catalan, Spanish and English. */
const STUDIO: BusinessProfileInput = {
  id: 'studio-nau',
  profile: {
    name: 'La Nau',
    vertical: 'other',
    timezone: 'Europe/Madrid',
    languages: ['ca', 'es', 'en'],
    currency: 'EUR',
    phone: '+34 93 555 1234',
    address: { ca: 'Carrer de Pujades 1, Barcelona' },
  },
  hours: weekly('10:00', '22:00', ['sun']),
  holidays: [],
  policies: [
    {
      id: 'senyal',
      title: { ca: 'Pagament i paga i senyal', es: 'Pago y señal', en: 'Payment and deposit' },
      text: {
        ca: 'Les sales es paguen a recepció. Les jornades de gravació es confirmen amb una paga i senyal de 120 €.',
        es: 'Las salas se pagan en recepción. Las jornadas de grabación se confirman con una señal de 120 €.',
        en: 'Rooms are paid at reception. Recording days are confirmed with a deposit of 120 €.',
      },
    },
  ],
  services: [
    {
      id: 'jornada',
      name: { ca: 'Jornada de gravació', es: 'Jornada de grabación', en: 'Full recording day' },
      category: { ca: 'Estudi' },
      description: {
        ca: 'Jornada sencera de 10 hores a l’estudi amb tècnic, per gravar un EP.',
        es: 'Jornada completa de 10 horas en el estudio con técnico, para grabar un EP.',
      },
      durationMinutes: 600,
      price: 380,
    },
    {
      id: 'gravacio-hores',
      name: {
        ca: 'Gravació amb tècnic (per hores)',
        es: 'Grabación con técnico (por horas)',
        en: 'Recording with an engineer (hourly)',
      },
      category: { ca: 'Estudi' },
      durationMinutes: 180,
      price: 45,
    },
  ],
  knowledge: [],
  qa: [
    {
      id: 'gravar-assaig',
      question: {
        ca: 'Podem gravar nosaltres mateixos l’assaig?',
        es: '¿Podemos grabar el ensayo nosotros mismos?',
        en: 'Can we record the rehearsal ourselves?',
      },
      answer: {
        ca: 'Sí: la taula de la sala gran grava multipista per USB, porteu un pendrive. És gratis.',
        es: 'Sí: la mesa de la sala grande graba multipista por USB, traed un pendrive. Es gratis.',
        en: 'Yes: the desk in the large room records multitrack to USB, bring a stick. It is free.',
      },
    },
  ],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@nau.test', name: 'Owner', role: 'owner' }],
};

const NOW = new Date('2026-06-10T10:00:00Z');
const kayak = businessFrom(KAYAK_BASE);
const studio = businessFrom(STUDIO);
const askKayak = (text: string) => respond(request(kayak, text, { now: NOW }));
const askStudio = (text: string) => respond(request(studio, text, { now: NOW }));

describe('a service named by half its name, a concept counting as the word', () => {
  it.each([
    'cuanto cuesta alquilar un kayak doble todo el dia?',
    'quanto costa noleggiare un kayak doppio?',
    'how much to rent a double kayak for the day?',
  ])('%s: the rental', (text) => {
    const reply = askKayak(text);
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.text).toContain('45');
    expect(reply.text).not.toContain('50');
  });

  it('a concept alone does not name a two-word variant ("Tarifa de dia" by "was kostet")', () => {
    const reply = askKayak('was kostet das?');
    expect(reply.text).not.toMatch(/Tarifa de dia/);
  });

  it('the sunset tour is still named by its own word', () => {
    const reply = askKayak('quanto costa il kayak al tramonto?');
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.text).toContain('50');
  });
});

describe('a service price beside a policy question', () => {
  it.each([
    'Quanto fica o dia completo de gravação e precisa pagar sinal adiantado?',
    'How much is the full recording day and do we pay a deposit first?',
  ])('%s: the deposit policy and the day’s price', (text) => {
    const reply = askStudio(text);
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources).toContain('senyal');
    expect(reply.text).toContain('380');
  });

  it('the deposit asked alone gets the policy, no price card', () => {
    const reply = askStudio('Do we have to pay a deposit?');
    expect(reply.sources).toContain('senyal');
    expect(reply.text).not.toContain('380');
  });
});

describe('doing it themselves is no price question', () => {
  it.each([
    'Nosotros mismos podemos grabar el ensayo allá o toca pagar aparte a un técnico?',
    'can we record the rehearsal ourselves or do we have to pay for an engineer?',
  ])('%s: the entry about it', (text) => {
    const reply = askStudio(text);
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources).toEqual(['gravar-assaig']);
  });

  it('a price asked outright beside it is still the card’s', () => {
    const reply = askStudio('how much does recording with an engineer cost per hour?');
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.text).toContain('45');
  });
});
