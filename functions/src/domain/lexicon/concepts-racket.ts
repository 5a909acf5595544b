/**
 * Concepts of tennis, padel and squash clubs and of sports schools' holiday camps: what their customers ask in
 * their own words ("t2ajroon racket?", "تركيب الأوتار", "la raquette", "das Camp in den Osterferien") against what
 * the owner wrote in another language. See phrases.ts for the syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - es, ca: "pala" (a spade; only "pala de pádel"); it: "corde" and pt: "cordas" (ropes, a guitar's strings);
 * - de: "Saiten" alone (an instrument's); fr: "stage" alone (an internship, a training course);
 * - ar: "خيوط" (threads, stitches).
 */
import type { PhraseTable } from './phrases.js';

export const RACKET_CONCEPTS = {
  /** A tennis racket or a padel bat: having one, hiring one, having it strung. */
  racket: {
    en: 'racket|rackets|racquet|racquets|padel bat|padel bats|padel racket|padel rackets|tennis racket|tennis rackets',
    es: 'raqueta|raquetas|pala de padel|palas de padel',
    fr: 'raquette|raquettes|raquette de padel|raquette de tennis',
    it: 'racchetta|racchette|racchetta da padel|racchetta da tennis',
    de: 'tennisschlager|padelschlager|schlager|padel schlager|tennis schlager',
    ca: 'raqueta|raquetes|pala de padel|pales de padel',
    pt: 'raquete|raquetes|raqueta|raquetas',
    ar: 'مضرب|المضرب|مضارب|المضارب|مضربي|راكيت|الراكيت|racket|raquette|madrab|mudrab|el madrab',
  },
  /** Stringing a racket anew: how long it takes, which string, what it costs. */
  restringing: {
    en: 'restring*|re string|re stringing|stringing|string job|new strings|strung',
    es: 'encordar|encordado|encordados|encordais|encordaje|cordaje|cordajes|encordan',
    fr: 'cordage|cordages|recordage|recorder ma raquette|recorder la raquette|faire corder',
    it: 'incordatura|incordature|incordare|incordate|incordata|corde della racchetta',
    de: 'bespannung|bespannen|neu bespannen|besaiten|neu besaiten|besaitung',
    ca: 'encordat|encordar|encordeu|cordatge|cordatges',
    pt: 'encordoamento|encordoar|encordoam|cordas da raquete',
    ar: 'تركيب الاوتار|تبديل الاوتار|تغيير الاوتار|الاوتار|اوتار|وتر المضرب|اوتار المضرب|cordage|encordado',
  },
  /** A holiday camp for children: a week of sport and games in the Easter or summer holidays. */
  holidayCamp: {
    en: '=camp|=camps|campus|holiday camp|summer camp|easter camp|day camp|kids camp',
    es: 'campus|campamento|campamentos|campus de verano|campus de semana santa|campamento urbano|colonias',
    fr: 'camp de vacances|camps de vacances|stage de vacances|stages de vacances|stage multisport|centre aere|colonie|colonies|colo',
    it: 'campo estivo|campi estivi|centro estivo|centri estivi|camp estivo|campus',
    de: 'feriencamp|feriencamps|sommercamp|ostercamp|camp|ferienlager|ferienprogramm',
    ca: 'casal|casals|casal d estiu|campus|colonies|campament|campaments',
    pt: 'campo de ferias|campos de ferias|colonia de ferias|acampamento|campus|atl de ferias',
    ar: 'مخيم|المخيم|مخيمات|المخيمات|مخيم صيفي|مخيم الاطفال|كامب|الكامب|camp|colonie|mokhayam|mukhayyam',
  },
} satisfies PhraseTable<string>;
