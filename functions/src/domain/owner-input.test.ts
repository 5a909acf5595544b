import { describe, expect, it } from 'vitest';
import {
  readAmount,
  readIsoDate,
  readLanguageTag,
  readMinutes,
  readTimeOfDay,
  slugify,
  withWebScheme,
} from './owner-input.js';

describe('readTimeOfDay', () => {
  it.each([
    ['09:00', 'open', '09:00'],
    ['9:00', 'open', '09:00'],
    [' 9:30 ', 'open', '09:30'],
    ['09:00:00', 'open', '09:00'],
    ['9h', 'open', '09:00'],
    ['9h30', 'open', '09:30'],
    ['14 h 30', 'open', '14:30'],
    ['9.30', 'open', '09:30'],
    ['9am', 'open', '09:00'],
    ['6:30 PM', 'close', '18:30'],
    ['12 p.m.', 'open', '12:00'],
    ['12am', 'open', '00:00'],
    ['00:00', 'open', '00:00'],
    ['24:00', 'close', '24:00'],
    ['00:00', 'close', '24:00'],
    ['12 a.m.', 'close', '24:00'],
    ['02:00', 'close', '02:00'],
  ] as const)('%j as %s → %s', (raw, role, expected) => {
    expect(readTimeOfDay(raw, role)).toBe(expected);
  });

  it.each([
    ['9', 'open'], // 9:00 or 21:00?
    ['18', 'close'],
    ['24:00', 'open'],
    ['24:30', 'close'],
    ['25:00', 'close'],
    ['9:60', 'open'],
    ['13pm', 'close'],
    ['0am', 'open'],
    ['9:00-18:00', 'open'],
    ['noon', 'open'],
    ['', 'open'],
  ] as const)('refuses %j as %s', (raw, role) => {
    expect(readTimeOfDay(raw, role)).toBeUndefined();
  });
});

describe('readMinutes', () => {
  it.each([
    [60, 60],
    ['60', 60],
    [' 45 ', 45],
    ['45 min', 45],
    ['90mins', 90],
    ['30 minutes', 30],
    ['1 hour', 60],
    ['2 hours', 120],
    ['1h', 60],
    ['1h30', 90],
    ['1 h 30 min', 90],
    ['1.5h', 90],
    ['1,5 h', 90],
  ] as const)('%j → %d', (raw, expected) => {
    expect(readMinutes(raw)).toBe(expected);
  });

  it.each([[45.5], ['45.5'], ['1.33h'], ['an hour'], ['1:30'], ['']])('refuses %j', (raw) => {
    expect(readMinutes(raw)).toBeUndefined();
  });
});

describe('readAmount', () => {
  it.each([
    [45, 45],
    [0, 0],
    [89.99, 89.99],
    ['120', 120],
    ['120.00', 120],
    [' 55.9 ', 55.9],
    ['45,50', 45.5],
    ['45,5', 45.5],
  ] as const)('%j → %d', (raw, expected) => {
    expect(readAmount(raw)).toEqual({ value: expected });
  });

  it.each([
    ['35€', /currency is profile.currency/],
    ['$40', /currency is profile.currency/],
    ['45 EUR', /currency is profile.currency/],
    ['from £95', /priceNote/],
    ['desde 300', /priceNote/],
    ['1,500', /thousands/],
    ['1.500,00', /thousands/],
    ['1 500', /thousands/],
    ['-5', /^$/],
    ['', /^$/],
  ])('refuses %j with a hint', (raw, hint) => {
    const read = readAmount(raw);
    expect(read).not.toHaveProperty('value');
    expect('hint' in read && read.hint).toMatch(hint);
  });
});

describe('readLanguageTag', () => {
  it.each([
    ['es', { language: 'es' }],
    ['ES', { language: 'es' }],
    [' en ', { language: 'en' }],
    ['es-MX', { language: 'es', tag: 'es-MX' }],
    ['pt_br', { language: 'pt', tag: 'pt-BR' }],
    ['ca-ES-valencia', { language: 'ca', tag: 'ca-ES-valencia' }],
    ['de', { language: 'de' }], // read; whether it is served is the schema's call
  ])('%j → %j', (raw, expected) => {
    expect(readLanguageTag(raw)).toEqual(expected);
  });

  it.each([['spanish'], ['e'], ['español'], ['es-'], ['']])('refuses %j', (raw) => {
    expect(readLanguageTag(raw)).toBeUndefined();
  });
});

describe('slugify', () => {
  it.each([
    ['Clínica Dental Gràcia', 'clinica-dental-gracia'],
    ['cancel·lacions', 'cancel-lacions'],
    ['  Corte Feminino ', 'corte-feminino'],
    ['Vocês aceitam Pix?', 'voces-aceitam-pix'],
    ['full_groom--XL', 'full-groom-xl'],
    ['صالون السلطان', ''],
    ['💅', ''],
  ])('%j → %j', (raw, expected) => {
    expect(slugify(raw)).toBe(expected);
  });

  it('cuts a long text at a dash', () => {
    expect(slugify('Do you have parking near the clinic or should I take the metro', 30)).toBe(
      'do-you-have-parking-near-the',
    );
  });
});

describe('readIsoDate', () => {
  it.each([
    ['2026-12-25', '2026-12-25'],
    ['2026-8-3', '2026-08-03'],
    [' 2028-02-29 ', '2028-02-29'],
  ])('%j → %j', (raw, expected) => {
    expect(readIsoDate(raw)).toBe(expected);
  });

  it.each([['2026-02-29'], ['2026-13-01'], ['03/08/2026'], ['25 Dec 2026'], ['2026-12-25T10:00']])(
    'refuses %j',
    (raw) => {
      expect(readIsoDate(raw)).toBeUndefined();
    },
  );
});

describe('withWebScheme', () => {
  it.each([
    ['example.com', 'https://example.com'],
    ['www.sultanbarbers.ae/book?x=1', 'https://www.sultanbarbers.ae/book?x=1'],
    ['http://aupoil-lyon.fr', 'http://aupoil-lyon.fr'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['my salon', 'my salon'],
  ])('%j → %j', (raw, expected) => {
    expect(withWebScheme(raw)).toBe(expected);
  });
});
