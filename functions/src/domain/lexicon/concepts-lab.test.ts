/**
 * The medical-laboratory concepts (concepts-lab.ts): each is found in a
 * customer's phrase in every language, and words that mean something else
 * nearby (a sugaring wax, the customer's own condition) do not raise it.
 */
import { LAB_CONCEPTS } from './concepts-lab.js';
import { type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'hba1c',
    [
      ['en', 'how much is the HbA1c?'],
      ['en', 'do you do the sugar average test?'],
      ['es', 'cuánto cuesta la hemoglobina glicada?'],
      ['fr', "c'est combien l'hémoglobine glyquée ?"],
      ['fr', 'vous faites la hb a1c ?'],
      ['it', "quanto costa l'emoglobina glicata?"],
      ['de', 'was kostet der Langzeitzucker?'],
      ['ca', "quant costa l'hemoglobina glicada?"],
      ['pt', 'quanto custa a hemoglobina glicada?'],
      ['ar', 'بشحال تحليل السكر التراكمي؟'],
      ['ar', 'ch7al ta3 sokar tarakomi?'],
    ],
  ],
  [
    'glucose',
    [
      ['en', 'I need a fasting blood sugar test'],
      ['es', 'quiero hacerme una glucemia'],
      ['fr', 'je dois faire une glycémie à jeun'],
      ['fr', "c'est sur rendez-vous l'HGPO ?"],
      ['it', 'devo fare la glicemia a digiuno'],
      ['de', 'kann ich bei euch den Blutzucker messen lassen?'],
      ['ca', 'vull fer-me una glucèmia'],
      ['pt', 'quero fazer a glicemia em jejum'],
      ['ar', 'بغيت ندير تحليل السكر'],
      ['ar', 'nheb ndir ta7lil sokar'],
      ['ar', 'شحال تحليل السكر في الدم؟'],
    ],
  ],
  [
    'thyroid',
    [
      ['en', 'how much is a TSH test?'],
      ['en', 'can I get a thyroid panel?'],
      ['es', 'quiero un perfil tiroideo'],
      ['fr', 'combien coûte un bilan thyroïdien ?'],
      ['fr', 'la TSH us est prête quand ?'],
      ['it', 'devo fare gli esami della tiroide'],
      ['de', 'ich möchte meine Schilddrüsenwerte bestimmen lassen'],
      ['ca', 'voldria una analítica de tiroides'],
      ['pt', 'quanto custam os exames da tiroide?'],
      ['ar', 'بشحال تحليل الغدة الدرقية؟'],
      ['ar', 'ch7al ta7lil la thyroide?'],
    ],
  ],
  [
    'cholesterol',
    [
      ['en', 'do you do a cholesterol test?'],
      ['en', 'I need triglycerides and LDL'],
      ['es', 'cuánto cuesta el perfil lipídico?'],
      ['fr', 'il me faut un bilan lipidique'],
      ['it', 'quanto costa il profilo lipidico?'],
      ['de', 'ich will meine Blutfettwerte prüfen lassen'],
      ['ca', 'quant costa el perfil lipídic?'],
      ['pt', 'quero fazer análises ao colesterol'],
      ['ar', 'بغيت نعمل تحليل الكوليسترول'],
      ['ar', 'combien bilan lipidique'],
    ],
  ],
];

describeConceptTable('the medical-laboratory concepts', LAB_CONCEPTS, examples, [
  // A sugaring wax, a coffee's sugar.
  ['en', 'do you do sugaring wax?', 'glucose'],
  ['en', 'sugar wax for the legs, how much?', 'glucose'],
  ['fr', "vous faites l'épilation au sucre ?", 'glucose'],
  ['es', 'hacéis depilación con azúcar?', 'glucose'],
  ['ar', 'عندكم الحلاوة ولا السكر؟', 'glucose'],
  ['ar', 'bghit qahwa bla sokar', 'glucose'],
  // The customer's own condition, told to a salon, a gym or a tattooist.
  ['en', 'I am diabetic, can I get a pedicure?', 'glucose'],
  ['fr', 'je suis diabétique, je peux me faire tatouer ?', 'glucose'],
  ['en', 'I have a thyroid problem, can I do the sauna?', 'thyroid'],
  ['es', 'tengo problemas de tiroides', 'thyroid'],
  ['ar', 'عندي مشكل في الغدة الدرقية', 'thyroid'],
  ['en', 'I have high cholesterol, is the massage ok?', 'cholesterol'],
  ['fr', "j'ai du cholestérol, je peux faire le hammam ?", 'cholesterol'],
  // Another measure: blood pressure, a school's average.
  ['en', 'can you check my blood pressure?', 'glucose'],
  ['ar', 'المعدل التراكمي ديالي', 'hba1c'],
  // A flat of four rooms, Italian drops.
  ['pt', 'procuro um T4 em Lisboa', 'thyroid'],
]);
