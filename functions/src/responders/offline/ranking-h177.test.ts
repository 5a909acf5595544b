/**
 * Ranking and what an answer carries (h177): a price the first answer leaves out comes from the service's card; a
 * variant named only by words of its service's own name does not narrow the card; an entry about the way there
 * from the airport beats the bare address; two words of a service's name written as one ("Kitecamp") name the
 * service, not an offering the business lacks. Near misses keep the answers as they were.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request, weekdays } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const WEEK = weekdays('09:00', '18:00');

const clinic = businessFrom({
  id: 'sports-medicine-test',
  profile: {
    name: 'Clínica Deportiva Test',
    vertical: 'clinic',
    timezone: 'Europe/Madrid',
    currency: 'EUR',
    languages: ['es', 'en'],
    phone: '+34 900 000 000',
    address: { es: 'Calle Mayor 12, 46001 Valencia' },
  },
  hours: WEEK,
  services: [
    {
      id: 'certificado',
      name: { es: 'Certificado de aptitud para el deporte', en: 'Sport fitness certificate' },
      description: { es: 'Exploración y electrocardiograma. Para federados, prueba de esfuerzo incluida.' },
      durationMinutes: 30,
      price: 45,
      priceMax: 110,
      variants: [
        {
          id: 'ocio',
          name: { es: 'Deporte de ocio / gimnasio', en: 'Leisure sport / gym' },
          durationMinutes: 30,
          price: 45,
        },
        {
          id: 'federado',
          name: { es: 'Licencia federativa', en: 'Competition licence' },
          durationMinutes: 60,
          price: 110,
        },
      ],
    },
    {
      id: 'fisio',
      name: { es: 'Sesión de fisioterapia', en: 'Physiotherapy session' },
      durationMinutes: 45,
      price: 40,
    },
  ],
  policies: [
    {
      id: 'menores',
      title: { es: 'Menores de edad', en: 'Minors' },
      text: {
        es: 'Atendemos a menores desde los 10 años. Un menor de edad viene con su padre, su madre o su tutor, que firma el consentimiento.',
      },
    },
  ],
  knowledge: [
    {
      id: 'como-llegar',
      title: { es: 'El centro y el equipo' },
      body: {
        es: 'Tres médicos del deporte y dos fisioterapeutas. Dirección: planta baja, Calle Mayor 12. Desde el aeropuerto de Manises, el taxi tarda unos 20 minutos y cuesta unos 25 euros; el metro (líneas 3 y 5) para a 200 metros.',
        en: 'Three sports doctors and two physiotherapists. Address: ground floor, Calle Mayor 12. From Manises airport a taxi takes about 20 minutes and costs about 25 euros; the metro (lines 3 and 5) stops 200 metres away.',
      },
    },
  ],
  staff: [{ email: 'owner@sports-medicine-test.test', name: 'Owner', role: 'owner' }],
});

const school = businessFrom({
  id: 'kite-school-test',
  profile: {
    name: 'Kite School Test',
    vertical: 'other',
    timezone: 'Europe/Berlin',
    currency: 'EUR',
    languages: ['de', 'en'],
    phone: '+49 400 000 000',
    address: { de: 'Strandweg 3, 23769 Fehmarn' },
  },
  hours: WEEK,
  services: [
    {
      id: 'kite-camp',
      name: { en: 'Kite camp week', de: 'Kite Camp Woche' },
      durationMinutes: 1440,
      price: 650,
      variants: [
        {
          id: 'shared',
          name: { en: 'Week in a shared room', de: 'Woche im Mehrbettzimmer' },
          durationMinutes: 1440,
          price: 650,
        },
        {
          id: 'single',
          name: { en: 'Week in a single room', de: 'Woche im Einzelzimmer' },
          durationMinutes: 1440,
          price: 890,
        },
      ],
    },
    { id: 'kite-lesson', name: { en: 'Kite lesson', de: 'Kitekurs' }, durationMinutes: 120, price: 90 },
  ],
  staff: [{ email: 'owner@kite-school-test.test', name: 'Owner', role: 'owner' }],
});

/** Tuesday 8 December 2026, 11:00 in Europe: open. */
const NOW = new Date('2026-12-08T10:00:00Z');
const askClinic = (text: string) => respond(request(clinic, text, { now: NOW }));
const askSchool = (text: string) => respond(request(school, text, { now: NOW }));

describe('a price the first answer leaves out is the card’s (h177)', () => {
  it('gives the certificate’s prices beside the policy on minors', () => {
    const reply = askClinic('cuánto cuesta el certificado para fútbol? mi hijo es menor de edad, tiene 14 años');
    expect(reply.handoff, `${reply.note ?? ''} ${reply.text}`).toBeUndefined();
    expect(reply.sources, reply.note).toContain('certificado');
    expect(reply.text).toContain('110');
  });

  it('adds no card when no price is asked', () => {
    const reply = askClinic('el certificado para fútbol: mi hijo es menor de edad, tiene 14 años, puede venir solo?');
    expect(reply.text).not.toContain('110');
  });
});

describe('a variant named only by the words of its service (h177)', () => {
  it.each([['how much is the sport certificate?'], ['cuánto cuesta el certificado para el deporte?']])(
    'lists every variant for %j',
    (text) => {
      const reply = askClinic(text);
      expect(reply.sources, reply.note).toContain('certificado');
      expect(reply.text).toContain('45');
      expect(reply.text).toContain('110');
    },
  );

  it.each([
    ['how much is the sport certificate for a competition licence?', 'Competition licence', 'Leisure sport'],
    ['cuánto cuesta el certificado para deporte de ocio?', 'Deporte de ocio', 'Licencia federativa'],
  ])('narrows %j to the variant named by its own word', (text, shown, hidden) => {
    const reply = askClinic(text);
    expect(reply.text, reply.note).toContain(shown);
    expect(reply.text).not.toContain(hidden);
  });
});

describe('the way there from the airport over the bare address (h177)', () => {
  it.each([
    ['hola, llego al aeropuerto el jueves, cómo llego hasta vosotros? cuánto cuesta un taxi más o menos?'],
    ['hi, how do I get to you from the airport? is a taxi expensive?'],
  ])('answers %j with the entry about getting there', (text) => {
    const reply = askClinic(text);
    expect(reply.handoff, `${reply.note ?? ''} ${reply.text}`).toBeUndefined();
    expect(reply.sources, reply.note).toContain('como-llegar');
  });

  it.each([['dónde estáis?'], ['where are you located?']])('keeps the address for %j', (text) => {
    const reply = askClinic(text);
    expect(reply.text, reply.note).toContain('Calle Mayor 12');
    expect(reply.sources ?? []).not.toContain('como-llegar');
  });
});

describe('two words of a service written as one (h177)', () => {
  it.each([
    ['Was kostet eine Woche im Kitecamp?'],
    ['Wie teuer ist die Kitecamp-Woche?'],
    ['how much is the kitecamp week?'],
  ])('answers %j with the service', (text) => {
    const reply = askSchool(text);
    expect(reply.handoff, `${reply.note ?? ''} ${reply.text}`).toBeUndefined();
    expect(reply.sources, reply.note).toContain('kite-camp');
  });

  it.each([['Was kostet das Segelcamp im Einzelzimmer?']])(
    'does not answer %j, an offering the school lacks, with the kite camp',
    (text) => {
      const reply = askSchool(text);
      expect(reply.sources ?? []).not.toContain('kite-camp');
    },
  );
});
