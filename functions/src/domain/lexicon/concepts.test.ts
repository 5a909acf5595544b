import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES, type TextLanguage } from '../languages.js';
import { CONCEPT_TABLE } from './concepts.js';
import { compilePhrases } from './phrases.js';
import { conceptsAlsoInItDe, conceptsOf } from './concepts.test-helper.js';
import { analyse } from '../analyzer.js';

describe('the concept lexicon', () => {
  it.each<[string, [TextLanguage, string][]]>([
    [
      'parking',
      [
        ['en', 'where can I park?'],
        ['es', '¿hay aparcamiento?'],
        ['ca', 'on puc aparcar?'],
        ['fr', 'où se garer ?'],
        ['it', 'dove posso parcheggiare?'],
        ['de', 'gibt es parkplaetze?'],
        ['pt', 'tem estacionamento?'],
        ['ar', 'في موقف سيارات؟'],
      ],
    ],
    [
      'cancel',
      [
        ['en', 'I need to cancel'],
        ['es', 'quiero anular la cita'],
        ['ca', 'vull cancel·lar'],
        ['fr', 'je dois annuler'],
        ['it', 'devo disdire l appuntamento'],
        ['de', 'ich muss den termin absagen'],
        ['pt', 'preciso desmarcar'],
        ['ar', 'ابي الغاء الموعد'],
      ],
    ],
    [
      'price',
      [
        ['en', 'does the touch-up cost extra?'],
        ['de', 'muss ich fürs nachstechen was zahlen?'],
        ['es', 'el retoque se paga aparte?'],
        ['fr', 'la retouche est payante ?'],
        ['it', 'il ritocco si paga a parte?'],
        ['pt', 'o retoque é pago à parte?'],
        ['ca', 'el retoc es paga a part?'],
      ],
    ],
    [
      'tipping',
      [
        ['en', 'should I tip my artist?'],
        ['it', 'si lascia la mancia?'],
        ['de', 'gibt man trinkgeld?'],
      ],
    ],
    [
      'aftercare',
      [
        ['it', 'come curare il tatuaggio nuovo?'],
        ['en', 'what is the aftercare?'],
      ],
    ],
    [
      'tooth',
      [
        ['en', 'is a dental check-up included?'],
        ['es', 'un tratamiento dental'],
        ['ca', 'una revisió dental'],
        ['fr', 'un bilan dentaire'],
        ['it', 'una visita dentale'],
        ['pt', 'uma consulta dentária'],
      ],
    ],
    [
      'pregnancy',
      [
        ['en', "I'm pregnant"],
        ['es', 'estoy embarazada'],
        ['ca', 'estic embarassada'],
        ['fr', 'je suis enceinte'],
        ['it', 'sono incinta'],
        ['de', 'ich bin schwanger'],
        ['pt', 'estou grávida'],
        ['ar', 'انا حامل'],
      ],
    ],
    [
      'insurance',
      [
        ['en', 'do you take my insurance?'],
        ['es', '¿trabajáis con mutuas?'],
        ['ca', 'accepteu la meua assegurança?'],
        ['fr', 'vous prenez ma mutuelle ?'],
        ['it', 'accettate la mia assicurazione?'],
        ['de', 'nehmt ihr meine krankenkasse?'],
        ['pt', 'aceitam o meu seguro?'],
        ['ar', 'تقبلون التامين؟'],
      ],
    ],
    [
      'giftCard',
      [
        ['en', 'do you sell gift cards?'],
        ['es', 'tarjeta regalo'],
        ['ca', 'targeta regal'],
        ['fr', 'une carte cadeau'],
        ['it', 'avete buoni regalo?'],
        ['de', 'habt ihr gutscheine?'],
        ['pt', 'vale presente'],
        ['ar', 'بطاقة هدية'],
      ],
    ],
    [
      'accessibility',
      [
        ['en', 'is it wheelchair accessible?'],
        ['es', 'voy en silla de ruedas'],
        ['ca', 'amb cadira de rodes'],
        ['fr', 'en fauteuil roulant'],
        ['it', 'si puo entrare con la sedia a rotelle?'],
        ['de', 'ist die praxis barrierefrei?'],
        ['pt', 'cadeira de rodas'],
        ['ar', 'كرسي متحرك'],
      ],
    ],
    [
      'price',
      [
        ['en', 'how much is it?'],
        ['es', '¿cuánto cuesta?'],
        ['ca', 'quant costa?'],
        ['fr', 'combien ça coûte ?'],
        ['it', 'quanto costa?'],
        ['de', 'was kostet das?'],
        ['fr', "c'est combien un détartrage ?"], // elision leaves "est combien"
        ['pt', 'quanto custa?'],
        ['ar', 'كم سعر؟'],
      ],
    ],
    [
      'children',
      [
        ['en', 'my son is 6'],
        ['es', 'mi hija tiene 6 años'],
        ['ca', 'el meu fill'],
        ['fr', 'mon enfant'],
        ['it', 'trattate anche i bambini?'],
        ['de', 'behandelt ihr auch kinder?'],
        ['pt', 'o meu filho'],
        ['ar', 'ابني'],
      ],
    ],
    [
      'frequency',
      [
        ['en', 'how often should I get a cleaning?'],
        ['es', '¿cada cuánto hay que hacerse una limpieza?'],
        ['ca', "cada quan m'hauria de fer una neteja?"],
        ['fr', 'à quelle fréquence faut-il faire un détartrage ?'],
        ['it', 'ogni quanto va fatta?'],
        ['de', 'wie oft sollte man das machen?'],
        ['pt', 'de quanto em quanto tempo devo fazer limpeza?'],
        ['ar', 'كل قديش لازم اعمل تنظيف؟'],
        ['en', 'how long between sessions?'],
        ['fr', 'combien de temps entre deux séances ?'],
        ['es', '¿cuánto tiempo entre sesión y sesión?'],
        ['de', 'wie lange zwischen zwei Sitzungen?'],
      ],
    ],
    [
      'howMany',
      [
        ['en', 'how many sessions will I need?'],
        ['es', '¿cuántas sesiones hacen falta?'],
        ['ca', 'quantes sessions necessite?'],
        ['fr', 'combien de séances faut-il ?'],
        ['it', 'quante sedute servono?'],
        ['de', 'wie viele sitzungen brauche ich?'],
        ['pt', 'quantas sessões vou precisar?'],
        ['ar', 'كم جلسه احتاج؟'],
      ],
    ],
    [
      'referral',
      [
        ['en', 'do I need a referral from my GP?'],
        ['es', '¿hace falta receta del médico?'],
        ['ca', 'cal un volant del metge?'],
        ['fr', 'faut-il une ordonnance ?'],
        ['it', 'serve l impegnativa del medico?'],
        ['de', 'brauche ich eine ueberweisung?'],
        ['pt', 'preciso de prescrição médica?'],
        ['ar', 'لازم وصفه من الدكتور؟'],
      ],
    ],
    [
      'clothing',
      [
        ['en', 'what should I wear?'],
        ['es', '¿qué ropa me pongo?'],
        ['ca', 'quina roba porte?'],
        ['fr', "qu'est-ce que je dois porter ?"],
        ['it', 'cosa devo indossare?'],
        ['de', 'was soll ich anziehen?'],
        ['pt', 'que roupa devo levar?'],
        ['ar', 'شو البس للجلسه؟'],
      ],
    ],
    [
      'tattoo',
      [
        ['en', 'can you laser over a tattoo?'],
        ['es', 'tengo tatuajes en la pierna'],
        ['ca', 'tinc un tatuatge'],
        ['fr', "j'ai un tatouage"],
        ['it', 'ho un tatuaggio sulla gamba'],
        ['de', 'ich habe ein tattoo am bein'],
        ['pt', 'tenho uma tatuagem'],
        ['ar', 'عندي تاتو'],
      ],
    ],
    [
      'fasting',
      [
        ['en', "I'm fasting for Ramadan"],
        ['es', 'estoy en ayunas'],
        ['ca', 'estic fent el dejuni'],
        ['fr', 'je fais le ramadan, je jeûne'],
        ['it', 'sto facendo il digiuno del ramadan'],
        ['de', 'ich faste gerade'],
        ['pt', 'estou em jejum'],
        ['ar', 'ana sayma'],
      ],
    ],
    [
      'menstruation',
      [
        ['en', "can I come if I'm on my period?"],
        ['es', 'estoy con la regla'],
        ['ca', 'tinc la regla'],
        ['fr', "j'ai mes règles"],
        ['it', 'posso venire con le mestruazioni?'],
        ['de', 'kann ich kommen wenn ich meine tage habe?'],
        ['pt', 'posso fazer laser menstruada?'],
        ['ar', 'عندي الدورة الشهرية'],
      ],
    ],
    [
      'multiplePets',
      [
        ['en', 'got 2 dogs, any deal?'],
        ['es', 'traigo dos perros'],
        ['ca', 'tinc dos gossos'],
        ['fr', "j'ai deux chiens"],
        ['it', 'ho due cani'],
        ['de', 'ich habe zwei hunde'],
        ['pt', 'tenho dois cachorros'],
        ['ar', 'عندي كلبين'],
      ],
    ],
    [
      'cage',
      [
        ['en', 'do you put dogs in cages?'],
        ['es', '¿los meten en jaulas?'],
        ['ca', 'els poseu en gàbies?'],
        ['fr', 'ils restent en cage ?'],
        ['it', 'li mettete in gabbia?'],
        ['de', 'kommen die hunde in einen kafig?'],
        ['pt', 'ficam em gaiolas?'],
        ['ar', 'هل تحطون الكلاب في اقفاص؟'],
      ],
    ],
    [
      'aggressive',
      [
        ['en', 'my dog bites sometimes'],
        ['es', 'mi perro muerde'],
        ['ca', 'el meu gos mossega'],
        ['fr', 'mon chien mord'],
        ['it', 'il mio cane morde'],
        ['de', 'mein hund beisst manchmal'],
        ['pt', 'meu cachorro morde às vezes'],
        ['ar', 'كلبي بيعض'],
      ],
    ],
    [
      'breastfeeding',
      [
        ['en', "I'm breastfeeding"],
        ['es', 'doy el pecho'],
        ['ca', 'encara done el pit'],
        ['fr', "j'allaite"],
        ['it', 'sto allattando'],
        ['de', 'ich stille noch'],
        ['pt', 'ainda dou de mamar'],
        ['ar', 'انا مرضعه'],
      ],
    ],
    [
      'past',
      [
        ['en', 'I came in last week'],
        ['es', 'fui la semana pasada'],
        ['ca', 'vaig venir la setmana passada'],
        ['fr', 'je suis venue la semaine dernière'],
        ['it', "l'ultima volta mi avete fatto male"],
        ['de', 'ich war letzte Woche bei euch'],
        ['pt', 'fui lá na semana passada'],
        ['ar', 'جيت الاسبوع الماضي'],
      ],
    ],
    [
      'festive',
      [
        ['en', 'what are your hours over the holidays?'],
        ['es', 'qué horario tenéis en navidades?'],
        ['ca', 'obriu per les festes?'],
        ['fr', 'vos horaires pendant les fêtes ?'],
        ['it', 'che orari fate durante le feste?'],
        ['de', 'habt ihr zwischen den Jahren offen?'],
        ['pt', 'qual o horário nas festas de fim de ano?'],
        ['ar', 'واش حالين نهار راس العام؟'],
      ],
    ],
  ])('finds %s in every language', (concept, examples) => {
    for (const [language, text] of examples)
      expect([...conceptsOf(text, language)], `${language}: ${text}`).toContain(concept);
  });

  it.each([
    ["c'est combien ?", 'price'],
    ['cest combien ?', 'price'],
    ["c'est payant ?", 'price'],
    ["c'est long ?", 'duration'],
    ["c'est où ?", 'location'],
    ["c'est ma première fois", 'firstVisit'],
  ])('reads French %j as written, apostrophe or not (%s)', (text, concept) => {
    expect([...conceptsOf(text, 'fr')]).toContain(concept);
  });

  it('matches function words to a concept only as written', () => {
    // Portuguese "pelo" (by the) shares its stem with "pelos" (hair); "how many" is written as is.
    expect(conceptsOf('vêm pelo programa PADI', 'pt').has('hairRemoval')).toBe(false);
    expect(conceptsOf('tenho muitos pelos nas pernas', 'pt').has('hairRemoval')).toBe(true);
    // Catalan "pel" is "per el" (by the) before a noun, and the hair (pèl) after an article.
    expect(conceptsOf('obriu dissabte pel matí?', 'ca').has('hairRemoval')).toBe(false);
    expect(conceptsOf('em podeu treure el pèl de les cames?', 'ca').has('hairRemoval')).toBe(true);
    expect(conceptsOf('how many sessions', 'en').has('howMany')).toBe(true);
  });

  it('does not read Portuguese "nos" (in the) as knots, or acupuncture as dry needling', () => {
    expect([...conceptsOf('grávida pode fazer limpeza nos dentes?', 'pt')]).not.toContain('matting');
    expect([...conceptsOf('o pelo tem muitos nós, está embaraçado', 'pt')]).toContain('matting');
    expect([...conceptsOf('fazem acupunctura chinesa?', 'pt')]).not.toContain('needling');
  });

  it.each<[string, TextLanguage, string]>([
    ['chkoun l biologiste? ytkalmou bel9baylia?', 'ar', 'berber'],
    ['parlez-vous kabyle ?', 'fr', 'berber'],
    ['¿qué días trabaja Lotte? si puede ser en neerlandés', 'es', 'dutch'],
    ['does anyone speak russian?', 'en', 'russian'],
    ['is there someone who speaks Turkish?', 'en', 'turkish'],
    ['sprecht ihr Polnisch?', 'de', 'polish'],
    ['falam mandarim?', 'pt', 'chinese'],
    ['do you speak farsi?', 'en', 'persian'],
  ])('names a language: %s', (text, language, concept) => {
    expect(conceptsOf(text, language).has(concept)).toBe(true);
  });

  it.each<[string, TextLanguage, string]>([
    ['do you do gel polish?', 'en', 'polish'],
    ['is the turkish bath included?', 'en', 'turkish'],
    ['¿hacéis medicina china?', 'es', 'chinese'],
    ['mi gato persa tiene nudos', 'es', 'persian'],
    ['unser Hund aus Rumänien beißt', 'de', 'romanian'],
    ['tinc una persa amb el pèl llarg', 'ca', 'persian'],
  ])('a treatment or an animal named after a people is no language: %s', (text, language, concept) => {
    expect(conceptsOf(text, language).has(concept)).toBe(false);
  });

  it.each<[string, TextLanguage]>([
    ['tinc una persa amb el pèl llarg', 'ca'],
    ['mon persan a des nœuds', 'fr'],
    ['do you groom persian cats?', 'en'],
  ])('a Persian is a cat: %s', (text, language) => {
    expect(conceptsOf(text, language).has('cat')).toBe(true);
  });

  it('does not read "you guys" as men', () => {
    expect(conceptsOf('do you guys put dogs in cages', 'en').has('men')).toBe(false);
    expect(conceptsOf('do you treat men', 'en').has('men')).toBe(true);
    // "Guys" is a vocative ("hi guys"), but brows "for guys" are men's.
    expect(conceptsOf('hi guys, do you do brow tint?', 'en').has('men')).toBe(false);
    expect(conceptsOf('do you do brows for guys?', 'en').has('men')).toBe(true);
  });

  it('does not read an English "home" as a Catalan man', () => {
    const concepts = (text: string, languages: TextLanguage[]) =>
      new Set(analyse(text, { languages }).concepts.map((c) => c.key));
    expect(concepts("we've just brought home a little pup", ['en', 'es', 'ca']).has('men')).toBe(false);
    expect(concepts('talleu els cabells a homes també?', ['ca']).has('men')).toBe(true);
    expect(concepts('és per a un home de 40 anys', ['ca']).has('men')).toBe(true);
  });

  it('does not read a duration as opening hours, or an afternoon as a duration', () => {
    expect(conceptsOf('bona tarda', 'ca').has('duration')).toBe(false);
    expect(conceptsOf('si llegas tarde', 'es').has('duration')).toBe(false);
  });

  it.each<[TextLanguage, string]>([
    ['en', "what's the warranty on frames?"],
    ['fr', 'les montures sont garanties combien de temps ?'],
    ['es', '¿cuánto dura la garantía?'],
    ['de', 'wie lange ist die Garantie?'],
    ['it', "c'è la garanzia sulla montatura?"],
    ['pt', 'tem garantia?'],
  ])('reads a warranty in every language (%s): %s', (language, text) => {
    expect(conceptsOf(text, language).has('warranty')).toBe(true);
  });

  it('reads coming in the afternoon as the afternoon, not as being late', () => {
    expect(conceptsOf('quería cita para la semana que viene, por la tarde', 'es').has('late')).toBe(false);
    expect(conceptsOf('quería cita para la semana que viene, por la tarde', 'es').has('afternoon')).toBe(true);
    expect(conceptsOf('millor a la tarda', 'ca').has('late')).toBe(false);
    expect(conceptsOf('si llego tarde me cobráis?', 'es').has('late')).toBe(true);
    expect(conceptsOf('esta tarde llego tarde', 'es').has('late')).toBe(true);
  });

  it.each<[TextLanguage, string]>([
    ['en', 'anything I should bring along to my first appointment?'],
    ['es', '¿tengo que llevar algo a la primera visita?'],
    ['fr', 'je dois apporter quelque chose pour le rendez-vous ?'],
    ['de', 'was muss ich zum Termin mitbringen?'],
    ['pt', 'o que devo levar na primeira consulta?'],
  ])('reads what to bring to a visit as preparing for it (%s): %s', (language, text) => {
    expect(conceptsOf(text, language).has('preparation')).toBe(true);
  });

  it('meets German written with or without umlauts, and compounds on their known head', () => {
    for (const text of ['ich möchte einen Termin', 'ich moechte einen termin', 'ich mochte einen Zahnarzttermin'])
      expect(conceptsOf(text, 'de').has('booking'), text).toBe(true);
    // "Zahnreinigung" is a tooth cleaning: both concepts, as the split compound says.
    expect(conceptsOf('was kostet eine Zahnreinigung?', 'de')).toEqual(new Set(['price', 'tooth', 'cleaning']));
    expect(conceptsOf('wie sind die Öffnungszeiten?', 'de').has('opening')).toBe(true);
    expect(conceptsOf('wie sind die oeffnungszeiten?', 'de').has('opening')).toBe(true);
  });

  it.each<[TextLanguage, string, string]>([
    ['en', 'my dog ate a whole bar of chocolate', 'payment'], // German "bar" (cash)
    ['en', 'how much is a nail trim?', 'pregnancy'], // German "Trimester" stems to "trim"
    ['en', 'I have really bad breath', 'bath'], // German "Bad"
    ['en', 'can I go to the beach the day after?', 'preparation'], // German "beachten" stems to "beach"
    ['en', 'do you do boarding over the holidays?', 'age'], // Italian "over 65"
    ['pt', 'meu marido quer fazer as costas', 'price'], // Italian "costa"
    ['es', 'tengo la cara hinchada', 'price'], // Italian "cara"
    ['ca', 'voldria regalar-li una neteja a ma mare', 'sun'], // Italian "mare"
    ['fr', 'je peux fumer après ?', 'opening'], // Italian "apre"
    ['it', 'pulisco i denti con il filo interdentale', 'hairRemoval'],
    ['de', 'ich bin seit 5 Uhr wach', 'hairRemoval'], // "Wachs" stems to "wach"
  ])(
    'keeps an Italian or German word that is another word elsewhere out: %s %j is not %s',
    (language, text, concept) => {
      expect(conceptsAlsoInItDe(text, language)).not.toContain(concept);
    },
  );

  it('reads Italian elisions and WhatsApp shorthand', () => {
    expect(conceptsOf("quant'è la pulizia dell'apparecchio?", 'it').has('orthodontics')).toBe(true);
    expect(conceptsOf('cmq x disdire quanto preavviso serve?', 'it')).toEqual(new Set(['cancel', 'notice']));
  });

  it('has words for every concept in every language, and every phrase compiles', () => {
    const compiled = new Set(compilePhrases(CONCEPT_TABLE).map((p) => `${p.key} ${p.language}`));
    for (const [concept, entry] of Object.entries(CONCEPT_TABLE)) {
      for (const language of TEXT_LANGUAGES) {
        expect((entry as Partial<Record<TextLanguage, string>>)[language], `${concept} in ${language}`).toBeTruthy();
        expect(compiled.has(`${concept} ${language}`), `${concept} in ${language}`).toBe(true);
      }
    }
  });
});

