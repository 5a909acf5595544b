/**
 * Words added for an imaging centre's Arabic customers (Darija in both scripts, Modern Standard Arabic): "until
 * what time" in Darija, an appointment one does not come to and the notice asked for, a prescription and an
 * x-ray or a scanner as Darija borrows them from French; and the near misses that must not raise them.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { conceptsOf } from './concepts.test-helper.js';

describe('Darija and MSA words beside older concepts (h149)', () => {
  it.each<[TextLanguage, string, string]>([
    ['ar', 'الجمعة حتى لشمن ساعة كتبقاو؟', 'opening'],
    ['ar', 'نهار الحد حتى لوقتاش؟', 'opening'],
    ['ar', 'lkhmis hta lchmen sa3a?', 'opening'],
    ['ar', 'ماذا يحدث إذا لم أحضر للموعد؟', 'cancel'],
    ['ar', 'في حالة عدم الحضور هل أدفع شيئاً؟', 'cancel'],
    ['ar', 'قبل كم يوم يجب الإلغاء؟', 'notice'],
    ['ar', 'متى يجب أن أخبركم إذا تغير شيء؟', 'notice'],
    ['ar', 'واش خاصني ordonnance باش نجي؟', 'referral'],
    ['ar', 'الطبيب ما عطانيش روشيته', 'referral'],
    ['ar', 'jib m3ak wra9a mn tbib', 'referral'],
    ['ar', 'بغيت ندير راديو ديال الركبة', 'xray'],
    ['ar', 'شحال كيسوا السكانير ديال الكرش؟', 'xray'],
  ])('%s: %s is %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each<[TextLanguage, string, string]>([
    // An hour of a session, a visit that went fine, a piece of paper for the invoice, the day of the exam.
    ['ar', 'الحصة كتدوم ساعة ولا كثر؟', 'opening'],
    ['ar', 'جيت البارح والفحص داز مزيان', 'cancel'],
    ['ar', 'سوف أحضر غداً في الموعد', 'cancel'],
    ['ar', 'اعلم أن الموعد غداً', 'notice'],
    ['ar', 'عطيوني ورقة ديال الفاتورة', 'referral'],
    ['ar', 'قبل الفحص واش نقدر ناكل؟', 'notice'],
  ])('does not read %s "%s" as %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});
