/**
 * A car detailer in a desert city (fixture of this file): tonight's hours on a split day, amazement told from a
 * complaint, and a booked visit asked "what happens then" read as a question, with their near misses.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { complains } from './complaint.js';
import { said } from './complaint.test-helper.js';
import { respond } from './offline.js';

const DAY = [{ open: '09:00', close: '18:00' }];
const SPLIT = [
  { open: '09:00', close: '13:00' },
  { open: '19:00', close: '23:00' },
];
const DETAILER: BusinessProfileInput = {
  id: 'detailer-test',
  profile: {
    name: 'Detailer Test',
    vertical: 'other',
    timezone: 'Asia/Dubai',
    languages: ['en', 'ar'],
    currency: 'AED',
    phone: '+971 4 000 0000',
    address: { en: 'Warehouse 4, Al Quoz, Dubai' },
  },
  hours: { mon: DAY, tue: DAY, wed: SPLIT, thu: DAY, fri: [], sat: DAY, sun: DAY },
  holidays: [],
  policies: [
    {
      id: 'weather',
      title: { en: 'Weather and home visits' },
      text: {
        en: 'Home visits move free of charge in rain, a sandstorm or strong wind; we call you two hours before.',
      },
    },
  ],
  services: [{ id: 'wash', name: { en: 'Exterior wash' }, durationMinutes: 60, price: 60 }],
  knowledge: [],
  qa: [],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@detailer.test', name: 'Owner', role: 'owner' }],
};
const detailer = businessFrom(DETAILER);

/** Wednesday 13 January 2027, 11:00 in Dubai: open until 13:00, again 19:00–23:00. */
const SPLIT_DAY = new Date('2027-01-13T07:00:00Z');
/** Tuesday 12 January 2027, 11:00 in Dubai: open 09:00–18:00. */
const PLAIN_DAY = new Date('2027-01-12T07:00:00Z');
const ask = (text: string, now: Date) => respond(request(detailer, text, { now }));

describe('tonight on a split day', () => {
  it.each(['until what time are you open tonight?', 'till when r u open this evening? can I come at 10 pm'])(
    'gives the evening hours too: %s',
    (text) => {
      const reply = ask(text, SPLIT_DAY);
      expect(reply.text, reply.note).toContain('23:00');
      expect(reply.text).toContain('13:00');
    },
  );

  it('a plain day says only until when it is open', () => {
    const reply = ask('until what time are you open tonight?', PLAIN_DAY);
    expect(reply.text, reply.note).toContain('18:00');
    expect(reply.text.split('\n').filter((l) => l.includes('18:00'))).toHaveLength(1);
  });
});

describe('shock: amazement when the message laughs, a complaint otherwise', () => {
  it.each([
    'my wife saw the car and was shocked lol, looks like the showroom 😍',
    'fiquei chocada kkkkk parece carro novo',
    'ich war echt geschockt hahaha, wie neu!',
    'انصدمت هههههه السيارة كأنها جديدة',
  ])('is no complaint: %s', (text) => {
    expect(complains(said(text))).toBe(false);
  });

  it.each([
    'I was shocked when I saw the bill for one wash',
    'fiquei chocada com o atendimento de vocês',
    'ich bin schockiert, wie ihr mit meinem Auto umgegangen seid',
    'je suis choquée par votre accueil',
  ])('is a complaint: %s', (text) => {
    expect(complains(said(text))).toBe(true);
  });
});

describe('a visit already booked, and what happens then', () => {
  it.each([
    'we have the home wash booked for Saturday but a sandstorm is coming, what happens then?',
    'I have an appointment at home tomorrow, what happens if it is too windy?',
  ])('asks for the rule, not a slot: %s', (text) => {
    const reply = ask(text, PLAIN_DAY);
    expect(reply.intent, reply.note).not.toBe('booking');
  });

  it.each(['can I book a home wash for Saturday?', 'I want to book a wash tomorrow at 10'])(
    'still books: %s',
    (text) => {
      const reply = ask(text, PLAIN_DAY);
      expect(reply.intent, reply.note).toBe('booking');
    },
  );
});
