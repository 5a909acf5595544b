/**
 * Asking until what time, from when, and for a doctor's report, as customers write it in Levantine and Gulf
 * Arabic, in Arabizi, and in the other languages the concepts read.
 */
import { describe, expect, it } from 'vitest';
import { conceptsIn } from './concepts.test-helper.js';
import type { TextLanguage } from '../languages.js';

const has = (text: string, concept: string, ...languages: [TextLanguage, ...TextLanguage[]]) =>
  expect([...conceptsIn(text, ...languages)], text).toContain(concept);
const lacks = (text: string, concept: string, ...languages: [TextLanguage, ...TextLanguage[]]) =>
  expect([...conceptsIn(text, ...languages)], text).not.toContain(concept);

describe('until what time, in spoken Arabic', () => {
  it.each([
    'لاي ساعة فاتحين اليوم؟',
    'لايمتى فاتحين بالليل؟',
    'الخميس لين كم؟',
    'من كم لكم الدوام يوم الجمعة؟',
    'la ayya se3a fet7in el sabt?',
    'la2emta fet7in?',
    'lin kam el dawam?',
    'متى تسكرون الليلة؟',
  ])('%s asks the hours', (text) => has(text, 'opening', 'ar'));

  it.each(['ساعة يدي وقفت', 'الشهادة لين كم تاخذ؟'.replace('لين كم', 'كم يوم')])('%s asks no hours', (text) =>
    lacks(text, 'opening', 'ar'),
  );
});

describe('from what time it starts, in Gulf and Levantine Arabic', () => {
  it.each(['الحفلة من كم تبدا؟', 'الكلاس الساعة كم يبدا؟', 'امتى بتبلش الحصة؟', 'mn kam tebda el class?'])(
    '%s asks when it starts',
    (text) => has(text, 'start', 'ar'),
  );

  it('does not read a story of starting as the question', () => {
    lacks('بديت التمارين الاسبوع الماضي', 'start', 'ar');
  });
});

describe("a doctor's report or clearance", () => {
  it.each<[TextLanguage, string]>([
    ['ar', 'لازم تقرير طبي قبل ما ابدا؟'],
    ['ar', 'هل يلزمني تقرير من الدكتورة؟'],
    ['ar', 'ابغى اعرف اذا تحتاجون موافقة الطبيب'],
    ['ar', 'بدكن ورقة من الدكتور؟'],
    ['en', 'do I need a letter from my doctor first?'],
    ['en', 'will you want medical clearance after the birth?'],
    ['fr', 'il faut une lettre du médecin ?'],
    ['fr', "j'ai le feu vert du médecin"],
    ['it', 'serve il nulla osta medico?'],
    ['de', 'brauche ich eine ärztliche Freigabe?'],
    ['pt', 'precisa de liberação médica?'],
    ['pt', 'tenho laudo médico'],
    ['es', 'necesito autorización médica?'],
    ['ca', 'cal autorització mèdica?'],
  ])('%s: %s', (language, text) => has(text, 'medicalCertificate', language));

  it.each<[TextLanguage, string]>([
    ['ar', 'التقرير المدرسي متى يطلع؟'],
    ['ar', 'موافقة الاهل ضرورية؟'],
    ['en', 'a letter from my school'],
  ])('%s: %s is no medical certificate', (language, text) => lacks(text, 'medicalCertificate', language));
});
