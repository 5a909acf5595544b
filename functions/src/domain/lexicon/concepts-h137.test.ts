/**
 * Round 34 concepts: a place to pray, skin that goes red after a treatment, a customer's records from a previous
 * practice, an animal that hides, a try-out before the occasion, sugaring; and threading said in Gulf and Egyptian
 * Arabic ("سويت خيط", "بالخيط"). Each found in every language, and near misses that must stay out.
 */
import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES, type TextLanguage } from '../languages.js';
import { conceptsOf } from './concepts.test-helper.js';

const examples: [string, [TextLanguage, string][]][] = [
  [
    'prayerRoom',
    [
      ['en', 'is there somewhere I can pray while I wait? I need to make wudu too'],
      ['es', '¿tenéis un sitio para rezar en el centro?'],
      ['fr', 'avez-vous une salle de prière pour les clientes ?'],
      ['it', "c'è un posto per pregare da voi?"],
      ['de', 'gibt es bei euch einen Gebetsraum?'],
      ['ca', 'teniu algun lloc per resar?'],
      ['pt', 'há algum lugar para rezar aí dentro?'],
      ['ar', 'فيه مكان للصلاة عندكم؟ ابي اتوضا قبل'],
    ],
  ],
  [
    'redness',
    [
      ['en', 'my wedding is on saturday, will my face go red after the eyebrow session?'],
      ['es', '¿se me queda la cara roja después de la depilación?'],
      ['fr', 'est-ce que les rougeurs partent vite après le fil ?'],
      ['it', 'quanto dura il rossore dopo la ceretta?'],
      ['de', 'wie lange bleibt die Rötung nach dem Waxing?'],
      ['ca', 'quant dura la vermellor després de la cera?'],
      ['pt', 'a pele fica vermelha depois da depilação?'],
      ['ar', 'بشرتي تحمر بسرعة بعد الشمع، عادي؟'],
    ],
  ],
  [
    'medicalRecords',
    [
      ['en', 'should I bring her medical history from the last clinic?'],
      ['es', '¿os mando el historial de la otra clínica?'],
      ['fr', 'faut-il apporter son dossier médical ?'],
      ['it', 'devo portare la cartella clinica del vecchio veterinario?'],
      ['de', 'soll ich die Krankenakte vom alten Tierarzt mitbringen?'],
      ['ca', "us envio l'historial de l'altra clínica?"],
      ['pt', 'preciso levar o histórico médico dele?'],
      ['ar', 'لازم اجيب الملف الطبي من الدكتور القديم؟'],
    ],
  ],
  [
    'hiding',
    [
      ['en', 'my rabbit is always hiding behind the sofa when someone comes'],
      ['es', 'mi perra se esconde cuando suena el timbre'],
      ['fr', 'mon chat se cache dès que quelqu’un sonne'],
      ['it', 'la mia gatta si nasconde sotto il divano'],
      ['de', 'mein Kater versteckt sich immer, wenn es klingelt'],
      ['ca', "el meu gat s'amaga quan ve algú"],
      ['pt', 'a minha gata fica embaixo da cama quando chega visita'],
      ['ar', 'القطوه تتخبى تحت الكنبه لما حد يجي'],
    ],
  ],
  [
    'trialRun',
    [
      ['en', 'could we do a makeup trial a few weeks before the wedding?'],
      ['es', '¿hacéis prueba de maquillaje antes de la boda?'],
      ['fr', "c'est combien l'essai coiffure pour la mariée ?"],
      ['it', 'quanto costa la prova trucco sposa?'],
      ['de', 'kann ich vorher einen Probetermin fürs Braut-Make-up machen?'],
      ['ca', 'feu prova de pentinat abans del casament?'],
      ['pt', 'fazem prova de penteado para noivas?'],
      ['ar', 'اقدر اسوي تجربه قبل يوم العرس؟'],
    ],
  ],
  [
    'sugaring',
    [
      ['en', 'do you do sugaring or only wax?'],
      ['es', '¿hacéis depilación con azúcar?'],
      ['fr', "vous faites l'épilation au sucre ?"],
      ['it', 'fate la depilazione con lo zucchero?'],
      ['de', 'bietet ihr auch Haarentfernung mit Zucker an?'],
      ['ca', 'feu depilació amb sucre?'],
      ['pt', 'fazem depilação com açúcar?'],
      ['ar', 'تسوون حلاوة للرجول؟'],
    ],
  ],
];

