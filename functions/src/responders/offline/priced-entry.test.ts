/**
 * A price asked of something an entry of the business speaks of and prices
 * ("I lost the ball of my navel piercing, do you have a spare? how much?"):
 * the entry answers, with its price, not the card of the service named
 * beside it nor the whole price list. A price asked of the service itself
 * is still the card's.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

/** A piercing studio in Berlin with one Q&A entry that names its own price. */
const INPUT: BusinessProfileInput = {
  id: 'studio-ring',
  profile: {
    name: 'Studio Ring',
    vertical: 'other',
    timezone: 'Europe/Berlin',
    languages: ['de', 'en'],
    currency: 'EUR',
    phone: '+49 30 5550 1234',
    address: { de: 'Weserstraße 1, Berlin' },
  },
  hours: {
    mon: [],
    tue: [{ open: '12:00', close: '20:00' }],
    wed: [{ open: '12:00', close: '20:00' }],
    thu: [{ open: '12:00', close: '20:00' }],
    fri: [{ open: '12:00', close: '20:00' }],
    sat: [{ open: '12:00', close: '18:00' }],
    sun: [],
  },
  holidays: [],
  policies: [],
  services: [
    { id: 'navel', name: { de: 'Bauchnabelpiercing', en: 'Navel piercing' }, durationMinutes: 30, price: 60 },
    { id: 'nose', name: { de: 'Nasenpiercing', en: 'Nose piercing' }, durationMinutes: 30, price: 50 },
  ],
  knowledge: [],
  qa: [
    {
      id: 'lost-ball',
      question: { de: 'Ich habe die Kugel verloren, habt ihr Ersatz?' },
      answer: { de: 'Ja, Ersatzkugeln aus Titan haben wir für fast jedes Gewinde: 5 € pro Kugel. Bring den Stab mit.' },
    },
  ],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@ring.test', name: 'Owner', role: 'owner' }],
};

const studio = businessFrom(INPUT);
const NOW = new Date('2026-12-09T12:00:00Z');
const ask = (text: string) => respond(request(studio, text, { now: NOW }));

describe('a price asked of what an entry prices', () => {
  it('answers "I lost the ball of my navel piercing, do you have a spare one? how much?" by the entry', () => {
    const reply = ask('I lost the ball of my navel piercing, do you have a spare one? how much?');
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources).toEqual(['lost-ball']);
    expect(reply.text).toContain('5 €');
  });

  // The entry does not speak of the navel: the card's price comes too, never the whole list.
  it('gives the entry beside the card when the entry leaves out the service named', () => {
    const reply = ask('mir ist die Kugel vom Bauchnabelpiercing abgefallen, habt ihr Ersatz? was kostet das?');
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources).toEqual(['navel', 'lost-ball']);
  });

  it.each(['how much is a navel piercing?', 'was kostet ein Bauchnabelpiercing?'])('%j is the card’s', (text) => {
    const reply = ask(text);
    expect(reply.sources).toEqual(['navel']);
    expect(reply.text).toContain('60');
  });
});
