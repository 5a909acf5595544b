/**
 * Signing a consent form or waiver in Arabic as the Gulf, the Levant and Egypt say it: "توقيع", "امضاء", Egyptian
 * "يمضي الورقة" (signs the paper), "يوقع على"; and the verbs that only look like it: time passing ("يمضي
 * الوقت"), a fall ("وقع"), an expectation ("توقع").
 */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';

describe('consent: signing the form, in Arabic dialects', () => {
  it.each([
    'مين يمضي الورقه لو الاب مسافر؟',
    'ينفع خالها يمضي على الاقرار؟',
    'التوقيع لازم يكون من الام؟',
    'الامضاء اونلاين ولا بالاستقبال؟',
    'اقدر اوقع على الورقه قبل بيوم؟',
    'mama lazem tiji w yemdi?',
  ])('reads "%s" as consent', (text) => {
    expect(conceptsOf(text, 'ar')).toContain('consent');
  });

  it.each([
    'الوقت يمضي بسرعه عندكم',
    'بعد ما يمضي شهر ارجع؟',
    'ابني وقع من الدرج',
    'عندي توقع ان الجلسه طويله',
    'ابي اوقف الباقه شهر',
  ])('does not read "%s" as consent', (text) => {
    expect(conceptsOf(text, 'ar')).not.toContain('consent');
  });

  it('keeps the other languages as they were', () => {
    expect(conceptsOf('can the nanny sign the form for her?', 'en')).toContain('consent');
    expect(conceptsOf('¿hace falta la autorización de los padres?', 'es')).toContain('consent');
    expect(conceptsOf('I signed up last week', 'en')).not.toContain('consent');
  });
});
