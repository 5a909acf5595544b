import { describe, expect, it } from 'vitest';
import { detectLanguage, looksArabic } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'How much is laser hair removal for full legs?'],
    ['en', 'Hi, are you open tomorrow morning?'],
    ['en', 'I would like to book an appointment please'],
    ['fr', "Combien coûte l'épilation des aisselles ?"],
    ['fr', 'Bonjour, est-ce que vous êtes ouverts demain ?'],
    ['fr', 'Je voudrais prendre rendez-vous pour une épilation'],
    ['es', '¿Cuánto cuesta la depilación de piernas?'],
    ['es', 'Hola, quisiera una cita para mañana'],
    ['es', '¿Están abiertos hoy?'],
    ['ar', 'كم سعر الليزر للإبط؟'],
    ['ar', 'السلام عليكم'],
    ['ar', 'مرحبا'],
    ['ca', 'Hola, teniu hora per a una neteja dilluns?'],
    ['ca', 'quant costa el blanquejament?'],
    ['ca', "m'agradaria saber si obriu els dissabtes"],
    ['ca', "les dents m'han quedat sensibles després de la neteja"],
    ['pt', 'Olá, quanto custa uma limpeza?'],
    ['pt', 'vcs atendem no sábado de manhã?'],
    ['pt', 'preciso marcar uma consulta para sexta-feira'],
    ['es', '¿a qué hora abrís los sábados?'],
    ['es', 'cuánto me cobráis por quitar el sarro?'],
    ['es', 'q tal, me podeis decir si hay aparcamiento cerca?'],
    // Italian and German as typed on WhatsApp: no accents or umlauts, shorthand, typos.
    ['it', 'buongiorno, quanto costa una pulizia dei denti?'],
    ['it', 'ciao avete posto sabato mattina?'],
    ['it', 'vorrei prenotare un appuntamento x domani'],
    ['it', 'posso pagare con la carta? grz'],
    ['it', 'cmq nn riesco a venire giovedi, posso spostare?'],
    ['it', 'salve, siete aperti oggi pomeriggio?'],
    ['it', 'quanto costa lo sbiancamento dei denti?'],
    ['de', 'hallo, was kostet eine zahnreinigung?'],
    ['de', 'guten tag, habt ihr am samstag offen?'],
    ['de', 'ich moechte einen termin fuer naechste woche'],
    ['de', 'Ich möchte einen Termin für nächste Woche'],
    ['de', 'kann ich mit karte zahlen? danke'],
    ['de', 'vllt kann ich morgen vorbeikommen, habt ihr zeit?'],
    ['de', 'wie lange dauert die behandlung?'],
  ])('%s: %s', (language, text) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe(language);
    expect(guess.arabizi).toBe(false);
    expect(guess.script).toBe(language === 'ar' ? 'arabic' : 'latin');
    expect(guess.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    'kifak, kam se3r el laser?',
    'kam se3r el underarms?',
    'mar7aba, baddi 7ajez maw3ed',
    'shukran ktir',
    'inshallah bukra',
    'wein 3andkon el parking?',
    'shu el as3ar?',
  ])('Arabizi: %s', (text) => {
    expect(detectLanguage(text)).toMatchObject({ language: 'ar', script: 'latin', arabizi: true });
    expect(detectLanguage(text).confidence).toBeGreaterThanOrEqual(0.5);
  });

  it.each(['ok', '👍', '123', '', '   ', 'laser?', 'HydraFacial', '10am'])(
    'leaves short or ambiguous text undecided: %j',
    (text) => {
      expect(detectLanguage(text).language).toBeUndefined();
    },
  );

  it.each(['teşekkürler', 'çok teşekkür ederim, görüşürüz', 'dziękuję bardzo', 'mulțumesc frumos', 'děkuji'])(
    'leaves a language it does not read undecided, whatever letters it shares: %j',
    (text) => {
      expect(detectLanguage(text).language).toBeUndefined();
    },
  );

  it('still reads a message with a name in another alphabet: "hi, I\'m Łukasz, can I book a cut for friday?"', () => {
    expect(detectLanguage("hi, I'm Łukasz, can I book a cut for friday?").language).toBe('en');
  });

  it.each([
    ['hello', 'en'],
    ['bonjour', 'fr'],
    ['obrigado', 'pt'],
    ['gràcies', 'ca'],
    ['coucou', 'fr'],
    ['hiya', 'en'],
    ['bye!', 'en'],
    ['valeu', 'pt'],
    ['perfecto', 'es'],
    ['ciao', 'it'],
    ['buongiorno', 'it'],
    ['grazie', 'it'],
    ['hallo', 'de'],
    ['danke', 'de'],
    ['tschüss', 'de'],
  ])('gives a single word (%s) at most low confidence', (text, language) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe(language);
    expect(guess.confidence).toBeLessThan(0.5);
  });

  it.each([
    "c'è un numero di telefono per chiamarvi?",
    "c'è parcheggio vicino?",
    'posso chiamarvi domani per spostare?',
    'vorrei mandarvi una foto del piede',
  ])('reads "c\'è" and an infinitive with a pronoun glued on as Italian, not Catalan: %s', (text) => {
    expect(detectLanguage(text).language).toBe('it');
  });

  it.each(['és per demà a les cinc?', 'quin preu té per a nens?', 'hi ha aparcament per als clients?'])(
    'still reads Catalan with its own "per" and "è": %s',
    (text) => {
      expect(detectLanguage(text).language).toBe('ca');
    },
  );

  it.each([
    'a que hora cierran el sabado?',
    'como llego en metro? estamos en la paulista',
    'me duelen las muelas desde ayer',
    'vuelvo en diciembre, hay sitio?',
  ])('reads the Spanish "ie"/"ue" and a word opening in "ll" as Spanish, not Portuguese: %s', (text) => {
    expect(detectLanguage(text).language).toBe('es');
  });

  it.each([
    ['crec que he trencat aigües', 'ca'],
    ['tinc una qüestió sobre el preu', 'ca'],
    ['me da vergüenza preguntar, cuanto cuesta?', 'es'],
    ['ist das günstig?', 'de'],
    ['grüezi mitenand', 'de'],
  ])(
    'reads the diaeresis of "güe/qüi" as Catalan or Spanish, a "ü" elsewhere as German: %s is %s',
    (text, language) => {
      expect(detectLanguage(text).language).toBe(language);
    },
  );

  it.each([
    ['a que horas fecham no sabado?', 'es'],
    ['com arribo amb metro des de la plaça?', 'es'],
    ['the fuel cost is included?', 'es'],
    ['is the influence of diet that big?', 'es'],
    ['due sedute bastano?', 'es'],
  ])('leaves words that only look Spanish alone: %s is not %s', (text, language) => {
    expect(detectLanguage(text).language).not.toBe(language);
  });

  it('leaves a word two languages share undecided, with the evidence for each', () => {
    // "Hola" is Spanish and Catalan: the responder breaks the tie with the business's languages.
    const guess = detectLanguage('hola');
    expect(guess.language).toBeUndefined();
    expect(guess.scores.es).toBeGreaterThan(0);
    expect(guess.scores.es).toBe(guess.scores.ca);
  });

  it('reads "bye" as English only when nothing else says which language', () => {
    expect(detectLanguage('yalla bye')).toMatchObject({ language: 'ar', arabizi: true });
  });

  it('does not take times and ordinals for Arabizi', () => {
    expect(detectLanguage('Can I come at 3pm on the 2nd?')).toMatchObject({ language: 'en', arabizi: false });
  });

  it.each([
    ['pt', 'como funciona o invisalign?'],
    ['pt', 'o branqueamento deixa os dentes sensíveis?'],
    ['pt', 'vcs fazem isso ao sábado?'],
    ['pt', 'tá disponível amanhã?'],
    ['pt', 'as vagas estão disponíveis?'],
    ['es', '¿cómo funciona el invisalign?'],
    ['es', 'los dientes sensibles, qué hago?'],
    ['es', 'tenéis cita el sábado?'],
    ['ca', 'com funciona el invisalign? perquè em fa por'],
    ['ca', 'quins preus teniu per a la neteja?'],
    ['fr', 'comment ça marche avec le laser ?'],
    ['en', 'do you take cards on the day or is it cash only?'],
    // Short Italian is not Spanish, Portuguese or Catalan; short German is not English.
    ['it', 'quanto costa?'],
    ['it', 'avete parcheggio?'],
    ['it', 'posso venire domani?'],
    ['it', 'grazie mille'],
    ['it', 'buongiorno a tutti'],
    ['de', 'was kostet das?'],
    ['de', 'guten Tag'],
    ['de', 'danke schön'],
    ['de', 'habt ihr parkplätze?'],
    ['de', 'Termin am Montag?'],
    ['de', 'ich moechte buchen'],
  ] as const)('tells close neighbours apart by the function words only one writes (%s): %s', (language, text) => {
    // Short messages may stay undecided, but the evidence leans the right way (the business's languages decide).
    const guess = detectLanguage(text);
    expect([language, undefined]).toContain(guess.language);
    const best = Math.max(...Object.values(guess.scores));
    expect(guess.scores[language]).toBe(best);
    expect(Object.values(guess.scores).filter((v) => v === best)).toHaveLength(1);
  });

  it('goes by script when Arabic and Latin are mixed', () => {
    expect(detectLanguage('كم سعر laser؟').language).toBe('ar');
  });
});

describe('looksArabic', () => {
  it.each([
    'salam, bghit rendez-vous pour mon chat demain',
    'slm khti wach kayn blasa ghda?',
    'wach ntoma m7lolin nhar l3id lkbir? bghit ndir brushing',
    'هل عندكم موعد غدا؟',
  ])('reads %j as Arabic too', (text) => {
    expect(looksArabic(text)).toBe(true);
  });

  it('does not read a long French message as Arabizi for a trace of Arabizi-like words ("jour", "salle")', () => {
    const text =
      "Bonsoir, à quelle heure vous commencez à préparer la mariée le jour du mariage ? L'entrée est prévue vers 22h30 à la salle";
    expect(looksArabic(text)).toBe(false);
  });
});
