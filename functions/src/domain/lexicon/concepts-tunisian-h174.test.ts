/**
 * Tunisian and Libyan Arabic, in both scripts, beside older concepts: what to wear ("nelbes", "نلبس"), shoes
 * ("sabbat", "سباط"), coming on an empty stomach written with 9 for ق ("3la ri9"), opening ("t7ellou"), near
 * ("قراب"), and how long one waits ("قداش نستنو", "ننتظر"). The near misses: skeletons that once caught these words
 * ("ta7lil", a blood test, and "t7ellou" share "thl"; "sabbat" and Saturday share "sbt"; "test" is no "autiste").
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { conceptsIn, conceptsOf } from './concepts.test-helper.js';

describe('Tunisian and Libyan words beside older concepts (h174)', () => {
  it.each<[TextLanguage, string, string]>([
    ['ar', 'chnouwa nelbes nhar el fa7s?', 'clothing'],
    ['ar', 'nalbes survet wala jean?', 'clothing'],
    ['ar', 'شنوة نلبس كي نجي للفحص؟', 'clothing'],
    ['ar', 'ma3andich ken sabbat klassik', 'shoes'],
    ['ar', 'نجم نجي بالسباط متاع الخدمة؟', 'shoes'],
    ['ar', 'lazem nkoun 3la ri9 9bal el ta7lil?', 'fasting'],
    ['ar', 'nji 3al ri9i wala nefter?', 'fasting'],
    ['ar', 'el jem3a t7ellou el sbe7?', 'opening'],
    ['ar', 'wa9tech t7ellu ghodwa?', 'opening'],
    ['ar', 'فمة صيدلية قراب منكم؟', 'near'],
    ['ar', 'قداش نستناو عادة قبل ما ندخل؟', 'waitingTime'],
    ['ar', 'قداش باش نستنى في العيادة؟', 'waitingTime'],
    ['ar', 'كم ننتظر قبل الدخول؟', 'waitingTime'],
    ['fr', 'je dois venir habillée comment pour le test ?', 'clothing'],
  ])('%s: %s is %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each<[TextLanguage, string, string]>([
    // A blood test in Arabizi is still one, and no opening.
    ['ar', 'bghit na3mel ta7lil dam', 'opening'],
    // Saturday is no shoe.
    ['ar', 'ghodwa nhar essebt nji', 'shoes'],
    ['ar', 'wach m7lolin nhar sebt?', 'shoes'],
    // A test written in a Tunisian message is no autism.
    ['ar', 'chnowa el test elli lazem na3mlou?', 'specialNeeds'],
    // "How much" alone is still a price, with waiting nowhere.
    ['ar', 'قداش الفحص؟', 'waitingTime'],
  ])('%s: %s is not %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });

  it('keeps the blood test and the price where they were', () => {
    expect(conceptsOf('bghit na3mel ta7lil dam', 'ar')).toContain('bloodTest');
    expect(conceptsOf('قداش الفحص؟', 'ar')).toContain('price');
    expect(conceptsIn('3andkom autiste?', 'ar', 'fr')).toContain('specialNeeds');
  });

  it('reads "how long do we wait" as waiting, not as a price', () => {
    expect(conceptsOf('قداش نستنو تقريبا؟', 'ar')).not.toContain('price');
  });
});
