/**
 * What is worn to a visit is a condition of it: "can I come in flip flops?", "posso venire coi tacchi?" ask
 * whether the shoes will do, with only a word of coming, and book nothing; the business's entry on shoes
 * answers when the rest of the message is about them. A day and a time beside it still ask for a slot.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const range = businessFrom({
  id: 'range-worn',
  profile: {
    name: 'Bogenhalle Nord',
    vertical: 'other',
    timezone: 'Europe/Berlin',
    languages: ['de', 'en'],
    currency: 'EUR',
    phone: '+49 30 000 000',
    address: { de: 'Nordstraße 1, Berlin' },
  },
  hours: {
    mon: [],
    tue: [{ open: '14:00', close: '22:00' }],
    wed: [{ open: '14:00', close: '22:00' }],
    thu: [{ open: '14:00', close: '22:00' }],
    fri: [{ open: '14:00', close: '23:00' }],
    sat: [{ open: '11:00', close: '23:00' }],
    sun: [{ open: '11:00', close: '20:00' }],
  },
  holidays: [],
  policies: [
    {
      id: 'schuhe',
      title: { de: 'Schuhe und Kleidung' },
      text: { de: 'Auf der Bahn nur geschlossene Schuhe, keine Sandalen, Flip-Flops oder Absätze.' },
    },
  ],
  services: [
    { id: 'bahn', name: { de: 'Bogenbahn pro Stunde', en: 'Archery lane per hour' }, durationMinutes: 60, price: 40 },
  ],
  knowledge: [],
  qa: [
    {
      id: 'sandalen',
      question: 'Kann ich in Sandalen oder Stiefeln mit Absatz kommen?',
      answer: 'Bitte nur geschlossene, flache Schuhe: Sandalen und Absätze gehen auf der Bahn nicht.',
    },
  ],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@bogen.test', name: 'Owner', role: 'owner' }],
});
/** Wednesday 9 December 2026, 15:00 in Berlin. */
const NOW = new Date('2026-12-09T14:00:00Z');
const ask = (text: string) => respond(request(range, text, { now: NOW }));

describe('what is worn to a visit, asked with a word of coming', () => {
  it.each([
    'can I come in flip flops?',
    'is it ok if my girlfriend comes in her heeled boots?',
    'posso venire coi sandali?',
    'la mia amica può venire con gli stivaletti col tacco alto?',
    'puedo ir con botas de tacón?',
    'on peut venir en sandales ?',
    'darf ich mit Stiefeletten kommen?',
  ])('%j asks for no slot', (text) => {
    expect(ask(text).intent).not.toBe('booking');
  });

  // A verb of coming other than English "come" stays a word of the message that the entry must explain: short
  // questions with one ("posso venire coi sandali?") still score below the threshold and go to a person.
  it.each([
    'can I come in flip flops?',
    'la mia amica può venire con gli stivaletti col tacco alto?',
    'puedo ir con botas de tacón?',
    'darf ich mit Stiefeletten kommen?',
  ])('%j is answered from the shoes entry', (text) => {
    const reply = ask(text);
    expect(reply.handoff, `${reply.note ?? ''} ${reply.text}`).toBeUndefined();
    expect(['sandalen', 'schuhe']).toContain(reply.sources?.[0]);
  });

  it.each(['can I come tomorrow at 5? and are trainers ok?', 'kann ich Samstag um 15 Uhr kommen?'])(
    '%j still asks for a slot',
    (text) => {
      expect(ask(text).intent).toBe('booking');
    },
  );
});
