/**
 * A written report handed to the customer after an assessment, an evaluation or a course: an assessment report,
 * a progress report, a school report ("when will the written report be ready?", "¿cuándo tenemos el informe?",
 * "ليطلع الريبورت"). A doctor's report is the medical certificate concept's too (concepts-visit.ts). See
 * phrases.ts for the syntax. A school's report card (bulletin, Zeugnis) is another thing and is left out.
 *
 * Left out: French "rapport" alone ("par rapport à", compared with), English "report" alone (reporting a
 * problem, a news report), Portuguese and Spanish words alone that also mean an account of anything; each is here
 * with an article or a qualifier.
 */
import type { PhraseTable } from './phrases.js';

export const REPORT_CONCEPTS = {
  /** The written report of an assessment or of progress. */
  writtenReport: {
    en: 'written report|the report|a report|assessment report|evaluation report|progress report|full report',
    es: 'informe escrito|el informe|un informe|informe de evaluacion|informe de progreso|informe final',
    fr: 'rapport ecrit|le rapport|un rapport|du rapport|ce rapport|votre rapport|rapport d evaluation|bilan ecrit|compte rendu ecrit|compte rendu|comptes rendus',
    it: 'relazione scritta|la relazione|una relazione|relazione di valutazione|relazione finale|referto scritto|il report',
    de: 'schriftlicher bericht|schriftlichen bericht|den bericht|der bericht|einen bericht|auswertungsbericht|abschlussbericht|gutachten',
    ca: 'informe escrit|l informe|un informe|informe d avaluacio|informe final',
    pt: 'relatorio escrito|o relatorio|um relatorio|relatorio de avaliacao|relatorio final|laudo',
    ar: 'تقرير|التقرير|تقرير مكتوب|التقرير المكتوب|ريبورت|الريبورت|رابور|الرابور|=ta2rir|=taqrir|=taqreer|=report|=rapport',
  },
} satisfies PhraseTable<string>;
