/**
 * A message that names a day in one question and asks only "until what time?" or "from when?" in the next: the
 * day's hours answer both, and no person needs to follow up.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const DAY = [{ open: '16:00', close: '22:00' }];

/** A tutoring centre in Beirut with an open evening listed among its days. */
const CENTRE: BusinessProfileInput = {
  id: 'tutoring-beirut',
  profile: {
    name: 'Markaz Dars',
    vertical: 'other',
    timezone: 'Asia/Beirut',
    languages: ['ar', 'en'],
    currency: 'USD',
    phone: '+961 1 000 000',
    address: { en: 'Hamra Street 12, Beirut' },
  },
  hours: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: [{ open: '09:00', close: '13:00' }], sun: [] },
  holidays: [
    {
      date: '2027-03-05',
      name: { en: 'Open evening for parents', ar: 'الأمسية المفتوحة للأهل' },
      hours: [{ open: '17:00', close: '21:30' }],
    },
  ],
  policies: [],
  services: [{ id: 'tutoring', name: { en: 'Tutoring', ar: 'دروس خصوصية' }, durationMinutes: 60, price: 30 }],
  knowledge: [],
  qa: [],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@dars.test', name: 'Owner', role: 'owner' }],
};

const centre = businessFrom(CENTRE);
/** Thursday 4 March 2027, in the morning. */
const NOW = new Date('2027-03-04T08:00:00Z');
const ask = (text: string) => respond(request(centre, text, { now: NOW }));

describe('a question of the hours after one that names the day', () => {
  it.each([
    'bukra fi open evening 3andkon? la ayya se3a fet7in?',
    'بكرا عندكم الأمسية المفتوحة؟ لايمتى فاتحين؟',
    'الجمعة عندكم الأمسية المفتوحة صح؟ من كم لكم؟',
    'is the open evening tomorrow? until what time?',
    'بكرا الامسية المفتوحة؟ من كم تبدا وكم تخلص؟',
  ])("answers %j with the day's hours, and hands nothing over", (text) => {
    const reply = ask(text);
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.responder).toBe('offline:hours-date');
    expect(reply.text).toContain('21:30');
  });
});
