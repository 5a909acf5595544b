/**
 * Round 45: asking for a person in Modern Standard Arabic: "أرغب في التحدث مع…", "أود التحدث", "التكلم مع",
 * and "هل يمكن أن تتصل بي؟" (can she call me?). Asking whether someone speaks a language, or a talk that
 * happened, asks for nobody.
 */
import { describe, expect, it } from 'vitest';
import { asksForPerson } from './complaint.js';
import { said } from './complaint.test-helper.js';

const asks = (text: string) => asksForPerson(said(text));

describe('asksForPerson: Modern Standard Arabic (r45A)', () => {
  it.each([
    'أرغب في التحدث مع الدكتورة سلمى الإدريسي شخصيا بخصوص علاج ابني من الأرق، فقد تابعت حالته في الشهر الماضي. هل يمكن أن تتصل بي؟',
    'أود التحدث مع المسؤول عن الحجوزات',
    'هل يمكنني التكلم مع الطبيب قبل الموعد؟',
    'أريد أن أتحدث مع أحد الموظفين',
    'من فضلكم اتصلوا بي في أقرب وقت',
  ])(
    'asks for a person: %j',
    (text) => {
      expect(asks(text)).toBe(true);
    },
    // The first message builds the lexicon, slow on a busy machine.
    30_000,
  );

  it.each([
    'هل تتحدثون الإنجليزية؟',
    'هل الطبيبة تتحدث الفرنسية؟',
    'كم سعر جلسة العلاج؟',
    'هل يوجد موقف للسيارات قريب من المركز؟',
  ])('asks for nobody: %j', (text) => {
    expect(asks(text)).toBe(false);
  });
});
