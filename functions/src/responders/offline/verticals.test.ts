/**
 * The offline responder on businesses of verticals the demo businesses do
 * not cover: a barber shop in València that wrote its Q&A in Spanish, and a
 * veterinary clinic in Lisbon that wrote in Portuguese and English. Each
 * customer uses words the owner did not, or another language: the concept
 * lexicon (concepts-beauty, -animals, -visit) is what joins them.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const WEEK = {
  mon: [{ open: '10:00', close: '20:00' }],
  tue: [{ open: '10:00', close: '20:00' }],
  wed: [{ open: '10:00', close: '20:00' }],
  thu: [{ open: '10:00', close: '20:00' }],
  fri: [{ open: '10:00', close: '20:00' }],
  sat: [{ open: '10:00', close: '14:00' }],
  sun: [],
};

const barber = businessFrom({
  id: 'barberia-test',
  profile: {
    name: 'Barbería Test',
    vertical: 'salon',
    timezone: 'Europe/Madrid',
    languages: ['es', 'ca', 'en'],
    currency: 'EUR',
    phone: '+34 960 000 000',
    address: { es: 'Carrer de Sueca 10, València' },
  },
  hours: WEEK,
  services: [
    { id: 'corte', name: { es: 'Corte de pelo', en: 'Haircut' }, durationMinutes: 30, price: 15 },
    { id: 'barba', name: { es: 'Arreglo de barba', en: 'Beard trim' }, durationMinutes: 20, price: 10 },
  ],
  qa: [
    {
      id: 'sin-cita',
      question: { es: '¿Se puede venir sin cita previa?' },
      answer: { es: 'Sí, atendemos por orden de llegada cuando hay un sillón libre; con cita no esperas.' },
    },
    {
      id: 'afeitado',
      question: { es: '¿Hacéis afeitado clásico con navaja y toalla caliente?' },
      answer: { es: 'Sí, el afeitado clásico incluye toalla caliente y aceite para la barba.' },
    },
    {
      id: 'ninos',
      question: { es: '¿Cortáis el pelo a niños?' },
      answer: { es: 'Sí, a partir de 3 años.' },
    },
  ],
  staff: [{ email: 'owner@barberia.test', name: 'Owner', role: 'owner' }],
});

const vet = businessFrom({
  id: 'vet-test',
  profile: {
    name: 'Clínica Veterinária Test',
    vertical: 'clinic',
    timezone: 'Europe/Lisbon',
    languages: ['pt', 'en', 'fr'],
    currency: 'EUR',
    phone: '+351 210 000 000',
    address: { pt: 'Rua da Graça 20, Lisboa' },
  },
  hours: WEEK,
  services: [
    { id: 'consulta', name: { pt: 'Consulta geral', en: 'General consultation' }, durationMinutes: 30, price: 35 },
  ],
  qa: [
    {
      id: 'exoticos',
      question: { pt: 'Atendem animais exóticos?' },
      answer: { pt: 'Sim, a Dra. Sousa atende coelhos, aves e répteis às terças e quintas.' },
    },
    {
      id: 'castracao',
      question: { pt: 'Fazem castrações?', en: 'Do you neuter cats and dogs?' },
      answer: {
        pt: 'Sim, com jejum de 12 horas antes; o animal vai para casa no mesmo dia.',
        en: 'Yes, after 12 hours of fasting; your pet goes home the same day.',
      },
    },
    {
      id: 'passaporte',
      question: { en: 'Can you prepare the pet passport for travel?' },
      answer: { en: 'Yes: microchip, rabies vaccine and the EU passport, in one visit.' },
    },
  ],
  staff: [{ email: 'owner@vet.test', name: 'Owner', role: 'owner' }],
});

/** Monday 7 December 2026, 11:00 in València and 10:00 in Lisbon: both open. */
const NOW = new Date('2026-12-07T10:00:00Z');
const BUSINESSES = { barber, vet };
const ask = (name: keyof typeof BUSINESSES, text: string) => respond(request(BUSINESSES[name], text, { now: NOW }));

describe('the offline responder on other verticals', () => {
  it.each<[keyof typeof BUSINESSES, string, string, string]>([
    // Words the owner did not use, in the owner's language.
    ['barber', 'atendéis sin pedir hora?', 'sin-cita', 'es'],
    ['barber', 'me hacéis un afeitado a navaja?', 'afeitado', 'es'],
    ['vet', 'quanto tempo fica o gato depois de o esterilizar?', 'castracao', 'pt'],
    ['vet', 'vocês tratam do passaporte europeu do cão?', 'passaporte', 'pt'],
    // Another language than the one the owner wrote the entry in.
    ['barber', 'do you take walk-ins?', 'sin-cita', 'en'],
    ['barber', 'cal demanar hora o puc passar directament?', 'sin-cita', 'ca'],
    ['barber', 'do you do hot towel shaves?', 'afeitado', 'en'],
    ['vet', 'do you see rabbits?', 'exoticos', 'en'],
    ['vet', 'vous prenez les lapins ?', 'exoticos', 'fr'],
  ])('%s: answers %j from the Q&A entry %s', (name, text, id, language) => {
    const reply = ask(name, text);
    expect(reply.responder, `${reply.note ?? ''} ${reply.text}`).toBe('offline:qa');
    expect(reply.sources?.[0]).toBe(id);
    expect(reply.language).toBe(language);
    expect(reply.handoff).toBeUndefined();
  });

  it('says which language the answer was written in when the customer wrote in another', () => {
    expect(ask('barber', 'do you take walk-ins?')).toMatchObject({ language: 'en', answerLanguage: 'es' });
  });

  it.each<[keyof typeof BUSINESSES, string]>([
    ['barber', 'do you do tattoos or piercings?'],
    ['barber', 'feu pírcings?'],
    ['barber', 'hacéis extensiones de pestañas?'],
    ['vet', 'do you sell pet insurance?'],
    ['vet', 'vocês fazem banhos e tosquias?'],
  ])('%s: hands %j, a topic the business does not cover, to a person', (name, text) => {
    const reply = ask(name, text);
    expect(reply.handoff, `${reply.responder} ${reply.text}`).toBeDefined();
    expect(reply.responder).not.toBe('offline:qa');
  });
});
