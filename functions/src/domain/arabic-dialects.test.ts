/**
 * Arabic as people type it on WhatsApp: Modern Standard Arabic, Moroccan
 * Darija, Levantine and Gulf forms, in Arabic script and in Arabizi. Each
 * table holds spellings that must meet (or stay apart) after normalisation,
 * stemming and the Arabizi skeleton.
 */
import { describe, expect, it } from 'vitest';
import { arabiziKey } from './arabizi.js';
import { detectLanguage } from './language.js';
import { stem } from './stem.js';
import { normalise, tokenise } from './text.js';

describe('normalise (Arabic script)', () => {
  it.each([
    ['أ إ آ ٱ', 'ا ا ا ا', 'alef with hamza or madda'],
    ['مدرسة', 'مدرسه', 'taa marbuta'],
    ['مستشفى', 'مستشفي', 'alef maqsura'],
    ['سؤال مسائي', 'سوال مسايي', 'hamza on waw and yaa'],
    ['مـــرحـبـا', 'مرحبا', 'tatweel'],
    ['مَرْحَبًا', 'مرحبا', 'diacritics'],
    ['كبيييير بزااااف', 'كبير بزاف', 'letters stretched for emphasis'],
    ['بزااف', 'بزاف', 'an alif typed twice'],
    ['ڭاع', 'كاع', 'Moroccan gaf'],
    ['گاع', 'كاع', 'Persian gaf'],
    ['ڤيديو', 'فيديو', 've'],
    ['پاكيت', 'باكيت', 'pe'],
    ['چاي', 'شاي', 'che'],
    ['ڨدّاش', 'قداش', 'Algerian qaf with shadda'],
    ['کلب ی', 'كلب ي', 'Persian kaf and yeh'],
    ['٣٠٠ ۴۵', '300 45', 'Arabic-Indic and Eastern Arabic-Indic digits'],
    ['بشحال؟؟', 'بشحال', 'Arabic question marks'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('the Arabic stemmer', () => {
  it.each<[string[], string]>([
    [['الكلب', 'كلبي', 'والكلب', 'بالكلب', 'للكلب', 'كلبكم'], 'article, conjunction, prepositions, possessives'],
    [['موعد', 'الموعد', 'موعدي', 'بموعد'], 'appointment with its clitics'],
    [['ماكاينش', 'كاين'], 'negation ما…ش around "there is"'],
    [['مابغيتش', 'بغيت'], 'negation around "I wanted"'],
    [['ماعندكومش', 'عندكوم', 'عندكم'], 'negation and the Darija spelling of -kom'],
    [['كيتنفس', 'تنفس', 'ماكيتنفسش'], 'the present prefix كي and a negated verb'],
    [['كنبغي', 'بغي'], 'the first person prefix كن'],
    [['كتحلو', 'غاتحلو'], 'present and future of a verb in the plural'],
    [['كيضرني', 'ضرني'], 'it hurts me, it hurt me'],
    [['تايقول', 'كيقول'], 'the northern present prefix تا'],
    [['كتسدو', 'غاتسدو'], 'they close, they will close'],
    [['كنبغي', 'كانبغي'], 'the short and long spellings of ka-'],
    [['كامل', 'كاملا', 'الكامل'], 'a bare كا is no prefix'],
  ])('gives %j one stem (%s)', (forms) => {
    expect(new Set(forms.map((w) => stem(normalise(w), 'ar'))).size).toBe(1);
  });

  it.each([
    ['تامين', 'مين', 'insurance is not "who"'],
    ['تنظيف', 'ظيف', 'cleaning keeps its ت'],
    ['كتاب', 'اب', 'a word that only looks prefixed'],
    ['كاين', 'ين', '"there is" is too short to lose its كا'],
    ['حلو', 'حل', '"nice" is not a conjugated verb'],
  ])('keeps %s whole (%s ≠ its stem; %s)', (word, notStem) => {
    expect(stem(normalise(word), 'ar')).not.toBe(notStem);
  });
});

describe('arabiziKey (Darija spellings)', () => {
  it.each<[string[], string]>([
    [['wach', 'wesh', 'wash'], 'the question marker'],
    [['bghit', 'bgheet', 'bghite', 'kanbghi', 'bghi'], 'I want'],
    [['chhal', 'sh7al', 'ch7al', 'xhal'], 'how much'],
    [['fin', 'fain', 'feen', 'fen'], 'where'],
    [['mo3id', 'maw3id', 'maw3ed', 'mou3id'], 'appointment'],
    [['3ndkom', '3andkom', '3endkom', 'ma3ndkomch'], 'you have, and you do not have'],
    [['kayn', 'kayen', 'makaynch'], 'there is, and there is not'],
    [['fo9ash', 'fou9ach'], 'when'],
    [['wa9tash', 'wa9tach'], 'at what time'],
    [['mabghitch', 'bghit'], 'negated I want'],
    [['kaytnfs', 'tnfs', 'makaytnfsch'], 'he breathes, he does not breathe'],
    [['m7lol', 'm7loul', 'mhlol', 'ma7loul'], 'open'],
    [['msdod', 'msdoud', 'mesdoud', 'msdodin'], 'closed, and its plural'],
    [['m7lolin', 'm7lol'], 'open, and its plural'],
    [['lyoum', 'lyom', 'lioum'], 'today'],
  ])('gives %j one key (%s)', (forms) => {
    expect(new Set(forms.map(arabiziKey)).size).toBe(1);
  });

  it.each([
    ['chhal', 'ch3al'],
    ['msdod', 'm7lol'],
    ['kelb', '9ett'],
    ['tanzif', 'zif'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(arabiziKey(a)).not.toBe(arabiziKey(b));
  });
});

describe('tokenise (Arabic)', () => {
  it('reads a Darija question down to the words that carry it', () => {
    // Darija "ليوم" and standard "اليوم" (today) meet too.
    expect(tokenise('واش كاين شي موعد ليوم عافاك؟', 'ar')).toEqual(tokenise('موعد اليوم', 'ar'));
  });

  it('reads Arabizi down to its skeletons', () => {
    expect(tokenise('wach 3ndkom parking?', 'ar')).toEqual([arabiziKey('parking')]);
  });
});

describe('detectLanguage (spoken Arabic)', () => {
  it.each([
    'wach kayn rdv lyoum?',
    'salam, bghit nakhod rendez-vous pour mon chat demain',
    'chhal le prix dyal detartrage?',
    'wach 3ndkom parking 9rib?',
    'slm 3afak fin jat la clinique?',
    'bghit n3ref wach ouvert nhar sebt',
    'ma3ndkomch CNSS?',
    'labas 3lik, chokran bzaf',
    'kifach nkhless, cash wla carte?',
    'lkelb dyali mrid bzaf, momkin tchoufouh daba?',
  ])('Darija in Latin letters, French mixed in: %s', (text) => {
    expect(detectLanguage(text)).toMatchObject({ language: 'ar', script: 'latin', arabizi: true });
    expect(detectLanguage(text).confidence).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    'بغيت rendez-vous غدا',
    'واش كاين parking',
    'السلام، بشحال le détartrage؟',
    'واش عندكم الCNSS و la mutuelle؟',
  ])('Arabic script with French words mixed in is Arabic: %s', (text) => {
    expect(detectLanguage(text)).toMatchObject({ language: 'ar', script: 'arabic' });
  });

  it.each<[string, string]>([
    ['fr', 'Bonjour, je voudrais un rendez-vous pour mon chat demain'],
    ['fr', 'la fin de semaine vous êtes ouverts ?'],
    ['fr', 'le chat a mangé du chocolat, que faire ?'],
    ['en', 'where is the clinic? I have a cat'],
    ['es', 'hola, hay cita para el fin de semana?'],
  ])('French, English and Spanish stay what they are (%s): %s', (language, text) => {
    expect(detectLanguage(text).language).toBe(language);
  });
});
