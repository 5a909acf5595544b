import { describe, expect, it } from 'vitest';
import type { Schedule } from './hours.js';
import { closedNoticeDue, closedNoticeText, withClosedNotice } from './out-of-hours.js';

const day = [{ open: '10:00', close: '20:00' }];
const schedule: Schedule = {
  timezone: 'Asia/Dubai',
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: [] },
  holidays: [],
};
// Asia/Dubai is UTC+4. 2026-12-01 is a Tuesday.
const local = (date: string, time: string) => new Date(`${date}T${time}:00+04:00`);

describe('closedNoticeDue', () => {
  it.each([
    ['open: no notice', local('2026-12-01', '12:00'), undefined, undefined],
    ['closed, never told: tell', local('2026-12-01', '22:00'), undefined, local('2026-12-02', '10:00')],
    [
      'closed, told about this opening: no notice',
      local('2026-12-02', '07:00'),
      { opensAt: local('2026-12-02', '10:00') },
      undefined,
    ],
    [
      'closed again the next night: a new period',
      local('2026-12-02', '21:00'),
      { opensAt: local('2026-12-02', '10:00') },
      local('2026-12-03', '10:00'),
    ],
    ['Saturday night: opens Monday', local('2026-12-05', '23:00'), null, local('2026-12-07', '10:00')],
  ])('%s', (_name, now, told, opensAt) => {
    const due = closedNoticeDue(now, schedule, told);
    expect(due?.opensAt).toEqual(opensAt);
  });

  it('a business with no opening in sight is told once', () => {
    const never: Schedule = {
      ...schedule,
      hours: {
        ...schedule.hours,
        ...Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, []])),
      },
    };
    const now = local('2026-12-01', '12:00');
    expect(closedNoticeDue(now, never, undefined)).toEqual({ opensAt: null });
    expect(closedNoticeDue(now, never, { opensAt: null })).toBeUndefined();
  });
});

describe('closedNoticeText', () => {
  const now = local('2026-12-01', '22:00');
  const opensAt = local('2026-12-02', '10:00');
  it.each([
    ['en', "We're closed at the moment; we open again tomorrow at 10:00."],
    ['fr', 'Nous sommes fermés pour le moment ; nous rouvrons demain à 10:00.'],
    ['es', 'En este momento estamos cerrados; volvemos a abrir mañana a las 10:00.'],
    ['ar', 'نحن مغلقون الآن، ونفتح مجددًا غدًا الساعة 10:00.'],
    ['ca', 'Ara mateix estem tancats; tornem a obrir demà a les 10:00.'],
    ['pt', 'Neste momento estamos fechados; voltamos a abrir amanhã às 10:00.'],
    ['it', 'Al momento siamo chiusi; riapriamo domani alle 10:00.'],
    ['de', 'Wir haben gerade geschlossen; wir öffnen wieder morgen um 10:00 Uhr.'],
    ['ja', "We're closed at the moment; we open again tomorrow at 10:00."],
  ])('%s', (language, text) => {
    expect(closedNoticeText({ opensAt }, now, schedule.timezone, language)).toBe(text);
  });

  it('without an opening in sight says only that it is closed', () => {
    expect(closedNoticeText({ opensAt: null }, now, schedule.timezone, 'en')).toBe("We're closed at the moment.");
  });

  it('puts the notice on top of the answer, in one message', () => {
    expect(withClosedNotice('Full legs is AED 600.', 'Closed.')).toBe('Closed.\n\nFull legs is AED 600.');
    expect(withClosedNotice('', 'Closed.')).toBe('Closed.');
  });
});
