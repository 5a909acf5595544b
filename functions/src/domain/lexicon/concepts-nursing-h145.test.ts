/**
 * Round 35 words of a home-nursing service near the Moroccan border: surgical staples taken out like stitches,
 * Moroccan Arabic named as the language spoken, Morocco and the towns across the border, the public health card,
 * the public system as a question of cover, the iftar of Ramadan, children's doctors, the urinary catheter, a
 * hospital's discharge report as the doctor's order, someone taken ill as the case asked about, injections given to
 * someone ("que le pinchen"), and the Andalusian vocative "quillo". Each found in every language, and near misses
 * that must stay out.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyzer.js';
import { Vocabulary } from '../fuzzy.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../languages.js';
import { conceptsOf } from './concepts.test-helper.js';

const examples: [string, [TextLanguage, string][]][] = [
  [
    'stitches',
    [
      ['en', 'my husband had surgical staples put in his belly, who takes them out?'],
      ['es', 'a mi padre le pusieron grapas en la pierna, ¿cuándo se las quitan?'],
      ['fr', "il faut retirer les agrafes de l'opération, vous venez à la maison ?"],
      ['it', 'devo togliere le graffette dopo il cesareo'],
      ['de', 'wann werden die Wundklammern entfernt?'],
      ['ca', 'quan em poden treure les grapes del genoll?'],
      ['pt', 'o meu pai tem agrafos na barriga desde a cirurgia'],
      ['ar', 'متى تزال الدبابيس الجراحية من الركبة؟'],
    ],
  ],
  [
    'arabic',
    [
      ['en', 'is there a nurse who speaks darija? my gran has no english'],
      ['es', '¿alguna enfermera habla dariya con mi abuelo?'],
      ['fr', 'quelqu’un parle la darija chez vous ?'],
      ['it', 'qualcuno parla darija con mia nonna?'],
      ['de', 'spricht jemand Darija mit meiner Oma?'],
      ['ca', 'algú parla darija amb la meva àvia?'],
      ['pt', 'alguém fala darija com a minha avó?'],
      ['ar', 'واش كاين شي ممرضة كتهضر بالدارجة؟'],
    ],
  ],
  [
    'morocco',
    [
      ['en', 'my aunt is visiting from Morocco next month'],
      ['es', 'mi suegro vive en Tetuán y viene a operarse aquí'],
      ['fr', 'mon père arrive du Maroc la semaine prochaine'],
      ['it', 'mia madre è appena arrivata dal Marocco'],
      ['de', 'meine Mutter kommt aus Marokko zu Besuch'],
      ['ca', 'la meva mare acaba d’arribar del Marroc'],
      ['pt', 'a minha sogra chegou de Marrocos ontem'],
      ['ar', 'خويا ساكن في طنجة وبغا يخلص من تما'],
    ],
  ],
  [
    'healthCard',
    [
      ['en', "she hasn't got a european health insurance card yet"],
      ['es', 'no tiene todavía la tarjeta sanitaria de aquí'],
      ['fr', "il n'a pas encore sa carte vitale"],
      ['it', 'mio padre non ha la tessera sanitaria italiana'],
      ['de', 'sie hat noch keine Versichertenkarte'],
      ['ca', 'encara no té la targeta sanitària'],
      ['pt', 'ele ainda não tem cartão de utente'],
      ['ar', 'ما عندهاش البطاقة الصحية ديال هنا'],
    ],
  ],
  [
    'iftar',
    [
      ['en', 'in ramadan could the nurse come round after iftar?'],
      ['es', 'en ramadán podéis pasar después del ftour?'],
      ['fr', 'pendant le ramadan vous passez après la rupture du jeûne ?'],
      ['it', "durante il ramadan venite dopo l'iftar?"],
      ['de', 'könnt ihr im Ramadan nach dem Fastenbrechen kommen?'],
      ['ca', 'durant el ramadà veniu després de trencar el dejuni?'],
      ['pt', 'no ramadão podem vir depois da quebra do jejum?'],
      ['ar', 'تقدرو تجيو بعد الإفطار في رمضان؟'],
    ],
  ],
  [
    'paediatrics',
    [
      ['en', 'our pediatrician said she needs a booster'],
      ['es', 'la pediatra le ha mandado una vacuna'],
      ['fr', 'le pédiatre a prescrit un vaccin'],
      ['it', 'la pediatra dice che serve il richiamo'],
      ['de', 'der Kinderarzt hat die Impfung verschrieben'],
      ['ca', 'la pediatra diu que li toca la vacuna'],
      ['pt', 'o pediatra receitou a vacina'],
      ['ar', 'طبيب الأطفال قال لازم التلقيح'],
    ],
  ],
  [
    'catheter',
    [
      ['en', 'my dad has a urinary catheter that needs changing'],
      ['es', 'hay que cambiarle la sonda a mi abuelo'],
      ['fr', 'il faut changer sa sonde urinaire'],
      ['it', 'bisogna cambiare il catetere a mio padre'],
      ['de', 'der Blasenkatheter muss gewechselt werden'],
      ['ca', 'cal canviar la sonda vesical del meu pare'],
      ['pt', 'é preciso mudar a algália do meu avô'],
      ['ar', 'بابا عندو القسطرة وخاصها تتبدل'],
    ],
  ],
];

describe('home-nursing words (h145)', () => {
  it.each(examples)('finds %s in every language', (concept, phrases) => {
    for (const [language, text] of phrases) {
      expect([...conceptsOf(text, language)], `${language}: ${text}`).toContain(concept);
    }
  });

  it('has an example in every language for each of them', () => {
    for (const [concept, phrases] of examples) {
      const covered = new Set(phrases.map(([language]) => language));
      for (const language of TEXT_LANGUAGES) expect(covered.has(language), `${concept} ${language}`).toBe(true);
    }
  });

  it.each<[TextLanguage, string, string]>([
    ['en', 'is this covered by the public health system?', 'insurance'],
    ['es', '¿lo paga la seguridad social o es privado?', 'insurance'],
    ['es', 'mi madre no quiere que le pinchen en el brazo', 'injection'],
    // A hospital's discharge report, which prescribes the care after it.
    ['es', 'tengo el informe de alta del hospital, sirve?', 'referral'],
    ['en', 'we only have the discharge letter from the ward', 'referral'],
    ['pt', 'trago o relatório de alta?', 'referral'],
    ['fr', "j'ai seulement la lettre de sortie de l'hôpital", 'referral'],
    // Someone taken ill, the case a customer asks about.
    ['es', 'si mi madre se pone mala un domingo qué hago?', 'emergency'],
    ['en', 'if she gets ill in the middle of the night who do I ring?', 'emergency'],
    ['fr', "s'il tombe malade pendant le week-end, on vous appelle ?", 'emergency'],
    ['it', 'se si sente male di notte vi posso chiamare?', 'emergency'],
    ['de', 'wenn er krank wird, kann ich euch anrufen?', 'emergency'],
    ['ca', 'si es posa malalt a la nit us puc trucar?', 'emergency'],
    ['pt', 'se ele ficar doente à noite posso ligar?', 'emergency'],
    ['ar', 'اذا مرض بابا في الليل نتصل بكم؟', 'emergency'],
  ])('reads the cover and the injection (%s): %s', (language, text, concept) => {
    expect([...conceptsOf(text, language)]).toContain(concept);
  });

  it.each<[TextLanguage, string, string]>([
    // A staple of the diet or of an office is no surgical staple; one's own points of a loyalty card are no stitches.
    ['en', 'rice is a staple of our diet', 'stitches'],
    ['es', 'con la tarjeta de puntos tengo descuento?', 'stitches'],
    // A card to pay with is no health card.
    ['fr', 'je peux payer par carte bancaire ?', 'healthCard'],
    // Breakfast before a blood test is fasting, not the iftar; a house ("casa") is not Casablanca.
    ['es', 'tengo que ir sin desayunar a la analítica?', 'iftar'],
    ['es', 'venís a casa a sacar la sangre?', 'morocco'],
    ['de', 'gibt es einen Rabatt für Rentner?', 'morocco'],
    // A puppy's months are no child's.
    ['en', 'my 6 month old puppy needs his vaccine', 'children'],
    // The Arabic of a language course alone is the language, not Morocco.
    ['es', 'damos clases de árabe los martes', 'morocco'],
    // A punctured tyre is no injection.
    ['es', 'se me ha pinchado la rueda de la bici', 'injection'],
    ['es', 'el neumático lo pinchan los cristales de la calle', 'injection'],
    // A pedicure is no children's doctor, and a children's doctor no pedicure.
    ['es', 'cuánto cuesta la pedicura?', 'paediatrics'],
    ['es', 'el pediatra de mi hijo me mandó aquí', 'nails'],
    // A probe, a sounding of opinion, is no catheter.
    ['fr', 'nous faisons un sondage auprès de nos clients', 'catheter'],
    // Looking bad after a haircut is no falling ill.
    ['pt', 'o corte vai ficar mal com o meu cabelo?', 'emergency'],
    // Being ill now, or having been, is no case asked about.
    ['es', 'mi padre está malo del estómago, podéis venir el lunes?', 'emergency'],
    ['en', 'she got ill last week so we missed the visit', 'emergency'],
    // A report of results or a discharge from a job is no doctor's order.
    ['es', 'quiero darme de alta en el gimnasio', 'referral'],
  ])('leaves out a near miss (%s): %s', (language, text, concept) => {
    expect([...conceptsOf(text, language)]).not.toContain(concept);
  });
});

describe('Andalusian vocatives (h145)', () => {
  it('reads "quillo" and "illo" as the vocative "tío", no boy', () => {
    expect([...conceptsOf('quillo teneis una chica pa la cura?', 'es')]).not.toContain('men');
    expect([...conceptsOf('illo buenas, q precio tiene la cura?', 'es')]).not.toContain('men');
    expect([...conceptsOf('quilla, mi niño es mu chico pa eso?', 'es')]).not.toContain('women');
  });

  it('keeps a boy asked for by name', () => {
    expect([...conceptsOf('preferimos una chica y no un chico para la sonda', 'es')]).toEqual(
      expect.arrayContaining(['women', 'men']),
    );
  });
});

describe('answering the phone (h145)', () => {
  // "Coger el teléfono" is spelt right: not a typo for "comen" (they eat), a word the business wrote.
  it('keeps "cogen" as written beside a business that writes "comen"', () => {
    const vocabulary = new Vocabulary(['comen', 'telefono'], []);
    const analysis = analyse('en el centro de salud nunca cogen el telefono', {
      languages: ['es'],
      primary: 'es',
      vocabulary,
    });
    expect(analysis.concepts.map((c) => c.key)).not.toContain('eat');
    expect(analysis.concepts.map((c) => c.key)).toContain('contact');
  });

  it('still corrects a typo of eating', () => {
    const vocabulary = new Vocabulary(['comen'], []);
    const analysis = analyse('los perros comenn antes del paseo?', { languages: ['es'], primary: 'es', vocabulary });
    expect(analysis.corrected).toContain('comen');
  });
});