describe('round 34 concepts (h137)', () => {
  it.each(examples)('finds %s in every language', (concept, phrases) => {
    for (const [language, text] of phrases)
      expect([...conceptsOf(text, language)], `${language}: ${text}`).toContain(concept);
  });

  it('has an example in every language for each of them', () => {
    for (const [concept, phrases] of examples) {
      const covered = new Set(phrases.map(([language]) => language));
      for (const language of TEXT_LANGUAGES) expect(covered.has(language), `${concept} ${language}`).toBe(true);
    }
  });

  it('reads threading as Gulf and Egyptian Arabic say it, and keeps the face', () => {
    expect(conceptsOf('ابي اسوي خيط للحواجب والشنب', 'ar')).toContain('threading');
    const face = conceptsOf('كم سعر تنظيف الوجه بالخيط؟', 'ar');
    expect(face).toContain('threading');
    expect(face).toContain('face');
  });

  it('keeps sugaring with waxing and hair removal (it is both)', () => {
    const read = conceptsOf('عندكم حلاوه بدل الشمع؟', 'ar');
    for (const concept of ['sugaring', 'waxing', 'hairRemoval']) expect(read).toContain(concept);
  });

  it('keeps the henna when a trial of it is asked', () => {
    const read = conceptsOf('ممكن نعمل تجربه للحنه قبل الفرح؟', 'ar');
    expect(read).toContain('trialRun');
    expect(read).toContain('henna');
  });

  it.each<[TextLanguage, string, string]>([
    // A prayer time is a time, not the room; "original" is no prayer.
    ['ar', 'بتفتحوا بعد صلاة الجمعة؟', 'prayerRoom'],
    ['ar', 'الحنة اصلي ولا كيميائي؟', 'prayerRoom'],
    ['fr', 'je vous prie de confirmer mon rendez-vous', 'prayerRoom'],
    ['ar', 'salam, wayed zain el shughl', 'prayerRoom'],
    // Red that is not the skin going red.
    ['en', 'can I get red nails with a french tip?', 'redness'],
    ['ar', 'ليش الحنه طلعت حمرا مو غامقه؟', 'redness'],
    ['es', 'quiero el pelo rojo cobrizo', 'redness'],
    // A trial lesson, a patch test, a clinical trial.
    ['en', 'can I book a trial lesson for my son?', 'trialRun'],
    ['en', 'is this treatment in a clinical trial?', 'trialRun'],
    ['es', 'hay que hacer una prueba de alergia antes del tinte?', 'trialRun'],
    ['ar', 'كانت اول تجربه لي عندكم وكانت حلوه', 'trialRun'],
    // Hiding a piercing is no animal hiding; going to bed is not under it.
    ['en', 'I need to hide my piercing at work', 'hiding'],
    ['en', 'he goes to bed early after the visit', 'hiding'],
    // Sugar in the diet, not sugaring.
    ['en', 'can my diabetic cat have sugar?', 'sugaring'],
    ['fr', 'le sucre est mauvais pour les dents ?', 'sugaring'],
    // An identity document, a vaccination card alone.
    ['es', '¿tengo que traer el DNI?', 'medicalRecords'],
  ])('does not read %s "%s" as %s', (language, text, concept) => {
    expect([...conceptsOf(text, language)]).not.toContain(concept);
  });
});

describe('round 34 concepts, words that stem alike (h137)', () => {
  it.each<[TextLanguage, string, string]>([
    ['de', 'wie viel Zucker darf mein Hund essen?', 'sugaring'],
    ['es', 'mi perro comió azúcar', 'sugaring'],
    ['ca', 'vull amagar el piercing a la feina', 'hiding'],
  ])('does not read %s "%s" as %s', (language, text, concept) => {
    expect([...conceptsOf(text, language)]).not.toContain(concept);
  });
});

describe('something asked for instead of another (h137)', () => {
  it.each<[TextLanguage, string]>([
    ['en', 'can I have sugaring instead of wax?'],
    ['es', '¿podéis usar cera de azúcar en lugar de la normal?'],
    ['fr', 'je peux avoir le fil au lieu de la cire ?'],
    ['it', 'posso fare il filo invece della ceretta?'],
    ['de', 'geht auch Fadentechnik statt Wachs?'],
    ['ca', 'puc fer fil en lloc de cera?'],
    ['pt', 'posso fazer linha em vez de cera?'],
    ['ar', 'ممكن خيط بدل الشمع؟'],
  ])('finds instead in %s "%s"', (language, text) => {
    expect([...conceptsOf(text, language)]).toContain('instead');
  });

  it.each<[TextLanguage, string]>([
    // A suit, a changed appointment: not an alternative asked for.
    ['ar', 'بدلة العريس جاهزة؟'],
    ['ar', 'بدلت الموعد امس'],
  ])('does not read %s "%s" as instead', (language, text) => {
    expect([...conceptsOf(text, language)]).not.toContain('instead');
  });

  it('reads a locker, not the town of Al Wakra', () => {
    expect([...conceptsOf('فيه لوكر احط فيه شنطتي؟', 'ar')]).toContain('valuables');
    expect([...conceptsOf('تجون البيت في الوكرة؟', 'ar')]).not.toContain('valuables');
    expect([...conceptsOf('تجون البيت في الوكرة؟', 'ar')]).not.toContain('facilities');
  });
});
