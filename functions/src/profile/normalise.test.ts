/**
 * The profile schema's reading of owner input, one rule at a time, on a
 * small file: what it normalises, and what it refuses with which message.
 */
import { describe, expect, it } from 'vitest';
import { readProfileFile } from './schema.js';

type Json = Record<string, unknown>;
const base = (): Json => ({
  id: 'studio',
  profile: { name: 'Studio', vertical: 'salon', timezone: 'Europe/Lisbon', languages: ['en'], currency: 'EUR' },
  hours: { mon: [{ open: '09:00', close: '18:00' }] },
  services: [{ id: 'cut', name: 'Cut', durationMinutes: 30, price: 20 }],
  staff: [{ email: 'owner@studio.example', name: 'Ana', role: 'owner' }],
});
const read = (edit: (f: Json & { profile: Json }) => void) => {
  const file = base() as Json & { profile: Json };
  edit(file);
  return readProfileFile(file);
};
const loaded = (edit: (f: Json & { profile: Json }) => void) => {
  const r = read(edit);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.file;
};
const problems = (edit: (f: Json & { profile: Json }) => void) => {
  const r = read(edit);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('normalised', () => {
  it('localized text keyed by tags or upper case, blank translations dropped, text trimmed', () => {
    const f = loaded((f) => {
      f.profile.languages = ['es', 'en'];
      f.profile.description = { 'es-MX': ' Salón ', EN: 'Salon', fr: '  ' };
    });
    expect(f.profile.description).toEqual({ es: 'Salón', en: 'Salon' });
  });

  it('day names in any case and length', () => {
    const f = loaded((f) => void (f.hours = { MONDAY: [{ open: '9:00', close: '18:00' }], Tue: [] }));
    expect(f.hours.mon).toEqual([{ open: '09:00', close: '18:00' }]);
    expect(f.hours.tue).toEqual([]);
  });

  it('a time zone in the wrong case', () => {
    expect(loaded((f) => void (f.profile.timezone = 'europe/lisbon')).profile.timezone).toBe('Europe/Lisbon');
  });

  it('ids written as names, and references to them', () => {
    const f = loaded((f) => {
      f.services = [{ id: 'Corte Feminino', name: 'Corte', durationMinutes: 30, price: 20 }];
      f.settings = { booking: { resources: [{ id: 'Ana Lima', name: 'Ana', services: ['Corte Feminino'] }] } };
    });
    expect(f.services[0]!.id).toBe('corte-feminino');
    expect(f.settings.booking.resources[0]).toMatchObject({ id: 'ana-lima', services: ['corte-feminino'] });
  });

  it('a resource names a staff member by email in any case', () => {
    const f = loaded((f) => {
      f.settings = { booking: { resources: [{ id: 'ana', name: 'Ana', staffEmail: 'Owner@Studio.example ' }] } };
    });
    expect(f.settings.booking.resources[0]!.staffEmail).toBe('owner@studio.example');
  });

  it('buffers and prices written as text', () => {
    const f = loaded(
      (f) =>
        void (f.services = [
          { id: 'cut', name: 'Cut', durationMinutes: '30 min', price: '20', deposit: '5,50', bufferAfterMinutes: '10' },
        ]),
    );
    expect(f.services[0]).toMatchObject({ durationMinutes: 30, price: 20, deposit: 5.5, bufferAfterMinutes: 10 });
  });
});

describe('plain text in another of the business languages', () => {
  const italianSchool = (f: Json & { profile: Json }) => {
    f.profile.languages = ['it', 'en', 'de'];
    f.services = [
      {
        id: 'pasta',
        name: 'Pasta fresca',
        durationMinutes: 180,
        price: 95,
        description: 'Impariamo a fare la pasta a mano.',
      },
    ];
    f.qa = [
      { question: 'Possiamo portare i bambini?', answer: 'Sì, dai 8 anni in su, accompagnati da un adulto.' },
      {
        question: 'Can we leave our suitcases at the school?',
        answer: 'Yes, you can leave your luggage with us until the evening.',
      },
      { question: 'Bekommen wir die Rezepte nach dem Kurs?', answer: 'Ja, wir schicken alle Rezepte per E-Mail.' },
    ];
    f.policies = [{ title: 'Cancellation', text: 'Cancel at least 48 hours before the class for a full refund.' }];
  };

  it('is filed under the language it is written in', () => {
    const f = loaded(italianSchool);
    expect(f.qa.map((q) => q.question)).toEqual([
      'Possiamo portare i bambini?',
      { en: 'Can we leave our suitcases at the school?' },
      { de: 'Bekommen wir die Rezepte nach dem Kurs?' },
    ]);
    expect(f.qa[1]!.answer).toEqual({ en: 'Yes, you can leave your luggage with us until the evening.' });
    expect(f.policies[0]!.text).toEqual({ en: 'Cancel at least 48 hours before the class for a full refund.' });
  });

  it('stays plain in the default language, when short, or when the business has one language', () => {
    const f = loaded(italianSchool);
    expect(f.services[0]!.name).toBe('Pasta fresca');
    expect(f.services[0]!.description).toBe('Impariamo a fare la pasta a mano.');
    // One or two words are anyone's: a title is not worth a guess.
    expect(f.policies[0]!.title).toBe('Cancellation');
    expect('priceNote' in f.services[0]!).toBe(false);
    const single = loaded((f) => {
      f.qa = [{ question: 'Can we leave our suitcases at the school?', answer: 'Yes, until the evening.' }];
      f.profile.languages = ['it'];
    });
    expect(single.qa[0]!.question).toBe('Can we leave our suitcases at the school?');
  });

  it('a language the business does not list stays the default', () => {
    const f = loaded((f) => {
      f.profile.languages = ['it', 'en'];
      f.qa = [
        { question: 'Bekommen wir die Rezepte nach dem Kurs?', answer: 'Ja, wir schicken alle Rezepte per E-Mail.' },
      ];
    });
    expect(f.qa[0]!.question).toBe('Bekommen wir die Rezepte nach dem Kurs?');
  });
});

describe('refused, with what is expected', () => {
  it.each<[string, (f: Json & { profile: Json }) => void, string[]]>([
    [
      'hours "past midnight" that are more likely a typo',
      (f) => void (f.hours = { fri: [{ open: '18:00', close: '9:00' }] }),
      [
        'hours.fri[0]: closes at 09:00, before it opens at 18:00: hours past midnight end the day at "24:00" and go on the next day from "00:00"',
      ],
    ],
    [
      'a holiday running past midnight (the next day has its own hours)',
      (f) => void (f.holidays = [{ date: '2026-12-31', name: 'NYE', hours: [{ open: '20:00', close: '02:00' }] }]),
      [
        'holidays[0].hours[0] (holiday "2026-12-31"): closes at 02:00, before it opens at 20:00: hours past midnight end the day at "24:00" and go on the next day from "00:00"',
      ],
    ],
    ['a day given twice', (f) => void (f.hours = { mon: [], Monday: [] }), ['hours.Monday: mon is given twice']],
    [
      'a misspelt day',
      (f) => void (f.hours = { Tuseday: [] }),
      ['hours: unknown field "Tuseday": check the spelling against the README (nothing unknown is ignored)'],
    ],
    [
      'a time with no reading',
      (f) => void (f.hours = { mon: [{ open: '9', close: '6 pm' }] }),
      ['hours.mon[0].open: expected a time such as "09:00", "9:30" or "6:30 pm", got "9"'],
    ],
    [
      'a link that is not a web address',
      (f) => void (f.profile.website = 'javascript:alert(1)'),
      ['profile.website: expected a web address such as "https://example.com", got "javascript:alert(1)"'],
    ],
    [
      'an unknown currency or a symbol',
      (f) => void (f.profile.currency = '€'),
      ['profile.currency: expected a three-letter ISO 4217 currency code such as "EUR" or "AED", got "€"'],
    ],
    [
      'one language twice, as a tag',
      (f) => void (f.profile.languages = ['es', 'es-MX']),
      ['profile.languages[1]: lists "es" twice'],
    ],
    [
      'a language Frontdesk cannot serve',
      (f) => void (f.profile.languages = ['ja-JP']),
      [
        'profile.languages[0]: "ja" is not a language Frontdesk can serve yet: the responders can detect, read and answer en, es, fr, ar, ca, pt, it, de',
      ],
    ],
    [
      'two keys for one language',
      (f) => void (f.profile.description = { es: 'Hola', 'es-MX': 'Qué onda' }),
      ['profile.description.es-MX: "es" and "es-MX" are both es: keep one'],
    ],
    [
      'a date that is not in the calendar, and one written day first',
      (f) =>
        void (f.holidays = [
          { date: '2026-02-30', name: 'x' },
          { date: '25/12/2026', name: 'Christmas' },
        ]),
      [
        'holidays[0].date (holiday "2026-02-30"): "2026-02-30" is not a date in the calendar',
        'holidays[1].date (holiday "25/12/2026"): expected a date as YYYY-MM-DD, such as "2026-12-25", got "25/12/2026"',
      ],
    ],
    [
      'a range ending before it starts, one too long, and one over a day given already',
      (f) =>
        void (f.holidays = [
          { from: '2026-08-14', to: '2026-08-03', name: 'a' },
          { from: '2026-01-01', to: '2027-06-01', name: 'b' },
          { date: '2026-12-24/2026-12-26', name: 'c' },
          { date: '2026-12-25', name: 'd' },
        ]),
      [
        'holidays[0].to (holiday "2026-08-14"): 2026-08-03 is before 2026-08-14',
        'holidays[1].to (holiday "2026-01-01"): covers 517 days: at most 366',
        'holidays[3] (holiday "2026-12-25"): 2026-12-25 is also in holidays[2]: give each day once',
      ],
    ],
    [
      'a Q&A entry without an id whose question makes none',
      (f) => void (f.qa = [{ question: 'هل لديكم موقف سيارات؟', answer: 'نعم' }]),
      ['qa[0].id (Q&A "هل لديكم موقف سيارات؟"): required: expected text'],
    ],
    [
      'every problem at once, the checks across the file too',
      (f) => {
        f.services = [
          { id: 'cut', name: 'Cut', durationMinutes: 30, price: 'twenty' },
          { id: 'cut', name: 'Cut again', durationMinutes: 30.5, price: 20 },
        ];
        f.staff = [{ email: 'someone@studio.example', name: 'Ana', role: 'Manager' }];
      },
      [
        'services[0].price (service "cut"): expected a number such as 45 or 45.5, got "twenty"',
        'services[1].durationMinutes (service "cut"): expected whole minutes such as 45 or "1h30", got 30.5',
        'staff[0].role (staff member "someone@studio.example"): expected one of "owner", "staff", got "manager"',
        'services[1].id (service "cut"): duplicate id "cut": services[0] has it too; every service needs its own',
        'staff: needs at least one owner ("role": "owner")',
      ],
    ],
  ])('%s', (_name, edit, expected) => {
    expect(problems(edit)).toEqual(expected);
  });
});
