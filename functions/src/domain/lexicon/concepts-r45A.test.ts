/**
 * Round 45: Arabic as customers write it. An upper age limit is old age (in eight languages); "للعمر" is the
 * age; bringing one's own thing in Levantine, Gulf and Darija; an instructor in Arabizi; "الفحص" is the exam as
 * French "examen" is; "compte rendu" a written report; "بعد كم يوم" how long; Darija moving or cancelling "it"
 * ("nbdlha", "lghitha"), a no-show as a supposition ("ila ma jitch") and the French "avance" beside a Darija word.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { conceptsIn } from './concepts.test-helper.js';

const has = (text: string, language: TextLanguage, concept: string) =>
  expect([...conceptsIn(text, language)], text).toContain(concept);
const hasNot = (text: string, language: TextLanguage, concept: string) =>
  expect([...conceptsIn(text, language)], text).not.toContain(concept);

describe('round 45: Arabic as customers write it', () => {
  it.each<[string, TextLanguage]>([
    ['Is there an upper age limit?', 'en'],
    ['¿hay una edad máxima?', 'es'],
    ['y a-t-il un âge maximum ?', 'fr'],
    ["c'è un'età massima?", 'it'],
    ['gibt es ein Höchstalter?', 'de'],
    ['hi ha una edat màxima?', 'ca'],
    ['tem idade máxima?', 'pt'],
    ['هل فيه حد اعلى للعمر؟', 'ar'],
  ])('%s asks about old age', (text, language) => has(text, language, 'oldAge'));

  it.each(['What is the youngest age to fly?', 'how old must my son be?'])('%s asks no old age', (text) =>
    hasNot(text, 'en', 'oldAge'),
  );

  it('"للعمر" is the age', () => has('فيه حد للعمر؟', 'ar', 'age'));

  it.each([
    'eza jebet el GoPro taba3i fiye rakkbo?',
    'ila jbt m3aya lcamera dyali wach mochkil?',
    'اذا جبت الكاميرا تبعي؟',
  ])('%s brings something', (text) => has(text, 'ar', 'bring'));
  it.each(['jebet 3alame mni7a bel imti7an', 'شو جبتلي؟'])('%s brings nothing of the visit', (text) =>
    hasNot(text, 'ar', 'bring'),
  );

  it.each(['abi a7ad ydarrebni', '3indkom mudarrebat?', 'هل عندكم مدربات؟'])('%s names an instructor', (text) =>
    has(text, 'ar', 'instructor'),
  );
  it('a Gulf "a7ad" (someone) is no iron', () => hasNot('abi a7ad ygoli', 'ar', 'iron'));
  it('the Levantine "b6eer" (I fly) is no vet', () => {
    hasNot('ana 3am b6eer', 'ar', 'vet');
    has('wach kayn chi baytari?', 'ar', 'vet');
  });

  it.each(['واش الفحص فيه الإبر؟', 'واش الفحص غادي يطول؟'])('%s names the exam', (text) => has(text, 'ar', 'exam'));
  it('the sleep test is the more precise concept', () => has('أجريت فحص النوم', 'ar', 'sleepTest'));
  it('a blood test stays a blood test', () => hasNot('بغيت ندير فحص الدم', 'ar', 'exam'));

  it('"compte rendu" is a written report', () =>
    has('Combien de temps pour avoir le compte rendu ?', 'fr', 'writtenReport'));
  it('"بعد كم يوم" asks how long', () => has('بعد كم يوما يصبح التقرير جاهزا؟', 'ar', 'duration'));

  it.each(['wach n9der nbdlha l nhar l7ed?', 'n9der nwakharha l simana jaya?'])('%s moves it', (text) =>
    has(text, 'ar', 'reschedule'),
  );
  it.each(['ila ma jitch l lila dyal l examen', 'wla lghitha nhar 9bel', 'اذا ما جيت شو بصير بالعربون؟'])(
    '%s cancels',
    (text) => has(text, 'ar', 'cancel'),
  );
  it('the "avance" beside a Darija word is the deposit', () =>
    has('wach ghadi ydi3 lia l avance dyal 1000 dh?', 'ar', 'deposit'));
});
