/**
 * Concepts of play centres and parties (trampoline parks, soft play,
 * climbing walls, children's parties): the grip socks a park requires and
 * the cake a family brings. See phrases.ts for the syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - Spanish and Catalan "media", "mitja" (half, average), Portuguese "meia"
 *   (half: "meia hora"): socks only in the plural or with "antideslizantes",
 *   "antiderrapantes";
 * - Arabic "شراب" (a drink in MSA, socks in Egypt): socks only as "شرابات";
 *   the Gulf's "دلاغ", the Levant's "كلسات", Morocco's "تقاشر" are read;
 * - Spanish "torta" (an omelette, a sandwich in Mexico), Italian "torta" is a
 *   cake: kept only in Italian and Spanish with "de cumpleaños";
 *   Portuguese "bolo" is a cake (not a bet).
 */
import type { PhraseTable } from './phrases.js';

export const PLAY_CONCEPTS = {
  /** Socks, and the non-slip grip socks a trampoline park or soft play requires. */
  socks: {
    en: 'sock|socks|grip socks|trampoline socks|non slip socks|non-slip socks|anti slip socks',
    es: 'calcetin|calcetines|calcetines antideslizantes|medias antideslizantes|soquetes',
    fr: 'chaussette|chaussettes|chaussettes antiderapantes|chaussettes antidérapantes',
    it: 'calza|calze|calzino|calzini|calzette|calze antiscivolo|calzini antiscivolo',
    de: 'socke|socken|stoppersocken|rutschfeste socken|rutschsocken|antirutschsocken|trampolinsocken|anti rutsch socken',
    ca: 'mitjo|mitjons|mitjons antilliscants|calcetins',
    pt: '=meias|meias antiderrapantes|meias aderentes|meia antiderrapante|meias de trampolim',
    ar: 'جوارب|جورب|جواريب|جوراب|الجوارب|الجواريب|=شرابات|=الشرابات|تقاشر|التقاشر|كلسات|الكلسات|دلاغ|الدلاغ|دلاغات|=chaussettes|=jawareb|=jawarib|=jwarib|=shrabat|=tqasher|=kalsat|=dlagh',
  },
  /** A cake brought or ordered: a birthday cake. */
  cake: {
    en: 'cake|cakes|birthday cake|cupcakes',
    es: 'tarta|tartas|pastel|pasteles|tarta de cumpleanos|torta de cumpleanos|pastel de cumpleanos|bizcocho',
    fr: 'gateau|gateaux|gateau d anniversaire|gâteau|gâteaux',
    it: 'torta|torte|torta di compleanno|tortina',
    de: 'kuchen|torte|torten|geburtstagskuchen|geburtstagstorte',
    ca: 'pastis|pastissos|pastís|pastís d aniversari',
    pt: 'bolo|bolos|bolo de aniversario|bolo de aniversário',
    ar: 'كيكه|الكيكه|كيك|الكيك|تورته|التورته|تورتا|جاتو|الجاتو|جاتوه|=gateau|=keka|=kaika|=kika|=torta|=gato',
  },
  /**
   * A school, a class or a teacher bringing pupils as a group: a school trip, a school's booking ("una excursión
   * con dos clases del cole", "une sortie scolaire"). Spanish "excursión", French "sortie", English "trip" alone
   * are any outing; "class" alone is a lesson.
   */
  schoolGroup: {
    en: 'school trip|school trips|school group|school groups|field trip|field trips|class trip|class trips|school outing|school outings|school visit|school visits|with my class|with our class|with my students|with my pupils|our school|my school',
    es: 'excursion escolar|excursiones escolares|salida escolar|salidas escolares|grupo escolar|grupos escolares|viaje escolar|viaje de fin de curso|cole|colegio|colegios|con mi clase|con mis alumnos|dos clases|tres clases',
    fr: 'sortie scolaire|sorties scolaires|voyage scolaire|groupe scolaire|groupes scolaires|classe verte|avec ma classe|avec mes eleves|mon ecole|notre ecole|deux classes',
    it: 'gita scolastica|gite scolastiche|uscita didattica|uscite didattiche|gruppo scolastico|gruppi scolastici|scolaresca|scolaresche|con la mia classe|con i miei alunni|la nostra scuola|due classi',
    de: 'klassenfahrt|klassenfahrten|klassenausflug|klassenausfluge|schulausflug|schulausfluge|schulklasse|schulklassen|schulgruppe|mit meiner klasse|mit meinen schulern|unsere schule|zwei klassen',
    ca: 'excursio escolar|sortida escolar|sortides escolars|grup escolar|colonies|amb la meva classe|amb els meus alumnes|la nostra escola|dues classes',
    pt: 'visita de estudo|visitas de estudo|passeio escolar|excursao escolar|grupo escolar|grupos escolares|com a minha turma|com os meus alunos|com meus alunos|nossa escola|duas turmas',
    ar: 'رحله مدرسيه|رحلات مدرسيه|الرحلات المدرسيه|رحله المدرسه|طلاب المدرسه|طلاب مدرسه|مجموعه مدرسيه|مع طلابي|مع الطلاب|sortie scolaire|school trip',
  },
} as const satisfies PhraseTable<string>;
