/**
 * A day named only as the customer's deadline ("we're only in town till Friday", "fins divendres", "bis
 * Freitag") tells when they leave: a class asked about beside it is no question about that day's hours. A class
 * asked on a day named otherwise ("is there a class on Friday?", "till Friday… a class on Thursday?") still is.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const DAY = [{ open: '10:00', close: '20:00' }];

/** A cooking school in Lisbon whose one Q&A says it does not post what students bake. */
const SCHOOL: BusinessProfileInput = {
  id: 'cooking-lisboa',
  profile: {
    name: 'Cozinha da Graça',
    vertical: 'other',
    timezone: 'Europe/Lisbon',
    languages: ['pt', 'en'],
    currency: 'EUR',
    phone: '+351 210 000 000',
    address: { pt: 'Rua da Graça 10, Lisboa' },
  },
  hours: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: DAY, sun: [] },
  holidays: [],
  policies: [],
  services: [{ id: 'aula', name: { pt: 'Aula de pastelaria', en: 'Pastry class' }, durationMinutes: 180, price: 65 }],
  knowledge: [],
  qa: [
    {
      id: 'envio',
      question: { en: 'Can you ship what I bake in class to my home abroad?' },
      answer: { en: 'Sorry, we don’t ship anything: you take your pastries home on the day.' },
    },
  ],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@cozinha.test', name: 'Owner', role: 'owner' }],
};

const school = businessFrom(SCHOOL);
const MONDAY = new Date('2027-03-01T10:00:00Z');
const ask = (text: string) => respond(request(school, text, { now: MONDAY }));

describe('a day named only as the customer’s deadline', () => {
  it('answers the class question, not Friday’s hours, when the customer is in town till Friday', () => {
    const reply = ask(
      'we are only in lisbon until friday, if we take a class could you ship the cakes to us in canada?',
    );
    expect(reply.note).not.toMatch(/hours-date/);
    expect(reply.text).not.toContain('10:00–20:00');
  });

  it('still reads "is there a class on Friday?" as Friday’s hours', () => {
    const reply = ask('is there a class on friday?');
    expect(reply.note).toMatch(/hours-date/);
  });

  it('still reads a class on another day named beside the deadline as that day’s hours', () => {
    const reply = ask('we are here till friday, is there a class on thursday?');
    expect(reply.note).toMatch(/hours-date/);
  });
});