describe('round 27 phrases', () => {
  it.each<[TextLanguage, string, string]>([
    ['it', 'gli aghi li buttate dopo ogni paziente o li sterilizzate e li riusate?', 'hygiene'],
    ['en', 'do you reuse the needles?', 'hygiene'],
    ['pt', 'vocês reutilizam as agulhas?', 'hygiene'],
    ['it', 'vorrei fare le coppette per le spalle', 'cupping'],
    ['en', 'will the prescription still be any good by then?', 'validity'],
    ['it', 'la ricetta è ancora valida a marzo?', 'validity'],
    ['pt', 'a receita ainda vale daqui a dois meses?', 'validity'],
    ['de', 'Ich nehme Eliquis wegen Vorhofflimmern, geht Akupunktur trotzdem?', 'bloodThinner'],
    ['en', "I'm on blood thinners, can I still get a filler?", 'bloodThinner'],
    ['es', 'tomo sintrom, me puedo sacar la muela?', 'bloodThinner'],
    ['fr', 'je prends du Xarelto, c’est un problème pour le piercing ?', 'bloodThinner'],
    ['ar', 'باخد مميع للدم، ينفع اعمل الحجامه؟', 'bloodThinner'],
    ['pt', 'passo o dia inteiro enjoada', 'nausea'],
    ['en', 'terrible morning sickness, can acupuncture help?', 'nausea'],
    ['de', 'ich habe ständig Übelkeit in der Schwangerschaft', 'nausea'],
    ['pt', 'tô de 8 semanas do meu segundo', 'pregnancy'],
    ['pt', 'dá pra pagar do meu bolso e começar logo?', 'selfPay'],
    ['fr', "hier on m'a collé des graines sur l'oreille", 'earSeeds'],
    ['pt', 'quanto tempo ficam as sementes na orelha?', 'earSeeds'],
    ['de', 'wie lange bleiben die Ohrsamen drauf?', 'earSeeds'],
    ['de', 'kann ich als Selbstzahler kommen?', 'selfPay'],
    ['en', 'what if I pay out of pocket, no referral?', 'selfPay'],
    ['es', 'si lo pago de mi bolsillo sin seguro cuánto es?', 'selfPay'],
    ['es', 'estoy de 12 semanas, puedo hacerme la limpieza?', 'pregnancy'],
  ])('%s "%s" raises %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it('reads "gar nicht übel" (not bad at all) as no nausea', () => {
    expect(conceptsOf('das Ergebnis ist gar nicht übel', 'de')).not.toContain('nausea');
  });

  it('reads the Italian colour "viola" as no guitar, in Portuguese too', () => {
    expect(conceptsOf('restano quei cerchi viola?', 'pt')).not.toContain('guitar');
    expect(conceptsOf('aulas de violão para crianças', 'pt')).toContain('guitar');
  });
});
