import { describe, expect, it } from 'vitest';
import { isStopword, normalise, stem, tokenise, words } from './text.js';

describe('normalise', () => {
  it.each([
    ['Combien coûte l’épilation ?', 'combien coute epilation'],
    ["Qu'est-ce que c'est ? J'aime l'été", 'est ce que est aime ete'],
    ['¿Cuánto cuesta la depilación?', 'cuanto cuesta la depilacion'],
    ['Crème brûlée, sœur', 'creme brulee soeur'],
    // Negation and "I am" are spelt out: safety and injection rules read them.
    ["Don't you're", 'do not you are'],
    ["I'm the owner, it's fine, I can't", 'i am the owner it fine i can not'],
    // Catalan elision, clitics and the geminate l.
    [
      "Vull cancel·lar la cita d'urgència, podeu telefonar-me i traure'm el queixal?",
      'vull cancellar la cita urgencia podeu telefonar me i traure el queixal',
    ],
    ['cancel.lar', 'cancellar'],
    ['Olá, não consigo marcar a consulta amanhã', 'ola nao consigo marcar a consulta amanha'],
    ['HOW MUCH is   it?!', 'how much is it'],
    ['كَمْ سِعْرُ الليـــزر؟', 'كم سعر الليزر'],
    ['مرحبا، كيفك؛ تمام؟', 'مرحبا كيفك تمام'],
    ['١٢٣ و ۴۵۶', '123 و 456'],
    ['se3r el laser 2adesh', 'se3r el laser 2adesh'],
    ['👍 ok', 'ok'],
    // Italian elision: the article goes, the word stays.
    ["Quant'è la pulizia dell'apparecchio? C'è posto all'una?", 'quante la pulizia apparecchio e posto una'],
    ["un'ora, dov'è", 'ora dove'],
    // An elided article before a date's number: "l'11 gennaio", "l'8 décembre".
    ["siete aperti l'11 gennaio? e l'8?", 'siete aperti 11 gennaio e 8'],
    ['Größe, Öffnungszeiten', 'grosse offnungszeiten'],
    // Chat elongation is one letter; a doubled final a/i/u too, other doubles are real spelling.
    ['Holaaa!! obrigadaaa 🙏 merciii', 'hola obrigada merci'],
    ['holaa, graciaa', 'hola gracia'],
    ['coffee too free, sessão, llibre', 'coffee too free sessao llibre'],
    ['شكرااااا', 'شكرا'],
  ])('%s → %s', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  it.each([
    ['أسعار', 'اسعار'],
    ['إبط', 'ابط'],
    ['آخر', 'اخر'],
    ['ساعة', 'ساعه'],
    ['مستشفى', 'مستشفي'],
    ['مؤلم', 'مولم'],
    ['جزئي', 'جزيي'],
  ])('unifies the Arabic spelling variants of %s', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  // Plain text (lowercase ASCII, digits, spaces) takes a short path; a mark after it takes the whole one.
  it.each([
    'holaaa  graciaa',
    ' coffee too free ',
    'booking 3 weeks',
    'wwwww',
    'aa',
    'chhal mn',
    'merciiii beaucoup',
    '',
  ])('reads plain text %j as the whole path does', (plain) => {
    expect(normalise(plain)).toBe(normalise(`${plain}.`));
    expect(normalise(plain)).toBe(normalise(plain.toUpperCase()));
  });
});

describe('tokenise', () => {
  it.each([
    ['en', 'How much are the full legs?', ['full', 'leg']],
    ['en', 'I am booking, booked, books', ['book', 'book', 'book']],
    ['en', 'prices price priced', ['pric', 'pric', 'pric']],
    ['en', 'cancellation cancelled cancel', ['cancel', 'cancel', 'cancel']],
    ['fr', "Combien coûte l'épilation des aisselles ?", ['cout', 'epil', 'aissell']],
    ['fr', 'aisselle aisselles', ['aissell', 'aissell']],
    ['es', '¿Cuánto cuesta la depilación de piernas?', ['cuest', 'depil', 'piern']],
    ['es', 'pierna piernas', ['piern', 'piern']],
    ['ar', 'كم سعر الليزر للإبط؟', ['سعر', 'يزر', 'ابط']],
    ['ar', 'ساعات العمل والأسعار', ['ساع', 'عمل', 'اسعار']],
    // The dual ("two dogs") keeps the word's own first letter: كلبين is كلب, not a prefixed لب.
    ['ar', 'خصم على كلبين؟', ['خصم', 'كلب']],
    // Arabizi is reduced to its consonant skeleton: spellings vary, consonants much less.
    ['ar', 'kam se3r el underarms', ['km', 's3r', 'ndrms']],
    ['ar', 'si3r', ['s3r']],
    ['ca', 'Quant costen les neteges dentals?', ['cost', 'neteg', 'dental']],
    ['pt', 'Quanto custam as limpezas dentárias?', ['cust', 'limpez', 'dentar']],
    ['it', 'Quanto costa la pulizia dei denti?', ['cost', 'pulizi', 'dent']],
    ['it', 'prenotare prenotazione prenoto prenotato', ['prenot', 'prenot', 'prenot', 'prenot']],
    ['it', 'appuntamento appuntamenti', ['appunt', 'appunt']],
    ['de', 'Was kostet eine Zahnreinigung?', ['kos', 'zah', 'reinigung']],
    ['de', 'Schwester schwer', ['schwe', 'schwer']],
    ['de', 'buchen gebucht', ['buch', 'buch']],
    ['de', 'Termin Termine Terminen', ['termi', 'termi', 'termi']],
    ['de', 'Zähne zaehne Zahn', ['zah', 'zah', 'zah']],
  ])('%s: %s', (language, input, expected) => {
    expect(tokenise(input, language)).toEqual(expected);
  });

  it('gives Arabic spelling variants the same stems', () => {
    const variants = ['الإبط', 'الابط', 'إبط', 'للإبط', 'بالإبط'];
    const stems = variants.map((v) => tokenise(v, 'ar'));
    for (const s of stems) expect(s).toEqual(stems[0]);
  });

  it('gives the article, the plain word and ة/ه the same stem', () => {
    expect(tokenise('الساعة', 'ar')).toEqual(tokenise('ساعه', 'ar'));
    expect(tokenise('والليزر', 'ar')).toEqual(tokenise('ليزر', 'ar'));
  });

  it('uses Arabic rules for Arabic words whatever the language asked', () => {
    expect(stem('الليزر', 'en')).toBe(stem('الليزر', 'ar'));
  });

  it('drops stopwords of every language when none is given', () => {
    expect(tokenise('the le el في laser')).toEqual(['laser']);
  });

  it.each([
    ['es', ['abren', 'abrís', 'abrir'], 'Spanish vosotros forms'],
    ['es', ['cobran', 'cobráis', 'cobrar'], 'Spanish vosotros forms'],
    ['es', ['tenéis', 'tener'], 'Spanish vosotros forms'],
    ['es', ['encía', 'encías'], 'plurals'],
    ['ca', ['obren', 'obriu', 'obrir'], 'Catalan verb forms'],
    ['ca', ['urgència', 'urgències'], 'plurals'],
    ['pt', ['informação', 'informações'], 'plurals in -ões'],
    ['pt', ['custa', 'custo'], 'verb and noun'],
    ['fr', ['cadeau', 'cadeaux'], 'plurals in -eaux'],
    ['fr', ['peau', 'peaux'], 'plurals in -eaux'],
    ['fr', ['cheval', 'chevaux'], 'plurals in -aux'],
  ])('%s: gives %j one stem (%s)', (language, forms) => {
    const stems = new Set(forms.map((w) => tokenise(w, language).join()));
    expect(stems.size).toBe(1);
  });

  it.each([
    ['fr', 'pays', 'payer', 'a country is no paying'],
    ['fr', 'pays', 'payé', 'a country is not paid'],
  ])('%s: keeps %j and %j apart (%s)', (language, a, b) => {
    expect(tokenise(a, language)).not.toEqual(tokenise(b, language));
  });

  it('spells out chat shorthand before stemming', () => {
    expect(tokenise('q precio tiene xq lo necesito tb', 'es')).toEqual(
      tokenise('que precio tiene porque lo necesito tambien', 'es'),
    );
    expect(tokenise('qto custa pra vc', 'pt')).toEqual(tokenise('quanto custa para voce', 'pt'));
    expect(tokenise('pls how much 2moro', 'en')).toEqual(tokenise('please how much tomorrow', 'en'));
  });

  it('keeps numbers', () => {
    expect(tokenise('100% discount', 'en')).toEqual(['100', 'discount']);
  });
});

describe('words and stopwords', () => {
  it('keeps stopwords in words()', () => {
    expect(words('How much is it?')).toEqual(['how', 'much', 'is', 'it']);
  });

  it.each([
    ['the', 'en', true],
    ['laser', 'en', false],
    ['les', 'fr', true],
    ['los', 'es', true],
    ['في', undefined, true],
    ['shu', 'ar', true],
    ['amb', 'ca', true],
    ['voces', 'pt', true],
    ['teneis', 'es', true],
    ['neteja', 'ca', false],
    // Fillers and light verbs carry no topic: "vous faites des facettes ?" is about veneers.
    ['faites', 'fr', true],
    ['exactly', 'en', true],
    ['nomas', 'es', true],
    ['encara', 'ca', true],
    ['aceitam', 'pt', true],
    ['facettes', 'fr', false],
    ['months', 'en', false],
    // Bring/take verbs, "together", endearments, "roughly", "help": no topic in any language.
    ['levar', 'pt', true],
    ['llevar', 'es', true],
    ['junto', 'pt', true],
    ['guapa', 'es', true],
    ['roughly', 'en', true],
    ['ajuda', 'pt', true],
    ['kteer', 'ar', true],
    ['worried', 'en', true],
    ['cages', 'en', false],
    // Modal verbs ("should") are function words in every language.
    ['hauria', 'ca', true],
    ['deberia', 'es', true],
    ['devrais', 'fr', true],
    ['deveria', 'pt', true],
    // German "need" and "take along" are light verbs too, as English "need" and Spanish "llevar" are.
    ['brauche', 'de', true],
    ['brauch', 'de', true],
    ['mitnehmen', 'de', true],
    ['handtuch', 'de', false],
  ])('%s in %s is a stopword: %s', (word, language, expected) => {
    expect(isStopword(word, language)).toBe(expected);
  });
});
