/**
 * A Latin word borrowed into Arabic letters meets the business's Latin word through its cognate key: a customer who
 * writes "الأكاديمية", "ريبورت" or "باكج" asks about the academy, the report, the package the business wrote in
 * Spanish, French or English. Arabic roots keep no key, and the words the Arabic lexicon holds get none.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './analyzer.js';
import { cognateKey, loanKeys } from './cognates.js';
import { normalise } from './text.js';
import { conceptsIn } from './lexicon/concepts.test-helper.js';

const loan = (word: string) => loanKeys(normalise(word));
const latin = (word: string) => cognateKey(normalise(word));

describe('loanKeys', () => {
  it.each([
    ['الأكاديمية', 'academia'],
    ['اكاديمي', 'academy'],
    ['بالأكاديمية', 'Akademie'],
    ['الريبورت', 'report'],
    ['ريبورت', 'rapport'],
    ['الباكج', 'package'],
    ['باكيج', 'package'],
    ['كورس', 'course'],
    ['الكورس', 'curso'],
    ['الانبودي', 'InBody'],
    ['باركينغ', 'parking'],
    ['فيتنس', 'fitness'],
    ['للبروجرام', 'programme'],
    ['فالبروغرام', 'programa'],
  ])('%s meets %s', (arabic, word) => {
    expect(loan(arabic)).toContain(latin(word));
  });

  it.each([
    ['درس', 'adresse'], // lesson: no vowel letter inside, an Arabic root
    ['مدرسة', 'madrasa'],
    ['بكرا', 'bikram'],
    ['عندها', 'andaluz'],
    ['ساعات', 'saturday'],
    ['الحرارة', 'horario'],
    ['بالسيارة', 'seguro'],
    ['تخلص', 'tackles'],
  ])('%s meets no %s', (arabic, word) => {
    const key = latin(word);
    expect(loan(arabic)).not.toContain(key);
  });

  it('gives no key to a word with a letter no borrowed Latin word is written with', () => {
    for (const word of ['اسابيع', 'الطبيعي', 'خاص', 'حاجب', 'ضروري', 'ذهبي']) expect(loan(word), word).toEqual([]);
  });

  it('gives no key to a word too short to say anything', () => {
    for (const word of ['جيم', 'باب', 'دار', 'الجو']) expect(loan(word), word).toEqual([]);
  });
});

describe('a loanword in an Arabic message', () => {
  const keysOf = (text: string) =>
    analyse(normalise(text), { languages: ['ar'], primary: 'ar' }).units.flatMap((unit) =>
      [...unit.keys()].filter((key) => key.startsWith('~')),
    );

  it('carries the key of the Latin word it borrows', () => {
    expect(keysOf('بدي اعرف متى بيطلع الريبورت')).toContain(latin('rapport'));
    expect(keysOf('شحال الاكاديمية فالشهر')).toContain(latin('academia'));
    expect(keysOf('كم سعر الباكيج الشهري')).toContain(latin('package'));
  });

  it('gives none to the everyday words and the words the lexicon holds', () => {
    expect(keysOf('عندي دروس بكرا')).toEqual([]);
    expect(keysOf('الصغار بالمدرسة')).toEqual([]);
    expect(keysOf('الشغالة تنتظرني برا')).toEqual([]);
  });
});

describe('a Darija price asked with "to pay"', () => {
  it.each(['شحال كتخلصو على الكورس؟', 'بشحال كتخلصو الشهر', 'chhal katkhalsou 3la l cours?'])(
    '%s asks a price',
    (text) => {
      expect(conceptsIn(text, 'ar', 'ar', 'fr')).toContain('price');
    },
  );

  it('does not read paying alone as a price', () => {
    expect(conceptsIn('كتخلصو بالكارطة؟', 'ar', 'ar')).not.toContain('price');
  });
});
