/**
 * Customers write around their question: who they are, what happened, how
 * they feel ("honestly it's been bugging me for ages…"). Three mechanisms
 * keep the entry they mean on top:
 * - an everyday word the business never wrote weighs as filler, a fifth of
 *   an unknown topic (domain/lexicon/common-words.ts, domain/unit-index.ts);
 * - a message that holds the whole of a Q&A question asks it, whatever it
 *   tells around it (matchStrength);
 * - a word borrowed across languages meets itself through its cognate key
 *   (domain/cognates.ts).
 * A topic the business never wrote about still goes to a person, however
 * chatty the message.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const WEEK = {
  mon: [{ open: '09:00', close: '19:00' }],
  tue: [{ open: '09:00', close: '19:00' }],
  wed: [{ open: '09:00', close: '19:00' }],
  thu: [{ open: '09:00', close: '19:00' }],
  fri: [{ open: '09:00', close: '15:00' }],
  sat: [],
  sun: [],
};

const dentist = businessFrom({
  id: 'dentist-chatty',
  profile: {
    name: 'Dental Chatty Test',
    vertical: 'dental',
    timezone: 'Europe/Madrid',
    languages: ['es', 'en'],
    currency: 'EUR',
    phone: '+34 960 000 000',
    address: { es: 'Carrer de Sueca 10, València' },
  },
  hours: WEEK,
  services: [
    { id: 'cleaning', name: { es: 'Limpieza dental', en: 'Dental cleaning' }, durationMinutes: 45, price: 60 },
    { id: 'whitening', name: { es: 'Blanqueamiento', en: 'Whitening' }, durationMinutes: 60, price: 250 },
  ],
  qa: [
    {
      id: 'pregnancy',
      question: { en: 'Can I have dental treatment while pregnant?' },
      answer: {
        en: 'Yes: check-ups and most fillings are safe, ideally in the second trimester. Tell us when you book.',
      },
    },
    {
      id: 'sedation',
      question: { en: 'Do you offer sedation for anxious patients?' },
      answer: { en: 'Yes, conscious sedation with an anaesthetist, on Thursdays; ask for it when you book.' },
    },
    {
      id: 'disinfection',
      question: { en: 'How do you disinfect the surgery between patients?' },
      answer: {
        en: 'Every surface is wiped with a hospital-grade disinfectant and the air is filtered for ten minutes before the next patient.',
      },
    },
    {
      id: 'sensitivity',
      question: { es: '¿Es normal tener sensibilidad después del blanqueamiento?' },
      answer: { es: 'Sí, durante 24–48 horas. Usa una pasta para dientes sensibles y evita el frío.' },
    },
    {
      id: 'braces-adults',
      question: { es: '¿Los adultos pueden llevar ortodoncia?' },
      answer: { es: 'Sí, a cualquier edad si las encías están sanas. Hacemos ortodoncia fija y alineadores.' },
    },
  ],
  staff: [{ email: 'owner@dentist.test', name: 'Owner', role: 'owner' }],
});

/** Wednesday 9 December 2026, 11:00 in València: open. */
const NOW = new Date('2026-12-09T10:00:00Z');
const ask = (text: string) => respond(request(dentist, text, { now: NOW }));

describe('a question asked among other words', () => {
  it.each([
    [
      'hola! te cuento, estoy embarazada de 5 meses y tengo una muela que me molesta un montón, me podéis hacer un tratamiento dental igual?',
      'pregnancy',
    ],
    ['ugh honestly I literally panic at the dentist, always have, do you offer sedation or something?', 'sedation'],
    ['sono un po preoccupata, dopo lo sbiancamento è normale avere sensibilità? grazie mille davvero', 'sensitivity'],
    ["ok so I've been thinking about it for ages lol, I'm 45 now, can adults still get orthodontics?", 'braces-adults'],
  ])('answers %j from the entry it asks', (text, id) => {
    const reply = ask(text);
    expect(reply.handoff, `${reply.note ?? ''} ${reply.text}`).toBeUndefined();
    expect(reply.sources).toContain(id);
  });
});

describe('a word borrowed across languages', () => {
  it.each([
    ['vous proposez la sédation ?', 'sedation'],
    ['fate la sedazione per chi ha paura?', 'sedation'],
    ['come fate la disinfezione tra un paziente e l altro?', 'disinfection'],
    ['comment se passe la désinfection entre deux patients ?', 'disinfection'],
  ])('answers %j from the entry written in another language', (text, id) => {
    const reply = ask(text);
    expect(reply.handoff, `${reply.note ?? ''} ${reply.text}`).toBeUndefined();
    expect(reply.sources).toContain(id);
  });
});

describe('a topic the business never wrote about, however chatty', () => {
  it.each([
    'honestly I have been thinking about it for ages, do you do hypnosis?',
    'mira, te soy sincera, llevo tiempo pensándolo, ¿hacéis acupuntura?',
  ])('hands %j to a person', (text) => {
    const reply = ask(text);
    expect(reply.handoff, `${reply.responder} ${reply.note ?? ''} ${reply.text}`).toBeDefined();
  });
});
