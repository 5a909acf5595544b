import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../profile/schema.js';
import { businessFrom, FIXTURE_INPUT } from '../responders/fixture.test-helper.js';
import { glossaryTable, teamNames } from './glossary.js';
import { knowledgeIndex } from './knowledge-index.js';

/** A bike-fitting studio in Munich: German and English names, its Q&A written only in German. */
const studio = (serviceNames: { de: string; en?: string }): BusinessProfileInput => ({
  ...FIXTURE_INPUT,
  id: 'bikefit-test',
  profile: {
    name: 'Radstudio Test',
    vertical: 'other',
    timezone: 'Europe/Berlin',
    languages: ['de', 'en'],
    currency: 'EUR',
    phone: '+49 89 000 000',
    address: { de: 'Leopoldstraße 1, München' },
  },
  holidays: [],
  policies: [],
  knowledge: [],
  services: [
    {
      id: 'fitting',
      name: serviceNames,
      durationMinutes: 120,
      price: 180,
      variants: [
        { id: 'road', name: { de: 'Rennrad', en: 'Road bike' }, durationMinutes: 120, price: 180 },
        {
          id: 'tt',
          name: { de: 'Zeitfahrrad (Triathlon)', en: 'Time trial bike (triathlon)' },
          durationMinutes: 120,
          price: 220,
        },
      ],
    },
    { id: 'cleats', name: { de: 'Cleats', en: 'Cleats' }, durationMinutes: 20, price: 30 },
  ],
  qa: [
    {
      id: 'dauer',
      question: { de: 'Wie lange dauert eine Sitzpositionsanalyse?' },
      answer: { de: 'Rechnen Sie mit zwei Stunden; bringen Sie Ihr Rad und Ihre Radschuhe mit.' },
      alternates: [],
    },
    {
      id: 'bezahlen',
      question: { de: 'Kann ich mit Karte bezahlen?' },
      answer: { de: 'Ja, mit EC- und Kreditkarte.' },
      alternates: [],
    },
  ],
});

describe('glossaryTable', () => {
  const table = glossaryTable(businessFrom(studio({ de: 'Sitzpositionsanalyse', en: 'Bike fitting' })));
  const groups = Object.values(table);

  it('pairs the names the owner wrote in two languages', () => {
    expect(groups).toContainEqual({ de: 'Sitzpositionsanalyse', en: 'Bike fitting' });
    expect(groups).toContainEqual({ de: 'Rennrad', en: 'Road bike' });
  });

  it('leaves out what parentheses add and names spelt the same in every language', () => {
    expect(groups).toContainEqual({ de: 'Zeitfahrrad', en: 'Time trial bike' });
    expect(groups.some((g) => g.de === 'Cleats')).toBe(false);
  });

  it('pairs the parts of a name when every language has as many, and skips sentences', () => {
    const business = businessFrom({
      ...studio({ de: 'Sitzpositionsanalyse', en: 'Bike fitting' }),
      services: [
        {
          id: 'combo',
          name: { de: 'Einlagen / Pedalplatten', en: 'Insoles / Pedal plates' },
          durationMinutes: 30,
          price: 60,
        },
        {
          id: 'long',
          name: {
            de: 'Alles was Sie für Ihre nächste lange Ausfahrt brauchen',
            en: 'Everything you need for your next long ride',
          },
          durationMinutes: 30,
          price: 60,
        },
      ],
    });
    const pairs = Object.values(glossaryTable(business));
    expect(pairs).toContainEqual({ de: 'Einlagen', en: 'Insoles' });
    expect(pairs).toContainEqual({ de: 'Pedalplatten', en: 'Pedal plates' });
    expect(pairs.some((g) => g.en?.includes('Everything'))).toBe(false);
  });

  it('is empty for a business that names everything in one language', () => {
    const business = businessFrom({
      ...studio({ de: 'Sitzpositionsanalyse' }),
      services: [{ id: 'fitting', name: { de: 'Sitzpositionsanalyse' }, durationMinutes: 120, price: 180 }],
    });
    expect(glossaryTable(business)).toEqual({});
  });
});

describe('retrieval through the glossary', () => {
  const ask = (input: BusinessProfileInput, text: string) =>
    knowledgeIndex(businessFrom(input)).search(text, { languages: ['en', 'de'], primary: 'en' }).knowledge[0];

  it('finds an entry written only in German from the English name the owner gave its service', () => {
    const best = ask(studio({ de: 'Sitzpositionsanalyse', en: 'Bike fitting' }), 'how long does a bike fitting take?');
    expect(best?.id).toBe('dauer');
    expect(best?.strength).toBeGreaterThanOrEqual(0.45);
  });

  it('does not find it when the owner named the service in German only: the bridge is the owner’s own name', () => {
    const best = ask(studio({ de: 'Sitzpositionsanalyse' }), 'how long does a bike fitting take?');
    expect(best?.id === 'dauer' && best.strength >= 0.45).toBe(false);
  });

  it('leaves the entries that do not use the name alone', () => {
    const result = knowledgeIndex(businessFrom(studio({ de: 'Sitzpositionsanalyse', en: 'Bike fitting' }))).search(
      'how long does a bike fitting take?',
      { languages: ['en', 'de'], primary: 'en' },
    );
    expect(result.knowledge.find((k) => k.id === 'bezahlen')).toBeUndefined();
  });
});

describe('the team’s names', () => {
  const team = (title: Record<string, string>, body: Record<string, string>): BusinessProfileInput => ({
    ...studio({ de: 'Sitzpositionsanalyse', en: 'Bike fitting' }),
    knowledge: [{ id: 'team', title, body }],
  });

  it('are the full names and the doctors an article about the team names, not weekdays or everyday words', () => {
    const business = businessFrom(
      team(
        { de: 'Unser Team', en: 'The team' },
        {
          en: 'Lotte Vermeulen (from Ghent): back and neck, Monday to Thursday. Dr. Huber sees children on Fridays. Reception: Mondays Wednesdays.',
        },
      ),
    );
    expect(teamNames(business).sort()).toEqual(['huber', 'lotte', 'vermeulen']);
  });

  it('are nobody’s when no article is about the team', () => {
    const business = businessFrom(team({ en: 'Our brands' }, { en: 'We fit Shimano Deore and Fox Factory parts.' }));
    expect(teamNames(business)).toEqual([]);
  });

  it('find the team article from a question that names one of them, in another language', () => {
    const business = businessFrom(
      team(
        { de: 'Unser Team', en: 'The team' },
        { de: 'Lotte Vermeulen: Rücken und Nacken, montags bis donnerstags. Jonas Berger: Rennräder, samstags.' },
      ),
    );
    const hit = knowledgeIndex(business).search('¿qué días trabaja Lotte?', { languages: ['es'] }).knowledge[0];
    expect(hit?.id).toBe('team');
  });
});
