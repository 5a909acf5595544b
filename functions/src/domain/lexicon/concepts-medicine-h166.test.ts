/**
 * The concepts of a patient's health before a visit (concepts-medicine.ts) in every language, the antihistamines
 * added to medication, the Algerian words of moving an appointment, and a lunch break kept apart from tomorrow.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { MEDICINE_CONCEPTS } from './concepts-medicine.js';
import { conceptsOf, describeConceptTable, type ConceptExamples } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'ecg',
    [
      ['en', 'do I need an EKG before the consultation?'],
      ['es', '¿el electrocardiograma se hace el mismo día?'],
      ['fr', "l'ECG est compris dans la consultation ?"],
      ['it', "quanto costa l'elettrocardiogramma?"],
      ['de', 'brauche ich vorher ein EKG?'],
      ['ca', "l'electrocardiograma el feu el mateix dia?"],
      ['pt', 'o eletrocardiograma é feito no mesmo dia?'],
      ['ar', 'بقداش تخطيط القلب؟'],
    ],
  ],
  [
    'stressTest',
    [
      ['en', 'what should I wear for the stress test?'],
      ['es', '¿cuánto dura la prueba de esfuerzo?'],
      ['fr', "je peux faire une épreuve d'effort en étant enceinte ?"],
      ['it', 'la prova da sforzo si fa in bici?'],
      ['de', 'wie lange dauert das Belastungs-EKG?'],
      ['ca', "quant dura la prova d'esforç?"],
      ['pt', 'quanto tempo demora a prova de esforço?'],
      ['ar', 'شنو نلبس لاختبار الجهد؟'],
    ],
  ],
  [
    'fever',
    [
      ['en', 'my daughter has had a fever since last night'],
      ['es', 'tiene fiebre desde ayer, ¿vamos igual?'],
      ['fr', 'il a de la fièvre depuis ce matin'],
      ['it', 'ha la febbre da due giorni'],
      ['de', 'er hat seit gestern Fieber'],
      ['ca', 'té febre des d’ahir'],
      ['pt', 'está com febre desde ontem'],
      ['ar', 'بنتي فيها السخانة من البارح'],
      ['ar', 'weldi fih skhana'],
    ],
  ],
  [
    'stopMedication',
    [
      ['en', 'do I need to stop taking my hay fever tablets?'],
      ['es', '¿tengo que dejar de tomar las pastillas antes?'],
      ['fr', 'je dois arrêter mes comprimés combien de jours avant ?'],
      ['it', 'devo sospendere il farmaco prima del test?'],
      ['de', 'muss ich die Tabletten vorher absetzen?'],
      ['ca', 'he de deixar de prendre les pastilles?'],
      ['pt', 'tenho de parar de tomar o remédio antes?'],
      ['ar', 'لازم نوقف الدواء قبل التحليل؟'],
      ['ar', 'lazem nwa9fou dwa 9bel?'],
    ],
  ],
  [
    'iron',
    [
      ['en', 'I take iron tablets every morning, is that a problem?'],
      ['es', 'tomo hierro por la anemia, lo dejo antes?'],
      ['fr', 'je prends des comprimés de fer pour une anémie'],
      ['it', 'prendo il ferro, devo smetterlo?'],
      ['de', 'ich nehme Eisentabletten, soll ich die absetzen?'],
      ['ca', 'prenc ferro per l’anèmia, l’he de deixar?'],
      ['pt', 'tomo ferro todos os dias, tenho de parar?'],
      ['ar', 'كناخد حبوب الحديد، واش نوقفهم؟'],
    ],
  ],
];

const notRead: [TextLanguage, string, string][] = [
  // The water's temperature, a bus stop, stopping by, parking the car: no fever, no medicine stopped.
  ['en', 'what temperature is the pool?', 'fever'],
  ['fr', "l'arrêt de bus le plus proche ?", 'stopMedication'],
  ['en', 'can I stop by tomorrow morning?', 'stopMedication'],
  ['ar', 'وين نوقف الطوموبيل؟', 'stopMedication'],
  // Stress at work, an electric bike, an echo in the hall: no heart test.
  ['en', 'I have a lot of stress at work, can I still come?', 'stressTest'],
  ['es', '¿tenéis bicis electricas para alquilar?', 'ecg'],
  ['it', "c'è un eco fastidioso nella sala", 'stressTest'],
];

describeConceptTable('the concepts of health before a visit', MEDICINE_CONCEPTS, examples, notRead);

describe('words added to older concepts', () => {
  it.each<[TextLanguage, string]>([
    ['fr', 'je prends de l’Aerius tous les jours'],
    ['en', 'I take cetirizine every morning'],
    ['ar', 'rani nechreb zyrtec kol youm'],
    ['ar', 'كناخد مضاد الهيستامين'],
  ])('reads an antihistamine as a medication (%s): %s', (language, text) => {
    expect(conceptsOf(text, language)).toContain('medication');
  });

  it.each<[TextLanguage, string]>([
    ['ar', 'n7awlou rdv l nhar el khmis?'],
    ['ar', 'نحولو الموعد للسمانة الجاية؟'],
  ])('reads an Algerian move of an appointment as rescheduling (%s): %s', (language, text) => {
    expect(conceptsOf(text, language)).toContain('reschedule');
  });

  it('reads the lunch break, with or without the hamza', () => {
    expect(conceptsOf('تسدو وقت الغداء؟', 'ar')).toContain('lunchBreak');
    expect(conceptsOf('واش تسدو في الغدا؟', 'ar')).toContain('lunchBreak');
  });

  it('does not read tomorrow (غداً) as the lunch break', () => {
    expect(conceptsOf('موعدي غداً صباحاً', 'ar')).not.toContain('lunchBreak');
  });
});
