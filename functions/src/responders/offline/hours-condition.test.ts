/**
 * A condition said beside a question about the opening hours: "vous êtes
 * ouverts demain ? je voulais passer à jeun pour ma prise de sang" asks the
 * day's hours (fasting is why they come), while "je peux venir à jeun
 * demain ?" and a condition in the question itself still ask about it.
 * A small laboratory in Lyon (fixture of this file).
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const DAY = [{ open: '07:00', close: '12:00' }];
const LAB: BusinessProfileInput = {
  id: 'labo-saxe-lyon',
  profile: {
    name: 'Laboratoire Saxe',
    vertical: 'clinic',
    timezone: 'Europe/Paris',
    languages: ['fr', 'en'],
    currency: 'EUR',
    phone: '+33 4 72 00 00 00',
    address: { fr: '12 avenue de Saxe, 69006 Lyon' },
  },
  hours: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: [{ open: '08:00', close: '11:00' }], sun: [] },
  holidays: [],
  policies: [],
  services: [{ id: 'bilan', name: { fr: 'Bilan sanguin', en: 'Blood test' }, durationMinutes: 10, price: 0 }],
  knowledge: [
    {
      id: 'jeun',
      title: { fr: 'Venir à jeun', en: 'Coming fasted' },
      body: {
        fr: 'À jeun veut dire sans manger depuis 12 heures. Vous pouvez boire de l’eau. Venez avant 10h pour une prise de sang à jeun.',
      },
    },
  ],
  qa: [],
  styleGuide: { tone: 'cordial' },
  staff: [{ email: 'owner@saxe.test', name: 'Owner', role: 'owner' }],
};

const lab = businessFrom(LAB);
/** Monday 11 January 2027, 15:00 in Lyon (closed; open tomorrow 07:00–12:00). */
const NOW = new Date('2027-01-11T14:00:00Z');
const ask = (text: string) => respond(request(lab, text, { now: NOW }));

describe('a condition beside a question about the opening hours', () => {
  it('is why the customer comes: the day’s hours answer', () => {
    const reply = ask('vous etes ouverts demain ? je voulais passer a jeun pour ma prise de sang avant le boulot');
    expect(reply.handoff).toBeUndefined();
    expect(reply.responder).toBe('offline:hours-date');
    expect(reply.text).toContain('7');
  });

  it('is the question when it is asked', () => {
    const reply = ask('je dois venir à jeun pour la prise de sang ?');
    expect(reply.handoff).toBeUndefined();
    expect(reply.sources).toContain('jeun');
  });

  it('asks the closing time when it asks how late one may come, in any language', () => {
    for (const text of ['until what time can I drop in tomorrow?', "jusqu'à quelle heure je peux passer demain ?"]) {
      const reply = ask(text);
      expect(reply.responder, text).toMatch(/^offline:hours/);
    }
  });
});
