/**
 * Questions asked around a visit, against requests for one, end to end
 * through the offline responder: whether a visit may go ahead on a period,
 * a paper for work, what a visit only supposed would bring; and, the other
 * way, signing up to a class or booking with a condition named, and moving a
 * booking asked as "on peut le déplacer ?".
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

/** A women's health physio in London that writes in English and Portuguese. */
const INPUT: BusinessProfileInput = {
  id: 'physio-vauxhall',
  profile: {
    name: 'Vauxhall Women’s Physio',
    vertical: 'clinic',
    timezone: 'Europe/London',
    languages: ['en', 'pt'],
    currency: 'GBP',
    phone: '+44 20 7946 0101',
    address: { en: '12 Kennington Lane, London SE11' },
  },
  hours: {
    mon: [{ open: '08:00', close: '19:00' }],
    tue: [{ open: '08:00', close: '19:00' }],
    wed: [{ open: '08:00', close: '19:00' }],
    thu: [{ open: '08:00', close: '19:00' }],
    fri: [{ open: '08:00', close: '17:00' }],
    sat: [{ open: '09:00', close: '13:00' }],
    sun: [],
  },
  holidays: [],
  policies: [
    {
      id: 'cancellations',
      title: { en: 'Cancellations' },
      text: { en: 'Please give us 24 hours notice to cancel or move an appointment, or we charge the full fee.' },
    },
  ],
  services: [
    {
      id: 'assessment',
      name: { en: 'Pelvic health assessment', pt: 'Avaliação do pavimento pélvico' },
      durationMinutes: 60,
      price: 95,
    },
    {
      id: 'pilates',
      name: { en: 'Pregnancy Pilates class', pt: 'Aula de Pilates para grávidas' },
      description: { en: 'Small groups on Tuesdays and Thursdays at 18:30, from 14 weeks.' },
      durationMinutes: 55,
      price: 22,
    },
  ],
  knowledge: [],
  qa: [
    {
      id: 'period',
      question: { en: 'Can I come to my appointment if I’m on my period?' },
      answer: { en: 'Yes, absolutely. If you’d rather skip the internal examination that day, just say so.' },
    },
    {
      id: 'work-letter',
      question: { en: 'Can you give me a letter for work showing I had an appointment?' },
      answer: { en: 'Yes, we give you a letter of attendance with the time of your appointment, no health details.' },
    },
  ],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@vauxhall.test', name: 'Owner', role: 'owner' }],
};

const physio = businessFrom(INPUT);
const NOW = new Date('2027-03-08T10:00:00Z');
const ask = (text: string) => respond(request(physio, text, { now: NOW }));

describe('questions around a visit are no requests for a slot', () => {
  it.each([
    // Whether the change is needed, a cue of coming inside the doubt and inside the condition ("just come on").
    [
      'morning! my appt is thurs first thing and ive literally just come on 🙈 do i need to rearrange or is that ok to still come in?',
      'period',
    ],
    // A paper asked for, the appointment only what it proves.
    [
      'quick one - can u give me a letter or something to show i was at an appointment with u? my manager wants proof for tuesdays',
      'work-letter',
    ],
    // A visit only supposed: the question is what it would bring.
    ['if I go for the assessment on thursday, can you give me a letter for work?', 'work-letter'],
  ])('%j', (text, id) => {
    const reply = ask(text);
    expect(reply.intent, `${reply.note}`).not.toBe('booking');
    expect(reply.handoff, `${reply.note}`).toBeUndefined();
    expect(reply.sources).toContain(id);
  });
});

describe('requests for a slot, with what they say around them', () => {
  it.each([
    // Signing up to a class, a condition named as part of what is booked.
    'Olá, queria inscrever-me nas aulas de Pilates para grávidas, estou com 16 semanas. Terça às 18:30 ainda há lugar?',
    'hi, I’d like to sign up for the pregnancy pilates on tuesday at 18:30, I’m 20 weeks',
    // A visit supposed that asks nothing besides proposes the slot.
    'if I come for the assessment tomorrow at 10, is that ok?',
    // "On peut" is French for "we can"; a flight "a été avancé" is brought forward, no notice asked about.
    "Bonjour, j'ai rdv jeudi à 11h mais mon vol a été avancé 😩 est-ce qu'on peut le déplacer à demain matin ?",
  ])('%j goes to the booking flow', (text) => {
    const reply = ask(text);
    expect(reply.intent, `${reply.note}`).toBe('booking');
  });
});
