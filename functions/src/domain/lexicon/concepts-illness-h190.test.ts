/**
 * A customer's illness before a visit (concepts-illness.ts: a cough) in every language and the Arabic dialects;
 * Arabic forms of putting a package on hold (concepts-desk.ts `pause`); a housemaid ("الشغالة") is no question of
 * whether the business is open, while "are you open" in the same letters still is.
 */
import { describe, expect, it } from 'vitest';
import { ILLNESS_CONCEPTS } from './concepts-illness.js';
import { conceptsIn, conceptsOf, describeConceptTable, type ConceptExamples } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'cough',
    [
      ['en', 'my daughter has a bad cough, should she skip class today?'],
      ['es', 'mi hijo tiene tos desde el lunes, puede venir igual?'],
      ['fr', 'elle tousse beaucoup depuis hier, elle peut venir à sa séance ?'],
      ['it', 'mio figlio ha la tosse, può venire lo stesso?'],
      ['de', 'meine Tochter hat Husten, darf sie trotzdem kommen?'],
      ['ca', 'el nen té tos, pot venir a la classe?'],
      ['pt', 'meu filho está com tosse, pode ir à aula?'],
      ['ar', 'بنتي عندها كحة من يومين، تقدر تجي؟'],
    ],
  ],
];

const notRead: [Parameters<typeof conceptsOf>[1], string, string][] = [
  ['es', '¿puedo traer a tus hijos también?', 'cough'],
  ['ca', 'quan tanqueu per les vacances de Nadal?', 'cough'],
  ['en', 'can my son come to the lesson tomorrow?', 'cough'],
  ['ar', 'ابني بيقدر يجي عالدرس بكرا؟', 'cough'],
];

describeConceptTable("the concepts of a customer's illness", ILLNESS_CONCEPTS, examples, notRead);

describe('a cough in the Arabic dialects and Arabizi', () => {
  it.each([
    'ابني عنده سعال من امبارح',
    'بنتي عم تكح كتير، فيها تجي؟',
    'وليدي كيكح بزاف',
    'عندها سعلة خفيفة بس',
    'ibni 3endo ka77a mn embare7',
  ])('finds a cough in "%s"', (text) => {
    expect(conceptsOf(text, 'ar')).toContain('cough');
  });
});

describe('putting a package on hold, as Gulf and Levantine customers write it', () => {
  it.each([
    'اقدر اوقف اشتراكي شهر؟',
    'ممكن اجمد الباقة لين ارجع من السفر؟',
    'نبي نجمد العضوية اسبوعين',
    'fiye nwa22ef el ishtirak shahr?',
  ])('finds pause in "%s"', (text) => {
    expect(conceptsOf(text, 'ar')).toContain('pause');
  });

  it.each(['وين اوقف السيارة؟', 'الموقف مجاني؟'])('does not read parking in "%s" as a pause', (text) => {
    expect(conceptsOf(text, 'ar')).not.toContain('pause');
  });
});

describe('a housemaid is no opening', () => {
  it.each(['الشغالة تقدر تدخل معي؟', 'شغالتي تنتظر برا؟', 'ممكن الشغاله تجلس بالاستقبال'])(
    'does not read opening in "%s"',
    (text) => {
      const found = conceptsIn(text, 'ar');
      expect(found).not.toContain('opening');
      expect(found).not.toContain('working');
    },
  );

  it('still reads the maid as someone acting for the customer', () => {
    expect(conceptsOf('الشغاله تقدر تستلم النتايج عني؟', 'ar')).toContain('proxy');
  });

  it.each(['انتو شغالين اليوم؟', 'المركز شغالة بالعيد؟', 'شغالين الجمعة؟'])('still reads opening in "%s"', (text) => {
    expect(conceptsOf(text, 'ar')).toContain('opening');
  });
});
