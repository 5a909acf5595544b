import { describe, expect, it } from 'vitest';
import { commasToList, display, fromForm, linesToList, toForm } from './localized';

const LANGS = ['en', 'ar'];

describe('localized text in forms', () => {
  it.each([
    ['plain string in the default language', 'Hello', { en: 'Hello', ar: '' }],
    ['object', { en: 'Hi', ar: 'مرحبا' }, { en: 'Hi', ar: 'مرحبا' }],
    ['absent', undefined, { en: '', ar: '' }],
  ] as const)('toForm: %s', (_name, value, form) => {
    expect(toForm(value, LANGS)).toEqual(form);
  });

  it.each([
    ['only the default language → a plain string', { en: ' Hello ', ar: '' }, 'Hello'],
    ['two languages → an object', { en: 'Hi', ar: 'مرحبا' }, { en: 'Hi', ar: 'مرحبا' }],
    ['only another language → an object', { en: '', ar: 'مرحبا' }, { ar: 'مرحبا' }],
    ['nothing → undefined', { en: ' ', ar: '' }, undefined],
  ] as const)('fromForm: %s', (_name, form, value) => {
    expect(fromForm({ ...form }, LANGS)).toEqual(value);
  });

  it('displays the default language first', () => {
    expect(display({ ar: 'مرحبا', en: 'Hi' }, LANGS)).toBe('Hi');
    expect(display({ ar: 'مرحبا' }, LANGS)).toBe('مرحبا');
  });

  it('splits lists', () => {
    expect(linesToList(' a \n\n b\n')).toEqual(['a', 'b']);
    expect(commasToList('en, ar ,')).toEqual(['en', 'ar']);
  });
});
