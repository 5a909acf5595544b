/**
 * Words added beside existing concepts in round 43 (boots and heels among shoes, bringing one's own, being picked
 * up, paying something in advance, worrying in Italian and Arabic), the Portuguese instalment word written exact,
 * and the analyser's parts of the day, which are spelt right and never corrected into another word.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyzer.js';
import { Vocabulary } from '../fuzzy.js';
import { conceptsIn, conceptsOf } from './concepts.test-helper.js';
import type { TextLanguage } from '../languages.js';

describe('words added beside existing concepts (r43m)', () => {
  it.each([
    ['en', 'are ankle boots ok on the lane?', 'shoes'],
    ['es', 'se puede con botines?', 'shoes'],
    ['fr', 'je peux venir en bottines ?', 'shoes'],
    ['it', 'va bene con gli stivali?', 'shoes'],
    ['it', 'ha il tacco alto, problema?', 'shoes'],
    ['de', 'gehen Gummistiefel?', 'shoes'],
    ['ca', 'puc venir amb botes?', 'shoes'],
    ['pt', 'posso ir de botas?', 'shoes'],
    ['ar', 'عادي البس جزمه؟', 'shoes'],
    ['en', 'can we bring our own cake?', 'bring'],
    ['fr', 'on peut apporter notre propre gâteau ?', 'bring'],
    ['es', 'podemos traer nuestra propia tarta?', 'bring'],
    ['it', 'possiamo portare la nostra torta?', 'bring'],
    ['de', 'dürfen wir eigene Getränke mitbringen?', 'bring'],
    ['ca', 'podem portar el nostre pastís?', 'bring'],
    ['pt', 'podemos trazer o nosso bolo?', 'bring'],
    ['it', 'venite a prenderci in albergo?', 'hotelTransfer'],
    ['es', 'nos venís a buscar al hotel?', 'hotelTransfer'],
    ['fr', 'vous passez nous prendre à l hôtel ?', 'hotelTransfer'],
    ['pt', 'vocês vêm buscar ao alojamento?', 'hotelTransfer'],
    ['ca', 'ens veniu a buscar a l hotel?', 'hotelTransfer'],
    ['de', 'holt ihr uns am Hotel ab?', 'hotelTransfer'],
    ['fr', "faut-il payer quelque chose d'avance pour réserver ?", 'deposit'],
    ['it', 'devo preoccuparmi?', 'worry'],
    ['ar', 'لازم اقلق؟', 'worry'],
  ] as [TextLanguage, string, string][])('%s "%s" raises %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each([
    ['fr', "merci d'avance pour votre réponse", 'deposit'],
    ['it', 'la mattina presto', 'instalments'],
    ['en', 'boots of the car is small', 'bring'],
    ['it', 'ci porto mia figlia', 'bring'],
  ] as [TextLanguage, string, string][])('%s "%s" does not raise %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });

  it('reads an Italian Saturday at a Catalan business as no shoes (Catalan "sabates" written exact)', () => {
    expect(conceptsIn("c'è posto sabato?", 'it', 'ca')).not.toContain('shoes');
    expect(conceptsIn('puc venir amb sabates de taló?', 'ca')).toContain('shoes');
  });

  it('reads an Arabic operation as no currency, and a currency still as one', () => {
    expect(conceptsOf('متى يحتاج الطفل الى عملية؟', 'ar')).not.toContain('currency');
    expect(conceptsOf('عندي عمليه بكرة', 'ar')).not.toContain('currency');
    expect(conceptsOf('تقبلون العمله المحليه؟', 'ar')).toContain('currency');
    expect(conceptsOf('ادفع بالدولار او بالعمله؟', 'ar')).toContain('currency');
  });

  it('reads an Italian "presto" at a Portuguese business as no instalment', () => {
    expect(conceptsIn('venite la mattina presto?', 'it', 'pt')).not.toContain('instalments');
    expect(conceptsIn('posso pagar em prestações?', 'pt')).toContain('instalments');
  });
});

describe('parts of the day are spelt right (r43m)', () => {
  it.each([
    ['it', 'venite la mattina presto?', 'mattina', 'matting'],
    ['es', 'mejor por la tarde', 'tarde', 'tardy'],
    ['fr', 'plutôt en matinée', 'matinee', 'matines'],
    ['de', 'lieber am Abend', 'abend', 'abent'],
  ] as [TextLanguage, string, string, string][])('%s "%s" keeps "%s" as written', (language, text, word, near) => {
    const vocabulary = new Vocabulary([near]);
    expect(vocabulary.correct(word)?.word).toBe(near);
    expect(analyse(text, { languages: [language], primary: language, vocabulary }).corrected).toContain(word);
  });

  it('still corrects a typo of another word towards the vocabulary', () => {
    const vocabulary = new Vocabulary(['matting']);
    expect(analyse('my dog has mattng', { languages: ['en'], primary: 'en', vocabulary }).corrected).toContain(
      'matting',
    );
  });
});
