/**
 * A month asked about ("do you close in August?", "¿cerráis en octubre?",
 * "vão fechar para férias em agosto?", "واش مسدودين فغشت؟"): the week's
 * hours with every closure and special day of that month, days in a row
 * as one line, or a line that there is none.
 */
import { describe, expect, it } from 'vitest';
import { monthAlone, monthWindow } from '../../domain/dates.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const clinic = businessFrom({
  id: 'clinic-test',
  profile: {
    name: 'Clinic Test',
    vertical: 'clinic',
    timezone: 'Europe/Lisbon',
    languages: ['pt', 'en', 'es', 'fr', 'ar'],
    currency: 'EUR',
    phone: '+351 200 000 000',
    address: { pt: 'Rua Teste 1, Braga' },
  },
  hours: {
    mon: [{ open: '09:00', close: '19:00' }],
    tue: [{ open: '09:00', close: '19:00' }],
    wed: [{ open: '09:00', close: '19:00' }],
    thu: [{ open: '09:00', close: '19:00' }],
    fri: [{ open: '09:00', close: '19:00' }],
    sat: [{ open: '09:00', close: '13:00' }],
  },
  holidays: [
    { date: '2027-08-15', name: { pt: 'Assunção', en: 'Assumption Day' } },
    ...['16', '17', '18', '19', '20', '21'].map((d) => ({
      date: `2027-08-${d}`,
      name: { pt: 'Férias de verão', en: 'Summer holidays' },
    })),
    { date: '2027-10-05', name: { pt: 'Implantação da República', en: 'Republic Day' } },
  ],
  services: [{ id: 'visit', name: { pt: 'Consulta', en: 'Visit' }, durationMinutes: 30, price: 60 }],
  staff: [{ email: 'owner@clinic.test', name: 'Owner', role: 'owner' }],
});

const NOW = new Date('2027-06-10T10:00:00Z');
const ask = (text: string) => respond(request(clinic, text, { now: NOW }));

describe('a month asked about', () => {
  it.each([
    'are you closed in August?',
    'vão fechar para férias em agosto?',
    '¿cerráis en agosto?',
    'vous fermez en août ?',
  ])('%j: the closures of that month, days in a row as one line', (text) => {
    const reply = ask(text);
    expect(reply.responder, reply.note).toBe('offline:hours');
    expect(reply.text).toMatch(/15/);
    // Monday 16 to Saturday 21 August, one line.
    expect(reply.text).toMatch(/16[^\n]*–[^\n]*21/);
    expect(reply.text.split('\n').filter((l) => /21/.test(l))).toHaveLength(1);
  });

  it('says there is none in a month without closures', () => {
    const reply = ask('are you open in september?');
    expect(reply.text).toContain('We have no closures or special hours planned in September.');
  });

  it('a day of the month is the date, not the month', () => {
    expect(monthAlone(['el', '9', 'de', 'octubre'])).toEqual([]);
    expect(monthAlone(['august', '3rd'])).toEqual([]);
    expect(monthAlone(['cerrais', 'en', 'octubre'])).toEqual([{ month: 10, at: 2 }]);
    expect(monthAlone(['مسدودين', 'فغشت'])).toEqual([]);
    expect(monthAlone(['مسدودين', 'ف', 'غشت'])).toEqual([{ month: 8, at: 2 }]);
    // "May I…" is no month; "in May" is.
    expect(monthAlone(['may', 'i', 'come', 'on', 'saturday'])).toEqual([]);
    expect(monthAlone(['closed', 'in', 'may'])).toEqual([{ month: 5, at: 2 }]);
  });

  it.each([
    [8, '2027-06-10', ['2027-08-01', '2027-08-31']],
    [6, '2027-06-10', ['2027-06-10', '2027-06-30']],
    [2, '2027-06-10', ['2028-02-01', '2028-02-29']],
  ] as const)('month %i from %s runs %j', (month, today, window) => {
    expect(monthWindow(month, today)).toEqual(window);
  });
});
