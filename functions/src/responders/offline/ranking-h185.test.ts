/**
 * Ranking (h185): a condition (children) asked of a service is an entry's only when the service's card is silent
 * on it; an entry that explains the asked words of the service list, and two words more in its own question, is
 * the offer asked about; the fee of a booking rule (cancelling) is the entry whose own question holds the rule,
 * not an entry on the service's price or its pain. Near misses keep the answers as they were.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request, weekdays } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const WEEK = weekdays('09:00', '18:00');

const park = businessFrom({
  id: 'trampoline-test',
  profile: {
    name: 'Bounce Test',
    vertical: 'other',
    timezone: 'Europe/London',
    currency: 'GBP',
    languages: ['en', 'ar'],
    phone: '+44 20 0000 0000',
    address: { en: '1 High Street, London' },
  },
  hours: WEEK,
  services: [
    {
      id: 'party',
      name: { en: 'Birthday party package', ar: 'باقة حفلة عيد الميلاد' },
      description: {
        en: 'Two hours: jump time, then the party room with pizza and juice for every child and a party host.',
      },
      durationMinutes: 120,
      price: 150,
      priceNote: 'up to 10 children',
    },
    { id: 'jump', name: { en: 'Jump session (60 minutes)' }, durationMinutes: 60, price: 10 },
    { id: 'toddler', name: { en: 'Toddler session' }, durationMinutes: 60, price: 6 },
  ],
  qa: [
    {
      id: 'girls-only',
      question: { ar: 'هل في حفلات عيد ميلاد للبنات فقط؟' },
      answer: { ar: 'نعم، حفلات للبنات فقط مع مضيفات، يوم السبت صباحاً.' },
    },
    {
      id: 'big-family',
      question: { ar: 'عندنا خمسة عيال، في خصم للعائلات؟' },
      answer: { ar: 'نعم، العائلة اللي عندها 4 أطفال أو أكثر تحصل على خصم 15%.' },
    },
  ],
  staff: [{ email: 'owner@trampoline-test.test', name: 'Owner', role: 'owner' }],
});

const clinic = businessFrom({
  id: 'endoscopy-test',
  profile: {
    name: 'Centro Endoscopico Test',
    vertical: 'clinic',
    timezone: 'Europe/Rome',
    currency: 'EUR',
    languages: ['it', 'en'],
    phone: '+39 051 000 0000',
    address: { it: 'Via Roma 1, Bologna' },
  },
  hours: WEEK,
  services: [{ id: 'visit', name: { it: 'Visita gastroenterologica' }, durationMinutes: 30, price: 150 }],
  qa: [
    {
      id: 'cancel',
      question: { it: 'Come disdico e c’è una penale?' },
      answer: { it: 'Gratis fino a 72 ore prima; dopo si pagano 100 €.' },
    },
    {
      id: 'price',
      question: { it: 'Quanto costa la colonscopia?' },
      answer: { it: '380 € con sedazione lieve.' },
    },
    {
      id: 'pain',
      question: { it: 'La colonscopia fa male?' },
      answer: { it: 'Con la sedazione lieve si sente solo un po’ di gonfiore, martedì e giovedì anche la profonda.' },
    },
  ],
  staff: [{ email: 'owner@endoscopy-test.test', name: 'Owner', role: 'owner' }],
});

/** Tuesday 8 December 2026, 11:00 in Europe: open. */
const NOW = new Date('2026-12-08T10:00:00Z');
const askPark = (text: string) => respond(request(park, text, { now: NOW }));
const askClinic = (text: string) => respond(request(clinic, text, { now: NOW }));

describe('a condition asked of a service is the entry’s only when the card is silent on it (h185)', () => {
  it.each([
    'how much is the birthday party for 12 kids? is there a deposit?',
    'what does the bday party package cost for my son and his friends, about 10 children?',
  ])('the card answers "%s"', (text) => {
    const reply = askPark(text);
    expect(reply.sources, reply.note).toContain('party');
    expect(reply.sources, reply.note).not.toContain('girls-only');
  });

  it('still answers a party for girls only with its entry', () => {
    const reply = askPark('هل عندكم حفلات عيد ميلاد للبنات فقط؟');
    expect(reply.sources, reply.note).toContain('girls-only');
  });
});

describe('an entry that narrows the service list is the offer asked about (h185)', () => {
  it.each([
    'we are a family with five kids and it gets expensive, do you have a family discount for the children?',
    'any family offer or discount for more kids? we have 4',
  ])('the family discount answers "%s"', (text) => {
    const reply = askPark(text);
    expect(reply.handoff, `${reply.note ?? ''} ${reply.text}`).toBeUndefined();
    expect(reply.sources, reply.note).toContain('big-family');
  });

  it('still lists the services for "what do you offer?"', () => {
    const reply = askPark('what do you offer?');
    expect(reply.sources, reply.note).not.toContain('big-family');
  });
});

describe('the fee of a booking rule is the entry whose own question holds the rule (h185)', () => {
  it.each([
    'se disdico la colonscopia devo pagare qualcosa?',
    'if I cancel the colonoscopy do I have to pay anything?',
  ])('the cancellation entry answers "%s"', (text) => {
    // The ranking: the cancellation entry leads (whether it then answers alone is the clauses' decision).
    const reply = askClinic(text);
    expect(reply.note).toMatch(/^(best answer )?knowledge (qa:)?cancel\b/);
  });

  it.each([
    ['quanto costa la colonscopia?', 'price'],
    ['how much does the colonoscopy cost?', 'price'],
  ])('a price asked without cancelling stays the price: "%s"', (text, id) => {
    const reply = askClinic(text);
    expect(reply.sources, reply.note).toContain(id);
    expect(reply.sources, reply.note).not.toContain('cancel');
  });
});
