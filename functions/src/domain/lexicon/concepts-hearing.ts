/**
 * Concepts of hearing centres (audiologists, hearing-aid shops): what their
 * customers ask about in their own words ("hearing aids", "Hörgerät",
 * "audífonos"; "zumbido", "acouphènes"; "tapón de cera") against what the
 * owner wrote in another language. See phrases.ts for the syntax.
 *
 * Left out on their own: "aids" (the illness), "apparecchi" and "aparelhos"
 * (any device, a brace), "cera" and "wax" (a waxing at a beauty salon),
 * "tapón" and "bouchon" (any plug, a traffic jam), "Laden" (a shop).
 */
import type { PhraseTable } from './phrases.js';

export const HEARING_CONCEPTS = {
  hearingAid: {
    en: 'hearing aid|hearing aids|hearing device|hearing devices|hearing instrument*',
    es: 'audifono|audifonos|aparato auditivo|aparatos auditivos|aparato para oir|aparatos para oir|protesis auditiva',
    fr: 'appareil auditif|appareils auditifs|aide auditive|aides auditives|prothese auditive|protheses auditives|audioprothese*|sonotone',
    it: 'apparecchio acustico|apparecchi acustici|protesi acustica|protesi acustiche|apparecchio uditivo|apparecchi uditivi|apparecchietto',
    de: 'horgerat|horgerate|horgeraten|horsystem|horsysteme|horhilfe|horhilfen',
    ca: 'audiofon|audiofons|audifon|audifons|aparell auditiu|aparells auditius|aparell per a sentir',
    pt: 'aparelho auditivo|aparelhos auditivos|aparelho de audicao|aparelhos de audicao|aparelho para ouvir|protese auditiva|proteses auditivas',
    ar: 'سماعه|سماعات|سماعه الاذن|سماعات الاذن|سماعه طبيه|appareil auditif|sma3a|sama3a',
  },
  hearingTest: {
    en: 'hearing test|hearing tests|hearing check|hearing exam|hearing assessment|audiogram|audiometry|test my hearing|check my hearing',
    es: 'prueba de audicion|prueba auditiva|audiometria|revision auditiva|revision del oido|test de audicion|examen auditivo|revisar el oido',
    fr: 'test auditif|bilan auditif|audiogramme|audiometrie|examen auditif|test de l audition|controle auditif|tester mon audition',
    it: 'esame audiometrico|audiometria|test dell udito|test udito|controllo udito|esame udito|controllo dell udito|esame dell udito|test uditivo|controllo uditivo',
    de: 'hortest|gehortest|audiogramm|audiometrie|gehor testen|gehor prufen|horprufung|hoertest',
    ca: 'prova auditiva|audiometria|revisio auditiva|test d audicio|prova d audicio',
    pt: 'teste de audicao|teste auditivo|audiometria|exame auditivo|exame de audicao|rastreio auditivo|avaliacao auditiva',
    ar: 'فحص السمع|اختبار السمع|قياس السمع|فحص الودنين|test auditif|fa7s sam3',
  },
  earwax: {
    en: 'earwax|ear wax|wax in my ear|wax in my ears|blocked ear|blocked ears|ear syringing|microsuction|ears cleaned|ear cleaning',
    es: 'tapon de cera|tapones de cera|cera en el oido|cera en los oidos|oido tapado|oidos tapados|lavado de oidos|limpieza de oidos|cerumen',
    fr: 'cerumen|bouchon de cerumen|bouchons de cerumen|oreille bouchee|oreilles bouchees|lavage d oreille|lavage des oreilles|nettoyage des oreilles',
    it: 'cerume|tappo di cerume|tappi di cerume|orecchio tappato|orecchie tappate|lavaggio auricolare|pulizia delle orecchie',
    de: 'ohrenschmalz|ohrschmalz|ohrenschmalzpfropf|ohr verstopft|ohren verstopft|ohrenspulung|ohrreinigung|ohren reinigen',
    ca: 'tap de cera|taps de cera|cera a l orella|orella tapada|orelles tapades|rentat d orelles|neteja d orelles|cerumen',
    pt: 'rolhao de cera|tampao de cera|cera nos ouvidos|cera no ouvido|ouvido tapado|ouvidos tapados|lavagem aos ouvidos|limpeza de ouvidos|cerumen|limpam os ouvidos',
    ar: 'شمع الاذن|الشمع فالودن|ودني مسدوده|الودن مسدوده|تنقيه الودنين|cerumen',
  },
  tinnitus: {
    en: 'tinnitus|ringing in my ears|ringing in my ear|ringing in the ears|buzzing in my ears|whistling in my ears|ears ringing|ear ringing',
    es: 'acufenos|acufeno|tinnitus|zumbido|zumbidos|pitido en los oidos|pitidos en los oidos|pitido en el oido',
    fr: 'acouphene|acouphenes|sifflement dans les oreilles|sifflements|bourdonnement|bourdonnements|oreilles qui sifflent',
    it: 'acufene|acufeni|tinnito|fischio alle orecchie|fischio all orecchio|fischi alle orecchie|ronzio alle orecchie',
    de: 'tinnitus|ohrgerausch|ohrgerausche|pfeifen im ohr|ohrensausen|klingeln im ohr|piepen im ohr',
    ca: 'acufens|acufen|tinnitus|xiulet a les orelles|xiulets|brunzit a les orelles',
    pt: 'acufenos|acufeno|zumbido|zumbidos|apito nos ouvidos|apito no ouvido|apitos|tinnitus',
    ar: 'طنين|الطنين|صفير فالودن|الودن كتصفر|acouphene|acouphenes',
  },
  batteries: {
    en: 'batteries|battery|size 312|size 13|size 10|size 675',
    es: 'pilas|pila|baterias|bateria',
    fr: 'piles|pile|batteries',
    it: 'pile|pila|batterie|batteria|batterine',
    de: 'batterien|batterie|horgeratebatterien|knopfzelle|knopfzellen',
    ca: 'piles|pila|bateries|bateria',
    pt: 'pilhas|pilha|baterias|bateria',
    ar: 'بطاريات|بطاريه|البيلات|بيلات|piles|pile',
  },
} satisfies PhraseTable<string>;
